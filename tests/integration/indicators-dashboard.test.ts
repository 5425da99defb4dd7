// The indicators dashboard over real records written by the services' own commands: its figures are
// the definition's (`computeIndicators` over the same facts) and the API's; the previous period and
// the change; the trend month by month; breakdowns whose groups add up; for a reader without
// caseload rights (an organiser) counts of 1–4 as "<5", complements "×", nothing hidden recoverable
// from the tables, and no reoffending anywhere; the page as HTML for both; the drill-down to the
// people behind a count for the province's counsellors only, audited.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { addNote, createReturnee, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema, profilePatchSchema } from '#app/services/caseload/schemas.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { dashboardTables, indicatorDashboard, trendCounts, type Dashboard } from '#app/services/indicators/dashboard.server.ts';
import { breakdown, computeIndicators } from '#app/services/indicators/definitions.ts';
import { loadPersonFacts } from '#app/services/indicators/facts.server.ts';
import { monthPeriod, yearPeriod } from '#app/services/indicators/periods.ts';
import { indicatorPeople, peopleQuerySchema } from '#app/services/indicators/people.server.ts';
import { indicatorReport } from '#app/services/indicators/report.server.ts';
import { recoverableCells, type ProtectedCount, type ProtectedTable } from '#app/services/indicators/suppression.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { caseEvents, communes, returnees } from '#db/schema.ts';
import { makeFair, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { vietnamDate } from '#lib/dates.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';
import * as indicatorsPage from '#app/routes/indicators.tsx';
import * as peoplePage from '#app/routes/indicators_.people.tsx';
import { recordStableMonths } from '#app/services/indicators/definition-settings.server.ts';
import { auditLog, fairs, fairTickets, indicatorSettings } from '#db/schema.ts';
import { defaultTestPassword } from '#server/seed/factories.ts';
import { call, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml, renderPage } from '#tests/render.ts';
import { rebuildIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const stableMonths = 6;

const communeCodes = (
  await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).orderBy(communes.code).limit(3)
).map((c) => c.code);

async function intake(
  counsellor: Awaited<ReturnType<typeof makeUser>>,
  fullName: string,
  releaseDate: string,
  communeCode: string,
  sex: 'male' | 'female',
) {
  const { returnee } = (await createReturnee(
    db,
    counsellor,
    intakeSchema.parse({
      fullName,
      birthDate: '1990-05-01',
      sex,
      communeCode,
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
  return returnee.id;
}

/**
 * Quảng Ngãi: 14 people back in 2024 or 2025 over three communes; counselling in 2024 and 2025,
 * two hires in 2025, one person detained again in 2025.
 */
async function world() {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ may công nghiệp' });
  const people: string[] = [];
  const names = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Thảo'];
  for (const [i, name] of names.entries()) {
    const id = await intake(
      counsellor,
      `Nguyễn Văn ${name}`,
      i < 6 ? '2024-03-01' : '2025-02-01',
      communeCodes[i % 3],
      i % 4 === 0 ? 'female' : 'male',
    );
    people.push(id);
    // Counselled: eight people in March 2025, three in May 2024.
    if (i < 8) await addNote(db, counsellor, id, noteSchema.parse({ contactDate: '2025-03-05', text: 'Tư vấn việc làm' }));
    if (i < 3) await addNote(db, counsellor, id, noteSchema.parse({ contactDate: '2024-05-05', text: 'Tư vấn học nghề' }));
  }
  for (const id of people.slice(0, 2)) {
    const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: id, consent: true, effectiveOn: '2025-04-01' });
    await changeReferral(db, employer, referral.id, { status: 'offered' });
    await changeReferral(db, employer, referral.id, {
      status: 'hired',
      startDate: '2025-04-15',
      wageVnd: 6_500_000,
      contractType: 'indefinite',
      effectiveOn: '2025-04-10',
    });
  }
  await updateReturneeProfile(
    db,
    counsellor,
    people[13],
    profilePatchSchema.parse({ status: 'closed', closeReason: 'detained_again', closedOn: '2025-06-01' }),
  );
  return { counsellor, organiser, employer, people };
}
const w = await world();
// The fixture dates its steps by editing the records (as if typed on those days), which no command
// sees: the stored indicator facts are rebuilt from the records once it is in place.
await rebuildIndicatorFacts(db);

const year2025 = { kind: 'year', year: 2025 } as const;

test('the dashboard’s figures are the definition’s over the same facts, and the API’s; the previous year and the change beside them', async () => {
  const dashboard = await indicatorDashboard(db, w.counsellor, { period: year2025 }, { stableMonths });
  const facts = await loadPersonFacts(db, { provinceCodes: ['51'] });
  const options = { area: { kind: 'province', code: '51' } as const, stableMonths, reoffending: true };
  const rows = computeIndicators(facts, { ...options, period: yearPeriod(2025) });
  expect(dashboard.figures.map((f) => [f.key, f.numerator, f.denominator])).toEqual(rows.map((r) => [r.key, r.numerator, r.denominator]));
  const figure = (key: string) => dashboard.figures.find((f) => f.key === key)!;
  expect(figure('counselled')).toMatchObject({ numerator: 8, denominator: 14, previous: { numerator: 3, denominator: 6, value: 0.5 } });
  // 8/14 = 57.1 % against 3/6 = 50 %: up 7.1 points.
  expect(figure('counselled').change).toBe(7.1);
  expect(figure('placed')).toMatchObject({ numerator: 2, denominator: 14 });
  expect(figure('reoffended')).toMatchObject({ numerator: 1, denominator: 14 });

  const report = await indicatorReport(db, w.counsellor, { from: '2025-01-01', to: '2025-12-31' }, { stableMonths });
  expect(report.figures).toEqual(dashboard.figures.map(({ previous: _p, change: _c, ...f }) => f));

  // Month by month: each month counted as its own period.
  expect(dashboard.trend).toHaveLength(12);
  const march = computeIndicators(facts, { ...options, period: monthPeriod(2025, 3) });
  expect(dashboard.trend[2].figures.map((f) => [f.numerator, f.denominator])).toEqual(march.map((r) => [r.numerator, r.denominator]));
  // The 2025 reform breaks the province's series in July.
  expect(dashboard.breaks.map((b) => [b.kind, b.month])).toContainEqual(['area', 6]);

  // Breakdowns: by commune, three groups that add up to the whole.
  const byCommune = dashboard.breakdowns.find((b) => b.kind === 'commune')!;
  expect(byCommune.groups.map((g) => g.group).sort()).toEqual([...communeCodes].sort());
  const counselledIn = byCommune.groups.map((g) => g.figures.find((f) => f.key === 'counselled')!.numerator as number);
  expect(counselledIn.reduce((a, b) => a + b, 0)).toBe(8);
  const bySex = breakdown(facts, { ...options, period: yearPeriod(2025) }, 'sex');
  expect(dashboard.breakdowns.find((b) => b.kind === 'sex')!.groups.map((g) => g.group)).toEqual(bySex.map((g) => g.group));

  // The quarter before, a custom range, a reporting year: each with its own previous period.
  const quarter = await indicatorDashboard(db, w.counsellor, { period: { kind: 'quarter', year: 2025, quarter: 2 } }, { stableMonths });
  expect([quarter.from, quarter.to, quarter.previous]).toEqual(['2025-04-01', '2025-06-30', { from: '2025-01-01', to: '2025-03-31' }]);
  expect(quarter.figures.find((f) => f.key === 'counselled')).toMatchObject({ numerator: 0, previous: { numerator: 8 } });
  const reporting = await indicatorDashboard(
    db,
    w.counsellor,
    { period: { kind: 'reporting', year: 2025, end: { month: 12, day: 10 } } },
    { stableMonths },
  );
  expect([reporting.from, reporting.to, reporting.trend[0]]).toMatchObject([
    '2024-12-11',
    '2025-12-10',
    { from: '2024-12-11', to: '2025-01-10' },
  ]);
});

/** The table of one indicator in a breakdown as its reader sees it: numerator and rest per group, the rest hidden with either count. */
function attackerTable(published: Dashboard, exact: Dashboard, kind: string, key: string): ProtectedTable {
  const groupsOf = (d: Dashboard) => d.breakdowns.find((b) => b.kind === kind)!.groups.map((g) => g.figures.find((f) => f.key === key)!);
  const seen = groupsOf(published);
  const truth = groupsOf(exact);
  const reason = (n: number) => (n >= 1 && n <= 4 ? 'small' : 'complement');
  const cell = (value: number | string, truthValue: number): ProtectedCount =>
    typeof value === 'number' ? { shown: value } : { hidden: reason(truthValue) };
  const total = published.figures.find((f) => f.key === key)!;
  const totalTruth = exact.figures.find((f) => f.key === key)!;
  const N = totalTruth.numerator as number;
  const D = totalTruth.denominator as number;
  return {
    rows: seen.map((_, g) => String(g)),
    columns: ['numerator', 'rest'],
    cells: seen.map((s, g) => {
      const n = truth[g].numerator as number;
      const d = truth[g].denominator as number;
      const restShown = typeof s.numerator === 'number' && typeof s.denominator === 'number';
      return [cell(s.numerator, n), restShown || d - n === 0 ? { shown: d - n } : { hidden: reason(d - n) }];
    }),
    rowTotals: seen.map((s, g) => cell(s.denominator, truth[g].denominator as number)),
    columnTotals: [
      cell(total.numerator, N),
      typeof total.numerator === 'number' && typeof total.denominator === 'number' ? { shown: D - N } : { hidden: reason(D - N) },
    ],
    grandTotal: cell(total.denominator, D),
  };
}

test('an organiser (no caseload rights): "<5" and "×", nothing hidden recoverable from a breakdown, no reoffending in any table', async () => {
  const safe = await indicatorDashboard(db, w.organiser, { period: year2025 }, { stableMonths });
  const exact = await indicatorDashboard(db, w.counsellor, { period: year2025 }, { stableMonths });
  expect(safe.protected).toBe(true);
  expect(safe.drillDown).toBe(false);
  expect(safe.figures.find((f) => f.key === 'placed')).toMatchObject({ numerator: '<5', denominator: 14, value: null });
  const counts = safe.breakdowns.flatMap((b) => b.groups.flatMap((g) => g.figures.flatMap((f) => [f.numerator, f.denominator])));
  expect(counts).toContain('<5');
  expect(counts).toContain('×');
  expect(counts.filter((c) => typeof c === 'number' && c >= 1 && c <= 4)).toEqual([]);
  for (const kind of ['commune', 'sex', 'age_band']) {
    for (const key of ['counselled', 'placed', 'referred', 'received']) {
      expect({ kind, key, recovered: recoverableCells(attackerTable(safe, exact, kind, key)) }).toEqual({ kind, key, recovered: [] });
    }
  }
  // Month by month: even knowing what the months add up to (as the period's figure shows it), no hidden month can be worked out.
  for (const key of ['received', 'counselled', 'placed']) {
    const series = (d: Dashboard) => d.trend.map((month) => month.figures.find((f) => f.key === key)!);
    for (const part of ['numerator', 'denominator'] as const) {
      const truth = series(exact).map((f) => f[part] as number);
      const seen = series(safe).map((f) => f[part]);
      const list = {
        counts: seen.map((c, m): ProtectedCount =>
          typeof c === 'number' ? { shown: c } : { hidden: truth[m] <= 4 ? 'small' : 'complement' },
        ),
        total: ((sum: number): ProtectedCount => (sum >= 1 && sum <= 4 ? { hidden: 'small' } : { shown: sum }))(
          truth.reduce((a, b) => a + b, 0),
        ),
      };
      expect({ key, part, recovered: recoverableCells(list) }).toEqual({ key, part, recovered: [] });
    }
  }
  expect(safe.trend.flatMap((m) => m.figures.map((f) => f.numerator))).toContain('<5');
  const tables = dashboardTables(safe, 'vi');
  const text = JSON.stringify(tables);
  expect(text).not.toContain('Bị tạm giữ');
  expect(text).not.toContain('reoffended');
  expect(tables.map((t) => t.id)).toEqual([
    'figures',
    'trend',
    'by_commune',
    'by_occupation',
    'by_sex',
    'by_ethnicity',
    'by_age_band',
    'fairs',
  ]);
  // The tables carry the dashboard's numbers.
  const placed = tables[0].rows.find((row) => row[0] === 'Có việc làm')!;
  expect(placed.slice(1, 4)).toEqual(['<5', 14, null]);
});

async function cookieOf(user: { email: string | null; phone: string | null }) {
  return signInCookie(context, user.email ?? user.phone!, defaultTestPassword);
}

test('/indicators as HTML: the staff reader’s tables with links to the people; the organiser’s with "<5" and no link, no reoffending', async () => {
  const staff = await pageHtml(context, indicatorsPage, 'indicators', '/indicators?period=year&year=2025', {
    cookie: await cookieOf(w.counsellor),
  });
  expect(staff).toContain('<caption id="table-figures">Kết quả thực hiện các chỉ tiêu</caption>');
  expect(staff).toContain('Theo xã/phường');
  expect(staff).toContain('Diễn biến theo tháng');
  expect(staff).toContain('↑ tăng 7,1 điểm phần trăm');
  expect(staff).toMatch(/href="\/indicators\/people\?[^"]*indicator=placed&amp;part=numerator"/);
  expect(staff).toContain('Bị tạm giữ, tạm giam trở lại');
  // The reform's break in July 2025: said in words, and the month marked.
  expect(staff).toContain('Từ ngày 01/7/2025');
  // Each count's link lists as many people as the count says: a headline figure, a breakdown's group, a month.
  const links = [...staff.matchAll(/<a [^>]*href="(\/indicators\/people\?[^"]*)"[^>]*>(\d+)<\/a>/g)].map(([, href, count]) => ({
    href: href.replaceAll('&amp;', '&'),
    count,
  }));
  const pick = (test: (href: string) => boolean) => links.find((link) => test(link.href))!;
  for (const link of [
    pick((h) => h.includes('indicator=placed&part=numerator') && !h.includes('by=')),
    pick((h) => h.includes('by=sex') && h.includes('indicator=counselled&part=numerator')),
    pick((h) => h.includes('from=2025-03-01&to=2025-03-31') && h.includes('indicator=counselled&part=denominator')),
  ]) {
    const people = await pageHtml(context, peoplePage, 'indicators/people', link.href, { cookie: await cookieOf(w.counsellor) });
    expect({ href: link.href, listed: people.match(/: (\d+) người, /)?.[1] }).toEqual({ href: link.href, listed: link.count });
  }

  const organiser = await pageHtml(context, indicatorsPage, 'indicators', '/indicators?period=year&year=2025', {
    cookie: await cookieOf(w.organiser),
  });
  expect(organiser).toContain('Kết quả thực hiện các chỉ tiêu');
  expect(organiser).toContain('&lt;5');
  expect(organiser).not.toContain('/indicators/people');
  expect(organiser).not.toContain('Bị tạm giữ');
});

