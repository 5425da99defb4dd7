// Forms and data (issue 10) against a real Postgres: every message at once (rules between fields
// alongside the fields' own), caseload filters that keep the good ones, an intake whose phone is on
// another record (who looks after it, then confirm), interview times in the past, yes/no and number
// fields that accept nothing but what they say, and Vietnamese text stored in NFC whatever was typed.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { loader as caseloadLoader } from '#app/routes/caseload._index.tsx';
import * as caseloadPage from '#app/routes/caseload._index.tsx';
import * as intakePage from '#app/routes/caseload.new.tsx';
import { action as intakeAction } from '#app/routes/caseload.new.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeJob, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { auditLog, jobs, referrals, returnees } from '#db/schema.ts';
import { apiHandler, call, formRequest, jsonRequest, origin, sessionCookie, unwrap } from '#tests/helpers.ts';
import { renderRoute } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';
import { defaultTestPassword } from '#server/seed/factories.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field below
type Json = Record<string, any>;

const cookieOf = (user: { email: string | null; phone: string | null }) => sessionCookie(context, user, defaultTestPassword);

async function api(method: string, path: string, cookie: string, body?: unknown) {
  const response = (await call(apiHandler, jsonRequest(method, path, body, { Cookie: cookie }), context)) as Response;
  return { status: response.status, body: (await response.json()) as Json };
}

/** Posts a page's form; a Response (redirect, JSON) comes back as is, data() answers unwrapped. */
async function submit(fn: Parameters<typeof call>[0], path: string, fields: Record<string, string>, cookie: string) {
  const result = await call(fn, formRequest(path, fields, { Cookie: cookie }), context);
  return result instanceof Response ? result : unwrap<Json>(result);
}

const page = async (fn: Parameters<typeof call>[0], path: string, cookie: string) =>
  (await call(fn, new Request(origin + path, { headers: { Cookie: cookie } }), context)) as Json;

const vi = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('vi', key, vars);

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51', fullName: 'Lê Thị Mai Phương' });
const bacNinhCounsellor = await makeUser(db, { role: 'counsellor', provinceCode: '24', fullName: 'Trần Quốc Bảo' });
const employer = await makeUser(db, { role: 'employer' });
const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
const [counsellorCookie, employerCookie] = [await cookieOf(counsellor), await cookieOf(employer)];

const intake = {
  fullName: 'Y Hoa',
  birthDate: '1996-04-02',
  sex: 'female',
  communeCode: '23302',
  releaseDate: vietnamDate(-30),
  releaseKind: 'amnesty',
};

const job = {
  title: 'Thợ hàn kết cấu thép',
  occupationCode: 'welder',
  description: 'Hàn khung kèo nhà xưởng theo bản vẽ; có thợ cả kèm trong tháng đầu.',
  openings: 3,
  wageMin: 8_000_000,
  wageMax: 11_000_000,
  workType: 'full_time',
  provinceCode: '51',
};

// ── Every message at once ───────────────────────────────────────────────────────────────────────

test('a 2030 birth date is marked together with a wrong phone number, on the intake page and in the API', async () => {
  const typed = { ...intake, phone: '12345', birthDate: '2030-01-01', needs: 'job' };
  const marked = {
    phone: vi('validation.phone.invalid'),
    birthDate: vi('caseload.validation.age'),
    releaseDate: vi('caseload.validation.releaseBeforeBirth'),
  };
  const onPage = (await submit(intakeAction, '/caseload/new', typed, counsellorCookie)) as { status: number; data: Json };
  expect(onPage.status).toBe(400);
  expect(onPage.data.fields).toEqual(marked);
  const byApi = await api('POST', '/api/v1/returnees', counsellorCookie, { ...typed, needs: ['job'] });
  expect(byApi.status).toBe(400);
  expect(byApi.body.error.fields).toEqual(marked);
});

test('rules between fields come with the fields’ own messages: a job, a counselling note', async () => {
  const badJob = await api('POST', '/api/v1/jobs', employerCookie, { ...job, openings: 'ba', wageMax: 5_000_000 });
  expect(badJob.status).toBe(400);
  expect(badJob.body.error.fields).toEqual({ openings: vi('validation.job.openings'), wageMax: vi('validation.wage.maxBelowMin') });
  const person = await makeReturnee(db, { counsellorId: counsellor.id });
  const note = await api('POST', `/api/v1/returnees/${person.id}/notes`, counsellorCookie, { contactDate: vietnamDate(3) });
  expect(note.status).toBe(400);
  expect(note.body.error.fields).toEqual({
    contactDate: vi('caseload.validation.contactDateFuture'),
    text: vi('caseload.validation.noteText'),
  });
});

