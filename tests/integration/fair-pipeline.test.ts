// A fair's queues are the pipeline's applications (app/services/fairs/applications.server.ts):
// joining a booth's queue for one of its jobs or courses applies for it — through the pipeline's own
// commands, with the consent wording shown — and the outcome at the desk moves that same referral
// or enrolment; every step's case event names the fair, and the pipeline's own rules still apply.
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, InputError } from '#app/services/errors.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, joinQueue, leaveQueue, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import { callNextSchema, joinQueueSchema, leaveQueueSchema, outcomeSchema, placeActionSchema } from '#app/services/fairs/schemas.ts';
import { startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import {
  auditLog,
  caseEvents,
  consents,
  enrolments,
  fairQueueEntries,
  fairTickets,
  placements,
  referrals,
  trainingSlots,
} from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeBooth, makeFair, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let organiser: Actor;
let counsellor: Actor;
let keys = 0;
const key = () => `pipe-${String(++keys).padStart(6, '0')}`;

type Person = { user: Actor | null; returneeId: string; ticketId: string };

/** A checked-in person: with their own sign-in, or (no phone) without one. */
async function person(options: { signIn?: boolean; releaseDate?: string } = {}): Promise<Person> {
  const user = options.signIn === false ? null : await makeUser(db, { role: 'returnee' });
  const record = await makeReturnee(db, { userId: user?.id ?? null, releaseDate: options.releaseDate ?? null });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `P${String(++keys).padStart(5, '0')}`, checkedInAt: new Date() })
    .returning();
  return { user, returneeId: record.id, ticketId: ticket.id };
}

type Choice = { jobId?: string; trainingSlotId?: string };

/** Joins as a page would: the consent wording the page showed for this actor and posting. */
async function join(actor: Actor, boothId: string, p: Person, choice: Choice, wording?: string) {
  const consentWording = wording ?? (await joinConsentWording(db, actor, { ticketId: p.ticketId, ...choice }));
  return db.transaction((tx) =>
    joinQueue(
      tx,
      actor,
      joinQueueSchema.parse({ fairId, boothId, ticketId: p.ticketId, ...choice, consentWording, idempotencyKey: key() }),
    ),
  );
}

/** Calls the person to the desk and marks them there (the booth's queue has only them waiting). */
async function toDesk(staff: Actor, boothId: string, placeId: string) {
  const called = await db.transaction((tx) => callNext(tx, staff, callNextSchema.parse({ fairId, boothId, idempotencyKey: key() })));
  expect(called.answer.placeId).toBe(placeId);
  await db.transaction((tx) => startServing(tx, staff, placeActionSchema.parse({ fairId, placeId, idempotencyKey: key() })));
}

const outcome = (staff: Actor, placeId: string, fields: Record<string, unknown>) =>
  db.transaction((tx) => recordOutcome(tx, staff, outcomeSchema.parse({ fairId, placeId, idempotencyKey: key(), ...fields })));

const placeOf = async (placeId: string) => (await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, placeId)))[0];
const referralOf = async (id: string) => (await db.select().from(referrals).where(eq(referrals.id, id)))[0];
const stepsOf = (subjectId: string) =>
  db
    .select({ kind: caseEvents.kind, toStatus: caseEvents.toStatus, fairId: caseEvents.fairId })
    .from(caseEvents)
    .where(eq(caseEvents.subjectId, subjectId))
    .orderBy(caseEvents.id);

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live' })).id;
  organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
});

