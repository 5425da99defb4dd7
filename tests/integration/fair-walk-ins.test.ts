// Walk-ins at the door (app/services/fairs/walk-ins.server.ts): someone with no account or ticket
// is registered with the fewest fields a record needs (no phone is fine), gets a walk-in ticket
// checked in at once, and their record waits in the province's caseload for a counsellor; someone
// who already has a record or a ticket gets that, never a second record.
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { createReturnee } from '#app/services/caseload/commands.server.ts';
import { listCaseload } from '#app/services/caseload/queries.server.ts';
import { caseloadFilterSchema, intakeSchema } from '#app/services/caseload/schemas.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { fairEventsAfter } from '#app/services/fairs/events.server.ts';
import { walkInSchema } from '#app/services/fairs/schemas.ts';
import { registerForFair } from '#app/services/fairs/setup.server.ts';
import { registerWalkIn, type WalkInAnswer } from '#app/services/fairs/walk-ins.server.ts';
import { caseEvents, communes, fairTickets, returnees } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeFair, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let organiser: Actor;
let counsellor: Actor;
let commune: string;
let keys = 0;
const key = () => `walk-${String(++keys).padStart(6, '0')}`;

const walkIn = (actor: Actor, person: Record<string, unknown>, fair = fairId) =>
  db.transaction((tx) => registerWalkIn(tx, actor, walkInSchema.parse({ fairId: fair, idempotencyKey: key(), ...person })));

type Ticketed = Extract<WalkInAnswer, { ticketId: string }>;
const ticketOf = async (ticketId: string) => (await db.select().from(fairTickets).where(eq(fairTickets.id, ticketId)))[0];
const recordsNamed = (fullName: string) => db.select().from(returnees).where(eq(returnees.fullName, fullName));

/** A counsellor's intake, as the caseload's page makes it. */
const intake = (fields: Record<string, unknown>) =>
  db.transaction((tx) =>
    createReturnee(
      tx,
      counsellor,
      intakeSchema.parse({
        birthDate: '1990-05-01',
        sex: 'male',
        communeCode: commune,
        releaseDate: vietnamDate(-60),
        releaseKind: 'completed',
        ...fields,
      }),
    ),
  );

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live' })).id;
  organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  [{ code: commune }] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);
});

test('a walk-in with no phone: a name is enough — a new record in the fair’s province for a counsellor to pick up, a walk-in ticket checked in at once', async () => {
  const { answer, seq } = await walkIn(organiser, { fullName: 'Hồ Văn Lộc' });
  expect(answer).toMatchObject({ newTicket: true, newRecord: true });
  const ticket = await ticketOf((answer as Ticketed).ticketId);
  expect(ticket).toMatchObject({ walkIn: true, registeredByUserId: organiser.id, code: (answer as Ticketed).code });
  expect(ticket.checkedInAt).not.toBeNull();
  const [record] = await recordsNamed('Hồ Văn Lộc');
  expect(record).toMatchObject({ id: ticket.returneeId, provinceCode: '51', phone: null, counsellorId: null, needs: ['job'] });
  // The intake is on the person's timeline, at this fair.
  const [step] = await db.select().from(caseEvents).where(eq(caseEvents.returneeId, record.id));
  expect(step).toMatchObject({ kind: 'intake', toStatus: 'active', fairId });
  expect((await fairEventsAfter(db, fairId, seq! - 2)).map((e) => [e.type, e.ticketId])).toEqual([
    ['ticket:registered', ticket.id],
    ['ticket:checked_in', ticket.id],
  ]);
  // The province's counsellors find the record in their caseload.
  const caseload = await listCaseload(db, counsellor, caseloadFilterSchema.parse({ q: 'Hồ Văn Lộc' }));
  expect(caseload.rows.map((r) => r.id)).toEqual([record.id]);
});

