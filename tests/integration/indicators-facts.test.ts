// The indicators' facts read from real records, written by the services' own commands with the days
// the steps took effect (recorded late, as counsellors do): each fact lands on its effective day,
// and the definitions count them — a hire, a stable job confirmed at six months, a loan granted to
// an eligible person, a closing as "detained again", a person of another province left out. And
// `GET /api/v1/indicators` over the same records: exact for the province's counsellors, "<5" for
// its organiser (and no reoffending figure), 404 for another province's, 403 for an employer, 400
// with every field's message for a bad query. And the /indicators page over them.
import { and, eq, ne } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { addNote, createReturnee, transferReturnee, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema, profilePatchSchema, transferSchema } from '#app/services/caseload/schemas.ts';
import { computeIndicators } from '#app/services/indicators/definitions.ts';
import { loadPersonFacts } from '#app/services/indicators/facts.server.ts';
import { createPlan, planSchema, plansOf } from '#app/services/indicators/plans.server.ts';
import { ForbiddenError } from '#app/services/errors.ts';
import { yearPeriod } from '#app/services/indicators/periods.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import { followUpSchema, supportChangeSchema } from '#app/services/pipeline/schemas.ts';
import { caseEvents, communes, returnees } from '#db/schema.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import * as plansPage from '#app/routes/admin.plans.tsx';
import * as indicatorsPage from '#app/routes/indicators.tsx';
import { apiHandler, jsonRequest, call, formRequest, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { vietnamDate } from '#lib/dates.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

async function intake(counsellor: Awaited<ReturnType<typeof makeUser>>, fullName: string, releaseDate: string) {
  const [commune] = await db
    .select({ code: communes.code })
    .from(communes)
    .where(eq(communes.provinceCode, counsellor.provinceCode!))
    .limit(1);
  const { returnee } = (await createReturnee(
    db,
    counsellor,
    intakeSchema.parse({
      fullName,
      birthDate: '1990-05-01',
      sex: 'male',
      communeCode: commune.code,
      releaseDate: '2026-01-05',
      releaseKind: 'completed',
      needs: ['job'],
    }),
  )) as { returnee: { id: string } };
  // As if received on the day they came back (the intake is dated the day it is typed).
  await db.update(returnees).set({ releaseDate }).where(eq(returnees.id, returnee.id));
  await db
    .update(caseEvents)
    .set({ effectiveOn: releaseDate })
    .where(and(eq(caseEvents.returneeId, returnee.id), eq(caseEvents.kind, 'intake')));
  return { id: returnee.id, communeCode: commune.code };
}

/** Quảng Ngãi's records for 2025, written through the services' commands (built once for the file). */
async function world() {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });

  // Hoà came back in February 2025, was counselled, hired in April 2025 (recorded late), found still
  // employed at six months, and granted a loan in May 2025.
  const hoa = await intake(counsellor, 'Phạm Văn Hòa', '2025-02-01');
  await addNote(db, counsellor, hoa.id, noteSchema.parse({ contactDate: '2025-03-05', text: 'Tư vấn nghề hàn' }));
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: hoa.id, consent: true, effectiveOn: '2025-03-20' });
  await changeReferral(db, employer, referral.id, { status: 'offered' });
  const { placement } = await changeReferral(db, employer, referral.id, {
    status: 'hired',
    startDate: '2025-04-15',
    wageVnd: 7_000_000,
    contractType: 'indefinite',
    effectiveOn: '2025-04-10',
  });
  await recordFollowUp(
    db,
    counsellor,
    placement!.id,
    followUpSchema.parse({ month: '6', stillEmployed: 'yes', effectiveOn: '2025-10-20' }),
  );
  const loan = await startSupportCase(db, counsellor, { returneeId: hoa.id, kind: 'loan' });
  await changeSupportCase(db, counsellor, loan.id, supportChangeSchema.parse({ status: 'eligible' }));
  await changeSupportCase(db, counsellor, loan.id, supportChangeSchema.parse({ status: 'referred_to_bank' }));
  await changeSupportCase(
    db,
    counsellor,
    loan.id,
    supportChangeSchema.parse({ status: 'granted', amountVnd: '30000000', effectiveOn: '2025-05-20' }),
  );

  // Nam came back in March 2025 and was detained again in June 2025 (closed with that reason and day).
  const nam = await intake(counsellor, 'Trần Văn Nam', '2025-03-01');
  await updateReturneeProfile(
    db,
    counsellor,
    nam.id,
    profilePatchSchema.parse({ status: 'closed', closeReason: 'detained_again', closedOn: '2025-06-01' }),
  );

  // Someone of another province is not read for Quảng Ngãi.
  const other = await intake(elsewhere, 'Lê Thị Xa', '2025-02-01');

  return { counsellor, hoa, nam, other };
}
const w = await world();

