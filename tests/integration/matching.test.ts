// Matching over real Postgres and Meilisearch: the jobs retrieval finds (and that it ranks exactly as
// scoring every public job would), courses for missing skills, who may call each matches endpoint,
// and what an employer sees: only consenting people's anonymised cards, no sensitive field or
// word, and a card gone the moment consent is withdrawn.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { apiHandler as jobMatchesLoader } from '#tests/helpers.ts';
import { apiHandler as returneeMatchesLoader } from '#tests/helpers.ts';
import { loader as caseloadPage } from '#app/routes/caseload.$id.matches.tsx';
import { loader as employerPage } from '#app/routes/employer.jobs.$id_.candidates.tsx';
import { loader as myPage } from '#app/routes/me.matches.tsx';
import { vietnamDate } from '#lib/dates.ts';
import { retrieveCandidates } from '#app/services/matching/candidates.server.ts';
import { bestJobsFor, retrieveJobs } from '#app/services/matching/matching.server.ts';
import { loadJob, loadProfile, loadPublicJobs } from '#app/services/matching/profile.server.ts';
import { loadReference } from '#app/services/matching/reference.server.ts';
import { compareRanked, prepareProfile, scoreJob } from '#app/services/matching/score.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { cardRef, cardRefKey } from '#app/services/caseload/cards.server.ts';
import { createJob, createTrainingSlot } from '#app/services/catalogue/commands.server.ts';
import { jobInputSchema, trainingInputSchema } from '#app/services/catalogue/schemas.ts';
import { makeApiToken, makeOrganisation, makeReturnee, makeUser, occupationByCode } from '#server/seed/factories.ts';
import { auditLog, communes, returneeCertificates, returnees, returneeWorkHistory, users as usersTable } from '#db/schema.ts';
import type { Actor } from '#app/services/authorize.ts';
import { createSearchClient } from '#search/client.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import { call, origin, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;
const today = vietnamDate();
const refKey = await cardRefKey(db);
/** The reference of a person's anonymised card on a job. */
const refOn = (jobId: string, returneeId: string) => cardRef(refKey, jobId, returneeId);

/** (15.12, 108.8) in Quảng Ngãi, moved `km` north. */
const north = (km: number) => ({ latitude: 15.12 + km / 111.195, longitude: 108.8 });
const jobs: Record<string, string> = {};
const people: Record<string, string> = {};
const courses: Record<string, string> = {};
const users: Record<string, Actor> = {};
const tokens: Record<string, string> = {};
let employer: Actor;

async function postJob(by: Actor, input: Record<string, unknown>) {
  const job = await createJob(
    db,
    by,
    jobInputSchema.parse({
      description: 'Làm việc tại xưởng cơ khí, có người hướng dẫn trong tuần đầu tiên.',
      openings: 3,
      wageMin: 7_000_000,
      wageMax: 9_000_000,
      workType: 'full_time',
      provinceCode: '51',
      publish: true,
      ...input,
    }),
  );
  return job.id;
}

