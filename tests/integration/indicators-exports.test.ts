// The indicator reports as a reader gets them: the monthly needs report (/indicators/needs) counts,
// by commune, the people managed that month who still needed training, a job, a loan, legal help on
// its last day — exact with the lists of names for the province's counsellor (an audited read),
// protected ("<5", no names) for its organiser, 404 for another province's staff, 403 for an
// employer — and its CSV and XLSX files hold the same cells as the page. The dashboard's files
// (/indicators/export.csv|xlsx, the page's own query string) hold every table of the dashboard with
// the same numbers as the API's figures, protected alike.
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { createReturnee, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, profilePatchSchema } from '#app/services/caseload/schemas.ts';
import { csvPercent } from '#app/services/indicators/export.server.ts';
import { monthlyNeeds, needsTables } from '#app/services/indicators/needs.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import { supportChangeSchema } from '#app/services/pipeline/schemas.ts';
import * as indicatorsPage from '#app/routes/indicators.tsx';
import * as needsPage from '#app/routes/indicators_.needs.tsx';
import * as needsCsv from '#app/routes/indicators_.needs[.]csv.ts';
import * as needsXlsx from '#app/routes/indicators_.needs[.]xlsx.ts';
import * as exportCsv from '#app/routes/indicators_.export[.]csv.ts';
import * as exportXlsx from '#app/routes/indicators_.export[.]xlsx.ts';
import { dashboardTables, indicatorDashboard } from '#app/services/indicators/dashboard.server.ts';
import { indicatorReport } from '#app/services/indicators/report.server.ts';
import { auditLog, caseEvents, communes } from '#db/schema.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { call, origin, signInCookie } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';
import { rebuildIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
const employer = await makeUser(db, { role: 'employer' });
const cookieOf = (user: { email: string | null; phone: string | null }) =>
  signInCookie(context, user.email ?? user.phone!, defaultTestPassword);
const [counsellorCookie, organiserCookie, elsewhereCookie, employerCookie] = await Promise.all(
  [counsellor, organiser, elsewhere, employer].map(cookieOf),
);

const [communeA, communeB] = await db
  .select({ code: communes.code, name: communes.name })
  .from(communes)
  .where(eq(communes.provinceCode, '51'))
  .orderBy(communes.name)
  .limit(2);

/** Someone received in Quảng Ngãi on 1 February 2025, living in `commune`, whose record lists `needs`. */
async function person(fullName: string, commune: string, needs: string[], by = counsellor) {
  const { returnee } = (await createReturnee(
    db,
    by,
    intakeSchema.parse({
      fullName,
      birthDate: '1990-05-01',
      sex: 'male',
      communeCode: commune,
      releaseDate: '2025-02-01',
      releaseKind: 'completed',
      needs,
    }),
  )) as { returnee: { id: string } };
  await db
    .update(caseEvents)
    .set({ effectiveOn: '2025-02-01' })
    .where(and(eq(caseEvents.returneeId, returnee.id), eq(caseEvents.kind, 'intake')));
  return returnee.id;
}

/** Moves a support request's steps to the days they happened (requests are opened "today"). */
async function dated(subjectId: string, days: Record<string, string>) {
  for (const [status, day] of Object.entries(days))
    await db
      .update(caseEvents)
      .set({ effectiveOn: day })
      .where(and(eq(caseEvents.subjectId, subjectId), eq(caseEvents.toStatus, status)));
}

// Commune A: Hòa needed a job and training — hired in April, so in June only training; Nam needs a
// job; Ba asked for a loan in May, found eligible, not yet granted at the end of June.
const hoa = await person('Phạm Văn Hòa', communeA.code, ['job', 'training']);
const nam = await person('Trần Văn Nam', communeA.code, ['job']);
const ba = await person('Lê Văn Ba', communeA.code, ['loan']);
// Commune B: Tư's papers were sorted out in May (nothing left); Sáu's case closed in April (not managed in June).
const tu = await person('Đỗ Thị Tư', communeB.code, ['legal']);
const sau = await person('Ngô Thị Sáu', communeB.code, ['job']);
// Another province's person is not in Quảng Ngãi's report.
const [communeElsewhere] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '24')).limit(1);
await person('Lê Thị Xa', communeElsewhere.code, ['job'], elsewhere);