test('joining a booth’s queue for its job is applying: the referral with the consent shown, its step tagged with the fair, and the place tied to it', async () => {
  const booth = await makeBooth(db, fairId, { jobs: 2 });
  const me = await person();
  const job = booth.jobs[1];
  const wording = await joinConsentWording(db, me.user!, { ticketId: me.ticketId, jobId: job.id });
  expect(wording).toContain(job.title);
  expect(wording).toContain(booth.organisation.name);
  const joined = await join(me.user!, booth.id, me, { jobId: job.id });
  expect(joined.answer).toMatchObject({ jobId: job.id, trainingSlotId: null });
  const place = await placeOf(joined.answer.placeId);
  expect(place.jobId).toBe(job.id);
  const referral = await referralOf(place.referralId!);
  expect(referral).toMatchObject({ returneeId: me.returneeId, jobId: job.id, status: 'requested' });
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, referral.id));
  expect(consent).toMatchObject({ scope: 'referral', granted: true, wording, recordedById: me.user!.id });
  expect(await stepsOf(referral.id)).toEqual([{ kind: 'referral', toStatus: 'requested', fairId }]);

  // Leaving and joining again takes on the same application: no second referral, no second consent.
  await db.transaction((tx) => leaveQueue(tx, me.user!, leaveQueueSchema.parse({ fairId, placeId: place.id, idempotencyKey: key() })));
  const again = await join(me.user!, booth.id, me, { jobId: job.id });
  expect((await placeOf(again.answer.placeId)).referralId).toBe(referral.id);
  expect(await db.select().from(consents).where(eq(consents.referralId, referral.id))).toHaveLength(1);
});

test('joining needs one of the jobs or courses the booth shows and the consent wording as shown; a booth showing none takes no queue — and nothing is written', async () => {
  const empty = await makeBooth(db, fairId, { jobs: 0 });
  const booth = await makeBooth(db, fairId);
  const other = await makeBooth(db, fairId);
  const me = await person();
  const wording = await joinConsentWording(db, me.user!, { ticketId: me.ticketId, jobId: booth.jobs[0].id });
  await expect(join(me.user!, empty.id, me, { jobId: booth.jobs[0].id }, wording)).rejects.toEqual(
    new ConflictError('fair.queue.noPostings'),
  );
  await expect(join(me.user!, booth.id, me, {}, wording)).rejects.toEqual(new InputError({ jobId: 'fair.validation.postingRequired' }));
  await expect(join(me.user!, booth.id, me, { jobId: other.jobs[0].id }, wording)).rejects.toEqual(
    new InputError({ jobId: 'fair.validation.postingNotShown' }),
  );
  // Words other than those the pipeline records (an old page, another language, a proxy's words).
  const proxyWords = await joinConsentWording(db, counsellor, { ticketId: me.ticketId, jobId: booth.jobs[0].id });
  expect(proxyWords).not.toBe(wording);
  await expect(join(me.user!, booth.id, me, { jobId: booth.jobs[0].id }, proxyWords)).rejects.toEqual(
    new InputError({ consentWording: 'fair.validation.consentWording' }),
  );
  // Both a job and a course: named at once, before anything runs.
  const both = joinQueueSchema.safeParse({
    fairId,
    boothId: booth.id,
    ticketId: me.ticketId,
    jobId: booth.jobs[0].id,
    trainingSlotId: booth.jobs[0].id,
    consentWording: '',
    idempotencyKey: key(),
  });
  expect(Object.fromEntries(both.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
    jobId: 'fair.validation.postingOne',
    consentWording: 'fair.validation.consentWording',
  });
  expect(await db.select().from(referrals).where(eq(referrals.returneeId, me.returneeId))).toEqual([]);
  expect(await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, me.ticketId))).toEqual([]);
});

test('someone who already applied on the website queues on that same application', async () => {
  const booth = await makeBooth(db, fairId);
  const me = await person();
  const earlier = await db.transaction((tx) => startReferral(tx, me.user!, { jobId: booth.jobs[0].id }));
  const joined = await join(me.user!, booth.id, me, { jobId: booth.jobs[0].id });
  expect((await placeOf(joined.answer.placeId)).referralId).toBe(earlier.referral.id);
  expect(await db.select().from(referrals).where(eq(referrals.returneeId, me.returneeId))).toHaveLength(1);
});

