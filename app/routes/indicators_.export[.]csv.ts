// /indicators/export.csv?period=&year=&…&area=&fair=: every table of the indicators dashboard as
// one CSV file (Excel opens it with the Vietnamese intact), with the same query string, permission and
// protection as the page (/indicators).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { dashboardDownload } from '#app/adapters/pages/indicator-downloads.server.ts';

export function loader({ request, context }: LoaderFunctionArgs) {
  return dashboardDownload(request, context, 'csv');
}
