// Fair commands through the seam (app/services/fairs): the door checks a ticket in once, a retry
// with the same key gets the first answer and writes nothing more, every change leaves one event
// with the fair's next number, and only the organisers of the fair's province may run its door.
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, checkIn, joinQueue, leaveQueue, markNoShow, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import { fairEventsAfter } from '#app/services/fairs/events.server.ts';
import {
  callNextSchema,
  checkInSchema,
  joinQueueSchema,
  leaveQueueSchema,
  outcomeSchema,
  placeActionSchema,
} from '#app/services/fairs/schemas.ts';
import { fairBoothPostings, fairBooths, fairBoothStaff, fairEvents, fairQueueEntries, fairs, fairTickets } from '#db/schema.ts';
import { makeFair, makeJob, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let organiser: Actor;

async function newFair(status: 'draft' | 'live') {
  return (await makeFair(db, { status })).id;
}

async function ticket(fair: string, code: string, options: { checkedIn?: boolean; userId?: string } = {}) {
  const person = await makeReturnee(db, options.userId ? { userId: options.userId } : {});
  const [row] = await db
    .insert(fairTickets)
    .values({ fairId: fair, returneeId: person.id, code, checkedInAt: options.checkedIn ? new Date() : null })
    .returning();
  return row;
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

// ── Queues ──────────────────────────────────────────────────────────────────────────────────────

let keys = 0;
const key = () => `key-${String(++keys).padStart(6, '0')}`;
/** Joins for the booth's job, with the consent wording a page would have shown this actor. */
async function join(actor: Actor, boothId: string, ticketId: string, fair = fairId) {
  const [shown] = await db.select({ jobId: fairBoothPostings.jobId }).from(fairBoothPostings).where(eq(fairBoothPostings.boothId, boothId));
  const consentWording = await joinConsentWording(db, actor, { ticketId, jobId: shown.jobId! });
  return db.transaction((tx) =>
    joinQueue(
      tx,
      actor,
      joinQueueSchema.parse({ fairId: fair, boothId, ticketId, jobId: shown.jobId, consentWording, idempotencyKey: key() }),
    ),
  );
}
const leave = (actor: Actor, placeId: string) =>
  db.transaction((tx) => leaveQueue(tx, actor, leaveQueueSchema.parse({ fairId, placeId, idempotencyKey: key() })));
const call = (actor: Actor, boothId: string) =>
  db.transaction((tx) => callNext(tx, actor, callNextSchema.parse({ fairId, boothId, idempotencyKey: key() })));

/** A booth of a new employer at the fair showing one job, with one named staff member (and a member who is not named). */
async function booth(number: number) {
  const staff = await makeUser(db, { role: 'employer' });
  const colleague = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: staff.id }, { userId: colleague.id }]);
  const [row] = await db.insert(fairBooths).values({ fairId, organisationId: organisation.id, number, status: 'accepted' }).returning();
  await db.insert(fairBoothStaff).values({ boothId: row.id, userId: staff.id });
  const job = await makeJob(db, { organisationId: organisation.id });
  await db.insert(fairBoothPostings).values({ boothId: row.id, jobId: job.id });
  return {
    id: row.id,
    staff: { ...staff, organisationIds: [organisation.id] },
    colleague: { ...colleague, organisationIds: [organisation.id] },
  };
}

/** A person with their own sign-in and a ticket. */
async function attendee(code: string, checkedIn = true) {
  const user = await makeUser(db, { role: 'returnee' });
  const row = await ticket(fairId, code, { checkedIn, userId: user.id });
  return { user, ticket: row };
}

