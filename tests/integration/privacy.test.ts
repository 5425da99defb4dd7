// The privacy matrix of DESIGN.md §3 across every API that touches a returnee's record: who may
// read what (a counsellor their province, a returnee themself, an employer only anonymised cards),
// that each staff read is audited, that a refusal leaks nothing, and that withdrawing consent hides
// the card from employers at once. Each area's own tests go deeper; this one walks the whole grid.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiHandler as meProfileLoader } from '#tests/helpers.ts';
import { apiHandler as jobMatchesLoader } from '#tests/helpers.ts';
import { apiHandler as jobPipelineLoader } from '#tests/helpers.ts';
import { apiHandler as caseloadLoader } from '#tests/helpers.ts';
import { apiHandler as returneeLoader } from '#tests/helpers.ts';
import { apiHandler as returneeMatchesLoader } from '#tests/helpers.ts';
import { apiHandler as notesLoader } from '#tests/helpers.ts';
import { apiHandler as timelineLoader } from '#tests/helpers.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { cardRef, cardRefKey } from '#app/services/caseload/cards.server.ts';
import { createJob } from '#app/services/catalogue/commands.server.ts';
import { jobInputSchema } from '#app/services/catalogue/schemas.ts';
import { startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { setCardConsent } from '#app/services/caseload/commands.server.ts';
import { makeApiToken, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { auditLog, users as usersTable, type Returnee } from '#db/schema.ts';
import type { Actor } from '#app/services/authorize.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import { call, jsonRequest } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

type Viewer = 'counsellor' | 'otherCounsellor' | 'person' | 'otherPerson' | 'employer' | 'otherEmployer' | 'anonymous';
const users = {} as Record<Exclude<Viewer, 'anonymous'>, Actor>;
const tokens = {} as Record<Viewer, string | null>;
let person: Returnee;
let jobId: string;

const secret = { fullName: 'Đinh Văn Kín Đáo', phone: '0977123456', releaseDate: '2025-09-02' };

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
  users.counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  users.otherCounsellor = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  users.person = await makeUser(db, { role: 'returnee' });
  users.otherPerson = await makeUser(db, { role: 'returnee' });
  users.employer = await makeUser(db, { role: 'employer' });
  users.otherEmployer = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: users.employer.id }]);
  await makeOrganisation(db, {}, [{ userId: users.otherEmployer.id }]);
  for (const [name, user] of Object.entries(users)) {
    tokens[name as Viewer] = (await makeApiToken(db, user.id, name)).token;
  }
  tokens.anonymous = null;

  person = await makeReturnee(db, {
    ...secret,
    userId: users.person.id,
    releaseKind: 'conditional_early_release',
    counsellorId: users.counsellor.id,
    shareCard: true,
    skillLevels: { 'welding-arc': 'experienced' },
    occupationWishes: ['welder'],
  });
  await makeReturnee(db, { fullName: 'Người Khác', userId: users.otherPerson.id });
  const job = await createJob(
    db,
    users.employer,
    jobInputSchema.parse({
      title: 'Thợ hàn khung nhà xưởng',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      description: 'Hàn khung kèo nhà xưởng theo bản vẽ, có thợ cả kèm cặp trong tháng đầu.',
      openings: 2,
      wageMin: 8_000_000,
      wageMax: 10_000_000,
      workType: 'full_time',
      provinceCode: '51',
      publish: true,
    }),
  );
  jobId = job.id;
  await drainOutbox({ db, search: services.search, indexPrefix: services.indexPrefix });
});

function get(loader: Parameters<typeof call>[0], path: string, viewer: Viewer, params: Record<string, string> = {}) {
  const token = tokens[viewer];
  return call(
    loader,
    jsonRequest('GET', path, undefined, token ? { Authorization: `Bearer ${token}` } : {}),
    context,
    params,
  ) as Promise<Response>;
}

const allowed = (status: number) => status === 200;
const refused = (status: number) => [401, 403, 404].includes(status);

// Each endpoint about one person, and who may read it. Everyone else is refused without a trace of the person.
const grid: {
  name: string;
  loader: Parameters<typeof call>[0];
  path: () => string;
  params: () => Record<string, string>;
  readers: Viewer[];
}[] = [
  {
    name: 'the record',
    loader: returneeLoader,
    path: () => `/api/v1/returnees/${person.id}`,
    params: () => ({ id: person.id }),
    readers: ['counsellor', 'person'],
  },
  {
    name: 'the notes',
    loader: notesLoader,
    path: () => `/api/v1/returnees/${person.id}/notes`,
    params: () => ({ id: person.id }),
    readers: ['counsellor'],
  },
  {
    name: 'the timeline',
    loader: timelineLoader,
    path: () => `/api/v1/returnees/${person.id}/timeline`,
    params: () => ({ id: person.id }),
    readers: ['counsellor', 'person'],
  },
  {
    name: 'the suggested jobs',
    loader: returneeMatchesLoader,
    path: () => `/api/v1/returnees/${person.id}/matches`,
    params: () => ({ id: person.id }),
    readers: ['counsellor', 'person'],
  },
];
const viewers: Viewer[] = ['counsellor', 'otherCounsellor', 'person', 'otherPerson', 'employer', 'otherEmployer', 'anonymous'];