test('/indicators: a quarter, a month, a custom range and a reporting year from the form; wrong fields each named, never a 500', async () => {
  const cookie = await cookieOf(w.counsellor);
  const open = async (query: string) =>
    unwrap<Awaited<ReturnType<typeof indicatorsPage.loader>>>(
      await call(indicatorsPage.loader, new Request(`${origin}/indicators?${query}`, { headers: { Cookie: cookie } }), context),
    ).data;
  const quarter = await open('period=quarter&year=2025&quarter=1');
  expect([quarter.report.from, quarter.report.to]).toEqual(['2025-01-01', '2025-03-31']);
  expect(quarter.report.figures.find((f) => f.key === 'counselled')).toMatchObject({ numerator: 8 });
  const month = await open('period=month&year=2025&month=3');
  expect([month.report.from, month.report.to, month.report.previous]).toEqual([
    '2025-03-01',
    '2025-03-31',
    { from: '2025-02-01', to: '2025-02-28' },
  ]);
  const custom = await open('period=custom&from=2025-03-01&to=2025-03-10');
  expect(custom.report.previous).toEqual({ from: '2025-02-19', to: '2025-02-28' });
  const reporting = await open('period=reporting&year=2025&end=12-10');
  expect([reporting.report.from, reporting.report.to]).toEqual(['2024-12-11', '2025-12-10']);

  const wrong = await open('period=custom&from=2025-02-30&to=&quarter=9&fair=abc');
  expect(wrong.invalid).toEqual({
    from: 'Nhập ngày đầu kỳ (năm-tháng-ngày).',
    to: 'Nhập ngày cuối kỳ (năm-tháng-ngày).',
    quarter: 'Chọn quý từ 1 đến 4.',
    fair: 'Mã phiên chợ không hợp lệ.',
  });
  // The rest still shows: this year.
  expect(wrong.report.from).toBe(`${vietnamDate().slice(0, 4)}-01-01`);
  const html = await renderPage(context, indicatorsPage, 'indicators', '/indicators?period=month&month=13&end=99-99', { cookie });
  expect(typeof html === 'string' && html.includes('Chọn tháng từ 1 đến 12.')).toBe(true);
});

