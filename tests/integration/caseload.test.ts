// The caseload (issue 4, DESIGN.md §3) against a real Postgres: intake in the counsellor's own
// province (pre-release window, sane ages, no offence data stored anywhere), the profile (PATCH
// rules, certificate names, coordinates, status), consent with its wording, the filtered and
// audited caseload list, counselling notes, the person's sign-in, the returnee's own profile, the
// scope rules (404 outside it), the pages, and the OpenAPI document.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { apiHandler as meProfileAction, apiHandler as meProfileLoader } from '#tests/helpers.ts';
import { apiHandler as openApiLoader } from '#tests/helpers.ts';
import { apiHandler as returneesAction, apiHandler as returneesLoader } from '#tests/helpers.ts';
import { apiHandler as accountAction } from '#tests/helpers.ts';
import { apiHandler as consentAction } from '#tests/helpers.ts';
import { apiHandler as notesAction, apiHandler as notesLoader } from '#tests/helpers.ts';
import { apiHandler as returneeAction, apiHandler as returneeLoader } from '#tests/helpers.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { action as caseFileAction, loader as caseFileLoader } from '#app/routes/caseload.$id._index.tsx';
import { loader as caseloadLoader } from '#app/routes/caseload._index.tsx';
import { action as intakeAction, loader as intakeLoader } from '#app/routes/caseload.new.tsx';
import { action as meAction, loader as meLoader } from '#app/routes/me._index.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { cardVisibleCondition } from '#app/services/caseload/cards.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { defaultTestPassword, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { demoPassword, seedDemo } from '#server/seed/demo.ts';
import { auditLog, caseEvents, communes, consents, counsellingNotes, returneeCertificates, returnees, users } from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

async function cookieOf(user: { email: string | null; phone: string | null }, password = defaultTestPassword) {
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: user.email ?? user.phone, password }),
    context,
  )) as Response;
  expect(response.status).toBe(200);
  return cookieFrom(response);
}

type Fn = Parameters<typeof call>[0];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field below
type Json = Record<string, any>;

/** Calls an API route; returns the status and the JSON body. */
async function api(fn: Fn, method: string, path: string, cookie: string | null, body?: unknown, params: Record<string, string> = {}) {
  const response = (await call(fn, jsonRequest(method, path, body, cookie ? { Cookie: cookie } : {}), context, params)) as Response;
  return { status: response.status, body: (await response.json()) as Json };
}

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51', fullName: 'Lê Thị Mai Phương' });
const otherCounsellor = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
const employer = await makeUser(db, { role: 'employer' });
const [counsellorCookie, otherCookie, employerCookie] = [
  await cookieOf(counsellor),
  await cookieOf(otherCounsellor),
  await cookieOf(employer),
];

const intake = {
  fullName: 'Y Hoa',
  birthDate: '1996-04-02',
  sex: 'female',
  ethnicity: 'Xơ Đăng',
  phone: '',
  communeCode: '23302',
  releaseDate: vietnamDate(-30),
  releaseKind: 'amnesty',
  schoolingLevel: 'lower_secondary',
  needs: ['job', 'training'],
  availableFrom: vietnamDate(7),
};

let phones = 0;
/** A phone no other record of this file has (a phone already on a record is a second step at intake). */
const freshPhone = () => `0905 ${String(200_000 + ++phones).slice(0, 3)} ${String(200_000 + phones).slice(3)}`;

async function createPerson(overrides: Record<string, unknown> = {}, cookie = counsellorCookie) {
  const result = await api(returneesAction, 'POST', '/api/v1/returnees', cookie, { ...intake, phone: freshPhone(), ...overrides });
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body.returnee as Json;
}

const patch = (id: string, body: unknown, cookie = counsellorCookie) =>
  api(returneeAction, 'PATCH', `/api/v1/returnees/${id}`, cookie, body, { id });
const read = (id: string, cookie = counsellorCookie) => api(returneeLoader, 'GET', `/api/v1/returnees/${id}`, cookie, undefined, { id });

// ── Intake ──────────────────────────────────────────────────────────────────────────────────────

test('intake opens a record in the counsellor’s province with an intake event and a "create" audit row; the counsellor becomes theirs', async () => {
  const person = await createPerson({ phone: '0905 111 222' });
  expect(person).toMatchObject({
    fullName: 'Y Hoa',
    phone: '0905111222',
    provinceCode: '51',
    communeCode: '23302',
    releaseKind: 'amnesty',
    needs: ['job', 'training'],
    preRelease: false,
    caseloadStatus: 'active',
    shareCard: false,
    counsellor: { id: counsellor.id, fullName: 'Lê Thị Mai Phương' },
  });
  const [row] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(row.counsellorId).toBe(counsellor.id);
  const events = await db.select().from(caseEvents).where(eq(caseEvents.returneeId, person.id));
  expect(events).toMatchObject([{ kind: 'intake', actorUserId: counsellor.id, toStatus: 'active' }]);
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'create')));
  expect(audits).toMatchObject([{ actorUserId: counsellor.id, entityType: 'returnee' }]);
});

test('intake refuses a commune outside the counsellor’s province, and names every missing field', async () => {
  const outside = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, { ...intake, communeCode: '07774' });
  expect(outside.status).toBe(400);
  expect(outside.body.error.fields.communeCode).toMatch(/không thuộc tỉnh/);

  const empty = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {});
  expect(empty.status).toBe(400);
  expect(Object.keys(empty.body.error.fields).sort()).toEqual([
    'birthDate',
    'communeCode',
    'fullName',
    'releaseDate',
    'releaseKind',
    'sex',
  ]);

  const bad = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    phone: '12345',
    needs: ['job', 'money'],
    releaseKind: 'escaped',
    birthDate: '1990-02-30',
  });
  expect(bad.status).toBe(400);
  expect(Object.keys(bad.body.error.fields).sort()).toEqual(['birthDate', 'needs.1', 'phone', 'releaseKind']);
  expect(await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, '{not json')).toMatchObject({ status: 400 });
  for (const body of [[], 'text', null, 42, { ...intake, certificates: [null] }]) {
    const r = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, JSON.stringify(body));
    expect(r.status, JSON.stringify(body)).toBe(400);
  }
  const person = await createPerson();
  for (const body of [
    [],
    null,
    { skills: 'welding-arc' },
    { certificates: [null] },
    { workHistory: [{}] },
    { occupationWishes: [1] },
    { needs: 'job,food' },
  ]) {
    const r = await patch(person.id, body);
    expect(r.status, JSON.stringify(body)).toBe(400);
    expect(
      Object.values(r.body.error.fields ?? {}).every((m) => typeof m === 'string' && !/^[a-z]+\.[a-zA-Z.]+$/.test(m as string)),
      JSON.stringify(r.body),
    ).toBe(true);
  }
});