async function postCourse(by: Actor, input: Record<string, unknown>) {
  const slot = await createTrainingSlot(
    db,
    by,
    trainingInputSchema.parse({
      level: 'so_cap',
      durationDays: 60,
      seats: 20,
      funding: 'free',
      costVnd: 0,
      provinceCode: '51',
      publish: true,
      ...input,
    }),
  );
  return slot.id;
}

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
  const [c1, c2] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(2);
  employer = await makeUser(db, { role: 'employer' });
  const otherEmployer = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, { name: 'Công ty Cơ khí Sông Trà' }, [{ userId: employer.id }]);
  await makeOrganisation(db, { name: 'Công ty May Kinh Bắc', provinceCode: '24' }, [{ userId: otherEmployer.id }]);
  users.counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  users.counsellor24 = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  users.employer = employer;
  users.otherEmployer = otherEmployer;
  users.admin = await makeUser(db, { role: 'administrator' });
  users.organiser = await makeUser(db, { role: 'organiser' });
  users.returnee = await makeUser(db, { role: 'returnee' });
  users.otherReturnee = await makeUser(db, { role: 'returnee' });
  for (const [name, user] of Object.entries(users)) tokens[name] = (await makeApiToken(db, user.id, name)).token;

  Object.assign(jobs, {
    weldNear: await postJob(employer, {
      title: 'Thợ hàn điện nhà xưởng',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      niceToHaveSkills: ['welding-safety'],
      ...north(2),
      wageMin: 8_000_000,
      wageMax: 10_000_000,
      providesLodging: true,
    }),
    weldTig: await postJob(employer, {
      title: 'Thợ hàn TIG inox',
      occupationCode: 'welder',
      requiredSkills: ['welding-tig', 'welding-arc'],
      ...north(10),
    }),
    weldFar: await postJob(employer, {
      title: 'Thợ hàn công trình xa',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      ...north(40),
    }),
    weldFarLodging: await postJob(employer, {
      title: 'Thợ hàn công trình xa có chỗ ở',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      ...north(40),
      providesLodging: true,
    }),
    truckC: await postJob(employer, { title: 'Lái xe tải hạng C', occupationCode: 'truck-driver', drivingLicenceClass: 'C', ...north(5) }),
    truckD: await postJob(employer, {
      title: 'Lái xe khách hạng D',
      occupationCode: 'truck-driver',
      drivingLicenceClass: 'D',
      ...north(5),
    }),
    cert3G: await postJob(employer, {
      title: 'Thợ hàn ống áp lực',
      occupationCode: 'welder',
      requiredCertificate: 'Chứng chỉ hàn 3G',
      ...north(3),
    }),
    cert6G: await postJob(employer, {
      title: 'Thợ hàn ống 6G',
      occupationCode: 'welder',
      requiredCertificate: 'Chứng chỉ hàn TIG 6G',
      ...north(3),
    }),
    cookNear: await postJob(employer, {
      title: 'Phụ bếp nhà hàng',
      occupationCode: 'kitchen-helper',
      ...north(1),
      wageMin: 5_000_000,
      wageMax: 6_000_000,
    }),
    weldNoPlace: await postJob(employer, { title: 'Thợ hàn xưởng huyện', occupationCode: 'welder', requiredSkills: ['welding-arc'] }),
    draft: await postJob(employer, {
      title: 'Thợ hàn bản nháp',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      ...north(1),
      publish: false,
    }),
    bacNinh: await postJob(otherEmployer, {
      title: 'Thợ hàn khung xe đạp',
      occupationCode: 'welder',
      requiredSkills: ['welding-arc'],
      provinceCode: '24',
      latitude: 21.18,
      longitude: 106.07,
      providesLodging: true,
    }),
  });
  Object.assign(courses, {
    welding: await postCourse(employer, {
      title: 'Sơ cấp hàn TIG',
      occupationCode: 'welder',
      seats: 20,
      seatsLeft: 8,
      startDate: vietnamDate(30),
    }),
    full: await postCourse(employer, { title: 'Sơ cấp hàn hết chỗ', occupationCode: 'welder', seats: 20, seatsLeft: 0 }),
    draft: await postCourse(employer, { title: 'Sơ cấp hàn bản nháp', occupationCode: 'welder', publish: false }),
    far: await postCourse(otherEmployer, { title: 'Sơ cấp hàn Bắc Ninh', occupationCode: 'welder', provinceCode: '24' }),
    cooking: await postCourse(employer, { title: 'Sơ cấp nấu ăn', occupationCode: 'cook' }),
  });

  const welder = { 'welding-arc': 'experienced', 'welding-safety': 'can_work' } as const;
  const hoa = await makeReturnee(db, {
    fullName: 'Trần Thị Bí Mật',
    phone: '0911222333',
    birthDate: '1990-05-17',
    releaseDate: '2025-10-01',
    releaseKind: 'amnesty',
    communeCode: c1.code,
    ...north(0),
    wageFloor: 6_000_000,
    shareCard: true,
    userId: users.returnee.id,
    skillLevels: welder,
    occupationWishes: ['welder'],
    certificates: ['Bằng lái xe hạng C', 'Chứng chỉ sơ cấp nghề hàn 3G'],
  });
  await db.update(returneeCertificates).set({ issuer: 'Trại giam Xuân Phước' }).where(eq(returneeCertificates.returneeId, hoa.id));
  const welderOccupation = await occupationByCode(db, 'welder');
  await db
    .insert(returneeWorkHistory)
    .values({ returneeId: hoa.id, occupationId: welderOccupation.id, months: 24, description: 'Hàn trong xưởng của trại cải tạo' });
  Object.assign(people, {
    hoa: hoa.id,
    minh: (await makeReturnee(db, { fullName: 'Phạm Văn Minh', communeCode: c2.code, ...north(4), shareCard: false, skillLevels: welder }))
      .id,
    lan: (await makeReturnee(db, { fullName: 'Đỗ Thị Lan', ...north(1), shareCard: true, status: 'placed', skillLevels: welder })).id,
    tuan: (
      await makeReturnee(db, {
        fullName: 'Ngô Văn Tuấn',
        provinceCode: '24',
        latitude: 21.0,
        longitude: 106.0,
        willingToMove: true,
        shareCard: true,
        skillLevels: { 'welding-arc': 'can_work' },
      })
    ).id,
    nam: (await makeReturnee(db, { fullName: 'Vũ Văn Nam', ...north(1), shareCard: true, needs: ['training'], skillLevels: welder })).id,
    other: (await makeReturnee(db, { fullName: 'Lý Văn Khác', userId: users.otherReturnee.id })).id,
  });
  await drainOutbox(services);
});

