// The pipeline part of the JSON API: referrals (start, move, a job's board), placement follow-ups,
// training enrolments, loan and legal support, and the person's timeline. Each operation parses
// its body with the same zod schema the pages use and calls the same command.
import { z } from 'zod';
import { changeEnrolment, startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import { pipelineActorOf } from '#app/services/pipeline/access.server.ts';
import { jobPipeline, placementSummary, referralForApi } from '#app/services/pipeline/queries/referrals.server.ts';
import { supportCaseView } from '#app/services/pipeline/queries/support.server.ts';
import { returneeTimeline } from '#app/services/pipeline/queries/timeline.server.ts';
import {
  enrolmentChangeSchema,
  followUpSchema,
  referralChangeSchema,
  startEnrolmentSchema,
  startReferralSchema,
  startSupportSchema,
  supportChangeSchema,
} from '#app/services/pipeline/schemas.ts';
import {
  contractTypes,
  enrolmentStatuses,
  jobStatuses,
  referralStatuses,
  roles,
  skillLevels,
  supportKinds,
  supportStatuses,
  workTypes,
  type Enrolment,
  type Placement,
  type Referral,
  type SupportCase,
} from '#db/schema.ts';
import { cardRef, cardRefKey } from '#app/services/caseload/cards.server.ts';
import type { Actor } from '#app/services/authorize.ts';
import type { Executor } from '#db/client.ts';
import { defineOperation } from './operation.ts';

/** A referral as `actor` may read it: an employer gets the card's reference on the job in place of the person's id. */
async function referralFor(executor: Executor, actor: Actor, referral: Referral, placement: Placement | null) {
  const viewer = pipelineActorOf(actor);
  const view = referralForApi(referral, placement, viewer);
  if (viewer !== 'employer') return view;
  return { ...view, returneeId: cardRef(await cardRefKey(executor), referral.jobId, referral.returneeId) };
}

// ── Shapes ──────────────────────────────────────────────────────────────────────────────────────

const placementSchema = z.object({
  id: z.uuid(),
  startDate: z.string(),
  wageVnd: z.number().int().describe('VND per month'),
  contractType: z.enum(contractTypes),
  endedOn: z.string().nullable().describe('Set when a follow-up found the person no longer employed there'),
});

export const apiReferralSchema = z.object({
  id: z.uuid(),
  returneeId: z.string().describe('The person’s id; for an employer, the card’s reference on this job (a pseudonym, never the id)'),
  jobId: z.uuid(),
  status: z.enum(referralStatuses),
  interviewAt: z.string().nullable(),
  reason: z.string().nullable().describe('Why not hired or withdrawn (employers see only a not-hired reason)'),
  createdAt: z.string(),
  updatedAt: z.string(),
  placement: placementSchema.nullable(),
});

const named = z.object({ nameVi: z.string(), nameEn: z.string() });
const cardSchema = z.object({
  ref: z.string().describe('The card’s reference on this job (a pseudonym that differs per job)'),
  provinceName: z.string(),
  communeName: z.string().nullable(),
  availableFrom: z.string().nullable(),
  workTypes: z.array(z.enum(workTypes)),
  skills: z.array(named.extend({ code: z.string(), level: z.enum(skillLevels) })),
  certificates: z.array(z.string()),
  experience: z.array(named.extend({ months: z.number().int().nullable() })),
});

export const apiJobPipelineSchema = z.object({
  job: z.object({ id: z.uuid(), title: z.string(), status: z.enum(jobStatuses), organisationName: z.string() }),
  viewer: z.enum(['counsellor', 'employer', 'returnee']),
  entries: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(referralStatuses),
      interviewAt: z.string().nullable(),
      reason: z.string().nullable(),
      updatedAt: z.string(),
      candidate: z
        .object({ name: z.string(), phone: z.string().nullable() })
        .nullable()
        .describe('Only once the person applied or consented to this referral'),
      card: cardSchema.nullable().describe('The anonymised card (never a name, contact or anything about the past)'),
      placement: placementSchema.nullable(),
    }),
  ),
});

