// GET /resources/communes?province=51 → [{ code, name }]: the communes and wards of a province,
// for the province → commune pickers (public reference data, so it may be cached).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { listCommunes } from '#app/services/reference/queries.server.ts';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const province = new URL(request.url).searchParams.get('province') ?? '';
  const communes = /^\d{2}$/.test(province) ? await listCommunes(context.services.db, province) : [];
  return Response.json(communes, { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