test('facts come from the records on the days the steps took effect, and the definitions count them', async () => {
  const { hoa, nam, other } = w;
  const facts = await loadPersonFacts(db, { provinceCodes: ['51'] });
  expect(facts.map((f) => f.id).sort()).toEqual([hoa.id, nam.id].sort());
  expect(facts.map((f) => f.id)).not.toContain(other.id);
  const hoaFacts = facts.find((f) => f.id === hoa.id)!;
  expect(hoaFacts).toMatchObject({
    releaseDate: '2025-02-01',
    counselledOn: ['2025-03-05'],
    referrals: [{ referredOn: '2025-03-20', fairId: null }],
    placements: [
      { hiredOn: '2025-04-10', startDate: '2025-04-15', endedOn: null, followUps: [{ month: 6, stillEmployed: true, on: '2025-10-20' }] },
    ],
    loans: [{ eligible: true, grantedOn: '2025-05-20' }],
    residence: [{ provinceCode: '51', communeCode: hoa.communeCode }],
    closedOn: null,
    detainedAgainOn: null,
  });
  expect(facts.find((f) => f.id === nam.id)).toMatchObject({ closedOn: '2025-06-01', detainedAgainOn: '2025-06-01' });

  expect(hoaFacts.intakeOn).toBe('2025-02-01');

  const figures = computeIndicators(facts, { period: yearPeriod(2025), area: { kind: 'province', code: '51' }, reoffending: true });
  const row = (key: string) => figures.find((r) => r.key === key)!;
  expect(row('counselled')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('referred')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('placed')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: [hoa.id] });
  expect(row('stable_job')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('loan')).toMatchObject({ numerator: 1, denominator: 1 });
  expect(row('reoffended')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: [nam.id] });
  // The year before, nobody had come back yet.
  const in2024 = computeIndicators(facts, { period: yearPeriod(2024), area: { kind: 'province', code: '51' }, reoffending: true });
  expect(in2024.find((r) => r.key === 'placed')!.denominator).toBe(0);
});

test('a person who moved to another province in the year counts where they lived at its end, with the steps taken before the move', async () => {
  const moved = await intake(w.counsellor, 'Đỗ Văn Dời', '2025-01-10');
  await addNote(db, w.counsellor, moved.id, noteSchema.parse({ contactDate: '2025-03-01', text: 'Tư vấn trước khi chuyển đi' }));
  const [bacNinh] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '24')).limit(1);
  await transferReturnee(
    db,
    w.counsellor,
    moved.id,
    transferSchema.parse({ provinceCode: '24', communeCode: bacNinh.code, effectiveOn: '2025-06-15' }),
  );

  const facts = await loadPersonFacts(db, { provinceCodes: ['51'] });
  expect(facts.find((f) => f.id === moved.id)?.residence).toEqual([
    { from: '2025-01-10', provinceCode: '51', communeCode: moved.communeCode },
    { from: '2025-06-15', provinceCode: '24', communeCode: bacNinh.code },
  ]);
  const options = { period: yearPeriod(2025), reoffending: true };
  const counselledIn = (code: string) =>
    computeIndicators(facts, { ...options, area: { kind: 'province', code } }).find((r) => r.key === 'counselled')!;
  expect(counselledIn('51').denominatorIds).not.toContain(moved.id);
  expect(counselledIn('24')).toMatchObject({ numeratorIds: [moved.id], denominatorIds: [moved.id] });
  // In May, before the move, he was still Quảng Ngãi's.
  const may = computeIndicators(facts, {
    period: { from: '2025-05-01', to: '2025-05-31' },
    area: { kind: 'province', code: '51' },
    reoffending: true,
  });
  expect(may.find((r) => r.key === 'counselled')!.denominatorIds).toContain(moved.id);
});

async function indicators(user: { email: string | null; phone: string | null } | null, query: string) {
  const cookie = user ? await signInCookie(context, user.email ?? user.phone!, defaultTestPassword) : null;
  const response = (await call(
    apiHandler,
    jsonRequest('GET', `/api/v1/indicators?${query}`, undefined, cookie ? { Cookie: cookie } : {}),
    context,
  )) as Response;
  return {
    status: response.status,
    body: (await response.json()) as {
      protected: boolean;
      figures: { key: string; denominator: number | '<5'; status?: string; definition: { vi: string } }[];
      error: { fields: object };
    },
  };
}