const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
const job = await makeJob(db, { organisationId: organisation.id });
const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: hoa, consent: true, effectiveOn: '2025-03-20' });
await changeReferral(db, employer, referral.id, { status: 'offered' });
await changeReferral(db, employer, referral.id, {
  status: 'hired',
  startDate: '2025-04-15',
  wageVnd: 7_000_000,
  contractType: 'indefinite',
  effectiveOn: '2025-04-10',
});
const loan = await startSupportCase(db, counsellor, { returneeId: ba, kind: 'loan' });
await changeSupportCase(db, counsellor, loan.id, supportChangeSchema.parse({ status: 'eligible' }));
await dated(loan.id, { needed: '2025-05-02', eligible: '2025-05-20' });
const legal = await startSupportCase(db, counsellor, { returneeId: tu, kind: 'legal' });
await changeSupportCase(db, counsellor, legal.id, supportChangeSchema.parse({ status: 'done' }));
await dated(legal.id, { needed: '2025-04-02', done: '2025-05-10' });
await updateReturneeProfile(
  db,
  counsellor,
  sau,
  profilePatchSchema.parse({ status: 'closed', closeReason: 'moved_away', closedOn: '2025-04-30' }),
);
// The fixture dates its steps by editing the records (as if typed on those days), which no command
// sees: the stored indicator facts are rebuilt from the records once it is in place.
await rebuildIndicatorFacts(db);

const month = '2025-06';
const get = (route: { loader: Parameters<typeof call>[0] }, path: string, cookie: string) =>
  call(route.loader, new Request(origin + path, { headers: { Cookie: cookie } }), context);

test('the counsellor gets, by commune, who still needed what on the month’s last day, and the lists of names (audited)', async () => {
  const report = await monthlyNeeds(db, counsellor, { month, provinceCode: '51' });
  expect(report.protected).toBe(false);
  expect(report.rows.map((row) => [row.communeName, row.counts])).toEqual([
    [communeA.name, [{ shown: 1 }, { shown: 1 }, { shown: 1 }, { shown: 0 }]],
    [communeB.name, [{ shown: 0 }, { shown: 0 }, { shown: 0 }, { shown: 0 }]],
  ]);
  expect(report.totals).toEqual([{ shown: 1 }, { shown: 1 }, { shown: 1 }, { shown: 0 }]);
  expect(report.lists).toEqual([
    {
      communeCode: communeA.code,
      communeName: communeA.name,
      people: [
        { id: ba, fullName: 'Lê Văn Ba', needs: ['loan'] },
        { id: hoa, fullName: 'Phạm Văn Hòa', needs: ['training'] },
        { id: nam, fullName: 'Trần Văn Nam', needs: ['job'] },
      ],
    },
    { communeCode: communeB.code, communeName: communeB.name, people: [] },
  ]);
  const reads = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, counsellor.id), eq(auditLog.reason, 'needs-report')));
  expect(reads.at(-1)).toMatchObject({
    action: 'list',
    entityType: 'returnee',
    details: { month, provinceCode: '51', ids: [ba, hoa, nam] },
  });

  // At the end of April, Tư's papers were still being sorted out and Sáu's case still open (closed
  // that day); Hòa had started the job; in March he needed both.
  const april = await monthlyNeeds(db, counsellor, { month: '2025-04', provinceCode: '51' });
  expect(april.lists!.find((l) => l.communeCode === communeB.code)!.people.map((p) => [p.fullName, p.needs])).toEqual([
    ['Đỗ Thị Tư', ['legal']],
    ['Ngô Thị Sáu', ['job']],
  ]);
  expect(april.lists![0].people.find((p) => p.id === hoa)!.needs).toEqual(['training']);
  const march = await monthlyNeeds(db, counsellor, { month: '2025-03', provinceCode: '51' });
  expect(march.lists![0].people.find((p) => p.id === hoa)!.needs).toEqual(['training', 'job']);

  // The page: the table, the definition in words, and the lists.
  const html = await pageHtml(context, needsPage, 'indicators/needs', `/indicators/needs?month=${month}`, { cookie: counsellorCookie });
  expect(html).toContain('Cần học nghề');
  expect(html).toContain('Cần việc làm: hồ sơ ghi nhu cầu việc làm');
  expect(html).toContain('Trần Văn Nam');
  expect(html).toContain(`href="/indicators/needs.xlsx?month=${month}"`);
});

