// Input shapes of the pipeline (zod), the same whether a change arrives from a page's form (strings)
// or as JSON through the API; each failure carries a message key for the field.
import { z } from 'zod';
import { contractTypes, followUpMonths, supportKinds, supportStatuses, enrolmentStatuses } from '#db/schema.ts';
import {
  calendarDate,
  effectiveOnField,
  flag,
  optionalDate,
  optionalText,
  optionalWholeNumber,
  parseVietnamDateTime,
  requiredText,
  wholeNumber,
  withRules,
} from '../fields.ts';
import { vietnamDate } from '#lib/dates.ts';
import { findPastLabel } from '../neutral-words.ts';

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** An id, or a link that contains one (a counsellor may paste a job's address). */
function idField(key: Parameters<typeof requiredText>[2]) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.match(uuidPattern)?.[0]?.toLowerCase() ?? v.trim()) : v),
    z.string({ error: key }).regex(new RegExp(`^${uuidPattern.source}$`, 'i'), key),
  );
}

/** How far before now a typed interview time may be (the minute being typed in). */
const interviewGraceMs = 60_000;

/**
 * When an interview will take place: not in the past (what happened at a past interview is
 * recorded as its outcome — offered, not hired — not scheduled).
 */
export const interviewAtField = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z
    .string({ error: 'pipeline.validation.interviewAt' })
    .transform(
      (v, ctx) => parseVietnamDateTime(v.trim()) ?? (ctx.addIssue({ code: 'custom', message: 'pipeline.validation.interviewAt' }), z.NEVER),
    )
    .refine((at) => at.getTime() >= Date.now() - interviewGraceMs, 'pipeline.validation.interviewPast'),
);

/** Text an employer will read: never a word that labels the person's past. */
function neutralText(min: number, max: number, key: Parameters<typeof requiredText>[2]) {
  return requiredText(min, max, key).refine((v) => findPastLabel(v) === null, 'pipeline.validation.neutralWords');
}

/** Why a person was not hired: the employer's words, which the person reads too. */
export const notHiredReasonField = neutralText(3, 500, 'pipeline.validation.reason');

/** The terms a hire records (its placement). */
export const hireTermFields = {
  startDate: calendarDate('pipeline.validation.startDate', 'pipeline.validation.startDate').describe('YYYY-MM-DD'),
  wageVnd: wholeNumber(100_000, 1_000_000_000, 'pipeline.validation.wage').describe('VND per month'),
  contractType: z.enum(contractTypes, { error: 'pipeline.validation.contractType' }),
};

// ── Referrals ───────────────────────────────────────────────────────────────────────────────────

/**
 * Starting a referral. A counsellor names the person (`returneeId`) and may record their consent at
 * once (`consent`: straight to "referred"); an employer names an anonymised card by its reference
 * on this job (`cardRef`, never an id); a signed-in person applies for themself (no `returneeId`).
 */
export const startReferralSchema = z.object({
  jobId: idField('pipeline.validation.jobId'),
  returneeId: z.preprocess((v) => (v === '' || v === null ? undefined : v), idField('pipeline.validation.returneeId').optional()),
  cardRef: z
    .preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z.string({ error: 'pipeline.card.notFound' }).trim().max(64, 'pipeline.card.notFound').optional(),
    )
    .describe('Employer only: the reference of an anonymised card on this job'),
  consent: flag.optional().describe('Counsellor only: the person agreed to this referral (wording recorded)'),
  effectiveOn: effectiveOnField,
});
export type StartReferralInput = z.output<typeof startReferralSchema>;

