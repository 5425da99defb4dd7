// The indicator reports as files: the monthly needs report (and, with the dashboard, every indicator
// table) as CSV or XLSX, read with the same query string and permission as its page, built from
// the same protected tables, named in plain letters, never cached on the way (staff data).
import type { AppLoadContext } from '@remix-run/node';
import { exportContentTypes, exportFileName, tablesCsv, tablesXlsx, type ExportFormat } from '#app/services/indicators/export.server.ts';
import { monthlyNeeds, needsQuerySchema, needsTables } from '#app/services/indicators/needs.server.ts';
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