const get = (loader: typeof jobMatchesLoader, path: string, id: string, token?: string) =>
  call(loader, new Request(origin + path, { headers: token ? { Authorization: `Bearer ${token}` } : {} }), context, {
    id,
  }) as Promise<Response>;
const returneeMatches = (id: string, as?: string, query = '') =>
  get(returneeMatchesLoader, `/api/v1/returnees/${id}/matches${query}`, id, as && tokens[as]);
const jobMatches = (id: string, as?: string, query = '') =>
  get(jobMatchesLoader, `/api/v1/jobs/${id}/matches${query}`, id, as && tokens[as]);

async function profileOf(id: string, changes: Partial<typeof returnees.$inferInsert> = {}) {
  const [row] = await db.select().from(returnees).where(eq(returnees.id, id));
  const reference = await loadReference(db);
  return prepareProfile({ ...(await loadProfile(db, row, reference)), ...changes });
}

/** The oracle: every public job scored, in the one ranking order. */
async function bruteForce(person: Awaited<ReturnType<typeof profileOf>>, limit: number) {
  const all = await loadPublicJobs(db, await loadReference(db));
  const scored = all.flatMap((job) => {
    const match = scoreJob(person, job, { today });
    return match.eligible ? [{ id: job.id, score: match.score }] : [];
  });
  return scored.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id)).slice(0, limit);
}

test('Meilisearch retrieval finds the jobs within reach whose requirements the person meets', async () => {
  const person = await profileOf(people.hoa);
  const { jobs: found, exact } = await bestJobsFor(services, person, { limit: 20, today });
  expect(exact).toBe(true);
  const ids = found.map((j) => j.job.id);
  expect(new Set(ids)).toEqual(new Set([jobs.weldNear, jobs.weldTig, jobs.truckC, jobs.cert3G, jobs.cookNear, jobs.weldNoPlace]));
  expect(ids[0]).toBe(jobs.weldNear);
  expect(found[0].summary).toMatchObject({ title: 'Thợ hàn điện nhà xưởng', employer: 'Công ty Cơ khí Sông Trà' });

  const moving = await profileOf(people.hoa, { willingToMove: true });
  const movingIds = (await bestJobsFor(services, moving, { limit: 20, today })).jobs.map((j) => j.job.id);
  expect(movingIds).toContain(jobs.weldFarLodging);
  expect(movingIds).toContain(jobs.bacNinh);
  expect(movingIds).not.toContain(jobs.weldFar);
});