test.sequential(
  'GET /api/v1/indicators: exact for the counsellors, "<5" and no reoffending for the organiser, the country for administrators only',
  async () => {
    const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
    const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
    const otherOrganiser = await makeUser(db, { role: 'organiser', provinceCode: '24' });
    const employer = await makeUser(db, { role: 'employer' });
    const administrator = await makeUser(db, { role: 'administrator' });
    const query = 'area=51&from=2025-01-01&to=2025-12-31';

    const exact = await indicators(counsellor, query);
    expect(exact.status).toBe(200);
    const figure = (body: { figures: { key: string; definition: { vi: string } }[] }, key: string) =>
      body.figures.find((f) => f.key === key);
    expect(exact.body.protected).toBe(false);
    expect(figure(exact.body, 'placed')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(figure(exact.body, 'reoffended')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figure(exact.body, 'stable_job')?.definition.vi).toContain('6 tháng');

    const safe = await indicators(organiser, query);
    expect(safe.status).toBe(200);
    expect(safe.body.protected).toBe(true);
    expect(figure(safe.body, 'placed')).toMatchObject({ numerator: '<5', denominator: '<5', value: null });
    expect(figure(safe.body, 'reoffended')).toBeUndefined();

    expect((await indicators(otherOrganiser, query)).status).toBe(404);
    expect((await indicators(employer, query)).status).toBe(403);
    expect((await indicators(null, query)).status).toBe(401);
    expect((await indicators(counsellor, 'area=country&from=2025-01-01&to=2025-12-31')).status).toBe(404);
    const country = await indicators(administrator, 'area=country&from=2025-01-01&to=2025-12-31');
    expect(country.status).toBe(200);
    expect(country.body.protected).toBe(true);

    const bad = await indicators(counsellor, 'area=Kon%20Tum&from=2025-13-01');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['area', 'from', 'to']);
  },
);

