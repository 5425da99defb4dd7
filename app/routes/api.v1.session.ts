// POST /api/v1/session signs in; DELETE signs out.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute, toApiUser } from '#app/services/api.server.ts';
import { getLocale, signInForRequest, signInSchema, signOutForRequest } from '#app/services/auth.server.ts';
import { errorResponse, parseJsonBody } from '#app/services/http.server.ts';

const handle = apiRoute({
  POST: async ({ request, context }) => {
    const input = await parseJsonBody(request, signInSchema, await getLocale(request));
    const result = await signInForRequest(request, context, input);
    if (!result.ok) return errorResponse(result.code, result.message, { headers: result.headers });
    return Response.json({ user: toApiUser(result.user) }, { headers: { 'Set-Cookie': result.setCookie } });
  },
  DELETE: async ({ request, context }) =>
    new Response(null, { status: 204, headers: { 'Set-Cookie': await signOutForRequest(request, context) } }),
});

export const action = (args: ActionFunctionArgs) => handle(args);
export const loader = (args: LoaderFunctionArgs) => handle(args);
