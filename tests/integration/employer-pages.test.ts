// The employer's pages and the counsellor's verification queue, called as the Remix server calls
// them: registration (signs in, pending organisation, field messages, honeypot), drafts before
// verification and the 409 on publishing, verification by the right counsellor only, publishing
// after it, status changes, and no editing another organisation's job.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { loader as employerLoader } from '#app/routes/employer._index.tsx';
import { action as editJobAction, loader as editJobLoader } from '#app/routes/employer.jobs.$id.tsx';
import { action as newJobAction } from '#app/routes/employer.jobs.new.tsx';
import { action as organisationAction } from '#app/routes/employer.organisation.tsx';
import { action as newTrainingAction } from '#app/routes/employer.training.new.tsx';
import { action as registerAction } from '#app/routes/employers.register.tsx';
import { loader as communesLoader } from '#app/routes/resources.communes.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { action as verificationAction, loader as verificationLoader } from '#app/routes/verification.tsx';
import { defaultTestPassword, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { jobs, memberships, organisations, trainingSlots, users } from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

async function signIn(email: string, password = defaultTestPassword) {
  return cookieFrom((await call(sessionAction, jsonRequest('POST', '/api/v1/session', { login: email, password }), context)) as Response);
}

type Result = {
  fields?: Record<string, string>;
  formError?: string;
  conflict?: boolean;
  ok?: boolean;
  message?: string;
  values?: Record<string, string>;
};

/** Posts a form to a route action; returns the thrown/returned Response or the unwrapped data. */
async function submit(
  fn: Parameters<typeof call>[0],
  path: string,
  fields: Record<string, string>,
  cookie?: string,
  params: Record<string, string> = {},
) {
  const result = await call(fn, formRequest(path, fields, cookie ? { Cookie: cookie } : {}), context, params);
  return result instanceof Response ? result : unwrap<Result>(result);
}

const load = (fn: Parameters<typeof call>[0], path: string, cookie: string, params: Record<string, string> = {}) =>
  call(fn, new Request(`http://127.0.0.1:3000${path}`, { headers: { Cookie: cookie } }), context, params);

const registration = {
  accountName: 'Trần Văn Bình',
  accountEmail: 'Binh.Tran@CoKhiHoaBinh.vn',
  password: 'mat-khau-rat-dai',
  kind: 'employer',
  name: 'Công ty TNHH Cơ khí Hòa Bình',
  taxCode: '4300999888',
  sector: 'Gia công cơ khí, kết cấu thép',
  provinceCode: '51',
  communeCode: '23302',
  address: '12 Trần Hưng Đạo',
  contactName: 'Trần Văn Bình',
  contactPhone: '0905 123 456',
  contactEmail: '',
  hiringStatement: 'Chúng tôi tin ai cũng xứng đáng có cơ hội làm lại; xưởng có thợ cả kèm cặp người mới.',
  website: '',
};

const job = {
  title: 'Thợ hàn khung thép nhà xưởng',
  occupationCode: 'welder',
  requiredSkills: 'welding-arc',
  niceToHaveSkills: 'welding-safety',
  description: 'Hàn khung kèo nhà xưởng theo bản vẽ; thợ cả kèm cặp trong tháng đầu tiên.',
  openings: '2',
  wageMin: '8.000.000',
  wageMax: '11.000.000',
  workType: 'full_time',
  provinceCode: '51',
  communeCode: '',
  providesMeals: 'on',
  providesLodging: 'on',
};

test('registering creates the account, a pending organisation and its membership, and signs in', async () => {
  const response = (await submit(registerAction, '/employers/register', registration)) as Response;
  expect(response.status).toBe(302);
  expect(response.headers.get('Location')).toBe('/employer?registered=1');
  const cookie = cookieFrom(response);

  const [user] = await db.select().from(users).where(eq(users.email, 'binh.tran@cokhihoabinh.vn'));
  expect(user).toMatchObject({ role: 'employer', fullName: 'Trần Văn Bình' });
  const [organisation] = await db.select().from(organisations).where(eq(organisations.taxCode, '4300999888'));
  expect(organisation).toMatchObject({
    verificationStatus: 'pending',
    contactPhone: '0905123456',
    provinceCode: '51',
    communeCode: '23302',
  });
  expect(await db.$count(memberships, and(eq(memberships.userId, user.id), eq(memberships.organisationId, organisation.id)))).toBe(1);

  const home = (await load(employerLoader, '/employer?registered=1', cookie)) as {
    organisation: { verificationStatus: string };
    registered: boolean;
  };
  expect(home.organisation.verificationStatus).toBe('pending');
  expect(home.registered).toBe(true);
});

test('a taken tax code and a malformed one are refused beside the field, keeping what was typed (never the password)', async () => {
  const taken = (await submit(registerAction, '/employers/register', { ...registration, accountEmail: 'khac@example.vn' })) as {
    status: number;
    data: Result;
  };
  expect(taken.status).toBe(400);
  expect(taken.data.fields).toEqual({
    taxCode: 'Mã số thuế này đã được đăng ký. Nếu đó là doanh nghiệp của bạn, hãy liên hệ cán bộ tư vấn để được thêm vào tài khoản.',
  });
  expect(taken.data.values).toMatchObject({ name: registration.name, accountEmail: 'khac@example.vn' });
  expect(taken.data.values).not.toHaveProperty('password');

  const malformed = (await submit(registerAction, '/employers/register', {
    ...registration,
    accountEmail: 'khac@example.vn',
    taxCode: '43-00',
  })) as {
    status: number;
    data: Result;
  };
  expect(malformed.status).toBe(400);
  expect(malformed.data.fields?.taxCode).toBe(
    'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh (ví dụ 0101234567-001).',
  );
  expect(await db.$count(users, eq(users.email, 'khac@example.vn'))).toBe(0);
});

test('a bot that fills the honeypot is turned away quietly and nothing is created', async () => {
  const response = (await submit(registerAction, '/employers/register', {
    ...registration,
    accountEmail: 'bot@example.vn',
    taxCode: '4300111222',
    website: 'http://spam.example',
  })) as Response;
  expect(response.status).toBe(302);
  expect(response.headers.get('Location')).toBe('/');
  expect(response.headers.get('Set-Cookie')).toBeNull();
  expect(await db.$count(users, eq(users.email, 'bot@example.vn'))).toBe(0);
});

test('the commune picker gets the communes of a province, and nothing for a bad code', async () => {
  const response = (await call(communesLoader, new Request('http://x/resources/communes?province=51'), context)) as Response;
  const communes = (await response.json()) as { code: string; name: string }[];
  expect(communes.length).toBeGreaterThan(10);
  expect(communes.find((c) => c.code === '23302')).toBeDefined();
  const bad = (await call(communesLoader, new Request('http://x/resources/communes?province=x%27'), context)) as Response;
  expect(await bad.json()).toEqual([]);
});

test('unverified: a draft is saved, publishing answers a 409 conflict with the typed values kept; verified by the right counsellor, it publishes', async () => {
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, { verificationStatus: 'pending', verifiedAt: null, taxCode: '4300777666' }, [
    { userId: employer.id },
  ]);
  const cookie = await signIn(employer.email!);

  const draft = (await submit(newJobAction, '/employer/jobs/new', { ...job, intent: 'save' }, cookie)) as Response;
  expect(draft.status).toBe(302);
  const jobId = draft.headers.get('Location')!.match(/\/employer\/jobs\/([0-9a-f-]{36})\?saved=draft$/)![1];
  const [saved] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  expect(saved).toMatchObject({
    status: 'draft',
    wageMin: 8_000_000,
    providesMeals: true,
    providesTravel: false,
    organisationId: organisation.id,
  });

  const before = await db.$count(jobs);
  const refused = (await submit(newJobAction, '/employer/jobs/new', { ...job, title: 'Thợ hàn ca đêm', intent: 'publish' }, cookie)) as {
    status: number;
    data: Result;
  };
  expect(refused.status).toBe(409);
  expect(refused.data).toMatchObject({ conflict: true, values: { title: 'Thợ hàn ca đêm', wageMin: '8.000.000' } });
  expect(refused.data.formError).toContain('chưa được xác minh nên chưa thể đăng tin');
  expect(await db.$count(jobs)).toBe(before);
  // Publishing the saved draft from its edit page is refused the same way.
  const refusedEdit = (await submit(editJobAction, `/employer/jobs/${jobId}`, { ...job, intent: 'publish' }, cookie, { id: jobId })) as {
    status: number;
  };
  expect(refusedEdit.status).toBe(409);

  // A counsellor of another province may not decide (403); refusing needs a reason.
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  const forbidden = (await submit(
    verificationAction,
    '/verification',
    { organisationId: organisation.id, intent: 'verify' },
    await signIn(elsewhere.email!),
  )) as Response;
  expect(forbidden.status).toBe(403);
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const counsellorCookie = await signIn(counsellor.email!);
  const queue = (await load(verificationLoader, '/verification', counsellorCookie)) as { pending: { id: string; taxCode: string }[] };
  expect(queue.pending.find((o) => o.id === organisation.id)).toMatchObject({ taxCode: '4300777666' });
  const noReason = (await submit(
    verificationAction,
    '/verification',
    { organisationId: organisation.id, intent: 'refuse', reason: ' ' },
    counsellorCookie,
  )) as {
    status: number;
    data: Result;
  };
  expect(noReason.status).toBe(400);
  expect(noReason.data.fields?.reason).toBe('Khi từ chối, hãy ghi lý do (10–500 ký tự) để doanh nghiệp biết cần bổ sung gì.');
  const verified = (await submit(
    verificationAction,
    '/verification',
    { organisationId: organisation.id, intent: 'verify' },
    counsellorCookie,
  )) as { data: Result };
  expect(verified.data).toMatchObject({ ok: true, message: `Đã xác minh ${organisation.name}.` });

  // Now the draft publishes; unticking a box in the edit form turns the offer off.
  const { providesLodging: _unticked, ...withoutLodging } = job;
  const published = (await submit(editJobAction, `/employer/jobs/${jobId}`, { ...withoutLodging, intent: 'publish' }, cookie, {
    id: jobId,
  })) as { data: Result };
  expect(published.data).toMatchObject({ ok: true });
  const [open] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  expect(open).toMatchObject({ status: 'open', providesLodging: false, providesMeals: true });
  expect(open.publishedAt).toBeInstanceOf(Date);

  // Status buttons: filled, then reopened.
  await submit(editJobAction, `/employer/jobs/${jobId}`, { intent: 'fill' }, cookie, { id: jobId });
  expect((await db.select().from(jobs).where(eq(jobs.id, jobId)))[0].status).toBe('filled');
  const reopened = (await submit(editJobAction, `/employer/jobs/${jobId}`, { intent: 'reopen' }, cookie, { id: jobId })) as {
    data: Result;
  };
  expect(reopened.data.message).toBe('Đã mở lại tin.');
  expect((await db.select().from(jobs).where(eq(jobs.id, jobId)))[0].status).toBe('open');
});

