// GET /api/v1/me: the signed-in user (session cookie or bearer token).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute, toApiUser } from '#app/services/api.server.ts';
import { requirePermission } from '#app/services/auth.server.ts';

const handle = apiRoute({
  GET: async ({ request, context }) => {
    const user = await requirePermission(request, context, 'read:account:own');
    return Response.json({ user: toApiUser(user) });
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
