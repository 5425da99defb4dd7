// The indicator reports as files: the monthly needs report (and, with the dashboard, every indicator
// table) as CSV or XLSX, read with the same query string and permission as its page, built from
// the same protected tables, named in plain letters, never cached on the way (staff data).
import type { AppLoadContext } from '@remix-run/node';
import { choiceOf, periodFieldsSchema, type PeriodChoice } from '#app/services/indicators/dashboard-periods.ts';
import { dashboardTables, indicatorDashboard } from '#app/services/indicators/dashboard.server.ts';
import { exportContentTypes, exportFileName, tablesCsv, tablesXlsx, type ExportFormat } from '#app/services/indicators/export.server.ts';
import { monthlyNeeds, needsQuerySchema, needsTables } from '#app/services/indicators/needs.server.ts';
import { dashboardPlaceSchema } from '#app/services/indicators/report.server.ts';
import type { OutputTable } from '#app/services/indicators/tables.ts';
import { vietnamDate } from '#lib/dates.ts';
import { InputError } from '#app/services/errors.ts';
import { answerResponse, invalidAnswer, parseWith } from '../answers.ts';
import { queryValues, throwAsPage } from '../form.server.ts';
import { requireUserWithPermission } from '../session.server.ts';

/** The file of `tables` as an answer that downloads it under `fileName`. */
export async function tablesDownload(tables: readonly OutputTable[], format: ExportFormat, fileName: string, title?: string) {
  const bytes = format === 'csv' ? tablesCsv(tables) : await tablesXlsx(tables, { title });
  return new Response(bytes, {
    headers: {
      'Content-Type': exportContentTypes[format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

/** /indicators/needs.csv|xlsx?month=&province=: the needs report's tables (the lists too, for staff with caseload rights). */
export async function needsDownload(request: Request, context: AppLoadContext, format: ExportFormat) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const thisMonth = vietnamDate().slice(0, 7);
  const parsed = parseWith(needsQuerySchema(thisMonth), queryValues(new URL(request.url)), actor.locale);
  if (!parsed.ok) throw answerResponse(invalidAnswer(actor.locale, parsed.fields));
  const provinceCode = parsed.data.province ?? actor.provinceCode;
  if (!provinceCode) throwAsPage(new InputError({ province: 'needs.validation.province' }), actor.locale);
  const month = parsed.data.month ?? thisMonth;
  const report = await monthlyNeeds(context.services.db, actor, { month, provinceCode }).catch((error: unknown) =>
    throwAsPage(error, actor.locale),
  );
  const tables = needsTables(report, actor.locale);
  return tablesDownload(tables, format, exportFileName(['nhu-cau', report.provinceName, month], format), tables[0].title);
}

/** The period in a file name: "2026", "2026-q2", "2026-03", "2026-01-01-2026-06-30", "2026-den-12-10". */
function periodSlug(choice: PeriodChoice) {
  switch (choice.kind) {
    case 'year':
      return String(choice.year);
    case 'quarter':
      return `${choice.year}-q${choice.quarter}`;
    case 'month':
      return `${choice.year}-${String(choice.month).padStart(2, '0')}`;
    case 'custom':
      return `${choice.from}-${choice.to}`;
    case 'reporting':
      return `${choice.year}-den-${String(choice.end.month).padStart(2, '0')}-${String(choice.end.day).padStart(2, '0')}`;
  }
}

/**
 * /indicators/export.csv|xlsx with the dashboard's own query string (period, year, quarter, month,
 * from, to, end, area, fair): every table of the dashboard, protected as the page shows it; 400 with
 * every field's message for a wrong query, 404 for an area outside the reader's scope.
 */
export async function dashboardDownload(request: Request, context: AppLoadContext, format: ExportFormat) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const thisYear = Number(vietnamDate().slice(0, 4));
  const values = queryValues(new URL(request.url));
  const period = parseWith(periodFieldsSchema(thisYear), values, actor.locale);
  const rest = parseWith(dashboardPlaceSchema, values, actor.locale);
  if (!period.ok || !rest.ok) {
    throw answerResponse(invalidAnswer(actor.locale, { ...(period.ok ? {} : period.fields), ...(rest.ok ? {} : rest.fields) }));
  }
  const choice = choiceOf(period.data, thisYear);
  const dashboard = await indicatorDashboard(
    context.services.db,
    actor,
    { area: rest.data.area, period: choice, fair: rest.data.fair },
    { stableMonths: context.services.env.STABLE_JOB_MONTHS },
  ).catch((error: unknown) => throwAsPage(error, actor.locale));
  const tables = dashboardTables(dashboard, actor.locale);
  const name = exportFileName(
    ['chi-tieu', dashboard.areaName, periodSlug(choice), ...(dashboard.fair ? [dashboard.fair.name] : [])],
    format,
  );
  return tablesDownload(tables, format, name, tables[0]?.title);
}
