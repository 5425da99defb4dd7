// What an employer learns (DESIGN.md §3, issue 10), over the real pages and API: a card shows
// whether the job's wage fits, never the person's wage wish; a card's reference is a pseudonym that
// differs per job and resolves only on its own job; postings and organisation texts that label
// people by their past are refused on their field, in the reader's language; and the employer's
// home counts the people waiting for an answer and the suggested candidates, per organisation.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { loader as homeLoader } from '#app/routes/_index.tsx';
import { loader as employerLoader } from '#app/routes/employer._index.tsx';
import * as candidatesPage from '#app/routes/employer.jobs.$id_.candidates.tsx';
import * as boardPage from '#app/routes/employer.jobs.$id_.pipeline.tsx';
import { action as newJobAction } from '#app/routes/employer.jobs.new.tsx';
import { action as organisationAction } from '#app/routes/employer.organisation.tsx';
import { action as registerAction } from '#app/routes/employers.register.tsx';
import { action as verificationAction } from '#app/routes/verification.tsx';
import type { Actor } from '#app/services/authorize.ts';
import { startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import {
  defaultTestPassword,
  makeJob,
  makeOrganisation,
  makeReturnee,
  makeUser,
  occupationByCode,
  skillsOf,
} from '#server/seed/factories.ts';
import { organisations, referrals, type Returnee } from '#db/schema.ts';
import { apiHandler, call, cookieFrom, formRequest, jsonRequest, origin, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

let employer: Actor;
let counsellor: Actor;
let applicant: Actor;
let organisationId: string;
let person: Returnee;
const jobs = {} as Record<'fits' | 'partly' | 'below' | 'closed', string>;
const cookies = {} as Record<'employer' | 'englishEmployer' | 'counsellor', string>;

async function signIn(user: Actor) {
  const login = user.email ?? user.phone!;
  return cookieFrom(
    (await call(apiHandler, jsonRequest('POST', '/api/v1/session', { login, password: defaultTestPassword }), context)) as Response,
  );
}

beforeAll(async () => {
  employer = await makeUser(db, { role: 'employer' });
  const english = await makeUser(db, { role: 'employer', locale: 'en' });
  counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  applicant = await makeUser(db, { role: 'returnee' });
  organisationId = (await makeOrganisation(db, {}, [{ userId: employer.id }, { userId: english.id }])).id;
  const welder = await occupationByCode(db, 'welder');
  const skillLevels = Object.fromEntries((await skillsOf(db, welder.id)).map((s) => [s.code, 'experienced' as const]));
  // Wishes at least 7 million a month: employers may learn only whether a wage reaches it.
  person = await makeReturnee(db, {
    fullName: 'Hồ Thị Riêng Tư',
    wageFloor: 7_000_000,
    shareCard: true,
    skillLevels,
    occupationWishes: ['welder'],
  });
  await makeReturnee(db, { fullName: 'Lê Văn Ứng Tuyển', userId: applicant.id, skillLevels });
  jobs.fits = (await makeJob(db, { organisationId, title: 'Thợ hàn khung thép', wageMin: 8_000_000, wageMax: 10_000_000 })).id;
  jobs.partly = (await makeJob(db, { organisationId, title: 'Thợ hàn ca đêm', wageMin: 6_000_000, wageMax: 8_000_000 })).id;
  jobs.below = (await makeJob(db, { organisationId, title: 'Thợ hàn phụ', wageMin: 5_000_000, wageMax: 6_000_000 })).id;
  jobs.closed = (await makeJob(db, { organisationId, title: 'Thợ hàn mùa vụ', status: 'closed' })).id;
  cookies.employer = await signIn(employer);
  cookies.englishEmployer = await signIn(english);
  cookies.counsellor = await signIn(counsellor);
});

const api = async (method: string, path: string, cookie: string, body?: unknown) => {
  const response = (await call(apiHandler, jsonRequest(method, path, body, { Cookie: cookie }), context)) as Response;
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
};
const load = async <T>(loader: (args: never) => unknown, path: string, cookie: string, params: Record<string, string> = {}) =>
  unwrap<T>(await call(loader as never, new Request(origin + path, { headers: { Cookie: cookie } }), context, params)).data;
const submit = async (action: (args: never) => unknown, path: string, fields: Record<string, string>, cookie?: string, params = {}) => {
  const result = await call(action as never, formRequest(path, fields, cookie ? { Cookie: cookie } : {}), context, params);
  return result instanceof Response
    ? { status: result.status, data: {} as Record<string, unknown> }
    : unwrap<Record<string, unknown>>(result);
};

type Card = { card: { ref: string }; parts: { part: string; reasons: { key: string; text: string }[] }[]; missing: { key: string }[] };
const cardsOn = async (jobId: string, cookie = cookies.employer) =>
  (await api('GET', `/api/v1/jobs/${jobId}/matches`, cookie)).body.candidates as Card[];
const pageCards = async (jobId: string) =>
  (await load<{ candidates: Card[] }>(candidatesPage.loader, `/employer/jobs/${jobId}/candidates`, cookies.employer, { id: jobId }))
    .candidates;

// ── The wage wish ──────────────────────────────────────────────────────────────────────────────

test('an employer sees whether the job’s wage fits the candidate’s wish, never the wish itself (API and page)', async () => {
  for (const [jobId, fits] of [
    [jobs.fits, 'Mức lương phù hợp'],
    [jobs.partly, 'Mức lương phù hợp'],
    [jobs.below, 'Mức lương chưa phù hợp'],
  ] as const) {
    const answer = await api('GET', `/api/v1/jobs/${jobId}/matches`, cookies.employer);
    const page = await load<{ candidates: Card[] }>(candidatesPage.loader, `/employer/jobs/${jobId}/candidates`, cookies.employer, {
      id: jobId,
    });
    expect(answer.body.candidates).toHaveLength(1);
    for (const [candidate, text] of [
      [answer.body.candidates[0] as Card, answer.text],
      [page.candidates[0], JSON.stringify(page)],
    ] as const) {
      const wage = candidate.parts.find((p) => p.part === 'wage')! as Card['parts'][number] & { points: number; max: number };
      expect(wage.reasons.map((r) => r.text)).toEqual([fits]);
      // All or nothing: finer points (the top of the range reaches the wish: 6 of 10) would tell where the wish lies.
      expect(wage.points).toBe(jobId === jobs.below ? 0 : wage.max);
      // Not "≥ mong muốn 7 triệu", nor the amount in any parameter.
      expect(text).not.toMatch(/7 triệu|7 million|7[.,]?000[.,]?000/);
      expect(text).not.toContain('"floor"');
    }
  }
  // In English too, and what keeps the card from fitting better says no amount either.
  const english = await api('GET', `/api/v1/jobs/${jobs.below}/matches`, cookies.englishEmployer);
  expect(english.body.candidates[0].parts.find((p: { part: string }) => p.part === 'wage').reasons[0].text).toBe('The wage does not fit');
  expect(english.text).not.toMatch(/7 million/);
  // The counsellor still sees the person's wish, by name.
  const named = await api('GET', `/api/v1/jobs/${jobs.below}/matches`, cookies.counsellor);
  expect(named.text).toContain('mong muốn 7 triệu');
});

// ── Card references ────────────────────────────────────────────────────────────────────────────

test('a card’s reference differs per job, is not the person’s id, and is the same on the page and the API', async () => {
  const [onFits] = await cardsOn(jobs.fits);
  const [onBelow] = await cardsOn(jobs.below);
  expect(onFits.card.ref).not.toBe(onBelow.card.ref);
  for (const ref of [onFits.card.ref, onBelow.card.ref]) {
    expect(ref).not.toContain(person.id);
    expect(ref).not.toContain(person.id.replace(/-/g, '').slice(0, 8));
    expect(ref).toMatch(/^[A-Za-z0-9_-]{16}$/);
  }
  expect((await pageCards(jobs.fits))[0].card.ref).toBe(onFits.card.ref);
  expect((await cardsOn(jobs.fits))[0].card.ref).toBe(onFits.card.ref);
  const everything = JSON.stringify([
    await cardsOn(jobs.fits),
    await pageCards(jobs.fits),
    await cardsOn(jobs.below),
    await pageCards(jobs.below),
  ]);
  expect(everything).not.toContain(person.id);
});

test('asking for an introduction resolves the reference on its own job only; a person’s id or another job’s reference is refused', async () => {
  const [onFits] = await cardsOn(jobs.fits);
  const [onBelow] = await cardsOn(jobs.below);
  const before = await db.$count(referrals);

  // The other job's reference, the person's id, or a made-up one: nobody is found, nothing is written.
  for (const cardRef of [onBelow.card.ref, person.id, 'AAAAAAAAAAAAAAAA']) {
    const refused = await submit(
      boardPage.action,
      `/employer/jobs/${jobs.fits}/pipeline`,
      { intent: 'introduce', cardRef },
      cookies.employer,
      {
        id: jobs.fits,
      },
    );
    expect(refused.status, cardRef).toBe(404);
  }
  const byId = await api('POST', '/api/v1/referrals', cookies.employer, { jobId: jobs.fits, returneeId: person.id });
  expect(byId.status).toBeGreaterThanOrEqual(400);
  expect(await db.$count(referrals)).toBe(before);

  const asked = await submit(
    boardPage.action,
    `/employer/jobs/${jobs.fits}/pipeline`,
    { intent: 'introduce', cardRef: onFits.card.ref },
    cookies.employer,
    { id: jobs.fits },
  );
  expect(asked.data).toMatchObject({ ok: true });
  const [made] = await db.select().from(referrals).where(eq(referrals.jobId, jobs.fits));
  expect(made).toMatchObject({ returneeId: person.id, status: 'introduction_requested' });

  // The API answers with the card's reference, never the id; the board shows the same reference.
  const again = await api('POST', '/api/v1/referrals', cookies.employer, { jobId: jobs.below, cardRef: onBelow.card.ref });
  expect(again.status).toBe(201);
  expect(again.body.referral.returneeId).toBe(onBelow.card.ref);
  expect(again.text).not.toContain(person.id);
  const board = await api('GET', `/api/v1/jobs/${jobs.fits}/pipeline`, cookies.employer);
  expect(board.body.entries[0].card.ref).toBe(onFits.card.ref);
  expect(board.text).not.toContain(person.id);
  const boardPageData = await load(boardPage.loader, `/employer/jobs/${jobs.fits}/pipeline`, cookies.employer, { id: jobs.fits });
  expect(JSON.stringify(boardPageData)).not.toContain(person.id);
});

// ── Postings and organisation texts ────────────────────────────────────────────────────────────

const labelledJob = {
  title: 'Thợ hàn khung thép nhà xưởng',
  occupationCode: 'welder',
  description: 'Hàn khung kèo nhà xưởng theo bản vẽ; thợ cả kèm cặp trong tháng đầu tiên.',
  openings: 2,
  wageMin: 8_000_000,
  wageMax: 11_000_000,
  workType: 'full_time',
  provinceCode: '51',
};

test('a posting that labels people by their past is refused on each field, in the reader’s language (API)', async () => {
  const before = await db.$count(referrals);
  const answer = await api('POST', '/api/v1/jobs', cookies.employer, {
    ...labelledJob,
    title: 'Thợ hàn — ưu tiên người tái hoà nhập',
    description: 'Ưu tiên người từng đi tù, có ý chí làm lại; thợ cả kèm cặp trong tháng đầu tiên.',
    benefits: 'Nhận cả người mãn\u200bhạn',
    workingHours: 'Ca ngày, phù hợp người vừa ra t\u00adù',
    requiredCertificate: 'Giấy chứng nhận đặc xá',
  });
  expect(answer.status).toBe(400);
  expect(answer.body.error.fields).toEqual({
    title: expect.stringMatching(/^Tiêu đề: hãy dùng từ ngữ trung lập/),
    description: expect.stringMatching(/^Mô tả: /),
    benefits: expect.stringMatching(/^Quyền lợi: /),
    workingHours: expect.stringMatching(/^Giờ làm việc: /),
    requiredCertificate: expect.stringMatching(/^Chứng chỉ: /),
  });
  // Diacritics left out and look-alike letters do not get through either.
  const plain = await api('POST', '/api/v1/jobs', cookies.englishEmployer, {
    ...labelledJob,
    description: 'Uu tien nguoi tung di tu, tha\u0301o vat',
  });
  expect(plain.body.error.fields).toEqual({ description: expect.stringMatching(/^Description: use neutral words/) });
  const cyrillic = await api('POST', '/api/v1/jobs', cookies.employer, { ...labelledJob, title: 'Tuyển рhạm nhâп làm thợ hàn' });
  expect(Object.keys(cyrillic.body.error.fields)).toEqual(['title']);
  // A change to a published job is checked the same way; a neutral posting goes through.
  const created = await api('POST', '/api/v1/jobs', cookies.employer, {
    ...labelledJob,
    benefits: 'Tư vấn, hỗ trợ tiền ăn, làm 6 ngày/tuần',
  });
  expect(created.status).toBe(201);
  const changed = await api('PATCH', `/api/v1/jobs/${created.body.job?.id ?? created.body.id}`, cookies.employer, {
    benefits: 'Ưu tiên phạm nhân',
  });
  expect(changed.status).toBe(400);
  expect(Object.keys(changed.body.error.fields)).toEqual(['benefits']);
  expect(await db.$count(referrals)).toBe(before);

  const course = await api('POST', '/api/v1/training', cookies.employer, {
    title: 'Sơ cấp hàn cho người hoàn lương',
    occupationCode: 'welder',
    level: 'so_cap',
    durationDays: 60,
    seats: 20,
    costVnd: 0,
    funding: 'free',
    provinceCode: '51',
    schedule: 'Sáng thứ hai — dành cho tù nhân',
    certificate: 'Chứng chỉ TRẠI GIAM',
  });
  expect(course.status).toBe(400);
  expect(Object.keys(course.body.error.fields).sort()).toEqual(['certificate', 'schedule', 'title']);
});

test('the job form shows the same refusal beside the field, keeping what was typed', async () => {
  const result = await submit(
    newJobAction,
    '/employer/jobs/new',
    {
      ...Object.fromEntries(Object.entries(labelledJob).map(([k, v]) => [k, String(v)])),
      description: 'Ưu tiên người đã chấp hành xong án, chăm chỉ, có trách nhiệm với công việc.',
      intent: 'publish',
    },
    cookies.employer,
  );
  expect(result.status).toBe(400);
  expect(result.data.fields).toEqual({ description: expect.stringMatching(/^Mô tả: hãy dùng từ ngữ trung lập/) });
  expect((result.data.values as Record<string, string>).description).toContain('chấp hành xong án');
});

test('an organisation’s name, statement and a refusal reason are checked too (sign-up, edit, verification)', async () => {
  const registration = {
    accountName: 'Phan Văn Chủ',
    accountEmail: 'chu@xuongmoc.vn',
    password: 'mat-khau-rat-dai',
    kind: 'employer',
    name: 'Xưởng mộc Hoàn Lương',
    taxCode: '4300555444',
    sector: 'Đồ gỗ nội thất',
    provinceCode: '51',
    contactName: 'Phan Văn Chủ',
    contactPhone: '0905 111 222',
    hiringStatement: 'Chúng tôi nhận người mãn hạn tù vào làm, có thợ cả kèm cặp người mới.',
    website: '',
  };
  const registered = await submit(registerAction, '/employers/register', registration);
  expect(registered.status).toBe(400);
  expect(registered.data.fields).toEqual({
    name: expect.stringMatching(/^Tên đơn vị: /),
    hiringStatement: expect.stringMatching(/^Cam kết tuyển dụng: /),
  });
  expect(await db.$count(organisations, eq(organisations.taxCode, '4300555444'))).toBe(0);

  const [own] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  const edited = await submit(
    organisationAction,
    '/employer/organisation',
    {
      kind: own.kind,
      name: own.name,
      taxCode: '4300555666',
      sector: 'Cơ khí — nhận phạm nhân',
      provinceCode: own.provinceCode,
      contactName: 'Nguyễn Văn Liên',
      contactPhone: '0905 333 444',
      hiringStatement: 'Xưởng có thợ cả kèm cặp người mới trong ba tháng đầu.',
    },
    cookies.employer,
  );
  expect(edited.status).toBe(400);
  expect(edited.data.fields).toEqual({ sector: expect.stringMatching(/^Ngành nghề: /) });

  const pending = await makeOrganisation(db, { verificationStatus: 'pending', verifiedAt: null, taxCode: '4300555333' });
  const refused = await submit(
    verificationAction,
    '/verification',
    { intent: 'refuse', organisationId: pending.id, reason: 'Không nhận hồ sơ của trại giam này' },
    cookies.counsellor,
  );
  expect(refused.status).toBe(400);
  expect(refused.data.fields).toEqual({ reason: expect.stringMatching(/^Lý do: /) });
});

// ── The employer's home ────────────────────────────────────────────────────────────────────────

test('the employer’s home counts, per organisation, who waits for an answer and the suggested candidates, linking to each job’s lists', async () => {
  await startReferral(db, applicant, { jobId: jobs.below });
  const home = (await load<{ home: { organisations: Record<string, unknown>[] } }>(homeLoader, '/', cookies.employer)).home;
  const [organisation] = home.organisations as {
    id: string;
    waiting: number;
    candidates: number;
    jobs: { id: string; waiting: number; candidates: number }[];
  }[];
  const fitsCards = (await cardsOn(jobs.fits)).length;
  const belowCards = (await cardsOn(jobs.below)).length;
  const partlyCards = (await cardsOn(jobs.partly)).length;
  expect(organisation.id).toBe(organisationId);
  // The person's application waits on "Thợ hàn phụ"; an introduction request waits for the counsellor, not the employer.
  expect(organisation.waiting).toBe(1);
  expect(organisation.candidates).toBe(fitsCards + partlyCards + belowCards);
  expect(organisation.jobs.find((j) => j.id === jobs.below)).toMatchObject({ waiting: 1, candidates: belowCards });
  expect(organisation.jobs.some((j) => j.id === jobs.closed)).toBe(false);
  // The organisation's page says the same, job by job.
  const own = await load<{
    people: { waiting: number; candidates: number; byJob: Record<string, { waiting: number; candidates: number }> };
  }>(employerLoader, '/employer', cookies.employer);
  expect(own.people).toMatchObject({ waiting: 1, candidates: fitsCards + partlyCards + belowCards });
  expect(own.people.byJob[jobs.below]).toEqual({ waiting: 1, candidates: belowCards });
});