test('pre-release intake: a release date up to 92 days ahead is accepted (1–3 months before release), later is refused', async () => {
  for (const days of [0, 20, 45, 92]) {
    const person = await createPerson({ releaseDate: vietnamDate(days), availableFrom: vietnamDate(days) });
    expect(person.preRelease).toBe(days > 0);
    expect(person.caseloadStatus).toBe(days > 0 ? 'pre_release' : 'active');
  }
  const [event] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.kind, 'intake'), eq(caseEvents.toStatus, 'pre_release')));
  expect(event.details).toEqual({ preRelease: true });

  const tooFar = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    releaseDate: vietnamDate(93),
    availableFrom: undefined,
  });
  expect(tooFar.status).toBe(400);
  expect(tooFar.body.error.fields.releaseDate).toBe(translate('vi', 'caseload.validation.releaseTooFar'));
  expect(tooFar.body.error.fields.releaseDate).toMatch(/3 tháng/);

  const availableBeforeRelease = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    releaseDate: vietnamDate(30),
    availableFrom: vietnamDate(10),
  });
  expect(availableBeforeRelease.body.error.fields).toEqual({
    availableFrom: translate('vi', 'caseload.validation.availableBeforeRelease'),
  });
});

test('the birth date must make the person 16 to 80 years old', async () => {
  const year = Number(vietnamDate().slice(0, 4));
  const today = vietnamDate().slice(4);
  const tooYoung = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    birthDate: `${year - 15}${today}`,
  });
  expect(tooYoung.body.error.fields).toEqual({ birthDate: translate('vi', 'caseload.validation.age') });
  const tooOld = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    birthDate: `${year - 81}${today}`,
  });
  expect(tooOld.body.error.fields).toEqual({ birthDate: translate('vi', 'caseload.validation.age') });
  expect((await createPerson({ birthDate: `${year - 16}${today}` })).birthDate).toBe(`${year - 16}${today}`);
  const releasedBeforeBirth = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, {
    ...intake,
    releaseDate: '1990-01-01',
  });
  expect(releasedBeforeBirth.body.error.fields).toEqual({ releaseDate: translate('vi', 'caseload.validation.releaseBeforeBirth') });
});

test('no offence data: the API refuses an unknown field such as "offence", the form drops it, and it is stored nowhere', async () => {
  const sentinel = 'TOI-DANH-KHONG-DUOC-LUU-7f3a';
  const refused = await api(returneesAction, 'POST', '/api/v1/returnees', counsellorCookie, { ...intake, offence: sentinel });
  expect(refused.status).toBe(400);
  expect(refused.body.error.fields).toEqual({ offence: translate('vi', 'caseload.validation.unknownField') });

  const person = await createPerson();
  expect((await patch(person.id, { offence: sentinel, sentenceMonths: 24 })).body.error.fields).toEqual({
    offence: translate('vi', 'caseload.validation.unknownField'),
    sentenceMonths: translate('vi', 'caseload.validation.unknownField'),
  });
  expect((await patch(person.id, { skills: [{ code: 'welding-arc', level: 'can_work', offence: sentinel }] })).body.error.fields).toEqual({
    'skills.0.offence': translate('vi', 'caseload.validation.unknownField'),
  });
  expect(
    (
      await api(
        notesAction,
        'POST',
        `/api/v1/returnees/${person.id}/notes`,
        counsellorCookie,
        { contactDate: vietnamDate(), text: 'Gặp', offence: sentinel },
        { id: person.id },
      )
    ).status,
  ).toBe(400);

  // The intake page reads only its own fields: an extra posted field is ignored, not stored.
  const form = { ...intake, needs: 'job', offence: sentinel, sentence: sentinel };
  const created = (await call(
    intakeAction,
    formRequest('/caseload/new', form as Record<string, string>, { Cookie: counsellorCookie }),
    context,
  )) as Response;
  expect(created.status).toBe(302);

  const tables = await services.sql<
    { table_name: string }[]
  >`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`;
  for (const { table_name } of tables) {
    const [{ n }] = await services.sql.unsafe(`select count(*)::int as n from "${table_name}" t where t::text ilike $1`, [`%${sentinel}%`]);
    expect(n, table_name).toBe(0);
  }
  const columns = await services.sql<
    { column_name: string }[]
  >`select column_name from information_schema.columns where table_schema = 'public' and (column_name ilike '%offen%' or column_name ilike '%crime%' or column_name ilike '%sentence%')`;
  expect(columns).toEqual([]);
});

// ── Profile ─────────────────────────────────────────────────────────────────────────────────────