test('drill-down: the province’s counsellor sees the people behind a count (audited, consent withdrawn or not); an organiser, an administrator and an employer may not', async () => {
  const query = `area=51&from=2025-01-01&to=2025-12-31&indicator=placed&part=numerator`;
  // One of the two placed withdrew consent to their card: still counted, still listed to their counsellor.
  await db.update(returnees).set({ shareCard: false }).where(eq(returnees.id, w.people[1]));
  const cookie = await cookieOf(w.counsellor);
  const before = await db.select().from(auditLog).where(eq(auditLog.actorUserId, w.counsellor.id));
  const html = await pageHtml(context, peoplePage, 'indicators/people', `/indicators/people?${query}`, { cookie });
  expect(html).toContain('Nguyễn Văn An');
  expect(html).toContain('Nguyễn Văn Bình');
  expect(html).not.toContain('Nguyễn Văn Châu');
  expect(html).toContain(`href="/caseload/${w.people[0]}"`);
  expect(html).toContain('Có việc làm — tử số: 2 người, Quảng Ngãi, từ 01/01/2025 đến 31/12/2025.');
  expect(html).toContain('Số liệu tính đến');
  const after = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, w.counsellor.id), eq(auditLog.reason, 'indicators')));
  expect(after.length).toBeGreaterThan(before.filter((row) => row.reason === 'indicators').length);
  expect(after.at(-1)).toMatchObject({ action: 'list', entityType: 'returnee' });
  expect((after.at(-1)!.details as { ids: string[] }).ids.sort()).toEqual([w.people[0], w.people[1]].sort());

  // A breakdown's group: the women counselled (An, Giang, Minh are i = 0, 4, 8; Minh was not counselled in 2025? i < 8 were).
  const women = await pageHtml(
    context,
    peoplePage,
    'indicators/people',
    `/indicators/people?area=51&from=2025-01-01&to=2025-12-31&indicator=counselled&part=numerator&by=sex&group=female`,
    { cookie },
  );
  expect(women).toContain('Nguyễn Văn An');
  expect(women).toContain('Nguyễn Văn Giang');
  expect(women).not.toContain('Nguyễn Văn Minh');
  expect(women).not.toContain('Nguyễn Văn Bình');

  const status = async (user: { email: string | null; phone: string | null }) => {
    const request = new Request(`${origin}/indicators/people?${query}`, { headers: { Cookie: await cookieOf(user) } });
    const answer = await call(peoplePage.loader, request, context).catch((error: { status?: number }) => error);
    return answer instanceof Response || (answer && typeof answer === 'object' && 'status' in answer)
      ? (answer as { status: number }).status
      : 200;
  };
  expect(await status(w.organiser)).toBe(403);
  expect(await status(w.employer)).toBe(403);
  expect(await status(await makeUser(db, { role: 'administrator' }))).toBe(403);
  expect(await status(await makeUser(db, { role: 'counsellor', provinceCode: '24' }))).toBe(404);
  // A group that is no sex: nobody in it, not a 500.
  const noGroup = await pageHtml(
    context,
    peoplePage,
    'indicators/people',
    `/indicators/people?area=51&from=2025-01-01&to=2025-12-31&indicator=placed&by=sex&group=xyz`,
    { cookie },
  );
  expect(noGroup).toContain('Không có ai.');
  // A wrong query is named, field by field, not a 500.
  const wrong = await pageHtml(context, peoplePage, 'indicators/people', '/indicators/people?from=2025-13-01&indicator=nothing', {
    cookie,
  });
  expect(wrong).toContain('Chỉ tiêu không hợp lệ.');
  expect(wrong).toContain('Nhập ngày cuối kỳ (năm-tháng-ngày).');
});