test('bad job input gets a message beside every field, and the draft is not created', async () => {
  const employer = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const cookie = await signIn(employer.email!);
  const result = (await submit(
    newJobAction,
    '/employer/jobs/new',
    { ...job, title: 'Hàn', wageMin: '7', wageMax: '', requiredSkills: 'welding-arc,khong-co-ky-nang', intent: 'save' },
    cookie,
  )) as { status: number; data: Result };
  expect(result.status).toBe(400);
  expect(Object.keys(result.data.fields ?? {}).sort()).toEqual(['title', 'wageMax', 'wageMin']);
  const unknownSkill = (await submit(
    newJobAction,
    '/employer/jobs/new',
    { ...job, requiredSkills: 'welding-arc,khong-co-ky-nang', intent: 'save' },
    cookie,
  )) as {
    status: number;
    data: Result;
  };
  expect(unknownSkill.status).toBe(400);
  expect(unknownSkill.data.fields).toEqual({ requiredSkills: 'Có kỹ năng không có trong danh mục (tối đa 10 kỹ năng mỗi loại).' });
});

test('a training course is saved as a draft with the field rules of training', async () => {
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const cookie = await signIn(employer.email!);
  const course = {
    title: 'Sơ cấp nghề hàn điện',
    occupationCode: 'welder',
    level: 'so_cap',
    durationDays: '60',
    seats: '20',
    seatsLeft: '',
    funding: 'free',
    costVnd: '0',
    provinceCode: '51',
    leadsToJobId: '',
  };
  const paidButFree = (await submit(
    newTrainingAction,
    '/employer/training/new',
    { ...course, funding: 'fee', intent: 'save' },
    cookie,
  )) as {
    status: number;
    data: Result;
  };
  expect(paidButFree.data.fields).toEqual({ costVnd: 'Khóa học thu phí cần ghi rõ học phí.' });
  const published = (await submit(newTrainingAction, '/employer/training/new', { ...course, intent: 'publish' }, cookie)) as Response;
  expect(published.headers.get('Location')).toMatch(/^\/employer\/training\/[0-9a-f-]{36}\?saved=published$/);
  const [slot] = await db.select().from(trainingSlots).where(eq(trainingSlots.organisationId, organisation.id));
  expect(slot).toMatchObject({ status: 'open', seatsLeft: 20 });
});

