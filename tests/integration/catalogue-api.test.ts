// The catalogue API: the verification gate, every validation rule (a 400 naming the field, never a
// 500), ownership (403), and who may read a posting that is not public.
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { apiHandler as jobsAction, apiHandler as jobsLoader } from '#tests/helpers.ts';
import { apiHandler as jobAction, apiHandler as jobLoader } from '#tests/helpers.ts';
import { apiHandler as trainingAction } from '#tests/helpers.ts';
import { apiHandler as trainingItemAction } from '#tests/helpers.ts';
import { apiHandler as openApiLoader } from '#tests/helpers.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { vietnamDate } from '#lib/dates.ts';
import { parseServerTiming } from '#lib/server-timing.ts';
import { decideVerification } from '#app/services/organisations/commands.server.ts';
import { defaultTestPassword, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { auditLog, jobs, searchOutbox } from '#db/schema.ts';
import { call, cookieFrom, jsonRequest } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);

async function cookieOf(user: { email: string | null; phone: string | null }) {
  const login = user.email ?? user.phone!;
  return cookieFrom(
    (await call(sessionAction, jsonRequest('POST', '/api/v1/session', { login, password: defaultTestPassword }), context)) as Response,
  );
}

const counsellor = await makeUser(services.db, { role: 'counsellor', provinceCode: '51' });
const otherCounsellor = await makeUser(services.db, { role: 'counsellor', provinceCode: '24' });
const pendingEmployer = await makeUser(services.db, { role: 'employer' });
const pendingOrg = await makeOrganisation(services.db, { verificationStatus: 'pending', verifiedAt: null, taxCode: '4300123456' }, [
  { userId: pendingEmployer.id },
]);
const verifiedEmployer = await makeUser(services.db, { role: 'employer' });
await makeOrganisation(services.db, {}, [{ userId: verifiedEmployer.id }]);
const [pendingCookie, verifiedCookie] = [await cookieOf(pendingEmployer), await cookieOf(verifiedEmployer)];

const validJob = {
  title: 'Thợ hàn kết cấu thép',
  occupationCode: 'welder',
  requiredSkills: ['welding-arc'],
  niceToHaveSkills: ['welding-safety'],
  description: 'Hàn khung kèo nhà xưởng theo bản vẽ; có thợ cả kèm trong tháng đầu.',
  workingHours: 'Ca ngày 7:30–17:00, nghỉ Chủ nhật',
  openings: 3,
  wageMin: 8_000_000,
  wageMax: 11_000_000,
  workType: 'full_time',
  provinceCode: '51',
  communeCode: '23302',
  providesMeals: true,
  closingDate: vietnamDate(30),
};

const post = (body: unknown, cookie?: string) =>
  call(jobsAction, jsonRequest('POST', '/api/v1/jobs', body, cookie ? { Cookie: cookie } : {}), context) as Promise<Response>;
const patch = (id: string, body: unknown, cookie: string) =>
  call(jobAction, jsonRequest('PATCH', `/api/v1/jobs/${id}`, body, { Cookie: cookie }), context, { id }) as Promise<Response>;
const get = (id: string, cookie?: string) =>
  call(jobLoader, jsonRequest('GET', `/api/v1/jobs/${id}`, undefined, cookie ? { Cookie: cookie } : {}), context, {
    id,
  }) as Promise<Response>;

test('an unverified employer saves drafts but cannot publish until a counsellor of its province verifies it', async () => {
  const draft = await post(validJob, pendingCookie);
  expect(draft.status).toBe(201);
  const { job } = await draft.json();
  expect(job).toMatchObject({ status: 'draft', public: false, organisation: { verified: false } });
  expect(job.requiredSkills.map((s: { code: string }) => s.code)).toEqual(['welding-arc']);

  const published = await post({ ...validJob, publish: true }, pendingCookie);
  expect(published.status).toBe(409);
  expect((await published.json()).error.message).toContain('chưa được xác minh');
  expect((await patch(job.id, { status: 'open' }, pendingCookie)).status).toBe(409);

  await expect(decideVerification(services.db, otherCounsellor, pendingOrg.id, { decision: 'verify' })).rejects.toThrow(
    /verify:organisation/,
  );
  await decideVerification(services.db, counsellor, pendingOrg.id, { decision: 'verify' });
  const [decision] = await services.db.select().from(auditLog).where(eq(auditLog.entityId, pendingOrg.id));
  expect(decision).toMatchObject({ action: 'verify', actorUserId: counsellor.id });

  const opened = await patch(job.id, { status: 'open' }, pendingCookie);
  expect(opened.status).toBe(200);
  expect((await opened.json()).job).toMatchObject({ status: 'open', public: true, organisation: { verified: true } });
  // Every write left a row for the indexer, in the same transaction.
  expect((await services.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, job.id))).length).toBeGreaterThanOrEqual(2);
});

