// What fair screens read (app/services/fairs/queries.server.ts): a person's places with position,
// wait estimate and "you're next"; and the public board, which carries no personal data at all.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, joinQueue, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import { boardView, consoleView, personView } from '#app/services/fairs/queries.server.ts';
import { callNextSchema, joinQueueSchema, outcomeSchema, placeActionSchema } from '#app/services/fairs/schemas.ts';
import { fairBoothPostings, fairBooths, fairBoothStaff, fairEvents, fairQueueEntries, fairTickets } from '#db/schema.ts';
import { makeFair, makeJob, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let boothId: string;
let jobId: string;
let staff: Actor;
let keys = 0;
const key = () => `key-${String(++keys).padStart(6, '0')}`;

type Person = { user: Actor; ticketId: string; fullName: string; phone: string };
async function person(i: number): Promise<Person> {
  const phone = `09120000${String(i).padStart(2, '0')}`;
  const user = await makeUser(db, { role: 'returnee', phone });
  const fullName = `Người dự ${i}`;
  const record = await makeReturnee(db, { userId: user.id, fullName, phone });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `VW${String(i).padStart(4, '0')}`, checkedInAt: new Date() })
    .returning();
  return { user, ticketId: ticket.id, fullName, phone };
}

/** Joins for the booth's job, with the consent wording the page showed. */
async function join(p: Person) {
  const consentWording = await joinConsentWording(db, p.user, { ticketId: p.ticketId, jobId });
  return db.transaction((tx) =>
    joinQueue(tx, p.user, joinQueueSchema.parse({ fairId, boothId, ticketId: p.ticketId, jobId, consentWording, idempotencyKey: key() })),
  );
}
const call = () => db.transaction((tx) => callNext(tx, staff, callNextSchema.parse({ fairId, boothId, idempotencyKey: key() })));

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live' })).id;
  const user = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, { name: 'Công ty May Quảng Ngãi' }, [{ userId: user.id }]);
  staff = { ...user, organisationIds: [organisation.id] };
  const [booth] = await db
    .insert(fairBooths)
    .values({ fairId, organisationId: organisation.id, number: 7, status: 'accepted' })
    .returning();
  boothId = booth.id;
  await db.insert(fairBoothStaff).values({ boothId, userId: user.id });
  jobId = (await makeJob(db, { organisationId: organisation.id })).id;
  await db.insert(fairBoothPostings).values({ boothId, jobId });
});

test('a person sees their place, how many wait ahead, the wait from the booth’s pace, and "you’re next" while one is still ahead', async () => {
  const people = [];
  for (let i = 0; i < 4; i++) people.push(await person(i));
  for (const p of people) await join(p);
  const view = async (p: Person) => (await personView(db, p.user, fairId, p.ticketId)).places[0];
  expect(await view(people[3])).toMatchObject({
    boothNumber: 7,
    organisation: 'Công ty May Quảng Ngãi',
    number: 4,
    ahead: 3,
    nextUp: false,
    waitMinutes: 20,
  });
  expect(await view(people[1])).toMatchObject({ ahead: 1, nextUp: true });
  // The booth finishes a 10-minute conversation: estimates follow its pace.
  const first = (await call()).answer as { placeId: string };
  await db.transaction((tx) => startServing(tx, staff, placeActionSchema.parse({ fairId, placeId: first.placeId, idempotencyKey: key() })));
  await db
    .update(fairQueueEntries)
    .set({ calledAt: new Date(Date.now() - 10 * 60_000) })
    .where(eq(fairQueueEntries.id, first.placeId));
  await db.transaction((tx) =>
    recordOutcome(tx, staff, outcomeSchema.parse({ fairId, placeId: first.placeId, outcome: 'hired', idempotencyKey: key() })),
  );
  expect(await view(people[3])).toMatchObject({ ahead: 2, waitMinutes: 30 });
  // Called: the desk, no wait; and the view says which number the fair's log is at.
  await call();
  const called = await personView(db, people[1].user, fairId, people[1].ticketId);
  expect(called.places[0]).toMatchObject({ status: 'called', desk: 1, ahead: 0, waitMinutes: 0, callLink: null });
  expect(called.seq).toBeGreaterThan(0);
  // Someone else's ticket is not there for them.
  await expect(personView(db, people[0].user, fairId, people[3].ticketId)).rejects.toBeInstanceOf(NotFoundError);
});

test('the public board shows booths, queue lengths, the numbers at the desks and the counters — and no personal data', async () => {
  const board = await boardView(db, fairId);
  expect(board.booths).toEqual([{ number: 7, organisation: 'Công ty May Quảng Ngãi', waiting: 2, nowServing: [2] }]);
  expect(board.counters).toEqual({ checkedIn: 4, interviews: 1, offers: 1, hires: 1 });
  const shown = JSON.stringify(board);
  const everyone = await db.select().from(fairTickets).where(eq(fairTickets.fairId, fairId));
  for (let i = 0; i < everyone.length; i++) {
    expect(shown).not.toContain(`Người dự ${i}`);
    expect(shown).not.toContain(`09120000${String(i).padStart(2, '0')}`);
    expect(shown).not.toContain(everyone[i].code);
    expect(shown).not.toContain(everyone[i].returneeId);
  }
});

test('the organiser’s console: per booth the waiting, the numbers at the desks, the wait and the staff — and a booth nobody attends is flagged', async () => {
  const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  // The fair went live 30 minutes ago (its log says so); the booth last acted just now.
  await db.insert(fairEvents).values({
    fairId,
    seq: 10_000,
    type: 'fair:status',
    payload: { from: 'registration', to: 'live' },
    at: new Date(Date.now() - 30 * 60_000),
  });
  const view = await consoleView(db, organiser, fairId);
  expect(view.booths).toEqual([
    {
      id: boothId,
      number: 7,
      organisation: 'Công ty May Quảng Ngãi',
      waiting: 2,
      nowServing: [2],
      staff: 1,
      waitMinutes: expect.any(Number),
      unattended: false,
    },
  ]);
  expect(view.counters).toEqual({ checkedIn: 4, interviews: 1, offers: 1, hires: 1 });
  // Twenty minutes on with nobody called: the alert (the fair's setting is 10 minutes).
  const later = await consoleView(db, organiser, fairId, new Date(Date.now() + 20 * 60_000));
  expect(later.booths[0].unattended).toBe(true);
  await expect(consoleView(db, await makeUser(db, { role: 'organiser', provinceCode: '79' }), fairId)).rejects.toBeInstanceOf(
    NotFoundError,
  );
  await expect(consoleView(db, staff, fairId)).rejects.toBeInstanceOf(ForbiddenError);
});