test('when Meilisearch does not answer, suggestions still come, scored over every public job in Postgres', async () => {
  const person = await profileOf(people.hoa);
  const unreachable = { ...services, search: createSearchClient('http://127.0.0.1:9', 'a-key-nobody-holds-000') };
  const { jobs: found } = await bestJobsFor(unreachable, person, { limit: 20, today });
  const expected = await bruteForce(person, 20);
  expect(found.map((j) => j.job.id)).toEqual(expected.map((j) => j.id));
  expect(found.map((j) => j.job.id)).toContain(jobs.weldNear);
});

test('retrieval ranks exactly as scoring every public job, whatever the limit, while leaving partitions out', async () => {
  const profiles = [
    await profileOf(people.hoa),
    await profileOf(people.hoa, { willingToMove: true, wageFloor: 9_000_000 }),
    await profileOf(people.hoa, { latitude: null, longitude: null }),
    await profileOf(people.tuan),
    await profileOf(people.other),
  ];
  let pruned = 0;
  for (const person of profiles) {
    for (const limit of [1, 2, 3, 5, 8, 20]) {
      const expected = (await bruteForce(person, limit)).map((e) => [e.id, e.score]);
      // Few jobs pass the hard filters here, so by default they are read at once; 0 walks the partitions.
      const all = await retrieveJobs(services, person, { limit, today, now: Date.now() });
      expect(
        all.ranked.map((j) => [j.job.id, j.match.score]),
        `${person.id} limit ${limit}, read at once`,
      ).toEqual(expected);
      expect(all.stats.rounds).toBe(1);
      const { ranked, stats } = await retrieveJobs(services, person, { limit, today, now: Date.now(), readAllUpTo: 0 });
      expect(
        ranked.map((j) => [j.job.id, j.match.score]),
        `${person.id} limit ${limit}`,
      ).toEqual(expected);
      if (stats.partitionsFetched < stats.partitions) pruned++;
      // Rounds cut short after 2 hits rank the same.
      const cut = await retrieveJobs(services, person, { limit, today, now: Date.now(), roundHits: 2, readAllUpTo: 0 });
      expect(
        cut.ranked.map((j) => [j.job.id, j.match.score]),
        `${person.id} limit ${limit}, 2 hits a round`,
      ).toEqual(expected);
    }
  }
  expect(pruned).toBeGreaterThan(0);
});

test('courses are suggested for the skills a good job needs and the person lacks', async () => {
  const response = await returneeMatches(people.hoa, 'returnee');
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.training.map((t: { training: { id: string } }) => t.training.id)).toEqual([courses.welding]);
  const gaps = body.trainingForGaps as {
    job: { id: string };
    skill: { code: string };
    required: boolean;
    training: { id: string; seatsLeft: number };
    reason: { text: string };
  }[];
  expect(gaps[0]).toMatchObject({
    job: { id: jobs.weldTig },
    skill: { code: 'welding-tig' },
    required: true,
    training: { id: courses.welding, seatsLeft: 8 },
  });
  const [y, m, d] = vietnamDate(30).split('-');
  expect(gaps[0].reason.text).toBe(
    `Việc “Thợ hàn TIG inox” cần Hàn TIG (hàn argon); khóa “Sơ cấp hàn TIG” khai giảng ${d}/${m}/${y}, còn 8 chỗ`,
  );
  expect(gaps.every((g) => g.training.id === courses.welding)).toBe(true);
});

