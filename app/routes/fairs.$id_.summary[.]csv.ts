// /fairs/:id/summary.csv: the after-fair summary as a CSV file for the fair's organisers (Excel
// opens it with the Vietnamese intact); the page is fairs.$id_.summary.tsx.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { summaryDownload } from '#app/adapters/pages/fair-summary.server.ts';

export function loader({ request, context, params }: LoaderFunctionArgs) {
  return summaryDownload(request, context, params, 'csv');
}
