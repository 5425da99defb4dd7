// Setting a fair up (app/services/fairs/setup.server.ts): an organiser creates it in their province
// (every input error at once), moves it through registration, live, paused and ended, and people get
// tickets — registering themselves or by their counsellor — with a short code nobody misreads.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '#app/services/errors.ts';
import { fairEventsAfter } from '#app/services/fairs/events.server.ts';
import { ticketAlphabet } from '#app/services/fairs/rules.ts';
import {
  announceSchema,
  answerInvitationSchema,
  createFairSchema,
  fairStatusSchema,
  inviteBoothSchema,
  registerSchema,
} from '#app/services/fairs/schemas.ts';
import { announce, answerInvitation, createFair, inviteBooth, registerForFair, setFairStatus } from '#app/services/fairs/setup.server.ts';
import { fairBoothPostings, fairBooths, fairBoothStaff, fairs, fairTickets } from '#db/schema.ts';
import { makeJob, makeOrganisation, makeReturnee, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let organiser: Actor;
let commune: string;
let keys = 0;
const key = () => `key-${String(++keys).padStart(6, '0')}`;

const fairInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Phiên chợ việc làm tháng 12',
  kind: 'periodic',
  communeCode: commune,
  venueAddress: 'Nhà văn hóa phường',
  startsAt: '2026-12-12T07:30',
  endsAt: '2026-12-12T16:30',
  ...overrides,
});
const create = (actor: Actor, input: Record<string, unknown>) =>
  db.transaction((tx) => createFair(tx, actor, createFairSchema.parse(input)));
const move = (actor: Actor, fairId: string, status: string, idempotencyKey = key()) =>
  db.transaction((tx) => setFairStatus(tx, actor, fairStatusSchema.parse({ fairId, status, idempotencyKey })));
const register = (actor: Actor, fairId: string, returneeId?: string) =>
  db.transaction((tx) => registerForFair(tx, actor, registerSchema.parse({ fairId, returneeId, idempotencyKey: key() })));

beforeAll(async () => {
  organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  commune = (await db.execute(sql`select code from communes where province_code = '51' limit 1`))[0].code as string;
});

test('an organiser creates a fair in their province, a draft whose log starts with it; a commune elsewhere is refused', async () => {
  const fair = await create(organiser, fairInput());
  expect(fair).toMatchObject({ provinceCode: '51', status: 'draft', communeCode: commune });
  expect(fair.startsAt.toISOString()).toBe('2026-12-12T00:30:00.000Z'); // 07:30 in Vietnam
  expect((await fairEventsAfter(db, fair.id, 0)).map((e) => [e.seq, e.type])).toEqual([[1, 'fair:created']]);
  const elsewhere = (await db.execute(sql`select code from communes where province_code = '79' limit 1`))[0].code as string;
  await expect(create(organiser, fairInput({ communeCode: elsewhere }))).rejects.toEqual(
    new InputError({ communeCode: 'validation.commune.notInProvince' }),
  );
  const online = await create(organiser, fairInput({ kind: 'online', communeCode: '', venueAddress: '' }));
  expect(online).toMatchObject({ kind: 'online', communeCode: null, venueAddress: null });
  await expect(create(await makeUser(db, { role: 'counsellor', provinceCode: '51' }), fairInput())).rejects.toBeInstanceOf(ForbiddenError);
});

test('every mistake in a new fair is named at once', () => {
  const result = createFairSchema.safeParse(fairInput({ name: 'P', communeCode: '', endsAt: '2026-12-12T07:00', capacity: '0' }));
  expect(result.success).toBe(false);
  expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
    name: 'fair.validation.name',
    communeCode: 'fair.validation.place',
    endsAt: 'fair.validation.hours',
    capacity: 'fair.validation.capacity',
  });
});