test('the organiser gets the counts protected and no names; another province’s staff 404; an employer 403', async () => {
  const report = await monthlyNeeds(db, organiser, { month, provinceCode: '51' });
  expect(report.protected).toBe(true);
  expect(report.lists).toBeNull();
  const [table, ...rest] = needsTables(report, 'vi');
  expect(rest).toEqual([]);
  // Every 1 is hidden, and nothing else lets it be worked out (the row and column of a "<5" hide a second cell).
  expect(table.rows.flat().filter((cell) => cell === 1)).toEqual([]);
  expect(table.rows[0].slice(1, 4)).toEqual(['<5', '<5', '<5']);
  const html = await pageHtml(context, needsPage, 'indicators/needs', `/indicators/needs?month=${month}`, { cookie: organiserCookie });
  expect(html).toContain('&lt;5');
  expect(html).not.toContain('Trần Văn Nam');

  expect(((await get(needsPage, `/indicators/needs?month=${month}&province=51`, elsewhereCookie)) as Response).status).toBe(404);
  expect(((await get(needsCsv, `/indicators/needs.csv?month=${month}&province=51`, elsewhereCookie)) as Response).status).toBe(404);
  expect(((await get(needsPage, `/indicators/needs?month=${month}`, employerCookie)) as Response).status).toBe(403);
  expect(((await get(needsXlsx, `/indicators/needs.xlsx?month=${month}`, employerCookie)) as Response).status).toBe(403);
});

test('a month in the future or not a month is named; the page keeps showing this month', async () => {
  const html = await pageHtml(context, needsPage, 'indicators/needs', '/indicators/needs?month=2099-13', { cookie: counsellorCookie });
  expect(html).toContain('Chọn một tháng (năm-tháng) từ 2015 đến tháng này.');
  const file = (await get(needsCsv, '/indicators/needs.csv?month=2099-01', counsellorCookie)) as Response;
  expect(file.status).toBe(400);
  expect(await file.json()).toMatchObject({
    error: { code: 'invalid_input', fields: { month: 'Chọn một tháng (năm-tháng) từ 2015 đến tháng này.' } },
  });
});