test('results per fair: the fairs held in the area in the period (not drafts, not elsewhere), each with its own figures; a fair from elsewhere is named as a field error', async () => {
  const [held] = await db
    .insert(fairs)
    .values({
      name: 'Phiên chợ việc làm tháng 5/2025',
      kind: 'periodic',
      provinceCode: '51',
      communeCode: communeCodes[0],
      startsAt: new Date('2025-05-10T01:00:00Z'),
      endsAt: new Date('2025-05-10T09:00:00Z'),
      status: 'ended',
    })
    .returning();
  await makeFair(db, {
    name: 'Phiên chợ nháp',
    status: 'draft',
    startsAt: new Date('2025-06-10T01:00:00Z'),
    endsAt: new Date('2025-06-10T09:00:00Z'),
  });
  const elsewhere = await makeFair(db, {
    name: 'Phiên chợ Bắc Ninh',
    provinceCode: '24',
    communeCode: (await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '24')).limit(1))[0].code,
    status: 'ended',
    startsAt: new Date('2025-05-10T01:00:00Z'),
    endsAt: new Date('2025-05-10T09:00:00Z'),
  });
  // Three of the people had a ticket.
  await db.insert(fairTickets).values(w.people.slice(0, 3).map((returneeId, i) => ({ fairId: held.id, returneeId, code: `T2025${i}` })));
  await rebuildIndicatorFacts(db);

  const dashboard = await indicatorDashboard(db, w.counsellor, { period: year2025 }, { stableMonths });
  expect(dashboard.fairs.map((f) => [f.name, f.startsOn])).toEqual([['Phiên chợ việc làm tháng 5/2025', '2025-05-10']]);
  expect(dashboard.fairs[0].figures.find((f) => f.key === 'placed')).toMatchObject({ numerator: 0, denominator: 3 });
  const atTheFair = await indicatorDashboard(db, w.counsellor, { period: year2025, fair: held.id }, { stableMonths });
  expect(atTheFair.fair).toEqual({ id: held.id, name: held.name });
  expect(atTheFair.figures.map((f) => f.key)).toEqual(['trained', 'trained_certified', 'referred', 'placed', 'stable_job']);
  expect(atTheFair.figures.find((f) => f.key === 'referred')).toMatchObject({ denominator: 3 });
  // The trend table marks July 2025, where the reform breaks the series.
  const trendTable = dashboardTables(dashboard, 'vi').find((t) => t.id === 'trend')!;
  expect(trendTable.rows[6][0]).toBe('Tháng 7/2025');
  expect(trendTable.rows[6].at(-1)).toBe('Thay đổi từ ngày 01/07/2025');
  expect(trendTable.rows[5].at(-1)).toBeNull();

  const cookie = await cookieOf(w.counsellor);
  const page = unwrap<Awaited<ReturnType<typeof indicatorsPage.loader>>>(
    await call(
      indicatorsPage.loader,
      new Request(`${origin}/indicators?year=2025&fair=${elsewhere.id}`, { headers: { Cookie: cookie } }),
      context,
    ),
  ).data;
  expect(page.invalid.fair).toBe('Không có phiên chợ này trong khu vực và kỳ đã chọn.');
  expect(page.report.fair).toBeNull();
});

