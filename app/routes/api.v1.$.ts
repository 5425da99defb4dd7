// Every /api/v1 request: served by the declared operations (app/adapters/api/), a JSON 404 or 405
// where none matches.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { handleApiRequest } from '#app/adapters/api/operations.server.ts';

export const loader = ({ request, context }: LoaderFunctionArgs) => handleApiRequest(request, context);
export const action = ({ request, context }: ActionFunctionArgs) => handleApiRequest(request, context);