test('every suggestion says why, in the caller’s language, and what is missing', async () => {
  const body = await (await returneeMatches(people.hoa, 'counsellor')).json();
  const first = body.jobs[0];
  expect(first.job.id).toBe(jobs.weldNear);
  const texts = first.parts.flatMap((p: { reasons: { text: string }[] }) => p.reasons.map((r) => r.text));
  expect(texts).toContain('Có Hàn hồ quang tay (hàn điện, hàn que) (thành thạo), bắt buộc');
  expect(texts).toContain('Có An toàn lao động trong nghề hàn (làm được), nên có');
  expect(texts).toContain('Cách 2 km');
  expect(texts).toContain('Có chỗ ở');
  expect(texts).toContain('Lương 8–10 triệu ≥ mong muốn 6 triệu');
  expect(first.missing).toEqual([]);
  expect(first.score).toBe(Math.round(first.parts.reduce((sum: number, p: { points: number }) => sum + p.points, 0) * 10) / 10);
  const tig = body.jobs.find((j: { job: { id: string } }) => j.job.id === jobs.weldTig);
  expect(tig.missing.map((r: { text: string }) => r.text)).toEqual(['Thiếu kỹ năng bắt buộc: Hàn TIG (hàn argon)']);

  // The person reads English: the same reasons, in English.
  await db.update(usersTable).set({ locale: 'en' }).where(eq(usersTable.id, users.returnee.id));
  try {
    const english = await (await returneeMatches(people.hoa, 'returnee')).json();
    const englishTexts = english.jobs[0].parts.flatMap((p: { reasons: { text: string }[] }) => p.reasons.map((r) => r.text));
    expect(englishTexts).toContain('Has Manual metal arc (stick) welding (experienced), required');
    expect(englishTexts).toContain('Wage 8–10 million ≥ wish of 6 million');
    expect(english.jobs[0].parts.map((p: { label: string }) => p.label)).toEqual([
      'Skills',
      'Wishes',
      'Distance',
      'Wage',
      'Start date',
      'Employer support',
    ]);
  } finally {
    await db.update(usersTable).set({ locale: 'vi' }).where(eq(usersTable.id, users.returnee.id));
  }

  const audited = await db.select().from(auditLog).where(eq(auditLog.entityId, people.hoa));
  expect(audited.some((a) => a.actorUserId === users.counsellor.id && a.action === 'read')).toBe(true);
});

test('who may read a returnee’s matches: their counsellor and themself', async () => {
  const status = async (as?: string, id = people.hoa, query = '') => (await returneeMatches(id, as, query)).status;
  expect(await status('counsellor')).toBe(200);
  expect(await status('returnee')).toBe(200);
  expect(await status('counsellor24')).toBe(404);
  expect(await status('otherReturnee')).toBe(404);
  expect(await status('employer')).toBe(403);
  expect(await status('admin')).toBe(403);
  expect(await status('organiser')).toBe(403);
  expect(await status(undefined)).toBe(401);
  expect(await status('counsellor', 'not-a-uuid')).toBe(404);
  expect(await status('counsellor', people.hoa, '?limit=0')).toBe(400);
  expect(await status('counsellor', people.hoa, '?limit=2')).toBe(200);
});

test('who may read a job’s candidates: its province’s counsellor by name, its employer as cards', async () => {
  const status = async (as?: string, id = jobs.weldNear) => (await jobMatches(id, as)).status;
  expect(await status('counsellor')).toBe(200);
  expect(await status('employer')).toBe(200);
  expect(await status('counsellor24')).toBe(403);
  expect(await status('otherEmployer')).toBe(403);
  expect(await status('otherEmployer', jobs.draft)).toBe(404);
  expect(await status('returnee')).toBe(403);
  expect(await status('admin')).toBe(403);
  expect(await status('organiser')).toBe(403);
  expect(await status(undefined)).toBe(401);
  expect(await status('counsellor', '00000000-0000-4000-8000-000000000000')).toBe(404);

  const named = await (await jobMatches(jobs.weldNear, 'counsellor')).json();
  expect(named.view).toBe('named');
  const names = named.candidates.map((c: { returnee: { fullName: string } }) => c.returnee.fullName);
  // Placed (Lan), asking only for training (Nam) and in another province (Tuấn): not candidates.
  expect(new Set(names)).toEqual(new Set(['Trần Thị Bí Mật', 'Phạm Văn Minh', 'Lý Văn Khác']));
  const audited = await db.select().from(auditLog).where(eq(auditLog.entityId, people.minh));
  expect(audited.some((a) => a.actorUserId === users.counsellor.id && a.reason === 'matching: candidates for a job')).toBe(true);
});