test('profile changes: skills with levels, certificates, history and wishes; left out keeps, null clears, lists are replaced whole; audited "update"', async () => {
  const person = await createPerson();
  const first = await patch(person.id, {
    skills: [
      { code: 'welding-arc', level: 'experienced' },
      { code: 'welding-safety', level: 'beginner' },
    ],
    certificates: [{ name: 'Chứng chỉ sơ cấp nghề Hàn điện', issuer: 'Trường Trung cấp nghề số 3', year: 2024 }],
    workHistory: [{ description: 'Phụ hàn ở xưởng cơ khí gia đình', occupationCode: 'welder', months: 18 }],
    occupationWishes: ['welder', 'construction-labourer'],
    workTypes: ['full_time', 'shift'],
    wageFloor: '7.500.000',
    maxTravelKm: 25,
    willingToMove: true,
    latitude: 14.35,
    longitude: 108.0,
  });
  expect(first.status, JSON.stringify(first.body)).toBe(200);
  expect(first.body.returnee).toMatchObject({
    skills: [
      { code: 'welding-safety', level: 'beginner' },
      { code: 'welding-arc', level: 'experienced' },
    ],
    certificates: [{ name: 'Chứng chỉ sơ cấp nghề Hàn điện', issuer: 'Trường Trung cấp nghề số 3', year: 2024 }],
    workHistory: [{ description: 'Phụ hàn ở xưởng cơ khí gia đình', occupation: { code: 'welder' }, months: 18 }],
    wishes: { workTypes: ['full_time', 'shift'], wageFloor: 7_500_000, maxTravelKm: 25, willingToMove: true },
    latitude: 14.35,
    longitude: 108,
    needs: ['job', 'training'],
  });
  expect(first.body.returnee.wishes.occupations.map((o: Json) => o.code).sort()).toEqual(['construction-labourer', 'welder']);

  // Only skills given: everything else stays; skills are replaced whole.
  const second = await patch(person.id, { skills: [{ code: 'masonry-bricklaying', level: 'can_work' }] });
  expect(second.body.returnee.skills).toMatchObject([{ code: 'masonry-bricklaying', level: 'can_work' }]);
  expect(second.body.returnee.certificates).toHaveLength(1);
  expect(second.body.returnee.wishes.wageFloor).toBe(7_500_000);

  // null clears (a list to empty), fields that an intake requires cannot be cleared.
  const third = await patch(person.id, {
    certificates: null,
    wageFloor: null,
    needs: [],
    ethnicity: null,
    latitude: null,
    longitude: null,
  });
  expect(third.body.returnee).toMatchObject({
    certificates: [],
    needs: [],
    ethnicity: null,
    latitude: null,
    wishes: { wageFloor: null, maxTravelKm: 25 },
  });
  const cleared = await patch(person.id, { fullName: null, birthDate: '', releaseKind: null });
  expect(cleared.status).toBe(400);
  expect(Object.keys(cleared.body.error.fields).sort()).toEqual(['birthDate', 'fullName', 'releaseKind']);

  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'update')));
  expect(audits.length).toBeGreaterThanOrEqual(3);
  expect(audits.every((a) => a.actorUserId === counsellor.id)).toBe(true);
  expect(audits.map((a) => a.reason)).toContain('profile: skills');
  const events = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, person.id), eq(caseEvents.kind, 'profile')));
  expect(events).toHaveLength(3);
});

test('profile rules: unknown skills and trades, repeated skills, missing levels, typed-in-millions wages are refused per field', async () => {
  const person = await createPerson();
  const result = await patch(person.id, {
    skills: [
      { code: 'welding-arc', level: 'expert' },
      { code: 'juggling', level: 'beginner' },
      { code: 'welding-arc', level: 'beginner' },
    ],
    occupationWishes: ['welder', 'astronaut'],
    workHistory: [{ description: 'Làm vườn', occupationCode: 'astronaut' }],
    wageFloor: 6,
    maxTravelKm: 0,
  });
  expect(result.status).toBe(400);
  // A skill named twice is marked with the other mistakes, not after they are fixed.
  expect(Object.keys(result.body.error.fields).sort()).toEqual(['maxTravelKm', 'skills.0.level', 'skills.2.code', 'wageFloor']);
  const twice = await patch(person.id, {
    skills: [
      { code: 'welding-arc', level: 'beginner' },
      { code: 'welding-arc', level: 'can_work' },
    ],
  });
  expect(twice.body.error.fields).toEqual({ 'skills.1.code': translate('vi', 'caseload.validation.skillTwice') });
  expect((await patch(person.id, { skills: [{ code: 'welding-arc' }] })).body.error.fields).toEqual({
    'skills.0.level': translate('vi', 'caseload.validation.skillLevel'),
  });
  // Codes are checked against the lists once the shapes are right.
  const codes = await patch(person.id, {
    skills: [{ code: 'juggling', level: 'beginner' }],
    occupationWishes: ['welder', 'astronaut'],
    workHistory: [{ description: 'Làm vườn', occupationCode: 'astronaut' }],
  });
  expect(codes.body.error.fields).toEqual({
    'skills.0.code': translate('vi', 'validation.skills.invalid'),
    'occupationWishes.1': translate('vi', 'validation.occupation.unknown'),
    'workHistory.0.occupationCode': translate('vi', 'validation.occupation.unknown'),
  });
});

test('a certificate name with a word for the past is refused (employers read it); the issuer may say where it was earned', async () => {
  const person = await createPerson();
  const refused = await patch(person.id, {
    certificates: [{ name: 'Chứng chỉ may công nghiệp – Trại giam Kim Sơn' }, { name: 'Prison welding course' }],
  });
  expect(refused.body.error.fields).toEqual({
    'certificates.0.name': translate('vi', 'caseload.validation.certificatePastLabel'),
    'certificates.1.name': translate('vi', 'caseload.validation.certificatePastLabel'),
  });
  const accepted = await patch(person.id, {
    certificates: [{ name: 'Chứng chỉ sơ cấp nghề May công nghiệp', issuer: 'Trại giam Kim Sơn', year: 2025 }],
  });
  expect(accepted.status).toBe(200);
  expect(accepted.body.returnee.certificates).toMatchObject([
    { name: 'Chứng chỉ sơ cấp nghề May công nghiệp', issuer: 'Trại giam Kim Sơn' },
  ]);
  const future = await patch(person.id, { certificates: [{ name: 'Chứng chỉ hàn', year: Number(vietnamDate(400).slice(0, 4)) + 1 }] });
  expect(future.body.error.fields).toEqual({ 'certificates.0.year': translate('vi', 'caseload.validation.certificateYear') });
});

test('home coordinates: both or neither, and inside Viet Nam; a changed commune must be in the province', async () => {
  const person = await createPerson();
  expect((await patch(person.id, { latitude: 14.3 })).body.error.fields).toEqual({ longitude: translate('vi', 'validation.geo.both') });
  expect((await patch(person.id, { latitude: 48.85, longitude: 2.35 })).body.error.fields).toMatchObject({
    latitude: translate('vi', 'validation.geo.lat'),
    longitude: translate('vi', 'validation.geo.lng'),
  });
  expect((await patch(person.id, { latitude: 14.3, longitude: 108.1 })).status).toBe(200);
  expect((await patch(person.id, { longitude: null })).body.error.fields).toEqual({ longitude: translate('vi', 'validation.geo.both') });
  expect((await patch(person.id, { communeCode: '07774' })).body.error.fields).toEqual({
    communeCode: translate('vi', 'caseload.validation.communeNotInProvince'),
  });
  expect((await patch(person.id, { communeCode: '23293' })).body.returnee.communeCode).toBe('23293');
});

