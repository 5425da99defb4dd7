// The handlers behind the pipeline's JSON API (shapes in pipeline-api.server.ts): each parses its
// body with the same zod schema the pages use and calls the same service, so the rules and the
// messages are the pages' own. Domain errors become 400/403/404/409 in apiRoute.
import { apiRoute } from '../api.server.ts';
import { requireUser } from '../auth.server.ts';
import { parseJsonBody } from '../http.server.ts';
import { toApiEnrolment, toApiSupportCase } from '../pipeline-api.server.ts';
import { pipelineActorOf } from './access.server.ts';
import { changeEnrolment, startEnrolment } from './enrolments.server.ts';
import { recordFollowUp } from './placements.server.ts';
import { changeReferral, jobPipeline, referralForApi, startReferral } from './referrals.server.ts';
import {
  enrolmentChangeSchema,
  followUpSchema,
  referralChangeSchema,
  startEnrolmentSchema,
  startReferralSchema,
  startSupportSchema,
  supportChangeSchema,
} from './schemas.ts';
import { changeSupportCase, startSupportCase } from './support.server.ts';
import { returneeTimeline } from './timeline.server.ts';

const noStore = { 'Cache-Control': 'no-store' };

/** POST /api/v1/referrals */
export const referralsRoute = apiRoute({
  POST: async ({ request, context }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, startReferralSchema, user.locale);
    const { referral, placement, created } = await startReferral(context.services.db, user, input);
    return Response.json(
      { referral: referralForApi(referral, placement, pipelineActorOf(user)) },
      { status: created ? 201 : 200, headers: { ...noStore, ...(created ? { Location: `/api/v1/referrals/${referral.id}` } : {}) } },
    );
  },
});

/** PATCH /api/v1/referrals/:id */
export const referralRoute = apiRoute({
  PATCH: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const change = await parseJsonBody(request, referralChangeSchema, user.locale);
    const { referral, placement } = await changeReferral(context.services.db, user, params.id ?? '', change);
    return Response.json({ referral: referralForApi(referral, placement, pipelineActorOf(user)) }, { headers: noStore });
  },
});

/** GET /api/v1/jobs/:id/pipeline */
export const jobPipelineRoute = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    return Response.json(await jobPipeline(context.services.db, user, params.id ?? ''), { headers: noStore });
  },
});

/** POST /api/v1/placements/:id/follow-ups */
export const followUpsRoute = apiRoute({
  POST: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, followUpSchema, user.locale);
    const { followUp, placement } = await recordFollowUp(context.services.db, user, params.id ?? '', input);
    return Response.json(
      {
        followUp: {
          placementId: followUp.placementId,
          month: followUp.month,
          stillEmployed: followUp.stillEmployed,
          note: followUp.note,
          recordedAt: followUp.recordedAt.toISOString(),
        },
        placement: {
          id: placement.id,
          startDate: placement.startDate,
          wageVnd: placement.wageVnd,
          contractType: placement.contractType,
          endedOn: placement.endedOn,
        },
      },
      { status: 201, headers: noStore },
    );
  },
});

/** POST /api/v1/enrolments */
export const enrolmentsRoute = apiRoute({
  POST: async ({ request, context }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, startEnrolmentSchema, user.locale);
    const { enrolment } = await startEnrolment(context.services.db, user, input);
    return Response.json(
      { enrolment: toApiEnrolment(enrolment) },
      { status: 201, headers: { ...noStore, Location: `/api/v1/enrolments/${enrolment.id}` } },
    );
  },
});

/** PATCH /api/v1/enrolments/:id */
export const enrolmentRoute = apiRoute({
  PATCH: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const change = await parseJsonBody(request, enrolmentChangeSchema, user.locale);
    const { enrolment, seatsLeft } = await changeEnrolment(context.services.db, user, params.id ?? '', change);
    return Response.json({ enrolment: toApiEnrolment(enrolment), seatsLeft }, { headers: noStore });
  },
});

/** POST /api/v1/support-cases */
export const supportCasesRoute = apiRoute({
  POST: async ({ request, context }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, startSupportSchema, user.locale);
    const created = await startSupportCase(context.services.db, user, input);
    return Response.json(
      { supportCase: toApiSupportCase(created) },
      { status: 201, headers: { ...noStore, Location: `/api/v1/support-cases/${created.id}` } },
    );
  },
});

/** PATCH /api/v1/support-cases/:id */
export const supportCaseRoute = apiRoute({
  PATCH: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const change = await parseJsonBody(request, supportChangeSchema, user.locale);
    return Response.json(
      { supportCase: toApiSupportCase(await changeSupportCase(context.services.db, user, params.id ?? '', change)) },
      { headers: noStore },
    );
  },
});

/** GET /api/v1/returnees/:id/timeline */
export const timelineRoute = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    return Response.json({ events: await returneeTimeline(context.services.db, user, params.id ?? '') }, { headers: noStore });
  },
});