test('a profile change: a wage typed in millions and a 2030 birth date are marked together', async () => {
  const person = await makeReturnee(db, { counsellorId: counsellor.id, birthDate: '1990-01-01', releaseDate: vietnamDate(-10) });
  const changed = await api('PATCH', `/api/v1/returnees/${person.id}`, counsellorCookie, { wageFloor: 6, birthDate: '2030-01-01' });
  expect(changed.status).toBe(400);
  expect(changed.body.error.fields).toEqual({ wageFloor: vi('caseload.validation.wageFloor'), birthDate: vi('caseload.validation.age') });
});

// ── Caseload filters ────────────────────────────────────────────────────────────────────────────

test('one bad caseload filter is marked beside its field and the other filters still apply; the API names it in a 400', async () => {
  await makeReturnee(db, { fullName: 'Đoàn Văn Lọc', counsellorId: counsellor.id });
  await makeReturnee(db, { fullName: 'Hồ Thị Khác', counsellorId: counsellor.id });
  const listed = await page(caseloadLoader, '/caseload?q=doan%20van%20loc&noContactDays=ba%20muoi', counsellorCookie);
  expect(listed.rows.map((r: Json) => r.fullName)).toEqual(['Đoàn Văn Lọc']);
  expect(listed.invalid).toEqual({ noContactDays: vi('caseload.validation.days') });
  expect(listed.values).toMatchObject({ q: 'doan van loc', noContactDays: 'ba muoi' });
  expect(listed.filtered).toBe(true);

  // Without JavaScript: the typed values stay, the message sits beside its field, the list is filtered.
  const html = await renderRoute(
    context,
    caseloadPage,
    'caseload',
    new Request(`${origin}/caseload?q=doan%20van%20loc&noContactDays=ba%20muoi`, { headers: { Cookie: counsellorCookie } }),
  );
  const field = html.match(/<input[^>]*name="noContactDays"[^>]*>/)?.[0] ?? '';
  expect(field).toContain('value="ba muoi"');
  expect(field).toContain('aria-invalid="true"');
  const describedBy = field.match(/aria-describedby="([^"]+)"/)?.[1] ?? '';
  expect(html).toMatch(
    new RegExp(`id="${describedBy.split(' ').find((id) => id.includes('error'))}"[^>]*>${vi('caseload.validation.days')}<`),
  );
  expect(html).toContain('Đoàn Văn Lọc');
  expect(html).not.toContain('Hồ Thị Khác');

  const byApi = await api('GET', '/api/v1/returnees?q=doan&noContactDays=ba%20muoi', counsellorCookie);
  expect(byApi.status).toBe(400);
  expect(byApi.body.error.fields).toEqual({ noContactDays: vi('caseload.validation.days') });
});

// ── A phone already on another record ───────────────────────────────────────────────────────────

test('intake with a phone already on a record of the province: who looks after it and a link to it, then the counsellor confirms', async () => {
  const first = await api('POST', '/api/v1/returnees', counsellorCookie, { ...intake, fullName: 'Rơ Mah Hen', phone: '0905 300 301' });
  expect(first.status).toBe(201);
  const typed = { ...intake, fullName: 'Rơ Mah Thị Hen', phone: '+84 905 300 301', needs: 'job' };
  const warned = (await submit(intakeAction, '/caseload/new', typed, counsellorCookie)) as Response;
  expect(warned.status).toBe(200);
  const shown = (await warned.json()) as Json;
  expect(shown.sharedPhone).toEqual([
    { returneeId: first.body.returnee.id, fullName: 'Rơ Mah Hen', counsellorName: 'Lê Thị Mai Phương', provinceName: 'Quảng Ngãi' },
  ]);
  expect(shown.values.fullName).toBe('Rơ Mah Thị Hen');
  expect(await db.select().from(returnees).where(eq(returnees.phone, '0905300301'))).toHaveLength(1);
  const looked = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, first.body.returnee.id), eq(auditLog.reason, 'intake: same phone')));
  expect(looked).toMatchObject([{ actorUserId: counsellor.id, action: 'read' }]);

  // The second step as a browser without JavaScript shows it: who looks after the record, a link to
  // it, the typed values kept, and a button that sends the same form again with the confirmation.
  const html = await renderRoute(context, intakePage, 'caseload/new', formRequest('/caseload/new', typed, { Cookie: counsellorCookie }));
  expect(html).toContain(vi('caseload.intake.phoneShared'));
  expect(html).toContain(vi('caseload.intake.phoneHolder', { counsellor: 'Lê Thị Mai Phương', province: 'Quảng Ngãi' }));
  expect(html).toContain(`href="/caseload/${first.body.returnee.id}"`);
  expect(html).toContain('value="Rơ Mah Thị Hen"');
  expect(html).toMatch(
    /<button[^>]*form="intake-form"[^>]*name="confirmSharedPhone"[^>]*value="on"|<button[^>]*name="confirmSharedPhone"[^>]*form="intake-form"/,
  );
  expect(html).toContain('id="intake-form"');

  const confirmed = (await submit(intakeAction, '/caseload/new', { ...typed, confirmSharedPhone: 'on' }, counsellorCookie)) as Response;
  expect(confirmed.status).toBe(302);
  expect(await db.select().from(returnees).where(eq(returnees.phone, '0905300301'))).toHaveLength(2);
});