test('a counsellor closes and reopens a record; "placed" cannot be set by hand', async () => {
  const person = await createPerson();
  expect((await patch(person.id, { status: 'placed' })).status).toBe(400);
  expect(
    (await patch(person.id, { status: 'closed', closeReason: 'no_longer_needed', closedOn: vietnamDate() })).body.returnee.status,
  ).toBe('closed');
  expect((await patch(person.id, { status: 'active' })).body.returnee.status).toBe('active');
  await db.update(returnees).set({ status: 'placed' }).where(eq(returnees.id, person.id));
  expect((await patch(person.id, { status: 'active' })).status).toBe(409);
  const events = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, person.id), eq(caseEvents.kind, 'case.status')));
  expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual(
    expect.arrayContaining([
      ['active', 'closed'],
      ['closed', 'active'],
    ]),
  );
});

test('scope: another province’s counsellor gets 404, an employer 403, a returnee 404 for another’s record (403 on staff-only endpoints); none is audited as a read', async () => {
  const person = await createPerson();
  const someone = await makeUser(db, { role: 'returnee' });
  await makeReturnee(db, { userId: someone.id, fullName: 'Người khác' });
  const someoneCookie = await cookieOf(someone);
  // A returnee may never use the staff-only endpoints (change a record, read notes): 403 whatever the id.
  for (const [cookie, status, staffStatus] of [
    [otherCookie, 404, 404],
    [employerCookie, 403, 403],
    [someoneCookie, 404, 403],
  ] as const) {
    expect((await read(person.id, cookie)).status).toBe(status);
    expect((await patch(person.id, { maxTravelKm: 5 }, cookie)).status).toBe(staffStatus);
    expect((await api(notesLoader, 'GET', `/api/v1/returnees/${person.id}/notes`, cookie, undefined, { id: person.id })).status).toBe(
      staffStatus,
    );
    expect(
      (await api(consentAction, 'POST', `/api/v1/returnees/${person.id}/consent`, cookie, { granted: true }, { id: person.id })).status,
    ).toBe(status);
  }
  expect((await read('not-a-uuid')).status).toBe(404);
  expect((await read('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await read(person.id, null as unknown as string)).status).toBe(401);
  const reads = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'read')));
  expect(reads).toEqual([]);
  // The counsellor's own read is audited.
  expect((await read(person.id)).status).toBe(200);
  expect(
    await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'read'))),
  ).toMatchObject([{ actorUserId: counsellor.id }]);
});

// ── Consent ─────────────────────────────────────────────────────────────────────────────────────

test('consent to an anonymised card is stored with who, when and the wording shown; the person withdraws it and the card disappears at once', async () => {
  const person = await createPerson();
  const user = await makeUser(db, { role: 'returnee' });
  await db.update(returnees).set({ userId: user.id }).where(eq(returnees.id, person.id));
  const personCookie = await cookieOf(user);
  const visible = async () =>
    (
      await db
        .select({ id: returnees.id })
        .from(returnees)
        .where(and(eq(returnees.id, person.id), cardVisibleCondition()))
    ).length === 1;

  expect(await visible()).toBe(false);
  const granted = await api(
    consentAction,
    'POST',
    `/api/v1/returnees/${person.id}/consent`,
    counsellorCookie,
    { granted: true },
    { id: person.id },
  );
  expect(granted.status).toBe(200);
  expect(granted.body.returnee).toMatchObject({ shareCard: true, cardConsent: { granted: true, recordedBy: 'Lê Thị Mai Phương' } });
  expect(await visible()).toBe(true);
  const [stored] = await db.select().from(consents).where(eq(consents.returneeId, person.id));
  expect(stored).toMatchObject({
    scope: 'anonymised_card',
    granted: true,
    recordedById: counsellor.id,
    wording: translate('vi', 'caseload.consent.cardWording'),
  });
  expect(stored.wording).toMatch(/rút lại/);
  expect(stored.at).toBeInstanceOf(Date);

  const withdrawn = await api(meProfileAction, 'PATCH', '/api/v1/me/profile', personCookie, { shareCard: false });
  expect(withdrawn.status).toBe(200);
  expect(withdrawn.body.returnee.shareCard).toBe(false);
  expect(await visible()).toBe(false);
  const history = await db.select().from(consents).where(eq(consents.returneeId, person.id)).orderBy(consents.at);
  expect(history.map((c) => [c.granted, c.recordedById])).toEqual([
    [true, counsellor.id],
    [false, user.id],
  ]);
  const events = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, person.id), eq(caseEvents.kind, 'consent.card')))
    .orderBy(caseEvents.id);
  expect(events.map((e) => [e.toStatus, e.actorUserId])).toEqual([
    ['granted', counsellor.id],
    ['withdrawn', user.id],
  ]);
  // The person may also record it through the record's consent endpoint.
  expect(
    (await api(consentAction, 'POST', `/api/v1/returnees/${person.id}/consent`, personCookie, { granted: true }, { id: person.id })).body
      .returnee.shareCard,
  ).toBe(true);
  expect(
    (await api(consentAction, 'POST', `/api/v1/returnees/${person.id}/consent`, counsellorCookie, { granted: 'maybe' }, { id: person.id }))
      .status,
  ).toBe(400);
});

// ── Caseload list ───────────────────────────────────────────────────────────────────────────────