test('an employer sees only consenting people’s anonymised cards: no name, contact, birth or release data, no word for the past', async () => {
  const response = await jobMatches(jobs.weldNear, 'employer');
  const text = await response.text();
  const body = JSON.parse(text);
  expect(body.view).toBe('cards');
  expect(new Set(body.candidates.map((c: { card: { ref: string } }) => c.card.ref))).toEqual(
    new Set([refOn(jobs.weldNear, people.hoa), refOn(jobs.weldNear, people.tuan)]),
  );
  for (const secret of [
    'Bí Mật',
    'Ngô Văn Tuấn',
    '0911222333',
    '1990-05-17',
    '2025-10-01',
    'amnesty',
    'Xuân Phước',
    'trại cải tạo',
    'releaseDate',
    'releaseKind',
    'fullName',
    'phone',
    'birthDate',
    'issuer',
  ]) {
    expect(text).not.toContain(secret);
  }
  expect(findPastLabel(text)).toBeNull();
  const hoa = body.candidates.find((c: { card: { ref: string } }) => c.card.ref === refOn(jobs.weldNear, people.hoa));
  expect(hoa.card.certificates).toEqual(['Bằng lái xe hạng C', 'Chứng chỉ sơ cấp nghề hàn 3G']);
  expect(hoa.card.experience).toEqual([{ nameVi: 'Thợ hàn', nameEn: 'Welder', months: 24 }]);
  // No distance in km: it would hint at where the person lives.
  expect(text).not.toMatch(/\d km/);
  expect(hoa).not.toHaveProperty('distanceKm');

  // Without lodging, the person in Bắc Ninh is out of reach.
  const tig = await (await jobMatches(jobs.weldTig, 'employer')).json();
  expect(tig.candidates.map((c: { card: { ref: string } }) => c.card.ref)).toEqual([refOn(jobs.weldTig, people.hoa)]);
});

test('withdrawing consent removes the card at once', async () => {
  const refs = async () =>
    ((await (await jobMatches(jobs.weldNear, 'employer')).json()).candidates as { card: { ref: string } }[]).map((c) => c.card.ref);
  expect(await refs()).toContain(refOn(jobs.weldNear, people.hoa));
  await db.update(returnees).set({ shareCard: false }).where(eq(returnees.id, people.hoa));
  try {
    expect(await refs()).not.toContain(refOn(jobs.weldNear, people.hoa));
    // Counsellors still find the person, by name.
    const named = await (await jobMatches(jobs.weldNear, 'counsellor')).json();
    expect(named.candidates.map((c: { returnee: { id: string } }) => c.returnee.id)).toContain(people.hoa);
  } finally {
    await db.update(returnees).set({ shareCard: true }).where(eq(returnees.id, people.hoa));
  }
});

test('candidate retrieval ranks exactly as scoring everyone would', async () => {
  const reference = await loadReference(db);
  for (const id of [jobs.weldNear, jobs.weldTig, jobs.cookNear, jobs.bacNinh]) {
    const loaded = (await loadJob(db, id, reference))!;
    for (const scope of [{ kind: 'cards' } as const, { kind: 'province', provinceCode: '51' } as const]) {
      for (const limit of [1, 2, 5]) {
        const { ranked } = await retrieveCandidates(db, loaded, scope, reference, { limit, today });
        const everyone = await db.select().from(returnees);
        const expected = [];
        for (const row of everyone) {
          const visible = scope.kind === 'cards' ? row.shareCard : row.provinceCode === scope.provinceCode;
          if (!visible || row.status !== 'active' || !row.needs.includes('job')) continue;
          const match = scoreJob(prepareProfile(await loadProfile(db, row, reference)), loaded.job, { today });
          if (match.eligible) expected.push({ id: row.id, score: match.score });
        }
        expected.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id));
        expect(
          ranked.map((r) => [r.person.id, r.match.score]),
          `${id} ${scope.kind} ${limit}`,
        ).toEqual(expected.slice(0, limit).map((e) => [e.id, e.score]));
      }
    }
  }
});

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────

