// The handlers behind /api/v1/jobs and /api/v1/training: one implementation for both kinds, so
// search, read, create and change behave the same way for jobs and training slots.
import { errorResponse, parseJsonBody, parseWith } from './http.server.ts';
import { translate } from '#app/i18n/i18n.ts';
import { searchCatalogue } from '#search/query.ts';
import { catalogueQuerySchema } from '#search/catalogue-query.ts';
import { apiRoute } from './api.server.ts';
import { getLocale, getUser, requirePermission } from './auth.server.ts';
import { toApiJob, toApiTraining } from './catalogue-api.server.ts';
import {
  createJob,
  createTrainingSlot,
  getJobDetail,
  getTrainingDetail,
  jobInputSchema,
  jobPatchSchema,
  trainingInputSchema,
  trainingPatchSchema,
  updateJob,
  updateTrainingSlot,
} from './postings.server.ts';

type Kind = 'job' | 'training';

const kinds = {
  job: {
    name: 'job',
    createPermission: 'create:job:own',
    updatePermission: 'update:job:own',
    inputSchema: jobInputSchema,
    patchSchema: jobPatchSchema,
    create: createJob,
    update: updateJob,
    detail: async (...args: Parameters<typeof getJobDetail>) => toApiJob(await getJobDetail(...args)),
  },
  training: {
    name: 'training',
    createPermission: 'create:training:own',
    updatePermission: 'update:training:own',
    inputSchema: trainingInputSchema,
    patchSchema: trainingPatchSchema,
    create: createTrainingSlot,
    update: updateTrainingSlot,
    detail: async (...args: Parameters<typeof getTrainingDetail>) => toApiTraining(await getTrainingDetail(...args)),
  },
} as const;

/** GET: search; POST: create one of your organisation's postings. */
export function collectionRoute(kind: Kind) {
  const k = kinds[kind];
  return apiRoute({
    GET: async ({ request, context }) => {
      const locale = await getLocale(request);
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = parseWith(catalogueQuerySchema, { ...params, kind }, locale);
      if (!parsed.ok) return errorResponse('invalid_input', translate(locale, 'validation.invalid'), { fields: parsed.fields });
      const result = await searchCatalogue(context.services, parsed.data);
      return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
    },
    POST: async ({ request, context }) => {
      const user = await requirePermission(request, context, k.createPermission);
      const input = await parseJsonBody(request, k.inputSchema, user.locale);
      const created = await (k.create as (...a: unknown[]) => Promise<{ id: string }>)(context.services.db, user, input);
      const body = await k.detail(context.services.db, user, created.id);
      return Response.json(
        { [k.name]: body },
        { status: 201, headers: { Location: `/api/v1/${kind === 'job' ? 'jobs' : 'training'}/${created.id}` } },
      );
    },
  });
}

/** GET: one posting; PATCH: change your own. */
export function itemRoute(kind: Kind) {
  const k = kinds[kind];
  return apiRoute({
    GET: async ({ request, context, params }) => {
      const viewer = await getUser(request, context);
      return Response.json({ [k.name]: await k.detail(context.services.db, viewer, params.id ?? '') });
    },
    PATCH: async ({ request, context, params }) => {
      const user = await requirePermission(request, context, k.updatePermission);
      const patch = await parseJsonBody(request, k.patchSchema, user.locale);
      // Existence and visibility first: someone else's draft is 404 to a stranger, 403 to nobody.
      await (k.update as (...a: unknown[]) => Promise<unknown>)(context.services.db, user, params.id ?? '', patch);
      return Response.json({ [k.name]: await k.detail(context.services.db, user, params.id ?? '') });
    },
  });
}