const invalidJobs: [string, Record<string, unknown>, string][] = [
  ['a title too short', { title: 'Hàn' }, 'title'],
  ['an unknown occupation', { occupationCode: 'astronaut' }, 'occupationCode'],
  ['an unknown skill', { requiredSkills: ['juggling'] }, 'requiredSkills'],
  ['a skill both required and nice to have', { niceToHaveSkills: ['welding-arc'] }, 'niceToHaveSkills'],
  ['a vague description', { description: 'Làm hàn.' }, 'description'],
  ['no openings', { openings: 0 }, 'openings'],
  ['a wage typed in millions', { wageMin: 7, wageMax: 9 }, 'wageMin'],
  ['a wage that is not whole', { wageMin: 7_500_000.5 }, 'wageMin'],
  ['a highest wage below the lowest', { wageMin: 9_000_000, wageMax: 8_000_000 }, 'wageMax'],
  ['an unknown work type', { workType: 'freelance' }, 'workType'],
  ['an unknown province', { provinceCode: '99', communeCode: undefined }, 'provinceCode'],
  ['a commune of another province', { communeCode: '25117' }, 'communeCode'],
  ['a latitude without longitude', { latitude: 15.1 }, 'longitude'],
  ['a place outside Vietnam', { latitude: 48.85, longitude: 2.35 }, 'latitude'],
  ['an unknown schooling level', { minSchooling: 'phd' }, 'minSchooling'],
  ['an unknown licence class', { drivingLicenceClass: 'Z' }, 'drivingLicenceClass'],
  ['an impossible date', { startDate: '2026-02-30' }, 'startDate'],
  ['publishing with a closing date in the past', { publish: true, closingDate: vietnamDate(-1) }, 'closingDate'],
];

test.each(invalidJobs)('%s is refused with a message on that field', async (_, change, field) => {
  const response = await post({ ...validJob, ...change }, verifiedCookie);
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe('invalid_input');
  expect(body.error.fields[field]).toMatch(/\S/);
});

test('a body that is not JSON is a 400, not a 500', async () => {
  const response = await post('{"title": "Thợ hàn', verifiedCookie);
  expect(response.status).toBe(400);
});

const validTraining = {
  title: 'Sơ cấp hàn điện',
  occupationCode: 'welder',
  level: 'so_cap',
  durationDays: 60,
  seats: 20,
  provinceCode: '51',
  costVnd: 0,
  funding: 'free',
  startDate: vietnamDate(20),
  enrolmentDeadline: vietnamDate(10),
  publish: true,
};

const invalidTraining: [string, Record<string, unknown>, string][] = [
  ['a free course with a cost', { costVnd: 500_000 }, 'costVnd'],
  ['a paid course without a cost', { funding: 'fee' }, 'costVnd'],
  ['more seats left than seats', { seatsLeft: 25 }, 'seatsLeft'],
  ['an enrolment deadline after the start', { enrolmentDeadline: vietnamDate(30) }, 'enrolmentDeadline'],
  ['a course of zero days', { durationDays: 0 }, 'durationDays'],
  ['an unknown level', { level: 'phd' }, 'level'],
  ['a link to a job that does not exist', { leadsToJobId: '00000000-0000-4000-8000-000000000000' }, 'leadsToJobId'],
];

test.each(invalidTraining)('training: %s is refused with a message on that field', async (_, change, field) => {
  const response = (await call(
    trainingAction,
    jsonRequest('POST', '/api/v1/training', { ...validTraining, ...change }, { Cookie: verifiedCookie }),
    context,
  )) as Response;
  expect(response.status).toBe(400);
  expect((await response.json()).error.fields[field]).toMatch(/\S/);
});