type PageLoader = (args: { request: Request; context: typeof context; params: Record<string, string> }) => unknown;
const page = (loader: PageLoader, path: string, params: Record<string, string>, as?: string) =>
  call(loader, new Request(origin + path, { headers: as ? { Authorization: `Bearer ${tokens[as]}` } : {} }), context, params);

test('/caseload/:id/matches: the counsellor of the person’s province sees jobs with a referral link', async () => {
  const { data } = unwrap<Awaited<ReturnType<typeof caseloadPage>>>(
    await page(caseloadPage, `/caseload/${people.hoa}/matches`, { id: people.hoa }, 'counsellor'),
  );
  expect(data.title).toBe('Gợi ý việc làm và học nghề cho Trần Thị Bí Mật');
  expect(data.matches.jobs[0].job.id).toBe(jobs.weldNear);
  expect(data.matches.trainingForGaps.length).toBeGreaterThan(0);
  expect(((await page(caseloadPage, `/caseload/${people.hoa}/matches`, { id: people.hoa }, 'counsellor24')) as Response).status).toBe(404);
  expect(((await page(caseloadPage, `/caseload/${people.hoa}/matches`, { id: people.hoa }, 'employer')) as Response).status).toBe(403);
});

test('/me/matches: a returnee sees their own suggestions, or that their profile is not made yet', async () => {
  const own = unwrap<Awaited<ReturnType<typeof myPage>>>(await page(myPage, '/me/matches', {}, 'returnee')).data;
  expect(own.matches?.returnee.id).toBe(people.hoa);
  expect(own.matches?.jobs.map((j) => j.job.id)).toContain(jobs.weldNear);
  // Applying shares name and phone with that employer: the consent's words stand beside the button.
  const apply = own.apply?.[jobs.weldNear];
  expect(apply?.state === 'open' && apply.wording).toContain('Công ty Cơ khí Sông Trà');
  const stranger = await makeUser(db, { role: 'returnee' });
  tokens.stranger = (await makeApiToken(db, stranger.id, 'stranger')).token;
  expect(unwrap<Awaited<ReturnType<typeof myPage>>>(await page(myPage, '/me/matches', {}, 'stranger')).data.matches).toBeNull();
  expect(((await page(myPage, '/me/matches', {}, 'employer')) as Response).status).toBe(403);
});

test('/employer/jobs/:id/candidates: the job’s employer sees anonymised cards with neutral words only', async () => {
  const result = await page(employerPage, `/employer/jobs/${jobs.weldNear}/candidates`, { id: jobs.weldNear }, 'employer');
  const { data } = unwrap<Awaited<ReturnType<typeof employerPage>>>(result);
  expect(data.title).toBe('Ứng viên phù hợp: Thợ hàn điện nhà xưởng');
  expect(new Set(data.candidates.map((c) => c.card.ref))).toEqual(
    new Set([refOn(jobs.weldNear, people.hoa), refOn(jobs.weldNear, people.tuan)]),
  );
  const serialized = JSON.stringify(data);
  expect(findPastLabel(serialized)).toBeNull();
  for (const secret of ['Bí Mật', '0911222333', '1990-05-17', '2025-10-01', 'Xuân Phước']) expect(serialized).not.toContain(secret);
  expect(
    ((await page(employerPage, `/employer/jobs/${jobs.weldNear}/candidates`, { id: jobs.weldNear }, 'otherEmployer')) as Response).status,
  ).toBe(403);
  expect(
    ((await page(employerPage, `/employer/jobs/${jobs.weldNear}/candidates`, { id: jobs.weldNear }, 'counsellor')) as Response).status,
  ).toBe(403);
});

// ── Many jobs and people: retrieval against the brute force ─────────────────────────────────────