test('intake with a phone on another province’s record: the counsellor and job centre, never the person; the API answers 409 until confirmed', async () => {
  await makeReturnee(db, {
    fullName: 'Nguyễn Văn Ở Bắc Ninh',
    provinceCode: '24',
    phone: '0905300302',
    counsellorId: bacNinhCounsellor.id,
  });
  const refused = await api('POST', '/api/v1/returnees', counsellorCookie, { ...intake, phone: '0905300302' });
  expect(refused.status).toBe(409);
  expect(refused.body.error.message).toBe(vi('caseload.intake.phoneShared'));
  expect(refused.body.error.fields.phone).toContain('Trần Quốc Bảo');
  expect(refused.body.error.fields.phone).toContain('Bắc Ninh');
  expect(JSON.stringify(refused.body)).not.toContain('Nguyễn Văn Ở Bắc Ninh');
  const onPage = (await submit(intakeAction, '/caseload/new', { ...intake, phone: '0905300302' }, counsellorCookie)) as Response;
  expect(((await onPage.json()) as Json).sharedPhone).toEqual([
    { returneeId: null, fullName: null, counsellorName: 'Trần Quốc Bảo', provinceName: 'Bắc Ninh' },
  ]);
  const confirmed = await api('POST', '/api/v1/returnees', counsellorCookie, { ...intake, phone: '0905300302', confirmSharedPhone: true });
  expect(confirmed.status).toBe(201);
});

// ── Interviews ──────────────────────────────────────────────────────────────────────────────────

test('an interview time in the past is refused with a clear message; a time to come is scheduled', async () => {
  const posting = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });
  const person = await makeReturnee(db, { counsellorId: counsellor.id, shareCard: true, phone: '0905300303' });
  const started = await api('POST', '/api/v1/referrals', counsellorCookie, { jobId: posting.id, returneeId: person.id, consent: true });
  expect(started.status).toBe(201);
  const id = started.body.referral.id as string;
  const yesterday = `${vietnamDate(-1)}T09:30`;
  const past = await api('PATCH', `/api/v1/referrals/${id}`, employerCookie, { status: 'interview_scheduled', interviewAt: yesterday });
  expect(past.status).toBe(400);
  expect(past.body.error.fields).toEqual({ interviewAt: vi('pipeline.validation.interviewPast') });
  const [unchanged] = await db.select().from(referrals).where(eq(referrals.id, id));
  expect(unchanged.interviewAt).toBeNull();
  const tomorrow = await api('PATCH', `/api/v1/referrals/${id}`, employerCookie, {
    status: 'interview_scheduled',
    interviewAt: `${vietnamDate(1)}T09:30`,
  });
  expect(tomorrow.status).toBe(200);
});

// ── Yes/no and numbers ──────────────────────────────────────────────────────────────────────────

test('a yes/no field given anything but yes or no is a 400 naming it, never read as "no"', async () => {
  const posting = await makeJob(db, { organisationId: organisation.id, title: 'Thợ sơn tĩnh điện' });
  const person = await makeReturnee(db, { counsellorId: counsellor.id, shareCard: true, phone: '0905300304' });
  const consent = await api('POST', '/api/v1/referrals', counsellorCookie, { jobId: posting.id, returneeId: person.id, consent: 12345 });
  expect(consent.status).toBe(400);
  expect(consent.body.error.fields).toEqual({ consent: vi('validation.flag') });
  expect(await db.select().from(referrals).where(eq(referrals.returneeId, person.id))).toEqual([]);

  const meals = await api('POST', '/api/v1/jobs', employerCookie, { ...job, providesMeals: 'có lẽ', providesLodging: 12345 });
  expect(meals.status).toBe(400);
  expect(meals.body.error.fields).toEqual({ providesMeals: vi('validation.flag'), providesLodging: vi('validation.flag') });
  const fine = await api('POST', '/api/v1/jobs', employerCookie, {
    ...job,
    providesMeals: true,
    providesLodging: 'on',
    providesTravel: false,
  });
  expect(fine.status).toBe(201);
  expect(fine.body.job).toMatchObject({ providesMeals: true, providesLodging: true, providesTravel: false, providesTraining: false });
  const changed = await api('PATCH', `/api/v1/jobs/${fine.body.job.id}`, employerCookie, { providesMeals: 12345, openings: 'x' });
  expect(changed.status).toBe(400);
  expect(changed.body.error.fields).toEqual({ providesMeals: vi('validation.flag'), openings: vi('validation.job.openings') });
});