test('/indicators: the year’s figures of the reader’s province; a year out of range is marked and the current one shown', async () => {
  const cookie = await signInCookie(context, w.counsellor.email ?? w.counsellor.phone!, defaultTestPassword);
  const open = async (query: string) =>
    unwrap<Awaited<ReturnType<typeof indicatorsPage.loader>>>(
      await call(indicatorsPage.loader, new Request(`${origin}/indicators?${query}`, { headers: { Cookie: cookie } }), context),
    ).data;
  const page = await open('year=2025');
  expect(page.year).toBe(2025);
  expect(page.report.figures.find((f) => f.key === 'placed')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(page.communes.length).toBeGreaterThan(0);
  const commune = await open(`year=2025&area=${w.hoa.communeCode}`);
  expect(commune.report.area).toEqual({ kind: 'commune', code: w.hoa.communeCode });
  const wrong = await open('year=1999');
  expect(wrong.invalid.year).toBe('Chọn một năm trong sáu năm gần đây.');
  expect(wrong.year).toBe(Number(vietnamDate().slice(0, 4)));
});

test('a plan’s targets: each figure marked ahead / on target / close / behind, both directions; a plan area counts only its communes; only administrators enter plans', async () => {
  const administrator = await makeUser(db, { role: 'administrator' });
  const admin = { ...administrator, organisationIds: [], clientIp: null };
  const plan = (input: Record<string, unknown>) => createPlan(db, admin, planSchema.parse(input));
  await plan({
    name: 'Kế hoạch tái hòa nhập cộng đồng tỉnh Quảng Ngãi 2025',
    decisionNumber: '12/KH-UBND',
    provinceCode: '51',
    fromYear: 2025,
    toYear: 2025,
    targets: {
      counselled: { direction: 'at_least', low: '40', high: '60' }, // 1 of 2 = 50 %: on target
      stable_job: { direction: 'at_least', low: '15', high: '20' }, // 50 %: ahead
      referred: { direction: 'at_least', low: '52', high: '60' }, // 50 % ≥ 90 % of 52 %: close
      trained: { direction: 'at_least', low: '20', high: '25' }, // 0 %: behind
      reoffended: { direction: 'below', limit: '1' }, // 50 %: behind
    },
  });
  const { body } = await indicators(w.counsellor, 'area=51&from=2025-01-01&to=2025-12-31');
  const statusOf = (key: string) => body.figures.find((f) => f.key === key)?.status;
  expect(['counselled', 'stable_job', 'referred', 'trained', 'reoffended', 'placed'].map(statusOf)).toEqual([
    'on_target',
    'ahead',
    'close',
    'behind',
    'behind',
    undefined,
  ]);
  // The year after, the plan is not in force.
  const later = await indicators(w.counsellor, 'area=51&from=2026-01-01&to=2026-12-31');
  expect(later.body.figures.every((f) => f.status === undefined)).toBe(true);

  // A plan for some communes: its area counts the people who lived there at the period's end.
  const [another] = await db
    .select({ code: communes.code })
    .from(communes)
    .where(and(eq(communes.provinceCode, '51'), ne(communes.code, w.hoa.communeCode)))
    .limit(1);
  const elsewhere = await plan({
    name: 'Đề án một xã khác',
    provinceCode: '51',
    communeCodes: [another.code],
    fromYear: 2025,
    toYear: 2030,
  });
  const own = await plan({ name: 'Đề án xã của Hòa', provinceCode: '51', communeCodes: [w.hoa.communeCode], fromYear: 2025, toYear: 2030 });
  const denominator = async (planId: string) =>
    (await indicators(w.counsellor, `area=plan:${planId}&from=2025-01-01&to=2025-12-31`)).body.figures.find((f) => f.key === 'placed')!
      .denominator;
  expect(await denominator(own.id)).toBe(2);
  expect(await denominator(elsewhere.id)).toBe(0);

  await expect(
    createPlan(db, w.counsellor, planSchema.parse({ name: 'Không được', provinceCode: '51', fromYear: 2025, toYear: 2025 })),
  ).rejects.toThrow(ForbiddenError);
  const wrong = planSchema.safeParse({
    name: 'Sai',
    provinceCode: '51',
    fromYear: 2026,
    toYear: 2025,
    targets: { trained: { direction: 'at_least', low: '30', high: '20' } },
  });
  expect(wrong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
    expect.arrayContaining([
      ['toYear', 'indicators.validation.planYears'],
      ['targets.trained.high', 'indicators.validation.band'],
    ]),
  );
});

test('/admin/plans: an administrator enters a plan for the communes that were Kon Tum, with its targets; every mistake is named at once; a counsellor may not', async () => {
  const administrator = await makeUser(db, { role: 'administrator' });
  const cookie = await signInCookie(context, administrator.email ?? administrator.phone!, defaultTestPassword);
  const page = unwrap<Awaited<ReturnType<typeof plansPage.loader>>>(
    await call(plansPage.loader, new Request(`${origin}/admin/plans?province=51`, { headers: { Cookie: cookie } }), context),
  ).data;
  const konTum = page.formerProvinces.find((name) => name.includes('Kon Tum'))!;
  expect(konTum).toBeDefined();
  const post = async (fields: Record<string, string>, as = cookie) =>
    unwrap<{ ok?: boolean; fields?: Record<string, string> }>(
      await call(plansPage.action, formRequest('/admin/plans', fields, { Cookie: as }), context),
    );

  const wrong = await post({
    provinceCode: '51',
    name: '',
    fromYear: '2030',
    toYear: '2025',
    'targets.trained.low': '25',
    'targets.trained.high': '20',
  });
  expect(wrong.status).toBe(400);
  expect(Object.keys(wrong.data.fields ?? {}).sort()).toEqual(['name', 'targets.trained.high', 'toYear']);

  const saved = await post({
    provinceCode: '51',
    name: 'Đề án tái hòa nhập cộng đồng tỉnh Kon Tum 2025–2030',
    decisionNumber: '681/QĐ-UBND',
    fromYear: '2025',
    toYear: '2030',
    formerProvince: konTum,
    'targets.trained.low': '20',
    'targets.trained.high': '25',
    'targets.reoffended.limit': '1',
  });
  expect(saved.data.ok).toBe(true);
  const [plan] = (await plansOf(db, '51')).filter((p) => p.decisionNumber === '681/QĐ-UBND');
  expect(plan.communeCodes.length).toBeGreaterThan(10);
  expect(plan.targets).toEqual({
    trained: { direction: 'at_least', low: 0.2, high: 0.25 },
    reoffended: { direction: 'below', limit: 0.01 },
  });
  // The page itself (not only its loader) renders the plan in its table, and /indicators its tiles.
  const html = await pageHtml(context, plansPage, 'admin/plans', '/admin/plans?province=51', { cookie });
  expect(html).toContain('Đề án tái hòa nhập cộng đồng tỉnh Kon Tum 2025–2030');
  const indicatorsHtml = await pageHtml(context, indicatorsPage, 'indicators', '/indicators?year=2025', { cookie });
  expect(indicatorsHtml).toContain('Có việc làm ổn định');

  const counsellorCookie = await signInCookie(context, w.counsellor.email ?? w.counsellor.phone!, defaultTestPassword);
  const refused = await call(
    plansPage.action,
    formRequest('/admin/plans', { provinceCode: '51', name: 'X' }, { Cookie: counsellorCookie }),
    context,
  );
  expect((refused as Response).status).toBe(403);
});