test('the door’s form is checked like an intake, every field at once; only the organisers of the fair’s province, while the door is open', async () => {
  const result = walkInSchema.safeParse({ fairId, fullName: 'A', phone: '12', birthDate: vietnamDate(-365 * 5), idempotencyKey: key() });
  expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
    fullName: 'caseload.validation.fullName',
    phone: 'validation.phone.invalid',
    birthDate: 'caseload.validation.age',
  });
  const elsewhere = await makeUser(db, { role: 'organiser', provinceCode: '79' });
  await expect(walkIn(elsewhere, { fullName: 'Lê Thị Hoa' })).rejects.toBeInstanceOf(NotFoundError);
  await expect(walkIn(counsellor, { fullName: 'Lê Thị Hoa' })).rejects.toBeInstanceOf(ForbiddenError);
  const draft = (await makeFair(db)).id;
  await expect(walkIn(organiser, { fullName: 'Lê Thị Hoa' }, draft)).rejects.toEqual(new ConflictError('fair.checkIn.closed'));
  expect(await recordsNamed('Lê Thị Hoa')).toEqual([]);
});

test('someone the caseload already knows (same phone and name, however typed) gets a walk-in ticket on their record, not a second record', async () => {
  const known = await intake({ fullName: 'Trần Đức Minh', phone: '0905111222' });
  const { answer } = await walkIn(organiser, { fullName: 'tran duc  minh', phone: '0905 111 222' });
  expect(answer).toMatchObject({ newTicket: true, newRecord: false });
  const ticket = await ticketOf((answer as Ticketed).ticketId);
  expect(ticket).toMatchObject({ returneeId: known.returnee!.id, walkIn: true });
  expect(await recordsNamed('tran duc  minh')).toEqual([]);

  // No phone: the name with the birth date finds them too (a name alone guesses nobody).
  const noPhone = await intake({ fullName: 'Phạm Thị Thu', birthDate: '1985-02-03' });
  const fair2 = (await makeFair(db, { status: 'live' })).id;
  const byBirth = await walkIn(organiser, { fullName: 'Phạm Thị Thu', birthDate: '1985-02-03' }, fair2);
  expect((await ticketOf((byBirth.answer as Ticketed).ticketId)).returneeId).toBe(noPhone.returnee!.id);
  const byNameOnly = await walkIn(organiser, { fullName: 'Phạm Thị Thu' });
  expect(byNameOnly.answer).toMatchObject({ newRecord: true });
});

test('someone their counsellor registered who came without the code: that ticket, checked in now — and again, the same ticket', async () => {
  const known = await intake({ fullName: 'Đinh Văn Sơn', phone: '0905333444' });
  const registered = await db.transaction((tx) =>
    registerForFair(tx, counsellor, { fairId, returneeId: known.returnee!.id, idempotencyKey: key() }),
  );
  const first = await walkIn(organiser, { fullName: 'Đinh Văn Sơn', phone: '0905333444' });
  expect(first.answer).toMatchObject({
    ticketId: registered.answer.ticketId,
    code: registered.answer.code,
    newTicket: false,
    newRecord: false,
  });
  const ticket = await ticketOf(registered.answer.ticketId);
  expect(ticket.walkIn).toBe(false);
  expect(ticket.checkedInAt).not.toBeNull();
  const again = await walkIn(organiser, { fullName: 'Đinh Văn Sơn', phone: '0905333444' });
  expect(again).toEqual({ answer: first.answer, seq: null });
  expect(
    await db
      .select()
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fairId), eq(fairTickets.returneeId, known.returnee!.id))),
  ).toHaveLength(1);
});

test('a phone another person’s record has (a relative’s): nothing is written and the door hears who looks after it, never a name; confirmed, a new record', async () => {
  await intake({ fullName: 'Võ Thị Lan', phone: '0905555666' });
  const shared = await walkIn(organiser, { fullName: 'Võ Văn Tư', phone: '0905555666' });
  expect(shared.seq).toBeNull();
  expect(shared.answer).toEqual({
    sharedPhone: [{ returneeId: null, fullName: null, counsellorName: counsellor.fullName, provinceName: expect.any(String) }],
  });
  expect(await recordsNamed('Võ Văn Tư')).toEqual([]);
  const confirmed = await walkIn(organiser, { fullName: 'Võ Văn Tư', phone: '0905555666', confirmSharedPhone: true });
  expect(confirmed.answer).toMatchObject({ newTicket: true, newRecord: true });
  expect(await recordsNamed('Võ Văn Tư')).toHaveLength(1);
});