test('by proxy: the counsellor’s join is the pipeline’s referral with the consent they read; the door’s is the person’s application with the words read out, in the audit log', async () => {
  const booth = await makeBooth(db, fairId, { jobs: 2 });
  const noPhone = await person({ signIn: false });
  const byCounsellor = await join(counsellor, booth.id, noPhone, { jobId: booth.jobs[0].id });
  const referred = await referralOf((await placeOf(byCounsellor.answer.placeId)).referralId!);
  expect(referred.status).toBe('referred');
  const [read] = await db.select().from(consents).where(eq(consents.referralId, referred.id));
  expect(read.wording).toBe(await joinConsentWording(db, counsellor, { ticketId: noPhone.ticketId, jobId: booth.jobs[0].id }));
  expect(read.recordedById).toBe(counsellor.id);
  expect(await stepsOf(referred.id)).toEqual([
    { kind: 'referral', toStatus: 'suggested', fairId },
    { kind: 'referral', toStatus: 'referred', fairId },
  ]);

  const atDoor = await join(organiser, booth.id, { ...noPhone }, { jobId: booth.jobs[1].id }).catch((e: unknown) => e);
  // One place per booth: the door queues them at another booth's job.
  expect(atDoor).toEqual(new ConflictError('fair.queue.already'));
  const second = await makeBooth(db, fairId);
  const door = await join(organiser, second.id, noPhone, { jobId: second.jobs[0].id });
  const applied = await referralOf((await placeOf(door.answer.placeId)).referralId!);
  expect(applied.status).toBe('requested');
  const [doorConsent] = await db.select().from(consents).where(eq(consents.referralId, applied.id));
  expect(doorConsent.wording).toBe(await joinConsentWording(db, organiser, { ticketId: noPhone.ticketId, jobId: second.jobs[0].id }));
  expect(doorConsent.recordedById).toBe(organiser.id);
  const [audit] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, organiser.id), eq(auditLog.entityId, noPhone.returneeId)));
  expect(audit).toMatchObject({ action: 'update', entityType: 'returnee', reason: 'fair: applied at the door' });
});

test('a course’s queue asks for a seat (with the seat consent, by the person or a proxy); the desk enrols them, taking a seat', async () => {
  const school = await makeBooth(db, fairId, { jobs: 0, courses: 1, seats: 5 });
  const course = school.courses[0];
  const me = await person();
  const joined = await join(me.user!, school.id, me, { trainingSlotId: course.id });
  const place = await placeOf(joined.answer.placeId);
  const [enrolment] = await db.select().from(enrolments).where(eq(enrolments.id, place.enrolmentId!));
  expect(enrolment).toMatchObject({ status: 'applied', returneeId: me.returneeId });
  const [step] = await db.select().from(caseEvents).where(eq(caseEvents.subjectId, enrolment.id));
  expect(step).toMatchObject({ toStatus: 'applied', fairId });
  expect(step.details).toMatchObject({
    consent: true,
    wording: await joinConsentWording(db, me.user!, { ticketId: me.ticketId, trainingSlotId: course.id }),
  });

  const noPhone = await person({ signIn: false });
  const door = await join(organiser, school.id, noPhone, { trainingSlotId: course.id });
  expect((await placeOf(door.answer.placeId)).enrolmentId).not.toBeNull();

  // Offers and hires are for jobs: refused, and the person stays at the desk.
  await toDesk(school.staff, school.id, place.id);
  await expect(outcome(school.staff, place.id, { outcome: 'hired' })).rejects.toEqual(
    new InputError({ outcome: 'fair.validation.outcomeJobAtCourse' }),
  );
  expect((await placeOf(place.id)).status).toBe('serving');
  await outcome(school.staff, place.id, { outcome: 'enrolled' });
  expect((await db.select().from(enrolments).where(eq(enrolments.id, enrolment.id)))[0].status).toBe('enrolled');
  expect((await db.select().from(trainingSlots).where(eq(trainingSlots.id, course.id)))[0].seatsLeft).toBe(4);
  expect((await stepsOf(enrolment.id)).at(-1)).toEqual({ kind: 'enrolment', toStatus: 'enrolled', fairId });
  expect(await placeOf(place.id)).toMatchObject({ status: 'done', outcome: 'enrolled' });
});