describe.each(grid)('$name', ({ loader, path, params, readers }) => {
  test.each(viewers)('as %s', async (viewer) => {
    const response = await get(loader, path(), viewer, params());
    const body = await response.text();
    if (readers.includes(viewer)) {
      expect(response.status, body).toSatisfy(allowed);
    } else {
      expect(response.status, body).toSatisfy(refused);
      expect(body).not.toContain(secret.fullName);
      expect(body).not.toContain(secret.phone);
      expect(body).not.toContain(secret.releaseDate);
    }
  });
});

test('every staff read of the record is audited, with who and why; a refused read shows nothing', async () => {
  const before = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.actorUserId, users.counsellor.id)));
  for (const { loader, path, params } of grid) expect((await get(loader, path(), 'counsellor', params())).status).toBe(200);
  const after = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.actorUserId, users.counsellor.id)));
  expect(after.length - before.length).toBeGreaterThanOrEqual(grid.length);
  expect(after.every((row) => row.action && row.entityType === 'returnee' && row.at instanceof Date)).toBe(true);
  // The person reading their own record is not staff access: nothing to audit.
  const own = await db.select().from(auditLog).where(eq(auditLog.actorUserId, users.person.id));
  expect(own.filter((row) => row.entityId === person.id && row.action === 'read')).toHaveLength(0);
});

test('the caseload lists the person only to a counsellor of their province', async () => {
  const mine = await (await get(caseloadLoader, '/api/v1/returnees', 'counsellor')).text();
  expect(mine).toContain(secret.fullName);
  const other = await get(caseloadLoader, '/api/v1/returnees', 'otherCounsellor');
  expect(await other.text()).not.toContain(secret.fullName);
  for (const viewer of ['employer', 'person', 'anonymous'] as const) {
    expect((await get(caseloadLoader, '/api/v1/returnees', viewer)).status).toSatisfy(refused);
  }
});

test('a returnee’s own profile is theirs alone', async () => {
  const own = await (await get(meProfileLoader, '/api/v1/me/profile', 'person')).text();
  expect(own).toContain(secret.fullName);
  const someoneElse = await (await get(meProfileLoader, '/api/v1/me/profile', 'otherPerson')).text();
  expect(someoneElse).not.toContain(secret.fullName);
});

test('once the person applies, the employer meets them named on the board and no longer as an anonymous card', async () => {
  const other = await makeReturnee(db, {
    fullName: 'Hà Văn Ứng Tuyển',
    userId: (await makeUser(db, { role: 'returnee' })).id,
    shareCard: true,
    skillLevels: { 'welding-arc': 'can_work' },
  });
  const applicant = {
    ...(await db.select().from(usersTable).where(eq(usersTable.id, other.userId!)))[0],
    organisationIds: [],
    clientIp: null,
  };
  const cards = async () => (await get(jobMatchesLoader, `/api/v1/jobs/${jobId}/matches`, 'employer', { id: jobId })).text();
  const otherRef = cardRef(await cardRefKey(db), jobId, other.id);
  expect(await cards()).toContain(otherRef);
  await startReferral(db, applicant, { jobId });
  expect(await cards()).not.toContain(otherRef); // a card beside the named entry would tie the two together
  const board = await (await get(jobPipelineLoader, `/api/v1/jobs/${jobId}/pipeline`, 'employer', { id: jobId })).text();
  expect(board).toContain('Hà Văn Ứng Tuyển');
});

test('an employer sees the person only as an anonymised card, with no past and no contact; withdrawing consent hides it at once', async () => {
  const matches = (viewer: Viewer) => get(jobMatchesLoader, `/api/v1/jobs/${jobId}/matches`, viewer, { id: jobId });
  const employerView = await matches('employer');
  expect(employerView.status).toBe(200);
  const body = await employerView.text();
  expect(body).toContain(cardRef(await cardRefKey(db), jobId, person.id)); // the card's reference on this job: the person is suggested…
  expect(body).not.toContain(person.id);
  for (const hidden of [secret.fullName, secret.phone, secret.releaseDate, 'conditional_early_release', 'releaseKind', 'birthDate']) {
    expect(body).not.toContain(hidden); // …but nothing that names them or their past
  }
  expect(findPastLabel(body)).toBeNull();

  // Another employer's job is not theirs to look into; the counsellor sees the named person.
  expect((await matches('otherEmployer')).status).toSatisfy(refused);
  expect((await matches('person')).status).toSatisfy(refused);
  expect(await (await matches('counsellor')).text()).toContain(secret.fullName);

  // The board of a job shows nobody named before consent, and is closed to other employers.
  const board = await get(jobPipelineLoader, `/api/v1/jobs/${jobId}/pipeline`, 'employer', { id: jobId });
  expect(board.status).toBe(200);
  expect(await board.text()).not.toContain(secret.fullName);
  expect((await get(jobPipelineLoader, `/api/v1/jobs/${jobId}/pipeline`, 'otherEmployer', { id: jobId })).status).toSatisfy(refused);

  await setCardConsent(db, users.person, person.id, false);
  const afterWithdrawal = await (await matches('employer')).text();
  expect(afterWithdrawal).not.toContain(cardRef(await cardRefKey(db), jobId, person.id));
  // Counsellors still match the person: consent governs employers, not the job centre.
  expect(await (await matches('counsellor')).text()).toContain(secret.fullName);
});
