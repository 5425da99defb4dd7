// Any other /api/v1 path: a JSON 404 in the API's error shape (not an HTML page).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { errorResponse } from '#app/services/http.server.ts';

function notFound({ request }: LoaderFunctionArgs | ActionFunctionArgs) {
  return errorResponse('not_found', `No API endpoint at ${new URL(request.url).pathname}`);
}

export const loader = notFound;
export const action = notFound;