test('a checked-in person joins up to three queues, each at its end; a fourth, a second place at one booth, or joining before check-in is refused', async () => {
  const booths = [await booth(11), await booth(12), await booth(13), await booth(14)];
  const ahead = await attendee('QA0001');
  await join(ahead.user, booths[0].id, ahead.ticket.id);
  const me = await attendee('QA0002');
  const first = await join(me.user, booths[0].id, me.ticket.id);
  expect(first.answer).toMatchObject({ boothNumber: 11, number: 2, position: 2 });
  await join(me.user, booths[1].id, me.ticket.id);
  await join(me.user, booths[2].id, me.ticket.id);
  await expect(join(me.user, booths[3].id, me.ticket.id)).rejects.toEqual(new ConflictError('fair.queue.tooMany'));
  await expect(join(me.user, booths[0].id, me.ticket.id)).rejects.toEqual(new ConflictError('fair.queue.already'));
  // Leaving one frees a slot; the place left can be taken again, at the end of the line.
  await leave(me.user, first.answer.placeId);
  const again = await join(me.user, booths[0].id, me.ticket.id);
  expect(again.answer).toMatchObject({ number: 3, position: 2 });
  const late = await attendee('QA0003', false);
  await expect(join(late.user, booths[0].id, late.ticket.id)).rejects.toEqual(new ConflictError('fair.queue.notCheckedIn'));
  const joined = (await fairEventsAfter(db, fairId, 0)).filter((e) => e.type === 'queue:joined' && e.ticketId === me.ticket.id);
  expect(joined).toHaveLength(4);
});

test('a person without a phone is queued by their counsellor or at the door; nobody else may queue for them', async () => {
  const b = await booth(21);
  const person = await ticket(fairId, 'PX0001', { checkedIn: true });
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const byProxy = await join(counsellor, b.id, person.id);
  const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, byProxy.answer.placeId));
  expect(place.joinedByUserId).toBe(counsellor.id);
  expect((await fairEventsAfter(db, fairId, byProxy.seq! - 1))[0].payload).toMatchObject({ proxy: true });
  const other = await booth(22);
  await join(organiser, other.id, person.id); // the door
  const stranger = await attendee('PX0002');
  await expect(join(stranger.user, (await booth(23)).id, person.id)).rejects.toBeInstanceOf(NotFoundError);
  await expect(join(b.staff, (await booth(24)).id, person.id)).rejects.toBeInstanceOf(ForbiddenError);
});

test('call next: the named staff call the first waiting person to a free desk; someone being seen elsewhere keeps their place; four at most', async () => {
  const b = await booth(31);
  const elsewhere = await booth(32);
  const people = [];
  for (let i = 0; i < 6; i++) people.push(await attendee(`CN000${i}`));
  // The first person is also first at the other booth, and is called there first.
  await join(people[0].user, elsewhere.id, people[0].ticket.id);
  for (const p of people) await join(p.user, b.id, p.ticket.id);
  expect((await call(elsewhere.staff, elsewhere.id)).answer).toMatchObject({ number: 1, desk: 1 });
  // Here the first is busy elsewhere: held, not skipped — the second is called.
  expect((await call(b.staff, b.id)).answer).toMatchObject({ number: 2, desk: 1 });
  // Two staff pressing at once (two screens): two different people, two desks.
  const [x, y] = await Promise.all([call(b.staff, b.id), call(b.staff, b.id)]);
  expect(new Set([x.answer.placeId, y.answer.placeId]).size).toBe(2);
  expect(new Set([(x.answer as { desk: number }).desk, (y.answer as { desk: number }).desk])).toEqual(new Set([2, 3]));
  await call(b.staff, b.id);
  await expect(call(b.staff, b.id)).rejects.toEqual(new ConflictError('fair.booth.full'));
  // Once the other booth is done with the first person, they are next here (their held place).
  await db.update(fairQueueEntries).set({ status: 'done', desk: null }).where(eq(fairQueueEntries.boothId, elsewhere.id));
  await db
    .update(fairQueueEntries)
    .set({ status: 'done', desk: null })
    .where(and(eq(fairQueueEntries.boothId, b.id), eq(fairQueueEntries.desk, 1)));
  expect((await call(b.staff, b.id)).answer).toMatchObject({ number: 1, desk: 1 });
  const called = (await fairEventsAfter(db, fairId, 0)).filter((e) => e.type === 'queue:called' && e.boothId === b.id);
  // Called in line order (2, then 3 and 4 at once, 5), the held place last: each number once.
  expect(called[0].payload.number).toBe(2);
  expect(called.at(-1)!.payload.number).toBe(1);
  expect(new Set(called.map((e) => e.payload.number))).toEqual(new Set([1, 2, 3, 4, 5]));
});