test('the caseload lists only the province’s people, with filters, 20 per page and a total, and audits each view with the ids shown', async () => {
  // Hà Nội (01) holds only this test's people.
  const hanoiCommunes = (await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '01')).limit(2)).map(
    (c) => c.code,
  );
  const hanoi = await makeUser(db, { role: 'counsellor', provinceCode: '01' });
  const hanoiCookie = await cookieOf(hanoi);
  const day = 86_400_000;
  const base = { provinceCode: '01', communeCode: hanoiCommunes[0], counsellorId: hanoi.id };
  const people = {
    lan: await makeReturnee(db, {
      ...base,
      fullName: 'Nguyễn Thị Lan',
      phone: '0912345678',
      needs: ['loan'],
      releaseDate: vietnamDate(-10),
      lastContactAt: new Date(Date.now() - 2 * day),
    }),
    duc: await makeReturnee(db, {
      ...base,
      fullName: 'Trần Văn Đức',
      needs: ['job', 'legal'],
      releaseDate: vietnamDate(-200),
      lastContactAt: new Date(Date.now() - 60 * day),
    }),
    minh: await makeReturnee(db, {
      ...base,
      fullName: 'Phạm Minh',
      needs: ['training'],
      releaseDate: vietnamDate(40),
      communeCode: hanoiCommunes[1],
    }),
    placed: await makeReturnee(db, {
      ...base,
      fullName: 'Đỗ Văn Có Việc',
      status: 'placed',
      needs: ['job'],
      releaseDate: vietnamDate(-100),
    }),
    closed: await makeReturnee(db, { ...base, fullName: 'Vũ Thị Đóng', status: 'closed', needs: [], releaseDate: vietnamDate(-300) }),
  };
  for (let i = 0; i < 20; i++)
    await makeReturnee(db, { ...base, fullName: `Zz Người ${String(i).padStart(2, '0')}`, needs: ['job'], releaseDate: vietnamDate(-500) });
  await makeReturnee(db, { fullName: 'Người Quảng Ngãi', provinceCode: '51' });

  const list = async (query: string, cookie = hanoiCookie) => {
    const r = await api(returneesLoader, 'GET', `/api/v1/returnees${query}`, cookie);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { returnees: Json[]; total: number; page: number; pages: number; perPage: number };
  };
  const names = async (query: string) => (await list(query)).returnees.map((r) => r.fullName);

  const page1 = await list('');
  expect(page1).toMatchObject({ total: 25, page: 1, pages: 2, perPage: 20 });
  expect(page1.returnees).toHaveLength(20);
  expect(page1.returnees.some((r) => r.fullName === 'Người Quảng Ngãi')).toBe(false);
  expect((await list('?page=2')).returnees).toHaveLength(5);

  expect((await names('?needs=loan,legal')).sort()).toEqual(['Nguyễn Thị Lan', 'Trần Văn Đức']);
  expect(await names('?status=pre_release')).toEqual(['Phạm Minh']);
  expect(await names('?status=placed')).toEqual(['Đỗ Văn Có Việc']);
  expect(await names('?status=closed')).toEqual(['Vũ Thị Đóng']);
  expect((await list('?status=active')).total).toBe(22);
  expect(await names(`?communeCode=${hanoiCommunes[1]}`)).toEqual(['Phạm Minh']);
  expect(await names('?contactedWithinDays=7')).toEqual(['Nguyễn Thị Lan']);
  expect((await list('?noContactDays=30')).total).toBe(24);
  expect(await names('?noContactDays=30&needs=legal')).toEqual(['Trần Văn Đức']);
  expect(await names('?releasedWithinDays=30')).toEqual(['Nguyễn Thị Lan']);
  expect(await names('?q=tran%20van%20duc')).toEqual(['Trần Văn Đức']);
  // Diacritics are ignored both ways ("Lân" and "lan" find "Lan"); word order within the name counts.
  expect(await names('?q=L%C3%A2n')).toEqual(['Nguyễn Thị Lan']);
  expect(await names('?q=nguyen%20lan')).toEqual(['Nguyễn Thị Lan']);
  expect(await names('?q=lan%20nguyen')).toEqual([]);
  expect(await names('?q=0912%20345')).toEqual(['Nguyễn Thị Lan']);
  expect((await list('?sort=last_contact')).returnees[0].lastContactAt).toBeNull();

  const invalid = await api(returneesLoader, 'GET', '/api/v1/returnees?status=gone&noContactDays=-1', hanoiCookie);
  expect(invalid.status).toBe(400);
  expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['noContactDays', 'status']);
  expect((await api(returneesLoader, 'GET', '/api/v1/returnees', employerCookie)).status).toBe(403);

  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, hanoi.id), eq(auditLog.action, 'list')));
  const viewed = audits.find((a) => (a.details as Json).filter.needs?.join() === 'loan,legal');
  expect(viewed).toMatchObject({ entityType: 'returnee', entityId: null });
  expect(((viewed!.details as Json).ids as string[]).sort()).toEqual([people.lan.id, people.duc.id].sort());
});

// ── Notes ───────────────────────────────────────────────────────────────────────────────────────

test('counselling notes: dated not after today, 1–2000 characters, newest contact first; each moves the last contact and goes on the timeline', async () => {
  const person = await createPerson();
  const add = (body: unknown) =>
    api(notesAction, 'POST', `/api/v1/returnees/${person.id}/notes`, counsellorCookie, body, { id: person.id });
  expect((await add({ contactDate: vietnamDate(1), text: 'Hẹn gặp' })).body.error.fields).toEqual({
    contactDate: translate('vi', 'caseload.validation.contactDateFuture'),
  });
  expect(Object.keys((await add({ contactDate: vietnamDate(), text: 'x'.repeat(2001) })).body.error.fields)).toEqual(['text']);
  expect(Object.keys((await add({ contactDate: '', text: '  ' })).body.error.fields).sort()).toEqual(['contactDate', 'text']);

  const older = await add({ contactDate: vietnamDate(-10), text: 'Gọi điện hỏi thăm, anh muốn học nghề hàn.' });
  expect(older.status).toBe(201);
  const [afterOlder] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(afterOlder.lastContactAt!.toISOString()).toBe(new Date(`${vietnamDate(-10)}T12:00:00+07:00`).toISOString());
  const newer = await add({ contactDate: vietnamDate(), text: 'Gặp tại trung tâm, giới thiệu lớp hàn sơ cấp.' });
  expect(newer.body.note).toMatchObject({ contactDate: vietnamDate(), author: 'Lê Thị Mai Phương' });
  const [afterNewer] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(Date.now() - afterNewer.lastContactAt!.getTime()).toBeLessThan(60_000);
  // An older note entered later does not move "last contact" back.
  await add({ contactDate: vietnamDate(-20), text: 'Ghi bổ sung cuộc gặp trước.' });
  const [afterBackdated] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(afterBackdated.lastContactAt).toEqual(afterNewer.lastContactAt);

  const listed = await api(notesLoader, 'GET', `/api/v1/returnees/${person.id}/notes`, counsellorCookie, undefined, { id: person.id });
  expect(listed.body.notes.map((n: Json) => n.contactDate)).toEqual([vietnamDate(), vietnamDate(-10), vietnamDate(-20)]);
  const events = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, person.id), eq(caseEvents.kind, 'note')));
  expect(events).toHaveLength(3);
  expect(await db.select().from(counsellingNotes).where(eq(counsellingNotes.returneeId, person.id))).toHaveLength(3);
});