test('the fair opens registration, goes live, pauses, resumes and ends; no other move; a retry moves nothing twice', async () => {
  const fair = await create(organiser, fairInput());
  await move(organiser, fair.id, 'registration');
  const live = key();
  expect((await move(organiser, fair.id, 'live', live)).answer).toEqual({ status: 'live' });
  expect(await move(organiser, fair.id, 'live', live)).toEqual({ answer: { status: 'live' }, seq: null });
  await move(organiser, fair.id, 'paused');
  await move(organiser, fair.id, 'live');
  await expect(move(organiser, fair.id, 'registration')).rejects.toEqual(new ConflictError('fair.status.move'));
  await move(organiser, fair.id, 'ended');
  await expect(move(organiser, fair.id, 'live')).rejects.toEqual(new ConflictError('fair.status.move'));
  const statuses = (await fairEventsAfter(db, fair.id, 0)).filter((e) => e.type === 'fair:status').map((e) => e.payload.to);
  expect(statuses).toEqual(['registration', 'live', 'paused', 'live', 'ended']);
  const otherProvince = await makeUser(db, { role: 'organiser', provinceCode: '79' });
  await expect(move(otherProvince, fair.id, 'live')).rejects.toBeInstanceOf(NotFoundError);
});

test('people get one ticket each, registering themselves or by their counsellor, with a code of unmistakable letters', async () => {
  const fair = await create(organiser, fairInput());
  const user = await makeUser(db, { role: 'returnee' });
  const person = await makeReturnee(db, { userId: user.id });
  await expect(register(user, fair.id)).rejects.toEqual(new ConflictError('fair.registration.closed'));
  await move(organiser, fair.id, 'registration');
  const own = await register(user, fair.id);
  expect(own.answer.code).toMatch(new RegExp(`^[${ticketAlphabet}]{6}$`));
  await expect(register(user, fair.id)).rejects.toEqual(new ConflictError('fair.registration.already'));

  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const other = await makeReturnee(db, { counsellorId: counsellor.id });
  const byCounsellor = await register(counsellor, fair.id, other.id);
  expect(byCounsellor.answer.code).not.toBe(own.answer.code);
  const tickets = await db.select().from(fairTickets).where(eq(fairTickets.fairId, fair.id));
  expect(tickets.map((t) => t.returneeId).sort()).toEqual([person.id, other.id].sort());
  await expect(register(await makeUser(db, { role: 'employer' }), fair.id)).rejects.toBeInstanceOf(ForbiddenError);
  const [stored] = await db.select({ lastSeq: fairs.lastSeq }).from(fairs).where(eq(fairs.id, fair.id));
  expect(stored.lastSeq).toBe(4); // created, registration, two tickets
});

// ── Booths ──────────────────────────────────────────────────────────────────────────────────────

const invite = (fairId: string, organisationId: string) =>
  db.transaction((tx) => inviteBooth(tx, organiser, inviteBoothSchema.parse({ fairId, organisationId, idempotencyKey: key() })));
const answer = (actor: Actor, input: Record<string, unknown>) =>
  db.transaction((tx) => answerInvitation(tx, actor, answerInvitationSchema.parse({ idempotencyKey: key(), ...input })));

/** A verified employer with an owner (who answers), another member, an open job and an open course. */
async function employer() {
  const owner = await makeUser(db, { role: 'employer' });
  const member = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: owner.id }, { userId: member.id }]);
  const job = await makeJob(db, { organisationId: organisation.id });
  const course = await makeTrainingSlot(db, { organisationId: organisation.id });
  return { owner: { ...owner, organisationIds: [organisation.id] }, member, organisation, job, course };
}

test('the organiser invites verified organisations, each to a booth with the next number, once', async () => {
  const fair = await create(organiser, fairInput());
  const a = await employer();
  const b = await employer();
  expect((await invite(fair.id, a.organisation.id)).answer).toMatchObject({ number: 1 });
  expect((await invite(fair.id, b.organisation.id)).answer).toMatchObject({ number: 2 });
  await expect(invite(fair.id, a.organisation.id)).rejects.toEqual(new ConflictError('fair.booth.already'));
  const pending = await makeOrganisation(db, { verificationStatus: 'pending' });
  await expect(invite(fair.id, pending.id)).rejects.toEqual(new ConflictError('fair.booth.unverified'));
});

