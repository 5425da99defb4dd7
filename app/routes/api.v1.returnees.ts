// GET /api/v1/returnees: the caseload of the caller's province (filters as on /caseload);
// POST: intake of a new person in that province.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { translate } from '#app/i18n/i18n.ts';
import { apiRoute } from '#app/services/api.server.ts';
import { requireUser } from '#app/services/auth.server.ts';
import { errorResponse, parseJsonBody, parseWith } from '#app/services/http.server.ts';
import {
  caseloadFilterSchema,
  createReturnee,
  intakeSchema,
  listCaseload,
  loadProfile,
  queryValues,
} from '#app/services/returnees.server.ts';

const handle = apiRoute({
  GET: async ({ request, context }) => {
    const user = await requireUser(request, context);
    const parsed = parseWith(caseloadFilterSchema, queryValues(new URL(request.url)), user.locale);
    if (!parsed.ok) return errorResponse('invalid_input', translate(user.locale, 'validation.invalid'), { fields: parsed.fields });
    const { rows, total, page, perPage, pages } = await listCaseload(context.services.db, user, parsed.data);
    return Response.json({ returnees: rows, total, page, perPage, pages }, { headers: { 'Cache-Control': 'no-store' } });
  },
  POST: async ({ request, context }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, intakeSchema, user.locale);
    const { db } = context.services;
    const created = await createReturnee(db, user, input);
    return Response.json(
      { returnee: await loadProfile(db, created.id) },
      { status: 201, headers: { Location: `/api/v1/returnees/${created.id}`, 'Cache-Control': 'no-store' } },
    );
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
