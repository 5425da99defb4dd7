// /fairs/:id/summary.xlsx: the after-fair summary as an Excel workbook for the fair's organisers;
// the page is fairs.$id_.summary.tsx.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { summaryDownload } from '#app/adapters/pages/fair-summary.server.ts';

export function loader({ request, context, params }: LoaderFunctionArgs) {
  return summaryDownload(request, context, params, 'xlsx');
}
