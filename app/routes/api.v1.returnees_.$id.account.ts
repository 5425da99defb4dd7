// POST /api/v1/returnees/:id/account { phone, method: "password" | "code", password? }: the
// counsellor creates the person's phone sign-in; a generated code is in the answer once, never stored.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute } from '#app/services/api.server.ts';
import { requireUser } from '#app/services/auth.server.ts';
import { parseJsonBody } from '#app/services/http.server.ts';
import { accountSchema, createReturneeAccount } from '#app/services/returnees.server.ts';

const handle = apiRoute({
  POST: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, accountSchema, user.locale);
    const account = await createReturneeAccount(context.services.db, user, params.id ?? '', input);
    return Response.json({ account }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
