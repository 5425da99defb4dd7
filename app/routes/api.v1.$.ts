// An /api/v1 request that reaches Remix: served by the declared operations (app/adapters/api/), a
// JSON 404 or 405 where none matches. The server answers /api/v1 before Remix (server/http-server.ts);
// this route keeps the API whole wherever the Remix handler alone serves the app.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { handleApiRequest } from '#app/adapters/api/operations.server.ts';

export const loader = ({ request, context }: LoaderFunctionArgs) => handleApiRequest(request, context);
export const action = ({ request, context }: ActionFunctionArgs) => handleApiRequest(request, context);
