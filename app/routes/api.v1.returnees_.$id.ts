// GET /api/v1/returnees/:id reads one person's profile (their counsellor's province, or the person);
// PATCH changes it (counsellors; the person changes their own through /api/v1/me/profile).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute } from '#app/services/api.server.ts';
import { requireUser } from '#app/services/auth.server.ts';
import { parseJsonBody } from '#app/services/http.server.ts';
import { getReturneeProfile, profilePatchSchema, updateReturneeProfile } from '#app/services/returnees.server.ts';

const noStore = { headers: { 'Cache-Control': 'no-store' } };

const handle = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    return Response.json({ returnee: await getReturneeProfile(context.services.db, user, params.id ?? '', 'api: profile') }, noStore);
  },
  PATCH: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const patch = await parseJsonBody(request, profilePatchSchema, user.locale);
    return Response.json({ returnee: await updateReturneeProfile(context.services.db, user, params.id ?? '', patch) }, noStore);
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
