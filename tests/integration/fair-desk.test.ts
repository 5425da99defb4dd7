// The staff's desk view (app/services/fairs/desk.server.ts): only a booth's named staff see it; the
// four desks with who is at each and when a no-show may be marked; the line as anonymised cards —
// the employer's candidate card, the job queued for, a name only under the pipeline's consent rule —
// and never a phone number or anything about the person's past.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, joinQueue } from '#app/services/fairs/commands.server.ts';
import { deskView } from '#app/services/fairs/desk.server.ts';
import { callNextSchema, joinQueueSchema } from '#app/services/fairs/schemas.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { changeReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { fairQueueEntries, fairs, fairTickets } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeBooth, makeFair, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let booth: Awaited<ReturnType<typeof makeBooth>>;
let keys = 0;
const key = () => `desk-${String(++keys).padStart(6, '0')}`;

type Person = { user: Actor; ticketId: string; placeId: string; fullName: string; phone: string };

/** A person with a sign-in, a phone, a release date and a certificate, queued at the booth for its job. */
async function queued(i: number, shareCard: boolean): Promise<Person> {
  const phone = `09134000${String(i).padStart(2, '0')}`;
  const user = await makeUser(db, { role: 'returnee', phone });
  const fullName = `Nguyễn Thị Ứng Viên ${i}`;
  const record = await makeReturnee(db, {
    userId: user.id,
    fullName,
    phone,
    releaseDate: vietnamDate(-40),
    releaseKind: 'amnesty',
    shareCard,
    skillLevels: { 'welding-arc': 'can_work' },
    certificates: ['Chứng chỉ sơ cấp hàn điện'],
  });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `DK${String(i).padStart(4, '0')}`, checkedInAt: new Date() })
    .returning();
  const jobId = booth.jobs[0].id;
  const consentWording = await joinConsentWording(db, user, { ticketId: ticket.id, jobId });
  const joined = await db.transaction((tx) =>
    joinQueue(
      tx,
      user,
      joinQueueSchema.parse({ fairId, boothId: booth.id, ticketId: ticket.id, jobId, consentWording, idempotencyKey: key() }),
    ),
  );
  return { user, ticketId: ticket.id, placeId: joined.answer.placeId, fullName, phone };
}

/** The person takes back their application (on the website) while their place still waits. */
async function withdraw(p: Person) {
  const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, p.placeId));
  await db.transaction((tx) => changeReferral(tx, p.user, place.referralId!, { status: 'withdrawn' }));
}

let applied: Person;
let withdrawnWithCard: Person;
let withdrawnNoCard: Person;

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live' })).id;
  booth = await makeBooth(db, fairId, { number: 7 });
  applied = await queued(1, false);
  withdrawnWithCard = await queued(2, true);
  withdrawnNoCard = await queued(3, false);
  await withdraw(withdrawnWithCard);
  await withdraw(withdrawnNoCard);
  await db.transaction((tx) => callNext(tx, booth.staff, callNextSchema.parse({ fairId, boothId: booth.id, idempotencyKey: key() })));
});

test('the desks: who is at each, since when, and from when a no-show may be marked; the fair’s sequence number', async () => {
  const view = await deskView(db, booth.staff, fairId, booth.id);
  const [fair] = await db.select().from(fairs).where(eq(fairs.id, fairId));
  expect(view.seq).toBe(fair.lastSeq);
  expect(view.booth).toMatchObject({ number: 7, organisation: booth.organisation.name });
  expect(view.desks).toHaveLength(4);
  const [first, ...free] = view.desks;
  expect(first).toMatchObject({ desk: 1, number: 1, status: 'called', placeId: applied.placeId });
  expect(Date.parse(first.noShowFrom!) - Date.parse(first.calledAt!)).toBe(fair.noShowGraceSeconds * 1000);
  expect(free.every((d) => d.placeId === null)).toBe(true);
  expect(view.waiting).toBe(2);
  expect(view.places.map((p) => [p.number, p.status])).toEqual([
    [1, 'called'],
    [2, 'waiting'],
    [3, 'waiting'],
  ]);
});

test('cards: the job queued for and the candidate card; the name only where the person applied or consented — a withdrawal takes it away, and the card too unless they share one', async () => {
  const { places } = await deskView(db, booth.staff, fairId, booth.id);
  const [one, two, three] = places;
  expect(one.posting).toEqual({ kind: 'job', id: booth.jobs[0].id, title: booth.jobs[0].title });
  expect(one.name).toBe(applied.fullName);
  expect(one.card).toMatchObject({ certificates: ['Chứng chỉ sơ cấp hàn điện'] });
  expect(one.card!.skills.map((s) => s.code)).toEqual(['welding-arc']);
  expect(two.name).toBeNull();
  expect(two.card).not.toBeNull();
  expect(three).toMatchObject({ name: null, card: null, number: 3 });
});

test('privacy: the desk view carries no phone, nothing about the past, and no name without consent', async () => {
  const json = JSON.stringify(await deskView(db, booth.staff, fairId, booth.id));
  for (const p of [applied, withdrawnWithCard, withdrawnNoCard]) expect(json).not.toContain(p.phone.slice(1));
  expect(json).not.toContain(withdrawnWithCard.fullName);
  expect(json).not.toContain(withdrawnNoCard.fullName);
  expect(json).not.toContain(vietnamDate(-40));
  expect(json).not.toMatch(/release|amnesty|prison|offen[cs]e|sentence/i);
  expect(findPastLabel(json)).toBeNull();
});

test('only the booth’s named staff: not a colleague who is not named, not another booth, not the organiser, not a person in the line', async () => {
  await expect(deskView(db, booth.colleague, fairId, booth.id)).rejects.toEqual(
    new ForbiddenError('call:queue:own', 'fair.booth.notStaff'),
  );
  const other = await makeBooth(db, fairId);
  await expect(deskView(db, other.staff, fairId, booth.id)).rejects.toBeInstanceOf(NotFoundError);
  const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  await expect(deskView(db, organiser, fairId, booth.id)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(deskView(db, applied.user, fairId, booth.id)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(deskView(db, booth.staff, (await makeFair(db)).id, booth.id)).rejects.toEqual(new NotFoundError('fair.booth.notFound'));
});