// ── Sign-in ─────────────────────────────────────────────────────────────────────────────────────

test('a counsellor creates the person’s sign-in with a one-time code shown once (stored only hashed); the person signs in with it; a second one is a conflict', async () => {
  const person = await createPerson({ phone: '0977000111' });
  const create = (body: unknown, id = person.id) =>
    api(accountAction, 'POST', `/api/v1/returnees/${id}/account`, counsellorCookie, body, { id });
  expect((await create({ phone: '0977000111', method: 'password', password: 'ngan' })).body.error.fields).toEqual({
    password: translate('vi', 'validation.password.tooShort'),
  });
  expect(Object.keys((await create({ phone: '123', method: 'sms' })).body.error.fields).sort()).toEqual(['method', 'phone']);

  const created = await create({ phone: '+84 977 000 111', method: 'code' });
  expect(created.status).toBe(201);
  const { oneTimeCode, userId, phone } = created.body.account;
  expect(phone).toBe('0977000111');
  expect(oneTimeCode).toMatch(/^\d{8}$/);
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  expect(user).toMatchObject({ role: 'returnee', phone: '0977000111', fullName: 'Y Hoa' });
  expect(user.passwordHash).not.toContain(oneTimeCode);
  const [linked] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(linked.userId).toBe(userId);
  // The code is nowhere in the database.
  const [{ n }] = await services.sql.unsafe(`select count(*)::int as n from audit_log t where t::text like $1`, [`%${oneTimeCode}%`]);
  expect(n).toBe(0);

  const personCookie = await cookieOf({ email: null, phone: '0977000111' }, oneTimeCode);
  const own = await api(meProfileLoader, 'GET', '/api/v1/me/profile', personCookie);
  expect(own.body.returnee).toMatchObject({ id: person.id, fullName: 'Y Hoa' });

  expect((await create({ phone: '0977000222', method: 'code' })).body.error.code).toBe('conflict');
  const other = await createPerson();
  const taken = await create({ phone: '0977000111', method: 'password', password: 'mat-khau-dai-du' }, other.id);
  expect(taken.status).toBe(409);
  expect(taken.body.error.message).toBe(translate('vi', 'caseload.account.phoneTaken'));
  const withPassword = await create({ phone: '0977000333', method: 'password', password: 'mat-khau-dai-du' }, other.id);
  expect(withPassword.body.account.oneTimeCode).toBeNull();

  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)));
  expect(audits).toMatchObject([{ action: 'create', actorUserId: counsellor.id, details: { returneeId: person.id, method: 'code' } }]);
  expect(
    (
      await api(
        accountAction,
        'POST',
        `/api/v1/returnees/${other.id}/account`,
        otherCookie,
        { phone: '0977000444', method: 'code' },
        { id: other.id },
      )
    ).status,
  ).toBe(404);
});

// ── The person's own profile ────────────────────────────────────────────────────────────────────

test('a returnee sees and edits only their own skills, wishes and consent; not their name; another person’s record is 404', async () => {
  const person = await createPerson();
  const user = await makeUser(db, { role: 'returnee' });
  await db.update(returnees).set({ userId: user.id }).where(eq(returnees.id, person.id));
  const cookie = await cookieOf(user);
  const stranger = await createPerson({ fullName: 'Người lạ' });

  const changed = await api(meProfileAction, 'PATCH', '/api/v1/me/profile', cookie, {
    skills: [{ code: 'welding-arc', level: 'can_work' }],
    occupationWishes: ['welder'],
    workTypes: ['full_time'],
    wageFloor: 8_000_000,
    maxTravelKm: 30,
    willingToMove: true,
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  expect(changed.body.returnee).toMatchObject({
    skills: [{ code: 'welding-arc', level: 'can_work' }],
    wishes: { wageFloor: 8_000_000, willingToMove: true },
  });
  const [event] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, person.id), eq(caseEvents.kind, 'profile')));
  expect(event.actorUserId).toBe(user.id);

  const name = await api(meProfileAction, 'PATCH', '/api/v1/me/profile', cookie, { fullName: 'Tên khác', releaseDate: vietnamDate() });
  expect(name.status).toBe(400);
  expect(Object.keys(name.body.error.fields).sort()).toEqual(['fullName', 'releaseDate']);

  expect((await read(person.id, cookie)).status).toBe(200);
  expect((await read(stranger.id, cookie)).status).toBe(404);
  expect((await patch(person.id, { maxTravelKm: 3 }, cookie)).status).toBe(403);
  expect((await api(notesLoader, 'GET', `/api/v1/returnees/${person.id}/notes`, cookie, undefined, { id: person.id })).status).toBe(403);
  expect((await api(notesLoader, 'GET', `/api/v1/returnees/${stranger.id}/notes`, cookie, undefined, { id: stranger.id })).status).toBe(
    403,
  );
  expect((await api(meProfileLoader, 'GET', '/api/v1/me/profile', counsellorCookie)).status).toBe(403);
  const unlinked = await makeUser(db, { role: 'returnee' });
  expect((await api(meProfileLoader, 'GET', '/api/v1/me/profile', await cookieOf(unlinked))).status).toBe(404);
  // The person's own reads are not staff reads: no audit row.
  expect(
    await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, person.id), eq(auditLog.actorUserId, user.id))),
  ).toEqual([]);
});

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────

const page = (fn: Fn, path: string, cookie: string, params: Record<string, string> = {}) =>
  call(fn, new Request(`http://127.0.0.1:3000${path}`, { headers: { Cookie: cookie } }), context, params);
