// The pipeline part of the JSON API (issue 4): referrals (start, move, a job's board), placement
// follow-ups, training enrolments, loan and legal support, and the person's timeline. Operations
// declared here are listed in the OpenAPI document by api.server.ts; the route modules
// (api.v1.referrals*.ts, api.v1.placements*.ts, api.v1.enrolments*.ts, api.v1.support-cases*.ts,
// api.v1.jobs_.$id.pipeline.ts, api.v1.returnees_.$id.timeline.ts) use the same schemas.
import { z } from 'zod';
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
  type SupportCase,
} from '#db/schema.ts';
import type { Operation } from './api.server.ts';
import {
  enrolmentChangeSchema,
  followUpSchema,
  referralChangeSchema,
  startEnrolmentSchema,
  startReferralSchema,
  startSupportSchema,
  supportChangeSchema,
} from './pipeline/schemas.ts';

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
  returneeId: z.uuid().describe('For an employer: the anonymised card’s ref'),
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
  ref: z.uuid(),
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

export function toApiSupportCase(c: SupportCase): z.output<typeof apiSupportCaseSchema> {
  return {
    id: c.id,
    returneeId: c.returneeId,
    kind: c.kind,
    status: c.status,
    amountVnd: c.amountVnd,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

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
      at: z.string(),
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
  {
    method: 'post',
    path: '/api/v1/referrals',
    summary:
      'Start a job referral: a counsellor suggests a public job to a person of their province (with "consent": true, refers them at once); the person applies for themself (their consent to share name and phone with this employer is recorded); the job’s employer asks for an introduction to a visible anonymised card (returneeId = the card’s ref)',
    tag: 'Pipeline',
    auth: true,
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
  {
    method: 'patch',
    path: '/api/v1/referrals/{id}',
    summary:
      'Move a referral: referred (counsellor, with the person’s consent) → interview_scheduled (interviewAt) → offered → hired (startDate, wageVnd, contractType; creates the placement) / not_hired (reason) / withdrawn (person or counsellor)',
    tag: 'Pipeline',
    auth: true,
    body: referralChangeSchema,
    responses: { 200: { description: 'Moved', schema: z.object({ referral: apiReferralSchema }) }, ...errors },
  },
  {
    method: 'get',
    path: '/api/v1/jobs/{id}/pipeline',
    summary:
      'A job’s candidates by step: for a member of the employer (names only where the person applied or consented) or a counsellor (people of their province)',
    tag: 'Pipeline',
    auth: true,
    responses: { 200: { description: 'The board', schema: apiJobPipelineSchema }, 401: errors[401], 403: errors[403], 404: errors[404] },
  },
  {
    method: 'post',
    path: '/api/v1/placements/{id}/follow-ups',
    summary:
      'Record the follow-up at 1, 3, 6 or 12 months (counsellor; not before it is due, once per mark); stillEmployed false ends the placement and reopens the case',
    tag: 'Pipeline',
    auth: true,
    body: followUpSchema,
    responses: { 201: { description: 'Recorded', schema: followUpResultSchema }, ...errors },
  },
  {
    method: 'post',
    path: '/api/v1/enrolments',
    summary: 'Apply for a public training course with seats left (the person, or their counsellor with returneeId)',
    tag: 'Pipeline',
    auth: true,
    body: startEnrolmentSchema,
    responses: { 201: { description: 'Applied', schema: z.object({ enrolment: apiEnrolmentSchema }) }, ...errors },
  },
  {
    method: 'patch',
    path: '/api/v1/enrolments/{id}',
    summary:
      'Move an enrolment (counsellor): applied → enrolled (takes a seat; 409 when none is left) → completed → certified, or dropped_out',
    tag: 'Pipeline',
    auth: true,
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
  {
    method: 'post',
    path: '/api/v1/support-cases',
    summary: 'Open a loan (VBSP, Decision 22/2023/QĐ-TTg) or legal-help case for a person of your province (counsellor)',
    tag: 'Pipeline',
    auth: true,
    body: startSupportSchema,
    responses: { 201: { description: 'Opened', schema: z.object({ supportCase: apiSupportCaseSchema }) }, ...errors },
  },
  {
    method: 'patch',
    path: '/api/v1/support-cases/{id}',
    summary:
      'Move a support case (counsellor): loan needed → eligible / not_eligible → referred_to_bank → granted (amountVnd) / refused; legal needed → done',
    tag: 'Pipeline',
    auth: true,
    body: supportChangeSchema,
    responses: { 200: { description: 'Moved', schema: z.object({ supportCase: apiSupportCaseSchema }) }, ...errors },
  },
  {
    method: 'get',
    path: '/api/v1/returnees/{id}/timeline',
    summary: 'A person’s timeline, newest first, in plain words (the person, or a counsellor of their province; audited)',
    tag: 'Pipeline',
    auth: true,
    responses: { 200: { description: 'The timeline', schema: apiTimelineSchema }, 401: errors[401], 403: errors[403], 404: errors[404] },
  },
] as const satisfies Operation[];