export const apiEnrolmentSchema = z.object({
  id: z.uuid(),
  returneeId: z.uuid(),
  trainingSlotId: z.uuid(),
  status: z.enum(enrolmentStatuses),
  reason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function toApiEnrolment(e: Enrolment): z.output<typeof apiEnrolmentSchema> {
  return {
    id: e.id,
    returneeId: e.returneeId,
    trainingSlotId: e.trainingSlotId,
    status: e.status,
    reason: e.reason,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export const apiSupportCaseSchema = z.object({
  id: z.uuid(),
  returneeId: z.uuid(),
  kind: z.enum(supportKinds),
  status: z.enum(supportStatuses),
  amountVnd: z.number().int().nullable().describe('A granted loan, in VND'),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const toApiSupportCase: (c: SupportCase) => z.output<typeof apiSupportCaseSchema> = supportCaseView;

const followUpResultSchema = z.object({
  followUp: z.object({
    placementId: z.uuid(),
    month: z.number().int(),
    stillEmployed: z.boolean(),
    note: z.string().nullable(),
    recordedAt: z.string(),
  }),
  placement: placementSchema,
});

export const apiTimelineSchema = z.object({
  events: z.array(
    z.object({
      id: z.number().int(),
      at: z.string().describe('When it was recorded'),
      effectiveOn: z.string().describe('The day it took effect (YYYY-MM-DD, Vietnam); earlier than `at` when recorded late'),
      kind: z.string().describe('referral, placement, placement.follow_up, enrolment, loan, legal, …'),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      subjectId: z.string().nullable(),
      actor: z.object({ name: z.string(), role: z.enum(roles) }).nullable(),
      text: z.string().describe('The step in plain words, in the caller’s language'),
    }),
  ),
});

// ── Operations ──────────────────────────────────────────────────────────────────────────────────

const errors = {
  400: { description: 'Invalid input (one message per field)' },
  401: { description: 'Not signed in' },
  403: { description: 'Your role may not take this step' },
  404: { description: 'No such record, or not yours to see' },
  409: { description: 'The current status does not allow this step (the message says what it needs)' },
} as const;

export const pipelineOperations = [
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/referrals',
      summary:
        'Start a job referral: a counsellor suggests a public job to a person of their province (with "consent": true, refers them at once); the person applies for themself (their consent to share name and phone with this employer is recorded); the job’s employer asks for an introduction to a visible anonymised card (cardRef = the card’s reference on this job)',
      tag: 'Pipeline',
      access: ['create:referral:province', 'create:application:own', 'create:introduction:own'],
      write: true,
      body: startReferralSchema,
      responses: {
        201: { description: 'Started', schema: z.object({ referral: apiReferralSchema }) },
        200: {
          description: 'Already there (an application turns a suggestion into a request; asking again changes nothing)',
          schema: z.object({ referral: apiReferralSchema }),
        },
        ...errors,
      },
    },
    async ({ actor, executor, body }) => {
      const { referral, placement, created } = await startReferral(executor, actor, body);
      return {
        status: created ? 201 : 200,
        body: { referral: await referralFor(executor, actor, referral, placement) },
        headers: created ? { Location: `/api/v1/referrals/${referral.id}` } : undefined,
      };
    },
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/referrals/{id}',
      summary:
        'Move a referral: referred (counsellor, with the person’s consent) → interview_scheduled (interviewAt) → offered → hired (startDate, wageVnd, contractType; creates the placement) / not_hired (reason) / withdrawn (person or counsellor)',
      tag: 'Pipeline',
      access: ['update:referral', 'create:application:own'],
      record: 'referral',
      write: true,
      body: referralChangeSchema,
      responses: { 200: { description: 'Moved', schema: z.object({ referral: apiReferralSchema }) }, ...errors },
    },
    async ({ actor, executor, params, body }) => {
      const { referral, placement } = await changeReferral(executor, actor, params.id, body);
      return { body: { referral: await referralFor(executor, actor, referral, placement) } };
    },
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/jobs/{id}/pipeline',
      summary:
        'A job’s candidates by step: for a member of the employer (names only where the person applied or consented) or a counsellor (people of their province)',
      tag: 'Pipeline',
      access: 'update:referral',
      record: 'job',
      responses: { 200: { description: 'The board', schema: apiJobPipelineSchema }, 401: errors[401], 403: errors[403], 404: errors[404] },
    },
    async ({ actor, executor, params }) => ({ body: await jobPipeline(executor, actor, params.id) }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/placements/{id}/follow-ups',
      summary:
        'Record the follow-up at 1, 3, 6 or 12 months (counsellor; not before it is due, once per mark); stillEmployed false needs endedOn (the first day no longer working there: from the start date to today, after every mark already found employed), ends the placement and reopens the case',
      tag: 'Pipeline',
      access: 'update:referral:province',
      record: 'placement',
      write: true,
      body: followUpSchema,
      responses: { 201: { description: 'Recorded', schema: followUpResultSchema }, ...errors },
    },
    async ({ actor, executor, params, body }) => {
      const { followUp, placement } = await recordFollowUp(executor, actor, params.id, body);
      return {
        status: 201,
        body: {
          followUp: {
            placementId: followUp.placementId,
            month: followUp.month,
            stillEmployed: followUp.stillEmployed,
            note: followUp.note,
            recordedAt: followUp.recordedAt.toISOString(),
          },
          placement: placementSummary(placement),
        },
      };
    },
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/enrolments',
      summary: 'Apply for a public training course with seats left (the person, or their counsellor with returneeId)',
      tag: 'Pipeline',
      access: ['update:referral:province', 'create:application:own'],
      write: true,
      body: startEnrolmentSchema,
      responses: { 201: { description: 'Applied', schema: z.object({ enrolment: apiEnrolmentSchema }) }, ...errors },
    },
    async ({ actor, executor, body }) => {
      const { enrolment } = await startEnrolment(executor, actor, body);
      return { status: 201, body: { enrolment: toApiEnrolment(enrolment) }, headers: { Location: `/api/v1/enrolments/${enrolment.id}` } };
    },
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/enrolments/{id}',
      summary:
        'Move an enrolment (counsellor): applied → enrolled (takes a seat; 409 when none is left) → completed → certified, or dropped_out',
      tag: 'Pipeline',
      access: 'update:referral:province',
      record: 'enrolment',
      write: true,
      body: enrolmentChangeSchema,
      responses: {
        200: {
          description: 'Moved',
          schema: z.object({
            enrolment: apiEnrolmentSchema,
            seatsLeft: z.number().int().nullable().describe('When the step took or gave back a seat'),
          }),
        },
        ...errors,
      },
    },
    async ({ actor, executor, params, body }) => {
      const { enrolment, seatsLeft } = await changeEnrolment(executor, actor, params.id, body);
      return { body: { enrolment: toApiEnrolment(enrolment), seatsLeft } };
    },
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/support-cases',
      summary: 'Open a loan (VBSP, Decision 22/2023/QĐ-TTg) or legal-help case for a person of your province (counsellor)',
      tag: 'Pipeline',
      access: 'update:referral:province',
      write: true,
      body: startSupportSchema,
      responses: { 201: { description: 'Opened', schema: z.object({ supportCase: apiSupportCaseSchema }) }, ...errors },
    },
    async ({ actor, executor, body }) => {
      const created = await startSupportCase(executor, actor, body);
      return {
        status: 201,
        body: { supportCase: toApiSupportCase(created) },
        headers: { Location: `/api/v1/support-cases/${created.id}` },
      };
    },
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/support-cases/{id}',
      summary:
        'Move a support case (counsellor): loan needed → eligible / not_eligible → referred_to_bank → granted (amountVnd) / refused; legal needed → done',
      tag: 'Pipeline',
      access: 'update:referral:province',
      record: 'supportCase',
      write: true,
      body: supportChangeSchema,
      responses: { 200: { description: 'Moved', schema: z.object({ supportCase: apiSupportCaseSchema }) }, ...errors },
    },
    async ({ actor, executor, params, body }) => ({
      body: { supportCase: toApiSupportCase(await changeSupportCase(executor, actor, params.id, body)) },
    }),
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/returnees/{id}/timeline',
      summary: 'A person’s timeline, newest first, in plain words (the person, or a counsellor of their province; audited)',
      tag: 'Pipeline',
      access: 'read:returnee',
      record: 'returnee',
      responses: { 200: { description: 'The timeline', schema: apiTimelineSchema }, 401: errors[401], 403: errors[403], 404: errors[404] },
    },
    async ({ actor, executor, params }) => ({ body: { events: await returneeTimeline(executor, actor, params.id) } }),
  ),
];