test('only a booth’s named staff call its queue: not an attendee, not a colleague who is not named, not another booth’s staff', async () => {
  const b = await booth(41);
  const other = await booth(42);
  const p = await attendee('ST0001');
  await join(p.user, b.id, p.ticket.id);
  await expect(call(p.user, b.id)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(call(b.colleague, b.id)).rejects.toEqual(new ForbiddenError('call:queue:own', 'fair.booth.notStaff'));
  await expect(call(other.staff, b.id)).rejects.toBeInstanceOf(NotFoundError);
  // An empty queue: nothing happens, and no event.
  const empty = await booth(43);
  expect(await call(empty.staff, empty.id)).toEqual({ answer: { placeId: null }, seq: null });
  const [still] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, p.ticket.id));
  expect(still.status).toBe('waiting');
});

const serve = (actor: Actor, placeId: string) =>
  db.transaction((tx) => startServing(tx, actor, placeActionSchema.parse({ fairId, placeId, idempotencyKey: key() })));
const noShow = (actor: Actor, placeId: string, idempotencyKey = key()) =>
  db.transaction((tx) => markNoShow(tx, actor, placeActionSchema.parse({ fairId, placeId, idempotencyKey })));
const finish = (actor: Actor, placeId: string, outcome: string) =>
  db.transaction((tx) => recordOutcome(tx, actor, outcomeSchema.parse({ fairId, placeId, outcome, idempotencyKey: key() })));

test('at the desk: the person comes (serving) and the outcome frees the desk; one who does not come is a no-show only after the grace time, and the next is called', async () => {
  const b = await booth(51);
  const people = [];
  for (let i = 0; i < 3; i++) people.push(await attendee(`DK000${i}`));
  for (const p of people) await join(p.user, b.id, p.ticket.id);
  const first = (await call(b.staff, b.id)).answer as { placeId: string; desk: number };
  await serve(b.staff, first.placeId);
  expect((await finish(b.staff, first.placeId, 'offer_made')).answer).toEqual({ placeId: first.placeId, outcome: 'offer_made' });
  const [done] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, first.placeId));
  expect(done).toMatchObject({ status: 'done', desk: null, outcome: 'offer_made' });

  const second = (await call(b.staff, b.id)).answer as { placeId: string; desk: number };
  expect(second.desk).toBe(1); // the desk freed by the outcome
  // Too early: the person may still be on their way.
  await expect(noShow(b.staff, second.placeId)).rejects.toEqual(new ConflictError('fair.noShow.tooEarly'));
  await db
    .update(fairQueueEntries)
    .set({ calledAt: new Date(Date.now() - 181_000) })
    .where(eq(fairQueueEntries.id, second.placeId));
  const retryKey = key();
  const missed = await noShow(b.staff, second.placeId, retryKey);
  expect(missed.answer.next).toMatchObject({ number: 3, desk: 1 });
  const last2 = (await fairEventsAfter(db, fairId, missed.seq! - 2)).map((e) => e.type);
  expect(last2).toEqual(['queue:no_show', 'queue:called']);
  // A retry of the no-show answers the same and calls nobody else.
  expect(await noShow(b.staff, second.placeId, retryKey)).toEqual({ answer: missed.answer, seq: null });
  // The outcome of someone no longer at a desk, and serving someone not called, are refused.
  await expect(finish(b.staff, second.placeId, 'hired')).rejects.toEqual(new ConflictError('fair.place.notAtDesk'));
  await expect(serve(b.staff, first.placeId)).rejects.toEqual(new ConflictError('fair.place.notCalled'));
  // Only the booth's own staff act on its places.
  await expect(finish((await booth(52)).staff, missed.answer.next.placeId!, 'hired')).rejects.toBeInstanceOf(NotFoundError);
});

test('a bad code or a missing request key is named before anything runs', () => {
  const result = checkInSchema.safeParse({ fairId, code: 'a!', idempotencyKey: 'x' });
  expect(result.success).toBe(false);
  expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
    code: 'fair.validation.code',
    idempotencyKey: 'fair.validation.idempotencyKey',
  });
});