test('a province that switched reoffending off: no such figure for its counsellors either — on the dashboard, in its tables and on the API', async () => {
  await db.insert(indicatorSettings).values({ provinceCode: '51', countsDetainedAgain: false });
  try {
    const dashboard = await indicatorDashboard(db, w.counsellor, { period: year2025 }, { stableMonths });
    expect(dashboard.figures.map((f) => f.key)).not.toContain('reoffended');
    expect(JSON.stringify(dashboardTables(dashboard, 'vi'))).not.toContain('Bị tạm giữ');
    const report = await indicatorReport(db, w.counsellor, { from: '2025-01-01', to: '2025-12-31' }, { stableMonths });
    expect(report.figures.map((f) => f.key)).not.toContain('reoffended');
  } finally {
    await db.delete(indicatorSettings).where(eq(indicatorSettings.provinceCode, '51'));
  }
});

test('an administrator’s country: protected figures (no caseload rights), no breakdown by the country’s communes, no links', async () => {
  const administrator = await makeUser(db, { role: 'administrator' });
  const country = await indicatorDashboard(db, administrator, { area: 'country', period: year2025 }, { stableMonths });
  expect([country.areaName, country.protected, country.drillDown]).toEqual(['Việt Nam', true, false]);
  expect(country.breakdowns.map((b) => b.kind)).toEqual(['occupation', 'sex', 'ethnicity', 'age_band']);
  expect(country.figures.map((f) => f.key)).not.toContain('reoffended');
  // The page offers the country, every province, and the communes of the province shown.
  const html = await pageHtml(context, indicatorsPage, 'indicators', '/indicators?area=51&year=2025', {
    cookie: await cookieOf(administrator),
  });
  expect(html).toContain('<option value="country">Cả nước</option>');
  expect(html).toMatch(/<option value="51" selected="">Quảng Ngãi<\/option>/);
  expect(html).toContain(`<option value="${communeCodes[0]}">`);
  expect(html).toContain('&lt;5');
  await expect(indicatorDashboard(db, w.counsellor, { area: 'country', period: year2025 }, { stableMonths })).rejects.toThrow(
    NotFoundError,
  );
});

