// The after-fair summary's downloads: the fair's organisers get the CSV or the XLSX file of its
// summary, named after the fair and its day, never cached on the way (it is staff data).
import type { AppLoadContext, LoaderFunctionArgs } from '@remix-run/node';
import { fairSummary } from '#app/services/fairs/summary.server.ts';
import { summaryCsv, summaryXlsx } from '#app/services/fairs/summary-export.server.ts';
import { foldVietnamese } from '#lib/fold.ts';
import { throwAsPage } from '../form.server.ts';
import { requireOrganisersFair } from './fairs.server.ts';

const types = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** "tong-ket-phien-cho-viec-lam-thang-12-2026-12-12.xlsx": plain letters, so every browser keeps the name. */
function fileName(name: string, startsAt: string, format: keyof typeof types) {
  const day = new Date(startsAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const slug = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `tong-ket-${slug || 'phien-cho'}-${day}.${format}`;
}

export async function summaryDownload(
  request: Request,
  context: AppLoadContext,
  params: LoaderFunctionArgs['params'],
  format: keyof typeof types,
) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const summary = await fairSummary(context.services.db, actor, fair.id).catch((error: unknown) => throwAsPage(error, actor.locale));
  const bytes = format === 'csv' ? summaryCsv(summary, actor.locale) : await summaryXlsx(summary, actor.locale);
  return new Response(bytes, {
    headers: {
      'Content-Type': types[format],
      'Content-Disposition': `attachment; filename="${fileName(summary.fair.name, summary.fair.startsAt, format)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
