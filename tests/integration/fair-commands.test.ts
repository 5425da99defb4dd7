// Fair commands through the seam (app/services/fairs): the door checks a ticket in once, a retry
// with the same key gets the first answer and writes nothing more, every change leaves one event
// with the fair's next number, and only the organisers of the fair's province may run its door.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { checkIn } from '#app/services/fairs/commands.server.ts';
import { fairEventsAfter } from '#app/services/fairs/events.server.ts';
import { checkInSchema } from '#app/services/fairs/schemas.ts';
import { fairEvents, fairs, fairTickets } from '#db/schema.ts';
import { makeReturnee, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let organiser: Actor;

async function newFair(status: 'draft' | 'live') {
  const [fair] = await db
    .insert(fairs)
    .values({
      name: 'Phiên chợ việc làm tháng 12',
      kind: 'periodic',
      provinceCode: '51',
      communeCode: (await db.execute(sql`select code from communes where province_code = '51' limit 1`))[0].code as string,
      startsAt: new Date('2026-12-12T01:00:00Z'),
      endsAt: new Date('2026-12-12T09:00:00Z'),
      status,
    })
    .returning();
  return fair.id;
}

async function ticket(fair: string, code: string) {
  const person = await makeReturnee(db);
  await db.insert(fairTickets).values({ fairId: fair, returneeId: person.id, code });
}

/** The door's command as an adapter runs it: the input parsed, one transaction. */
function door(actor: Actor, input: { fairId: string; code: string; idempotencyKey: string }) {
  return db.transaction((tx) => checkIn(tx, actor, checkInSchema.parse(input)));
}

beforeAll(async () => {
  fairId = await newFair('live');
  organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
});

test('a ticket is checked in once by its code, typed in any case with spaces; the event gets the next number', async () => {
  await ticket(fairId, 'AB12CD');
  const first = await door(organiser, { fairId, code: ' ab12-cd ', idempotencyKey: 'door-1-0001' });
  expect(first.answer).toMatchObject({ code: 'AB12CD' });
  expect(first.seq).toBe(1);
  const events = await fairEventsAfter(db, fairId, 0);
  expect(events.map((e) => [e.seq, e.type, e.payload.code])).toEqual([[1, 'ticket:checked_in', 'AB12CD']]);

  // The same request again (a phone that lost the answer): the first answer, nothing new.
  const retry = await door(organiser, { fairId, code: 'AB12CD', idempotencyKey: 'door-1-0001' });
  expect(retry).toEqual({ answer: first.answer, seq: null });
  expect(await fairEventsAfter(db, fairId, 0)).toHaveLength(1);

  // Another door screen scanning it later: refused, and no number is used up.
  await expect(door(organiser, { fairId, code: 'AB12CD', idempotencyKey: 'door-2-0001' })).rejects.toEqual(
    new ConflictError('fair.checkIn.already'),
  );
  expect((await db.select({ lastSeq: fairs.lastSeq }).from(fairs).where(eq(fairs.id, fairId)))[0].lastSeq).toBe(1);
});

test('two door screens scanning one ticket at the same instant: one checks it in, the other is told', async () => {
  await ticket(fairId, 'EF34GH');
  const results = await Promise.allSettled([
    door(organiser, { fairId, code: 'EF34GH', idempotencyKey: 'door-1-0002' }),
    door(organiser, { fairId, code: 'EF34GH', idempotencyKey: 'door-2-0002' }),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  const seqs = (await fairEventsAfter(db, fairId, 0)).map((e) => e.seq);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1)); // no gap, no repeat
});

test('only the organisers of the fair’s province run its door; a closed door or an unknown code is said plainly', async () => {
  await ticket(fairId, 'JK56LM');
  const elsewhere = await makeUser(db, { role: 'organiser', provinceCode: '79' });
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  await expect(door(elsewhere, { fairId, code: 'JK56LM', idempotencyKey: 'door-x-0001' })).rejects.toBeInstanceOf(NotFoundError);
  await expect(door(counsellor, { fairId, code: 'JK56LM', idempotencyKey: 'door-x-0002' })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(door(organiser, { fairId, code: 'ZZ99ZZ', idempotencyKey: 'door-x-0003' })).rejects.toEqual(
    new NotFoundError('fair.ticket.notFound'),
  );
  const draft = await newFair('draft');
  await ticket(draft, 'NP78QR');
  await expect(door(organiser, { fairId: draft, code: 'NP78QR', idempotencyKey: 'door-x-0004' })).rejects.toEqual(
    new ConflictError('fair.checkIn.closed'),
  );
  // Nothing was written by any of them.
  expect(await db.select().from(fairEvents).where(eq(fairEvents.fairId, draft))).toEqual([]);
  const [jk] = await db.select().from(fairTickets).where(eq(fairTickets.code, 'JK56LM'));
  expect(jk.checkedInAt).toBeNull();
});

test('a bad code or a missing request key is named before anything runs', () => {
  const result = checkInSchema.safeParse({ fairId, code: 'a!', idempotencyKey: 'x' });
  expect(result.success).toBe(false);
  expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
    code: 'fair.validation.code',
    idempotencyKey: 'fair.validation.idempotencyKey',
  });
});