test('outcomes move the same referral: an offer, a second interview, not suitable (with a neutral reason) — each step tagged with the fair', async () => {
  const booth = await makeBooth(db, fairId);
  const [a, b, c] = [await person(), await person(), await person()];
  const places = [];
  for (const p of [a, b, c]) places.push((await join(p.user!, booth.id, p, { jobId: booth.jobs[0].id })).answer.placeId);

  await toDesk(booth.staff, booth.id, places[0]);
  await expect(outcome(booth.staff, places[0], { outcome: 'enrolled' })).rejects.toEqual(
    new InputError({ outcome: 'fair.validation.outcomeEnrolledAtJob' }),
  );
  await outcome(booth.staff, places[0], { outcome: 'offer_made' });
  const offered = await referralOf((await placeOf(places[0])).referralId!);
  expect(offered.status).toBe('offered');
  expect((await stepsOf(offered.id)).at(-1)).toEqual({ kind: 'referral', toStatus: 'offered', fairId });

  await toDesk(booth.staff, booth.id, places[1]);
  await outcome(booth.staff, places[1], { outcome: 'second_interview' });
  const interview = await referralOf((await placeOf(places[1])).referralId!);
  expect(interview.status).toBe('interview_scheduled');
  // No time given: the next morning at 08:00 in Vietnam.
  expect(interview.interviewAt!.toISOString()).toBe(`${vietnamDate(1)}T01:00:00.000Z`);

  await toDesk(booth.staff, booth.id, places[2]);
  await outcome(booth.staff, places[2], { outcome: 'not_suitable' });
  const declined = await referralOf((await placeOf(places[2])).referralId!);
  expect(declined.status).toBe('not_hired');
  expect(declined.reason).toBe('Chưa phù hợp với vị trí này (trao đổi tại phiên chợ việc làm).');
});

test('hired on the spot: offered then hired, the placement with the defaults (today, the job’s lowest wage, probation) — and the pipeline’s own rules still stand', async () => {
  const booth = await makeBooth(db, fairId);
  const early = await person({ releaseDate: vietnamDate(30) });
  const me = await person();
  const earlyPlace = (await join(early.user!, booth.id, early, { jobId: booth.jobs[0].id })).answer.placeId;
  const myPlace = (await join(me.user!, booth.id, me, { jobId: booth.jobs[0].id })).answer.placeId;

  // A start before the person is back home is the pipeline's refusal: nothing of the outcome is kept.
  await toDesk(booth.staff, booth.id, earlyPlace);
  await expect(outcome(booth.staff, earlyPlace, { outcome: 'hired' })).rejects.toEqual(
    new InputError({ startDate: 'pipeline.validation.startBeforeRelease' }),
  );
  expect((await placeOf(earlyPlace)).status).toBe('serving');
  expect((await referralOf((await placeOf(earlyPlace)).referralId!)).status).toBe('requested');
  await outcome(booth.staff, earlyPlace, { outcome: 'hired', startDate: vietnamDate(31), wageVnd: '8500000', contractType: 'fixed_term' });
  const [later] = await db.select().from(placements).where(eq(placements.returneeId, early.returneeId));
  expect(later).toMatchObject({ startDate: vietnamDate(31), wageVnd: 8_500_000, contractType: 'fixed_term' });

  await toDesk(booth.staff, booth.id, myPlace);
  await outcome(booth.staff, myPlace, { outcome: 'hired' });
  const referralId = (await placeOf(myPlace)).referralId!;
  expect((await referralOf(referralId)).status).toBe('hired');
  const [placement] = await db.select().from(placements).where(eq(placements.referralId, referralId));
  expect(placement).toMatchObject({ startDate: vietnamDate(), wageVnd: booth.jobs[0].wageMin, contractType: 'probation' });
  expect((await stepsOf(referralId)).map((s) => s.toStatus)).toEqual(['requested', 'offered', 'hired']);
  const [started] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.kind, 'placement'), eq(caseEvents.subjectId, placement.id)))
    .orderBy(desc(caseEvents.id));
  expect(started.fairId).toBe(fairId);
});
