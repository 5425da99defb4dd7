// POST /api/v1/returnees/:id/consent { granted }: records the person's answer on sharing an
// anonymised card (by their counsellor, or by the person themself); a withdrawal hides the card at once.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute } from '#app/services/api.server.ts';
import { requireUser } from '#app/services/auth.server.ts';
import { parseJsonBody } from '#app/services/http.server.ts';
import { consentSchema, setCardConsent } from '#app/services/returnees.server.ts';

const handle = apiRoute({
  POST: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const { granted } = await parseJsonBody(request, consentSchema, user.locale);
    return Response.json(
      { returnee: await setCardConsent(context.services.db, user, params.id ?? '', granted) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
