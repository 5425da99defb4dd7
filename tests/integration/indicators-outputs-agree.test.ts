// Every output of the indicators gives the same numbers (issue 12, "Correctness"): for a province's
// counsellor (exact) and its organiser (protected), the dashboard page, GET /api/v1/indicators, the
// CSV and XLSX files and part II of the yearly report — over steps recorded through the commands as
// the app runs them (`inTransaction`: the stored facts kept on write, nothing rebuilt by hand).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { inTransaction } from '#app/adapters/context.server.ts';
import * as indicatorsPage from '#app/routes/indicators.tsx';
import * as reportPage from '#app/routes/indicators_.report.tsx';
import * as exportCsv from '#app/routes/indicators_.export[.]csv.ts';
import * as exportXlsx from '#app/routes/indicators_.export[.]xlsx.ts';
import { addNote, createReturnee } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema } from '#app/services/caseload/schemas.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { communes } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, jsonRequest, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
const employer = await makeUser(db, { role: 'employer' });
const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ mộc' });
const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);

// Seven people back 200 days ago; six counselled, two hired (a count the organiser sees as "<5").
const day = (offset: number) => vietnamDate(offset);
const run = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(services, work);
for (let i = 0; i < 7; i++) {
  const { returnee } = (await run((tx) =>
    createReturnee(
      tx,
      counsellor,
      intakeSchema.parse({
        fullName: `Trần Văn Người ${i + 1}`,
        birthDate: '1988-02-01',
        sex: 'male',
        communeCode: commune.code,
        releaseDate: day(-200),
        releaseKind: 'completed',
        needs: ['job'],
      }),
    ),
  )) as { returnee: { id: string } };
  if (i < 6) await run((tx) => addNote(tx, counsellor, returnee.id, noteSchema.parse({ contactDate: day(-100), text: 'Tư vấn việc làm' })));
  if (i < 2) {
    const { referral } = await run((tx) => startReferral(tx, counsellor, { jobId: job.id, returneeId: returnee.id, consent: true }));
    await run((tx) => changeReferral(tx, employer, referral.id, { status: 'offered' }));
    await run((tx) =>
      changeReferral(tx, employer, referral.id, { status: 'hired', startDate: day(-10), wageVnd: 6_000_000, contractType: 'indefinite' }),
    );
  }
}

const from = day(-365);
const to = day(0);
const cookies = {
  counsellor: await signInCookie(context, counsellor.email!, defaultTestPassword),
  organiser: await signInCookie(context, organiser.email!, defaultTestPassword),
};
const get = (route: { loader: Parameters<typeof call>[0] }, path: string, cookie: string) =>
  call(route.loader, new Request(origin + path, { headers: { Cookie: cookie } }), context);

type Figure = [numerator: number | string, denominator: number | string, rate: number | null];
/** A rate as the files hold it in percent, rounded to two decimals: what every output is compared on. */
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 10_000) / 100);

test.each(['counsellor', 'organiser'] as const)(
  '%s: the page, the API, the CSV, the XLSX and the yearly report give the same figures',
  async (who) => {
    const cookie = cookies[who];
    const query = `period=custom&from=${from}&to=${to}&area=51`;

    const page = unwrap<Awaited<ReturnType<typeof indicatorsPage.loader>>>(await get(indicatorsPage, `/indicators?${query}`, cookie)).data;
    const onPage: Figure[] = page.report.figures.map((f) => [f.numerator, f.denominator, percent(f.value)]);
    const keys = page.report.figures.map((f) => f.key);

    const apiAnswer = (await call(
      apiHandler,
      jsonRequest('GET', `/api/v1/indicators?area=51&from=${from}&to=${to}`, undefined, { Cookie: cookie }),
      context,
    )) as Response;
    expect(apiAnswer.status).toBe(200);
    const api = (await apiAnswer.json()) as {
      figures: { key: string; numerator: number | string; denominator: number | string; value: number | null }[];
    };
    expect(api.figures.map((f) => f.key)).toEqual(keys);
    expect(api.figures.map((f): Figure => [f.numerator, f.denominator, percent(f.value)])).toEqual(onPage);

    // The XLSX's first sheet is the figures table: its title, the header, then a row per indicator.
    const xlsx = (await get(exportXlsx, `/indicators/export.xlsx?${query}`, cookie)) as Response;
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const inSheet = keys.map((_, i): Figure => {
      const row = sheet.getRow(i + 3);
      const rate = row.getCell(4).value as number | null;
      return [row.getCell(2).value as number | string, row.getCell(3).value as number | string, percent(rate ?? null)];
    });
    expect(inSheet).toEqual(onPage);

    // The CSV: the same table first (title line, header line, rows), rates already in percent.
    const csv = (await get(exportCsv, `/indicators/export.csv?${query}`, cookie)) as Response;
    const lines: string[][] = parse(new TextDecoder().decode((await csv.arrayBuffer()).slice(3)), { relax_column_count: true });
    const cell = (text: string) => (text === '' ? null : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    const inCsv = keys.map((_, i): Figure => {
      const [, numerator, denominator, rate] = lines[i + 2];
      return [cell(numerator)!, cell(denominator)!, cell(rate) as number | null];
    });
    expect(inCsv).toEqual(onPage);

    // The yearly report's part II: this year's figures, as the API gives them for the year.
    const year = to.slice(0, 4);
    const report = unwrap<Awaited<ReturnType<typeof reportPage.loader>>>(
      await get(reportPage, `/indicators/report?year=${year}&area=51`, cookie),
    ).data;
    const yearApi = (await (
      (await call(
        apiHandler,
        jsonRequest('GET', `/api/v1/indicators?area=51&from=${year}-01-01&to=${year}-12-31`, undefined, { Cookie: cookie }),
        context,
      )) as Response
    ).json()) as typeof api;
    expect(
      report.report.results.rows.map((row): Figure => [
        row[1] as number | string,
        row[2] as number | string,
        percent(row[3] as number | null),
      ]),
    ).toEqual(yearApi.figures.map((f): Figure => [f.numerator, f.denominator, percent(f.value)]));

    // What each reader is shown: the exact hires for the counsellor, "<5" for the organiser.
    const placed = onPage[keys.indexOf('placed')];
    expect(placed).toEqual(who === 'counsellor' ? [2, 7, percent(2 / 7)] : ['<5', 7, null]);
    expect(onPage[keys.indexOf('counselled')]).toEqual([6, 7, percent(6 / 7)]);
  },
);