/** A move of a referral, with the fields that move needs. */
export const referralChangeSchema = z.discriminatedUnion(
  'status',
  [
    z.object({
      status: z.literal('referred'),
      consent: flag.describe('The person agreed to share their name and phone with this employer (the wording shown is recorded)'),
      effectiveOn: effectiveOnField,
    }),
    z.object({
      status: z.literal('interview_scheduled'),
      interviewAt: interviewAtField.describe('ISO 8601, or YYYY-MM-DDTHH:mm in Vietnam time; not in the past'),
    }),
    z.object({ status: z.literal('offered') }),
    z.object({ status: z.literal('hired'), ...hireTermFields, effectiveOn: effectiveOnField }),
    z.object({ status: z.literal('not_hired'), reason: notHiredReasonField }),
    z.object({ status: z.literal('withdrawn'), reason: optionalText(500, 'pipeline.validation.reasonTooLong') }),
  ],
  { error: 'pipeline.validation.status' },
);
export type ReferralChange = z.output<typeof referralChangeSchema>;

// ── Placements ──────────────────────────────────────────────────────────────────────────────────

/**
 * A follow-up at a mark. "No longer employed" asks for the day the person stopped working there
 * (`endedOn`: required, not in the future; the command checks it against the start date and the
 * marks already confirmed).
 */
export const followUpSchema = withRules(
  z.object({
    month: z.preprocess(
      (v) => (typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : v),
      z
        .number({ error: 'pipeline.validation.month' })
        .refine((m) => (followUpMonths as readonly number[]).includes(m), 'pipeline.validation.month')
        .transform((m) => m as (typeof followUpMonths)[number]),
    ),
    stillEmployed: z.preprocess(
      (v) => (v === 'yes' || v === 'true' || v === true ? true : v === 'no' || v === 'false' || v === false ? false : undefined),
      z.boolean({ error: 'pipeline.validation.stillEmployed' }),
    ),
    note: optionalText(500, 'pipeline.validation.noteTooLong'),
    endedOn: optionalDate.describe('Required when stillEmployed is false: the first day the person no longer worked there (YYYY-MM-DD)'),
    effectiveOn: effectiveOnField,
  }),
  (v) =>
    v.stillEmployed === false && v.endedOn === undefined
      ? [{ path: 'endedOn', message: 'pipeline.validation.endedOnRequired' }]
      : v.endedOn !== undefined && v.endedOn > vietnamDate()
        ? [{ path: 'endedOn', message: 'pipeline.validation.endedOn' }]
        : [],
);
export type FollowUpInput = z.output<typeof followUpSchema>;

// ── Enrolments ──────────────────────────────────────────────────────────────────────────────────

export const startEnrolmentSchema = z.object({
  trainingSlotId: idField('pipeline.validation.trainingSlotId'),
  returneeId: z.preprocess((v) => (v === '' || v === null ? undefined : v), idField('pipeline.validation.returneeId').optional()),
});
export type StartEnrolmentInput = z.output<typeof startEnrolmentSchema>;

export const enrolmentChangeSchema = z.object({
  status: z.enum(enrolmentStatuses, { error: 'pipeline.validation.status' }),
  reason: optionalText(500, 'pipeline.validation.reasonTooLong'),
  effectiveOn: effectiveOnField,
});
export type EnrolmentChange = z.output<typeof enrolmentChangeSchema>;

// ── Loan support and legal help ─────────────────────────────────────────────────────────────────

export const startSupportSchema = z.object({
  returneeId: idField('pipeline.validation.returneeId'),
  kind: z.enum(supportKinds, { error: 'pipeline.validation.supportKind' }),
  note: optionalText(500, 'pipeline.validation.noteTooLong'),
});
export type StartSupportInput = z.output<typeof startSupportSchema>;

export const supportChangeSchema = withRules(
  z.object({
    status: z.enum(supportStatuses, { error: 'pipeline.validation.status' }),
    amountVnd: optionalWholeNumber(1_000_000, 10_000_000_000, 'pipeline.validation.amount').describe(
      'Required when granted: the loan in VND',
    ),
    note: optionalText(500, 'pipeline.validation.noteTooLong'),
    effectiveOn: effectiveOnField,
  }),
  (v) => (v.status === 'granted' && v.amountVnd === undefined ? [{ path: 'amountVnd', message: 'pipeline.validation.amount' }] : []),
);
export type SupportChange = z.output<typeof supportChangeSchema>;
