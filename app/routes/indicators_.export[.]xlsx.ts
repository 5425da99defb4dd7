// /indicators/export.xlsx?period=&year=&…&area=&fair=: every table of the indicators dashboard as
// an Excel workbook, a sheet per table, with the same query string, permission and
// protection as the page (/indicators).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { dashboardDownload } from '#app/adapters/pages/indicator-downloads.server.ts';

export function loader({ request, context }: LoaderFunctionArgs) {
  return dashboardDownload(request, context, 'xlsx');
}
