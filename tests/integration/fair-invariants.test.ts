// The live fair's rules that the database itself keeps (docs/decisions/005-live-fairs.md), tried
// the way racing clients would: one place per person per booth, at most three queues per person,
// at most four people served per booth, a person called at one booth at a time, a ticket checked in
// once, and fair events numbered without gaps or repeats however many commands run at once.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { fairBooths, fairEvents, fairQueueEntries, fairs, fairTickets } from '#db/schema.ts';
import { makeFair, makeOrganisation, makeReturnee } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let booths: string[];

/** A ticket for a new person at the fair. */
async function ticket(code: string) {
  const person = await makeReturnee(db);
  const [row] = await db.insert(fairTickets).values({ fairId, returneeId: person.id, code }).returning();
  return row;
}

let nextNumber = 0;
/** A place in a booth's queue (what joining writes), or the database's refusal. */
function join(boothId: string, ticketId: string, slot: number) {
  return db
    .insert(fairQueueEntries)
    .values({ fairId, boothId, ticketId, slot, number: ++nextNumber })
    .returning()
    .then(([row]) => row);
}

/** The Postgres error code a failed statement raised (drizzle wraps it in `cause`). */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint_name?: string } }).cause ?? (error as { code?: string });
    return `${(cause as { code?: string }).code}${'constraint_name' in cause ? ` ${cause.constraint_name}` : ''}`;
  }
  return 'accepted';
}

beforeAll(async () => {
  fairId = (await makeFair(db)).id;
  booths = [];
  for (let n = 1; n <= 4; n++) {
    const organisation = await makeOrganisation(db);
    const [booth] = await db
      .insert(fairBooths)
      .values({ fairId, organisationId: organisation.id, number: n, status: 'accepted' })
      .returning();
    booths.push(booth.id);
  }
});

test('a person holds one place per booth; after leaving, they may queue there again', async () => {
  const t = await ticket('A001');
  const first = await join(booths[0], t.id, 1);
  expect(await refusal(join(booths[0], t.id, 2))).toBe('23505 fair_queue_one_place_per_booth');
  await db.update(fairQueueEntries).set({ status: 'left' }).where(eq(fairQueueEntries.id, first.id));
  expect(await refusal(join(booths[0], t.id, 1))).toBe('accepted');
});

test('a person is in at most three queues at once, even when four joins race', async () => {
  const t = await ticket('A002');
  // Four joins at the same instant, each taking the lowest slot it believes free.
  const results = await Promise.all(booths.map((booth, i) => refusal(join(booth, t.id, (i % 3) + 1))));
  expect(results.filter((r) => r === 'accepted')).toHaveLength(3);
  expect(results.filter((r) => r !== 'accepted')).toEqual(['23505 fair_queue_three_slots']);
  expect(await refusal(join(booths[3], t.id, 4))).toBe('23514 fair_queue_slot');
});

test('a booth serves at most four at once, and a person is called at one booth at a time', async () => {
  const people = [];
  for (let i = 0; i < 5; i++) people.push(await ticket(`B00${i}`));
  const places = [];
  for (const person of people) places.push(await join(booths[1], person.id, 1));
  const call = (placeId: string, desk: number) =>
    db
      .update(fairQueueEntries)
      .set({ status: 'called', desk, calledAt: new Date() })
      .where(and(eq(fairQueueEntries.id, placeId), eq(fairQueueEntries.status, 'waiting')));
  for (let desk = 1; desk <= 4; desk++) expect(await refusal(call(places[desk - 1].id, desk))).toBe('accepted');
  // A fifth person: every desk is taken (and there is no fifth desk).
  for (let desk = 1; desk <= 4; desk++) expect(await refusal(call(places[4].id, desk))).toBe('23505 fair_queue_four_desks');
  expect(await refusal(call(places[4].id, 5))).toBe('23514 fair_queue_desk');
  // The first person, called at booth 2, queues at booth 3 too: their place is held there, but they
  // cannot be called there while booth 2 has them.
  const elsewhere = await join(booths[2], people[0].id, 2);
  expect(await refusal(call(elsewhere.id, 1))).toBe('23505 fair_queue_one_booth_at_a_time');
  await db
    .update(fairQueueEntries)
    .set({ status: 'done', desk: null, finishedAt: new Date() })
    .where(eq(fairQueueEntries.id, places[0].id));
  expect(await refusal(call(elsewhere.id, 1))).toBe('accepted');
  // A called place always holds a desk; a waiting one none.
  expect(
    await refusal(db.update(fairQueueEntries).set({ status: 'serving', desk: null }).where(eq(fairQueueEntries.id, places[1].id))),
  ).toBe('23514 fair_queue_desk');
});

test('two staff pressing "call next" at the same instant get two different people', async () => {
  const people = [];
  for (let i = 0; i < 3; i++) people.push(await ticket(`C00${i}`));
  for (const person of people) await join(booths[3], person.id, 1);
  // What call-next does: lock the first waiting place nobody else holds, and call it.
  const callNext = (desk: number) =>
    db.transaction(async (tx) => {
      const [next] = await tx
        .select({ id: fairQueueEntries.id })
        .from(fairQueueEntries)
        .where(and(eq(fairQueueEntries.boothId, booths[3]), eq(fairQueueEntries.status, 'waiting')))
        .orderBy(fairQueueEntries.number)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!next) return null;
      await new Promise((resolve) => setTimeout(resolve, 50)); // both hold their lock at once
      await tx.update(fairQueueEntries).set({ status: 'called', desk, calledAt: new Date() }).where(eq(fairQueueEntries.id, next.id));
      return next.id;
    });
  const [a, b] = await Promise.all([callNext(1), callNext(2)]);
  expect(a).not.toBeNull();
  expect(b).not.toBeNull();
  expect(a).not.toBe(b);
});

test('a ticket is checked in once, whichever of two door screens scans it first', async () => {
  const t = await ticket('D001');
  const checkIn = () =>
    db
      .update(fairTickets)
      .set({ checkedInAt: new Date() })
      .where(and(eq(fairTickets.id, t.id), isNull(fairTickets.checkedInAt)))
      .returning();
  const [first, second] = await Promise.all([checkIn(), checkIn()]);
  expect(first.length + second.length).toBe(1);
  expect(await refusal(ticket('D001'))).toBe('23505 fair_tickets_fair_id_code_index');
});

test('fair events are numbered 1, 2, 3… without a gap or a repeat however many commands run at once; a key is used once', async () => {
  const append = (key: string) =>
    db.transaction(async (tx) => {
      const [{ seq }] = await tx
        .update(fairs)
        .set({ lastSeq: sql`${fairs.lastSeq} + 1` })
        .where(eq(fairs.id, fairId))
        .returning({ seq: fairs.lastSeq });
      await tx.insert(fairEvents).values({ fairId, seq, type: 'fair:announced', payload: {}, idempotencyKey: key });
      return seq;
    });
  const before = (await db.select({ lastSeq: fairs.lastSeq }).from(fairs).where(eq(fairs.id, fairId)))[0].lastSeq;
  const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => append(`key-${i}`)));
  expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
  expect(await refusal(append('key-3'))).toBe('23505 fair_events_fair_id_idempotency_key_index');
  // The refused command took no number: the next one follows on.
  expect(await append('key-20')).toBe(before + 21);
});
