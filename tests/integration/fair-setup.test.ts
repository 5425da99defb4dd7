// Setting a fair up (app/services/fairs/setup.server.ts): an organiser creates it in their province
// (every input error at once), moves it through registration, live, paused and ended, and people get
// tickets — registering themselves or by their counsellor — with a short code nobody misreads.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '#app/services/errors.ts';
import { fairEventsAfter } from '#app/services/fairs/events.server.ts';
import { ticketAlphabet } from '#app/services/fairs/rules.ts';
import { createFairSchema, fairStatusSchema, registerSchema } from '#app/services/fairs/schemas.ts';
import { createFair, registerForFair, setFairStatus } from '#app/services/fairs/setup.server.ts';
import { fairs, fairTickets } from '#db/schema.ts';
import { makeReturnee, makeUser } from '#server/seed/factories.ts';
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