const submit = async (fn: Fn, path: string, fields: Record<string, string>, cookie: string, params: Record<string, string> = {}) => {
  const result = await call(fn, formRequest(path, fields, { Cookie: cookie }), context, params);
  return result instanceof Response ? result : unwrap<Json>(result);
};

test('pages: the intake form creates a record and opens it; field messages come back with the typed values', async () => {
  const loaded = (await page(intakeLoader, '/caseload/new', counsellorCookie)) as Json;
  expect(loaded.place.provinceName).toBe('Quảng Ngãi');
  expect(loaded.place.communes.length).toBeGreaterThan(10);
  const missing = (await submit(intakeAction, '/caseload/new', { fullName: 'A Blưm', releaseDate: vietnamDate(-3) }, counsellorCookie)) as {
    data: Json;
    status: number;
  };
  expect(missing.status).toBe(400);
  expect(Object.keys(missing.data.fields).sort()).toEqual(['birthDate', 'communeCode', 'releaseKind', 'sex']);
  expect(missing.data.values.fullName).toBe('A Blưm');
  const refused = (await submit(
    intakeAction,
    '/caseload/new',
    { ...intake, needs: 'job', releaseDate: vietnamDate(120), availableFrom: '' },
    counsellorCookie,
  )) as { data: Json; status: number };
  expect(refused.data.fields).toEqual({ releaseDate: translate('vi', 'caseload.validation.releaseTooFar') });
  const created = (await submit(
    intakeAction,
    '/caseload/new',
    { ...intake, fullName: 'A Blưm', needs: 'job,loan', releaseDate: vietnamDate(60), availableFrom: vietnamDate(61) },
    counsellorCookie,
  )) as Response;
  expect(created.status).toBe(302);
  expect(created.headers.get('Location')).toMatch(/^\/caseload\/[0-9a-f-]{36}\?created=1$/);
  expect((await page(intakeLoader, '/caseload/new', employerCookie)) as Response).toMatchObject({ status: 403 });
});

test('pages: the caseload page lists and filters; the profile page shows the record, notes and timeline and saves each form', async () => {
  const person = await createPerson({ fullName: 'Đinh Văn Pháp', releaseDate: vietnamDate(30), availableFrom: vietnamDate(30) });
  const listed = (await page(caseloadLoader, '/caseload?q=dinh%20van%20phap&status=pre_release', counsellorCookie)) as Json;
  expect(listed.rows.map((r: Json) => r.fullName)).toEqual(['Đinh Văn Pháp']);
  expect(listed.values.q).toBe('dinh van phap');
  expect(listed.filtered).toBe(true);
  const badFilter = (await page(caseloadLoader, '/caseload?noContactDays=abc', counsellorCookie)) as Json;
  expect(Object.keys(badFilter.invalid)).toEqual(['noContactDays']);
  expect(badFilter.total).toBeGreaterThan(0);

  const params = { id: person.id };
  const path = `/caseload/${person.id}`;
  const experience = (await submit(
    caseFileAction,
    path,
    {
      intent: 'experience',
      'skills.0.code': 'welding-arc',
      'skills.0.level': 'can_work',
      'skills.1.code': '',
      'skills.1.level': '',
      'skills.2.code': 'welding-safety',
      'skills.2.level': '',
      'certificates.0.name': 'Chứng chỉ hàn',
      'certificates.0.issuer': '',
      'certificates.0.year': '2023',
      'workHistory.0.description': '',
      'workHistory.0.occupationCode': '',
      'workHistory.0.months': '',
    },
    counsellorCookie,
    params,
  )) as { data: Json; status: number };
  // The blank row is skipped, so the missing level is on the second row the service saw.
  expect(experience.status).toBe(400);
  expect(experience.data.fields).toEqual({ 'skills.1.level': translate('vi', 'caseload.validation.skillLevel') });
  expect(experience.data.values['skills.1.code']).toBe('welding-safety');

  const saved = (await submit(
    caseFileAction,
    path,
    {
      intent: 'experience',
      'skills.0.code': 'welding-arc',
      'skills.0.level': 'can_work',
      'certificates.0.name': 'Chứng chỉ hàn',
      'certificates.0.year': '2023',
    },
    counsellorCookie,
    params,
  )) as { data: Json };
  expect(saved.data).toMatchObject({ ok: true, target: 'experience' });
  const wishes = (await submit(
    caseFileAction,
    path,
    {
      intent: 'wishes',
      needs: 'job',
      occupationWishes: 'welder',
      workTypes: 'full_time',
      wageFloor: '7.000.000',
      maxTravelKm: '15',
      availableFrom: vietnamDate(30),
    },
    counsellorCookie,
    params,
  )) as { data: Json };
  expect(wishes.data.ok).toBe(true);
  const details = (await submit(
    caseFileAction,
    path,
    {
      ...intake,
      needs: 'job',
      intent: 'details',
      fullName: 'Đinh Văn Pháp',
      releaseDate: vietnamDate(30),
      status: 'active',
      statusWas: 'active',
      latitude: '',
      longitude: '',
    },
    counsellorCookie,
    params,
  )) as { data: Json };
  expect(details.data.ok).toBe(true);
  const consent = (await submit(caseFileAction, path, { intent: 'consent', granted: 'yes' }, counsellorCookie, params)) as { data: Json };
  expect(consent.data.message).toBe(translate('vi', 'caseload.consent.granted'));
  const note = (await submit(
    caseFileAction,
    path,
    { intent: 'note', contactDate: vietnamDate(), text: 'Tư vấn nghề hàn.' },
    counsellorCookie,
    params,
  )) as { data: Json };
  expect(note.data.ok).toBe(true);
  const account = (await submit(
    caseFileAction,
    path,
    { intent: 'account', phone: '0966123456', method: 'code', password: '' },
    counsellorCookie,
    params,
  )) as {
    data: Json;
  };
  expect(account.data.secret).toMatch(/^\d{8}$/);
  const again = (await submit(
    caseFileAction,
    path,
    { intent: 'account', phone: '0966123457', method: 'code' },
    counsellorCookie,
    params,
  )) as { data: Json; status: number };
  expect(again.status).toBe(409);

  const file = (await page(caseFileLoader, path, counsellorCookie, params)) as Json;
  expect(file.profile).toMatchObject({
    fullName: 'Đinh Văn Pháp',
    preRelease: true,
    shareCard: true,
    needs: ['job'],
    skills: [{ code: 'welding-arc', level: 'can_work' }],
    certificates: [{ name: 'Chứng chỉ hàn', year: 2023 }],
    wishes: { wageFloor: 7_000_000, maxTravelKm: 15 },
    account: { phone: '0966123456' },
  });
  expect(file.values['skills.0.code']).toBe('welding-arc');
  expect(file.notes).toMatchObject([{ text: 'Tư vấn nghề hàn.' }]);
  expect(file.wording).toBe(translate('vi', 'caseload.consent.cardWording'));
  const texts = file.timeline.map((e: Json) => e.text);
  for (const key of [
    'timeline.intake.pre_release',
    'timeline.profile',
    'timeline.consent.card.granted',
    'timeline.note',
    'timeline.account',
  ] as const) {
    expect(texts).toContain(translate('vi', key));
  }
  // Viewing the page is one audited read.
  const reads = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'read')));
  expect(reads).toHaveLength(1);
  expect(await page(caseFileLoader, path, otherCookie, params)).toMatchObject({ status: 404 });
});