test('an employer cannot see or change another organisation’s job (403), and a bad id is a 404', async () => {
  const owner = await makeUser(db, { role: 'employer' });
  const theirs = await makeOrganisation(db, {}, [{ userId: owner.id }]);
  const theirJob = await makeJob(db, { organisationId: theirs.id, title: 'Thợ hàn của đơn vị khác' });
  const intruder = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: intruder.id }]);
  const cookie = await signIn(intruder.email!);

  const change = (await submit(
    editJobAction,
    `/employer/jobs/${theirJob.id}`,
    { ...job, title: 'Đã bị sửa trộm', intent: 'save' },
    cookie,
    { id: theirJob.id },
  )) as Response;
  expect(change.status).toBe(403);
  const close = (await submit(editJobAction, `/employer/jobs/${theirJob.id}`, { intent: 'close' }, cookie, {
    id: theirJob.id,
  })) as Response;
  expect(close.status).toBe(403);
  expect(((await load(editJobLoader, `/employer/jobs/${theirJob.id}`, cookie, { id: theirJob.id })) as Response).status).toBe(403);
  const [unchanged] = await db.select().from(jobs).where(eq(jobs.id, theirJob.id));
  expect(unchanged).toMatchObject({ title: 'Thợ hàn của đơn vị khác', status: 'open' });

  expect(((await load(editJobLoader, '/employer/jobs/khong-phai-id', cookie, { id: 'khong-phai-id' })) as Response).status).toBe(404);
  expect(((await submit(editJobAction, '/employer/jobs/x', { intent: 'close' }, cookie, { id: 'x' })) as Response).status).toBe(404);
});