test('an organisation accepts with its own staff and open postings (every mistake named at once), or declines', async () => {
  const fair = await create(organiser, fairInput());
  const a = await employer();
  const other = await employer();
  const { boothId } = (await invite(fair.id, a.organisation.id)).answer;
  // Someone else's job and a person who is not a member: both named.
  await expect(
    answer(a.owner, { fairId: fair.id, boothId, accept: true, staffUserIds: [a.member.id, other.member.id], jobIds: [other.job.id] }),
  ).rejects.toEqual(new InputError({ staffUserIds: 'fair.validation.staffNotMember', jobIds: 'fair.validation.postings' }));
  expect(answerInvitationSchema.safeParse({ fairId: fair.id, boothId, accept: true, idempotencyKey: key() }).error!.issues[0].message).toBe(
    'fair.validation.staff',
  );
  await answer(a.owner, {
    fairId: fair.id,
    boothId,
    accept: true,
    staffUserIds: [a.member.id],
    jobIds: [a.job.id],
    trainingSlotIds: [a.course.id],
  });
  const [booth] = await db.select().from(fairBooths).where(eq(fairBooths.id, boothId));
  expect(booth.status).toBe('accepted');
  expect((await db.select().from(fairBoothStaff).where(eq(fairBoothStaff.boothId, boothId))).map((s) => s.userId)).toEqual([a.member.id]);
  expect(await db.select().from(fairBoothPostings).where(eq(fairBoothPostings.boothId, boothId))).toHaveLength(2);
  // Another organisation's owner cannot answer for it.
  await expect(answer(other.owner, { fairId: fair.id, boothId, accept: false })).rejects.toBeInstanceOf(NotFoundError);
  await answer(a.owner, { fairId: fair.id, boothId, accept: false });
  expect((await db.select().from(fairBooths).where(eq(fairBooths.id, boothId)))[0].status).toBe('declined');
  expect(await db.select().from(fairBoothStaff).where(eq(fairBoothStaff.boothId, boothId))).toEqual([]);
});

test('at an online fair a booth gives its call link (https only); at a venue it keeps none', async () => {
  const online = await create(organiser, fairInput({ kind: 'online', communeCode: '' }));
  const a = await employer();
  const { boothId } = (await invite(online.id, a.organisation.id)).answer;
  expect(
    answerInvitationSchema.safeParse({
      fairId: online.id,
      boothId,
      accept: true,
      staffUserIds: [a.owner.id],
      callLink: 'http://meet.example/x',
      idempotencyKey: key(),
    }).error!.issues[0].message,
  ).toBe('fair.validation.callLink');
  await answer(a.owner, {
    fairId: online.id,
    boothId,
    accept: true,
    staffUserIds: [a.owner.id],
    callLink: 'https://meet.example.vn/gian-1',
  });
  expect((await db.select().from(fairBooths).where(eq(fairBooths.id, boothId)))[0].callLink).toBe('https://meet.example.vn/gian-1');
});

test('what the public board shows uses neutral words: a fair’s name, its venue and announcements', async () => {
  const issues = (input: Record<string, unknown>) =>
    Object.fromEntries(createFairSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []);
  expect(issues(fairInput({ name: 'Phiên chợ cho người mãn hạn tù' }))).toEqual({ name: 'fair.validation.neutral' });
  // A venue named for a detention place would label everyone seen going in.
  expect(issues(fairInput({ venueAddress: 'Trại giam cũ, thôn 3' }))).toEqual({ venueAddress: 'fair.validation.neutral' });
  expect(issues(fairInput({ venueAddress: 'Nhà văn hóa tổ 5, phường Trần Phú' }))).toEqual({});
  const fair = await create(organiser, fairInput());
  const say = (actor: Actor, message: string) =>
    db.transaction((tx) => announce(tx, actor, announceSchema.parse({ fairId: fair.id, message, idempotencyKey: key() })));
  expect(
    announceSchema.safeParse({ fairId: fair.id, message: 'Mời các bạn từng chấp hành án đến gian 3', idempotencyKey: key() }).error!
      .issues[0].message,
  ).toBe('fair.validation.neutral');
  const said = await say(organiser, 'Gian số 3 đã mở thêm bàn, mời các bạn đến');
  expect((await fairEventsAfter(db, fair.id, said.seq! - 1)).map((e) => [e.type, e.payload.message])).toEqual([
    ['fair:announced', 'Gian số 3 đã mở thêm bàn, mời các bạn đến'],
  ]);
  await expect(say(await makeUser(db, { role: 'organiser', provinceCode: '79' }), 'Xin chào')).rejects.toBeInstanceOf(NotFoundError);
  await move(organiser, fair.id, 'ended');
  await expect(say(organiser, 'Xin chào')).rejects.toEqual(new ConflictError('fair.ended'));
});
