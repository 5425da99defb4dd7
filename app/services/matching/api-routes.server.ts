// The handlers behind GET /api/v1/returnees/:id/matches and GET /api/v1/jobs/:id/matches: parse the
// query, sign in the caller, and answer with the view their role allows (views.server.ts).
import type { z } from 'zod';
import { translate } from '#app/i18n/i18n.ts';
import { apiRoute } from '../api.server.ts';
import { requireUser } from '../auth.server.ts';
import { errorResponse, parseWith } from '../http.server.ts';
import { jobMatchesQuerySchema, returneeMatchesQuerySchema } from '../matching-api.server.ts';
import { jobCandidates, returneeMatches } from './views.server.ts';

const personal = { 'Cache-Control': 'private, no-store' };

function queryOf<S extends z.ZodType>(request: Request, schema: S, locale: 'vi' | 'en') {
  const parsed = parseWith(schema, Object.fromEntries(new URL(request.url).searchParams), locale);
  if (!parsed.ok) throw errorResponse('invalid_input', translate(locale, 'validation.invalid'), { fields: parsed.fields });
  return parsed.data;
}

export const returneeMatchesRoute = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const { limit } = queryOf(request, returneeMatchesQuerySchema, user.locale);
    const view = await returneeMatches(context.services, user, params.id ?? '', { locale: user.locale, limit });
    return Response.json(view, { headers: personal });
  },
});

export const jobMatchesRoute = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const { limit } = queryOf(request, jobMatchesQuerySchema, user.locale);
    const view = await jobCandidates(context.services, user, params.id ?? '', { locale: user.locale, limit });
    return Response.json(view, { headers: personal });
  },
});