test('a refused organisation reads the reason, edits its details, and is back in the queue', async () => {
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, { verificationStatus: 'pending', verifiedAt: null, taxCode: '4300555444' }, [
    { userId: employer.id },
  ]);
  const counsellorCookie = await signIn((await makeUser(db, { role: 'counsellor', provinceCode: '51' })).email!);
  await submit(
    verificationAction,
    '/verification',
    { organisationId: organisation.id, intent: 'refuse', reason: 'Mã số thuế không khớp với tên doanh nghiệp.' },
    counsellorCookie,
  );

  const cookie = await signIn(employer.email!);
  const home = (await load(employerLoader, '/employer', cookie)) as { organisation: { verificationStatus: string; refusalReason: string } };
  expect(home.organisation).toMatchObject({ verificationStatus: 'refused', refusalReason: 'Mã số thuế không khớp với tên doanh nghiệp.' });

  const { accountName: _a, accountEmail: _e, password: _p, website: _w, ...details } = registration;
  const saved = (await submit(
    organisationAction,
    '/employer/organisation',
    { ...details, name: organisation.name, taxCode: '4300555445' },
    cookie,
  )) as { data: Result };
  expect(saved.data).toMatchObject({ ok: true, message: 'Đã lưu và gửi lại hồ sơ. Cán bộ tư vấn sẽ xác minh lại.' });
  const queue = (await load(verificationLoader, '/verification', counsellorCookie)) as { pending: { id: string }[] };
  expect(queue.pending.map((o) => o.id)).toContain(organisation.id);
});

test('a counsellor without a province sees an explanation; an employer cannot open the queue', async () => {
  const counsellor = await makeUser(db, { role: 'counsellor' });
  await db.update(users).set({ provinceCode: null }).where(eq(users.id, counsellor.id));
  expect(await load(verificationLoader, '/verification', await signIn(counsellor.email!))).toEqual({ province: null });
  const employer = await makeUser(db, { role: 'employer' });
  expect(((await load(verificationLoader, '/verification', await signIn(employer.email!))) as Response).status).toBe(403);
});