test('an employer cannot change another organisation’s posting (403), and others cannot post at all', async () => {
  const created = await (await post({ ...validJob, publish: true }, verifiedCookie)).json();
  const response = await patch(created.job.id, { title: 'Tin bị sửa trộm' }, pendingCookie);
  expect(response.status).toBe(403);
  const [stored] = await services.db.select().from(jobs).where(eq(jobs.id, created.job.id));
  expect(stored.title).toBe(validJob.title);

  const slot = await (
    (await call(trainingAction, jsonRequest('POST', '/api/v1/training', validTraining, { Cookie: verifiedCookie }), context)) as Response
  ).json();
  const slotPatch = (await call(
    trainingItemAction,
    jsonRequest('PATCH', `/api/v1/training/${slot.training.id}`, { seats: 30 }, { Cookie: pendingCookie }),
    context,
    { id: slot.training.id },
  )) as Response;
  expect(slotPatch.status).toBe(403);

  expect((await post(validJob)).status).toBe(401);
  const returnee = await makeUser(services.db, { role: 'returnee' });
  expect((await post(validJob, await cookieOf(returnee))).status).toBe(403);
});

test('a status change must follow draft → open → closed | filled, and closing hides the job from the public', async () => {
  const { job } = await (await post({ ...validJob, publish: true }, verifiedCookie)).json();
  expect((await patch(job.id, { status: 'draft' }, verifiedCookie)).status).toBe(409);
  expect((await patch(job.id, { status: 'filled' }, verifiedCookie)).status).toBe(200);
  expect((await get(job.id)).status).toBe(404);
  const own = await get(job.id, verifiedCookie);
  expect(own.status).toBe(200);
  expect((await own.json()).job).toMatchObject({ status: 'filled', public: false });
  expect((await get(job.id, await cookieOf(counsellor))).status).toBe(200);
  expect((await get('not-a-uuid')).status).toBe(404);
});

test('search parameters are validated, and the operations are in the OpenAPI document', async () => {
  const bad = (await call(jobsLoader, jsonRequest('GET', '/api/v1/jobs?page=0&sort=nearest&lat=15'), context)) as Response;
  expect(bad.status).toBe(400);
  const { fields } = (await bad.json()).error;
  expect(Object.keys(fields).sort()).toEqual(['lng', 'page']);
  const nearest = (await call(jobsLoader, jsonRequest('GET', '/api/v1/jobs?sort=nearest'), context)) as Response;
  expect(Object.keys((await nearest.json()).error.fields)).toEqual(['sort']);

  const doc = await ((await call(openApiLoader, jsonRequest('GET', '/api/v1/openapi.json'), context)) as Response).json();
  expect(Object.keys(doc.paths['/api/v1/jobs'])).toEqual(['get', 'post']);
  expect(Object.keys(doc.paths['/api/v1/training/{id}'])).toEqual(['get', 'patch']);
  expect(doc.paths['/api/v1/jobs'].get.parameters.map((p: { name: string }) => p.name)).toContain('wageFloor');
});

test('a search answer says in Server-Timing how long the app waited on Meilisearch, and its total', async () => {
  const response = (await call(jobsLoader, jsonRequest('GET', '/api/v1/jobs?q=th%E1%BB%A3+h%C3%A0n'), context)) as Response;
  expect(response.status).toBe(200);
  const parts = parseServerTiming(response.headers.get('Server-Timing'));
  expect(Object.keys(parts)).toEqual(['search', 'app']);
  expect(parts.search).toBeGreaterThan(0);
  expect(parts.app).toBeGreaterThanOrEqual(parts.search);
  const invalid = (await call(jobsLoader, jsonRequest('GET', '/api/v1/jobs?page=0'), context)) as Response;
  expect(Object.keys(parseServerTiming(invalid.headers.get('Server-Timing')))).toEqual(['app']);
});

test('a change keeps fields left out, clears fields sent as null, and a malformed id is a 404', async () => {
  const { job } = await (await post({ ...validJob, benefits: 'Thưởng Tết một tháng lương' }, verifiedCookie)).json();
  const changed = await (await patch(job.id, { openings: 5, workingHours: null }, verifiedCookie)).json();
  expect(changed.job).toMatchObject({ openings: 5, workingHours: null, benefits: 'Thưởng Tết một tháng lương', communeCode: '23302' });
  expect((await patch(job.id, { title: null }, verifiedCookie)).status).toBe(400);
  expect((await patch('123', { openings: 4 }, verifiedCookie)).status).toBe(404);
});