test('the XLSX and CSV of the needs report hold the same cells as the page, named after the province and month', async () => {
  const expected = needsTables(await monthlyNeeds(db, counsellor, { month, provinceCode: '51' }), 'vi');

  const xlsx = (await get(needsXlsx, `/indicators/needs.xlsx?month=${month}`, counsellorCookie)) as Response;
  expect(xlsx.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(xlsx.headers.get('Content-Disposition')).toBe('attachment; filename="nhu-cau-quang-ngai-2025-06.xlsx"');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await xlsx.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(2);
  for (const [index, table] of expected.entries()) {
    const sheet = workbook.worksheets[index];
    const rows = table.rows.map((_, r) => table.columns.map((__, c) => sheet.getRow(r + 3).getCell(c + 1).value ?? null));
    expect(rows).toEqual(table.rows);
  }
  expect(workbook.worksheets[1].getCell('B3').value).toBe('Lê Văn Ba');

  const csv = (await get(needsCsv, `/indicators/needs.csv?month=${month}`, organiserCookie)) as Response;
  expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  const bytes = new Uint8Array(await csv.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  expect(text).toContain(`${communeA.name},<5,<5,<5,`);
  expect(text).not.toContain('Lê Văn Ba');
});

test('the dashboard’s XLSX holds every table of the dashboard, its figures the same as the API’s; named after the area and year', async () => {
  const query = 'period=year&year=2025&area=51';
  const dashboard = await indicatorDashboard(db, counsellor, { area: '51', period: { kind: 'year', year: 2025 } }, { stableMonths: 6 });
  const expected = dashboardTables(dashboard, 'vi');
  const answer = (await get(exportXlsx, `/indicators/export.xlsx?${query}`, counsellorCookie)) as Response;
  expect(answer.status).toBe(200);
  expect(answer.headers.get('Content-Disposition')).toBe('attachment; filename="chi-tieu-quang-ngai-2025.xlsx"');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await answer.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(expected.length);
  for (const [index, table] of expected.entries()) {
    const sheet = workbook.worksheets[index];
    expect(sheet.getCell('A1').value).toBe(table.title);
    const rows = table.rows.map((_, r) => table.columns.map((__, c) => sheet.getRow(r + 3).getCell(c + 1).value ?? null));
    expect(rows).toEqual(table.rows);
  }
  // The figures sheet: the same numerators, denominators and rates as GET /api/v1/indicators gives.
  const api = await indicatorReport(db, counsellor, { area: '51', from: '2025-01-01', to: '2025-12-31' }, { stableMonths: 6 });
  const figures = workbook.worksheets[0];
  expect(api.figures.map((_, i) => [2, 3, 4].map((c) => figures.getRow(i + 3).getCell(c).value ?? null))).toEqual(
    api.figures.map((f) => [f.numerator, f.denominator, f.value]),
  );
});

test('the dashboard’s CSV is protected for the organiser as the page is; a wrong query is named; other provinces 404, employers 403', async () => {
  const dashboard = await indicatorDashboard(db, organiser, { area: '51', period: { kind: 'year', year: 2025 } }, { stableMonths: 6 });
  expect(dashboard.protected).toBe(true);
  const answer = (await get(exportCsv, '/indicators/export.csv?period=year&year=2025', organiserCookie)) as Response;
  expect(answer.headers.get('Content-Disposition')).toBe('attachment; filename="chi-tieu-quang-ngai-2025.csv"');
  const text = new TextDecoder().decode(await answer.arrayBuffer());
  const [figures] = dashboardTables(dashboard, 'vi');
  const line = (row: (string | number | null)[]) =>
    row
      .map((cell, i) => (cell === null ? '' : figures.columns[i].kind === 'rate' && typeof cell === 'number' ? csvPercent(cell) : cell))
      .join(',');
  const placed = figures.rows.find((row) => row[0] === 'Có việc làm')!;
  expect(placed.slice(1, 3)).toEqual(['<5', 5]);
  expect(text).toContain(`${line(placed)}\r\n`);

  const wrong = (await get(exportCsv, '/indicators/export.csv?period=quarter&year=2025&area=abc', counsellorCookie)) as Response;
  expect(wrong.status).toBe(400);
  expect(Object.keys(((await wrong.json()) as { error: { fields: Record<string, string> } }).error.fields).sort()).toEqual([
    'area',
    'quarter',
  ]);
  expect(((await get(exportCsv, '/indicators/export.csv?year=2025&area=51', elsewhereCookie)) as Response).status).toBe(404);
  expect(((await get(exportXlsx, '/indicators/export.xlsx?year=2025', employerCookie)) as Response).status).toBe(403);
});

test('/indicators links its files with its own query string, and the yearly and monthly reports', async () => {
  const html = await pageHtml(context, indicatorsPage, 'indicators', '/indicators?period=year&year=2025&quarter=9', {
    cookie: counsellorCookie,
  });
  // The quarter the page set aside (not a quarter) is left out of the files' query too.
  expect(html).toContain('href="/indicators/export.csv?period=year&amp;year=2025"');
  expect(html).toContain('href="/indicators/export.xlsx?period=year&amp;year=2025"');
  expect(html).toContain('href="/indicators/report?year=2025"');
  expect(html).toContain('href="/indicators/needs"');
});