test('numbers are read only from digits: hexadecimal, exponents and decimal commas are refused; "7.000.000" is seven million', async () => {
  const garbage = await api('POST', '/api/v1/jobs', employerCookie, { ...job, wageMin: '0x7A1200', wageMax: '1e7', openings: '2,5' });
  expect(garbage.status).toBe(400);
  expect(Object.keys(garbage.body.error.fields).sort()).toEqual(['openings', 'wageMax', 'wageMin']);
  const typed = await api('POST', '/api/v1/jobs', employerCookie, { ...job, wageMin: '7.000.000', wageMax: '9 500 000', openings: '2' });
  expect(typed.status).toBe(201);
  expect(typed.body.job).toMatchObject({ wageMin: 7_000_000, wageMax: 9_500_000, openings: 2 });
  for (const openings of [0, -1, '0', '-3']) {
    const refused = await api('POST', '/api/v1/jobs', employerCookie, { ...job, openings });
    expect(refused.body.error.fields).toEqual({ openings: vi('validation.job.openings') });
  }
  const person = await makeReturnee(db, { counsellorId: counsellor.id });
  const limit = await api('GET', `/api/v1/returnees/${person.id}/matches?limit=0x10`, counsellorCookie);
  expect(limit.status).toBe(400);
  expect(limit.body.error.fields).toEqual({ limit: vi('validation.match.limit') });
});

test('the job search’s parameters: numbers only from digits, and every message at once', async () => {
  const search = async (query: string) => {
    const response = (await call(apiHandler, jsonRequest('GET', `/api/v1/jobs?${query}`), context)) as Response;
    return { status: response.status, body: (await response.json()) as Json };
  };
  const hex = await search('page=0x2&perPage=1e1');
  expect(hex.status).toBe(400);
  expect(hex.body.error.fields).toEqual({ page: vi('validation.page'), perPage: vi('validation.perPage') });
  const several = await search('wageFloor=nhieu&lat=15.1');
  expect(several.body.error.fields).toEqual({ wageFloor: vi('validation.wage.number'), lng: vi('validation.geo.both') });
});

// ── Vietnamese text in NFC ──────────────────────────────────────────────────────────────────────

test('a name typed with decomposed marks (NFD) is stored composed (NFC), from the page and the API, and the caseload search finds it', async () => {
  const name = 'Nguyễn Thị Hồng Nhung';
  const decomposed = name.normalize('NFD');
  expect(decomposed).not.toBe(name);
  const onPage = (await submit(
    intakeAction,
    '/caseload/new',
    { ...intake, fullName: decomposed, ethnicity: 'Xơ Đăng'.normalize('NFD'), needs: 'job' },
    counsellorCookie,
  )) as Response;
  expect(onPage.status).toBe(302);
  const byApi = await api('POST', '/api/v1/returnees', counsellorCookie, { ...intake, fullName: `${decomposed} B` });
  expect(byApi.status).toBe(201);
  expect(byApi.body.returnee.fullName).toBe(`${name} B`);
  const stored = await db.select().from(returnees).where(eq(returnees.provinceCode, '51'));
  const mine = stored.filter((r) => r.fullName.startsWith(name));
  expect(mine.map((r) => r.fullName).sort()).toEqual([name, `${name} B`]);
  expect(mine.find((r) => r.fullName === name)?.ethnicity).toBe('Xơ Đăng');

  for (const q of ['nguyen thi hong nhung', name, decomposed]) {
    const found = await page(caseloadLoader, `/caseload?q=${encodeURIComponent(q)}`, counsellorCookie);
    expect(found.rows.map((r: Json) => r.fullName).sort(), q).toEqual([name, `${name} B`]);
  }
  const posted = await api('POST', '/api/v1/jobs', employerCookie, { ...job, title: 'Thợ hàn ống nước'.normalize('NFD') });
  expect(posted.status).toBe(201);
  const [row] = await db.select().from(jobs).where(eq(jobs.id, posted.body.job.id));
  expect(row.title).toBe('Thợ hàn ống nước');
});
