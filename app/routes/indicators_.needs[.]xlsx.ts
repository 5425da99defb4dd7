// /indicators/needs.xlsx?month=&province=: the monthly needs report as an Excel workbook (a sheet per table), for
// the same readers and with the same protection as the page (indicators_.needs.tsx).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { needsDownload } from '#app/adapters/pages/indicator-downloads.server.ts';

export function loader({ request, context }: LoaderFunctionArgs) {
  return needsDownload(request, context, 'xlsx');
}
