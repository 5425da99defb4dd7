// GET /api/v1/me/profile: the signed-in returnee's own profile; PATCH changes their skills, wishes
// and card consent (name and return details stay with the counsellor).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute } from '#app/services/api.server.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { NotFoundError } from '#app/services/errors.server.ts';
import { parseJsonBody } from '#app/services/http.server.ts';
import { getOwnProfile, ownProfilePatchSchema, updateOwnProfile } from '#app/services/returnees.server.ts';

const noStore = { headers: { 'Cache-Control': 'no-store' } };

const handle = apiRoute({
  GET: async ({ request, context }) => {
    const user = await requirePermission(request, context, 'read:returnee:own');
    const profile = await getOwnProfile(context.services.db, user);
    if (!profile) throw new NotFoundError('caseload.me.notLinked');
    return Response.json({ returnee: profile }, noStore);
  },
  PATCH: async ({ request, context }) => {
    const user = await requirePermission(request, context, 'update:returnee:own');
    const patch = await parseJsonBody(request, ownProfilePatchSchema, user.locale);
    return Response.json({ returnee: await updateOwnProfile(context.services.db, user, patch) }, noStore);
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