test('a protected trend: three months whose returns add up to the period’s — the one "<5" month gets a "×" beside it, so the period’s figure does not give it away', () => {
  const month = (denominator: number) => ({
    rows: [{ key: 'received' as const, numerator: denominator, denominator, value: 1, numeratorIds: [], denominatorIds: [] }],
  });
  const counts = trendCounts([month(3), month(6), month(5)], true).map(([f]) => f.denominator);
  expect(counts).toEqual(['<5', 6, '×']);
  expect(trendCounts([month(3), month(6), month(5)], false).map(([f]) => f.denominator)).toEqual([3, 6, 5]);
});

test('drill-down: a person erased since is still counted, and named nowhere', async () => {
  const facts = await loadPersonFacts(db, { provinceCodes: ['51'] });
  const someone = facts.find((f) => f.id === w.people[0])!;
  // Their facts stay under a subject id that names nobody (as the facts store keeps an erased person).
  const erased = { ...someone, id: randomUUID() };
  const query = peopleQuerySchema.parse({ area: '51', from: '2025-01-01', to: '2025-12-31', indicator: 'placed' });
  const people = await indicatorPeople(db, w.counsellor, query, { stableMonths, facts: [...facts, erased] });
  expect([people.total, people.erased, people.rows.length]).toEqual([3, 1, 2]);
  expect(people.rows.map((r) => r.id)).not.toContain(erased.id);
});

test('a deployment that changes the months making a job stable breaks the trend at the month it took effect (recorded at start-up)', async () => {
  expect(await recordStableMonths(db, 6, '2024-12-01')).toBe(true);
  expect(await recordStableMonths(db, 6, '2025-01-15')).toBe(false);
  expect(await recordStableMonths(db, 9, '2025-04-10')).toBe(true);
  const dashboard = await indicatorDashboard(db, w.counsellor, { period: year2025 }, { stableMonths: 9 });
  const change = dashboard.breaks.find((b) => b.kind === 'definition' && b.on === '2025-04-10');
  expect(change).toMatchObject({ month: 3, indicators: ['stable_job'] });
  expect(change?.text.vi).toContain('sau 9 tháng (trước đó: 6 tháng)');
  // The first value recorded is where the series starts, not a break.
  expect(dashboard.breaks.filter((b) => b.on === '2024-12-01')).toEqual([]);
});