test('pages: /me shows the person’s own profile and saves skills, wishes and consent', async () => {
  const person = await createPerson({ fullName: 'Hồ Văn Tự' });
  const user = await makeUser(db, { role: 'returnee' });
  await db.update(returnees).set({ userId: user.id }).where(eq(returnees.id, person.id));
  const cookie = await cookieOf(user);
  const loaded = (await page(meLoader, '/me', cookie)) as Json;
  expect(loaded.profile).toMatchObject({ id: person.id, fullName: 'Hồ Văn Tự' });

  const skills = (await submit(
    meAction,
    '/me',
    { intent: 'ownSkills', 'skills.0.code': 'cooking-vietnamese', 'skills.0.level': 'experienced' },
    cookie,
  )) as { data: Json };
  expect(skills.data.ok).toBe(true);
  const wishes = (await submit(
    meAction,
    '/me',
    { intent: 'ownWishes', occupationWishes: 'cook', wageFloor: '6', fullName: 'Đổi tên' },
    cookie,
  )) as { data: Json; status: number };
  expect(wishes.status).toBe(400);
  expect(Object.keys(wishes.data.fields)).toEqual(['wageFloor']);
  const consent = (await submit(meAction, '/me', { intent: 'consent', granted: 'yes' }, cookie)) as { data: Json };
  expect(consent.data.ok).toBe(true);

  const after = (await page(meLoader, '/me', cookie)) as Json;
  expect(after.profile).toMatchObject({
    fullName: 'Hồ Văn Tự',
    shareCard: true,
    skills: [{ code: 'cooking-vietnamese', level: 'experienced' }],
  });
  expect(await page(meLoader, '/me', counsellorCookie)).toMatchObject({ status: 403 });
  const unlinked = await makeUser(db, { role: 'returnee' });
  expect(((await page(meLoader, '/me', await cookieOf(unlinked))) as Json).profile).toBeNull();
});

test('the OpenAPI document lists the caseload operations with their schemas', async () => {
  const response = (await call(openApiLoader, jsonRequest('GET', '/api/v1/openapi.json'), context)) as Response;
  const doc = (await response.json()) as Json;
  for (const [path, methods] of Object.entries({
    '/api/v1/returnees': ['get', 'post'],
    '/api/v1/returnees/{id}': ['get', 'patch'],
    '/api/v1/returnees/{id}/consent': ['post'],
    '/api/v1/returnees/{id}/notes': ['get', 'post'],
    '/api/v1/returnees/{id}/account': ['post'],
    '/api/v1/me/profile': ['get', 'patch'],
  })) {
    for (const method of methods) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
  const intakeBody = doc.paths['/api/v1/returnees'].post.requestBody.content['application/json'].schema;
  expect(Object.keys(intakeBody.properties)).toContain('releaseDate');
  expect(intakeBody.additionalProperties).toBe(false);
  expect(Object.keys(intakeBody.properties).filter((k) => /offen|crime|sentence|charge/i.test(k))).toEqual([]);
});

// ── Demo data ───────────────────────────────────────────────────────────────────────────────────

test('demo data: the returnee 0900000001 signs in to a Quảng Ngãi welder’s profile kept by canbo@demo.vn; most demo people share a card', async () => {
  expect(await seedDemo(db)).toBe(true);
  const cookie = await cookieOf({ email: null, phone: '0900000001' }, demoPassword);
  const own = (await api(meProfileLoader, 'GET', '/api/v1/me/profile', cookie)).body.returnee as Json;
  expect(own).toMatchObject({
    provinceCode: '51',
    shareCard: true,
    counsellor: { fullName: 'Lê Thị Mai Phương' },
    cardConsent: { granted: true },
  });
  expect(own.skills.map((s: Json) => s.code)).toEqual(expect.arrayContaining(['welding-arc', 'welding-safety']));
  expect(own.wishes.occupations.map((o: Json) => o.code)).toContain('welder');
  const [canbo] = await db.select().from(users).where(eq(users.email, 'canbo@demo.vn'));
  const [linked] = await db.select().from(returnees).where(eq(returnees.id, own.id));
  expect(linked.counsellorId).toBe(canbo.id);

  const demo = await db.select().from(returnees).where(eq(returnees.counsellorId, canbo.id));
  expect(demo.filter((r) => r.shareCard).length).toBeGreaterThan(demo.length / 2);
  expect(demo.some((r) => !r.shareCard)).toBe(true);
  const file = (await page(caseFileLoader, `/caseload/${own.id}`, await cookieOf({ email: 'canbo@demo.vn', phone: null }, demoPassword), {
    id: own.id,
  })) as Json;
  expect(file.notes.length).toBeGreaterThanOrEqual(2);
  expect(file.profile.certificates.length).toBeGreaterThan(0);
  expect(file.timeline.map((e: Json) => e.kind)).toEqual(expect.arrayContaining(['intake', 'consent.card', 'note']));
  // Certificate names reach employers' cards: none of the demo ones labels the past.
  const names = await db.select({ name: returneeCertificates.name }).from(returneeCertificates);
  expect(names.length).toBeGreaterThan(3);
  expect(names.filter((c) => findPastLabel(c.name))).toEqual([]);
});
