// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod declarations.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { openApiDocument } from '#app/services/api.server.ts';

export function loader({ request }: LoaderFunctionArgs) {
  return Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