test('with many jobs and people around, both retrievals rank exactly as the brute force', async () => {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);
  const skillPool = {
    welder: ['welding-arc', 'welding-mig', 'welding-tig', 'welding-safety'],
    cook: [] as string[],
    'kitchen-helper': ['kitchen-prep', 'kitchen-cleaning'],
  };
  const near = () => (random() < 0.75 ? { latitude: 10.78 + (random() - 0.5) * 0.8, longitude: 106.7 + (random() - 0.5) * 0.8 } : {});
  const created: string[] = [];
  for (let i = 0; i < 120; i++) {
    const occupation = pick(Object.keys(skillPool) as (keyof typeof skillPool)[]);
    const codes = some(skillPool[occupation], 0.5);
    const required = codes.filter(() => random() < 0.5);
    const wageMin = (4 + Math.floor(random() * 8)) * 1_000_000;
    created.push(
      await postJob(employer, {
        title: `Việc số ${i + 1} tại Thành phố Hồ Chí Minh`,
        occupationCode: occupation,
        requiredSkills: required,
        niceToHaveSkills: codes.filter((c) => !required.includes(c)),
        provinceCode: '79',
        ...near(),
        wageMin,
        wageMax: wageMin + Math.floor(random() * 3) * 1_000_000,
        workType: pick(['full_time', 'shift', 'seasonal'] as const),
        providesLodging: random() < 0.4,
        providesMeals: random() < 0.4,
        providesTraining: random() < 0.4,
        startDate: random() < 0.6 ? vietnamDate(Math.floor(random() * 60) - 20) : undefined,
      }),
    );
  }
  const levels = ['beginner', 'can_work', 'experienced'] as const;
  const crowd: string[] = [];
  for (let i = 0; i < 40; i++) {
    const skills = Object.fromEntries(some([...skillPool.welder, ...skillPool['kitchen-helper']], 0.3).map((code) => [code, pick(levels)]));
    crowd.push(
      (
        await makeReturnee(db, {
          fullName: `Người số ${i + 1}`,
          provinceCode: '79',
          ...near(),
          maxTravelKm: pick([null, 5, 10, 20, 40]),
          willingToMove: random() < 0.3,
          shareCard: random() < 0.6,
          wageFloor: random() < 0.5 ? null : (4 + Math.floor(random() * 8)) * 1_000_000,
          availableFrom: random() < 0.6 ? null : vietnamDate(Math.floor(random() * 60)),
          wishWorkTypes: some(['full_time', 'shift'] as const, 0.3),
          skillLevels: skills,
          occupationWishes: some(['welder', 'cook', 'kitchen-helper'], 0.3),
        })
      ).id,
    );
  }
  await drainOutbox(services);

  for (const id of crowd.slice(0, 12)) {
    const person = await profileOf(id);
    for (const limit of [1, 3, 10, 25]) {
      const expected = (await bruteForce(person, limit)).map((e) => [e.id, e.score]);
      for (const roundHits of [300, 4]) {
        const { ranked } = await retrieveJobs(services, person, { limit, today, now: Date.now(), roundHits });
        expect(
          ranked.map((j) => [j.job.id, j.match.score]),
          `${id} limit ${limit} round ${roundHits}`,
        ).toEqual(expected);
      }
    }
  }

  const reference = await loadReference(db);
  const everyone = await db.select().from(returnees);
  const profiles = await Promise.all(everyone.map(async (row) => ({ row, person: prepareProfile(await loadProfile(db, row, reference)) })));
  for (const id of created.slice(0, 15)) {
    const loaded = (await loadJob(db, id, reference))!;
    for (const scope of [{ kind: 'cards' } as const, { kind: 'province', provinceCode: '79' } as const]) {
      const expected = profiles
        .filter(
          ({ row }) =>
            row.status === 'active' && row.needs.includes('job') && (scope.kind === 'cards' ? row.shareCard : row.provinceCode === '79'),
        )
        .flatMap(({ row, person }) => {
          const match = scoreJob(person, loaded.job, { today });
          return match.eligible ? [{ id: row.id, score: match.score }] : [];
        })
        .sort((a, b) => compareRanked(a.score, a.id, b.score, b.id));
      for (const limit of [1, 5, 20]) {
        const { ranked } = await retrieveCandidates(db, loaded, scope, reference, { limit, today });
        expect(
          ranked.map((r) => [r.person.id, r.match.score]),
          `${id} ${scope.kind} ${limit}`,
        ).toEqual(expected.slice(0, limit).map((e) => [e.id, e.score]));
      }
    }
  }
});
