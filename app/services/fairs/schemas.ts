// Input shapes of fair commands (zod, messages as keys). Every command carries the client's
// idempotency key: a retry with the same key gets the first answer and changes nothing.
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import { boothOutcomes, fairKinds, fairStatuses } from '#db/schema.ts';
import { optionalCommuneCode, optionalText, optionalWholeNumber, parseVietnamDateTime, requiredText, text, withRules } from '../fields.ts';
import { recordIssues, walkInRecordFields } from '../caseload/schemas.ts';
import { findPastLabel } from '../neutral-words.ts';
import { hireTermFields, interviewAtField, notHiredReasonField } from '../pipeline/schemas.ts';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Made by the client once per action (a UUID suits), sent again on a retry. */
const idempotencyKey = text('fair.validation.idempotencyKey')
  .min(8, 'fair.validation.idempotencyKey')
  .max(100, 'fair.validation.idempotencyKey');

/** The door: a ticket's short code, typed or scanned from its QR code (spaces and case ignored). */
export const checkInSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  code: text('fair.validation.code')
    .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{4,12}$/, 'fair.validation.code')),
  idempotencyKey,
});
export type CheckInInput = z.output<typeof checkInSchema>;

/**
 * A place in a booth's queue: the person's own ticket, or one a counsellor or the door queues for
 * (proxy). It is for one of the jobs or courses the booth shows (`jobId` or `trainingSlotId`), and
 * joining is applying: `consentWording` is the consent the person was shown (or read, by a proxy),
 * exactly as `pipeline/consent.ts` words it.
 */
export const joinQueueSchema = withRules(
  z.object({
    fairId: z.uuid('fair.validation.fair'),
    boothId: z.uuid('fair.validation.booth'),
    ticketId: z.uuid('fair.validation.ticket'),
    jobId: z.preprocess(blank, z.uuid('fair.validation.posting').optional()),
    trainingSlotId: z.preprocess(blank, z.uuid('fair.validation.posting').optional()),
    consentWording: text('fair.validation.consentWording')
      .min(10, 'fair.validation.consentWording')
      .max(1000, 'fair.validation.consentWording'),
    idempotencyKey,
  }),
  (join) => (join.jobId && join.trainingSlotId ? [{ path: 'jobId', message: 'fair.validation.postingOne' }] : []),
);
export type JoinQueueInput = z.output<typeof joinQueueSchema>;

export const leaveQueueSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  placeId: z.uuid('fair.validation.queuePlace'),
  idempotencyKey,
});
export type LeaveQueueInput = z.output<typeof leaveQueueSchema>;

export const callNextSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  boothId: z.uuid('fair.validation.booth'),
  idempotencyKey,
});
export type CallNextInput = z.output<typeof callNextSchema>;

/** A date and time in Vietnam ('YYYY-MM-DDTHH:mm' from a form, or ISO 8601 with its offset). */
const fairTime = z
  .string({ error: 'fair.validation.time' })
  .transform((v, ctx) => parseVietnamDateTime(v.trim()) ?? (ctx.addIssue({ code: 'custom', message: 'fair.validation.time' }), z.NEVER));

/** Words the public board and pages show: never one that labels the people at the fair by their past. */
const isNeutral = (value: string | undefined) => !value || findPastLabel(value) === null;

/** An organiser creates a fair in their province: a place (or online), its hours, how many it takes. */
export const createFairSchema = withRules(
  z.object({
    name: requiredText(3, 150, 'fair.validation.name').refine(isNeutral, 'fair.validation.neutral'),
    kind: z.enum(fairKinds, { error: 'fair.validation.kind' }),
    communeCode: optionalCommuneCode,
    venueAddress: optionalText(300, 'fair.validation.venue').refine(isNeutral, 'fair.validation.neutral'),
    startsAt: fairTime,
    endsAt: fairTime,
    capacity: optionalWholeNumber(1, 100_000, 'fair.validation.capacity'),
  }),
  (fair) => [
    ...(fair.kind && fair.kind !== 'online' && !fair.communeCode
      ? [{ path: 'communeCode', message: 'fair.validation.place' as const }]
      : []),
    ...(fair.startsAt && fair.endsAt && fair.endsAt <= fair.startsAt
      ? [{ path: 'endsAt', message: 'fair.validation.hours' as const }]
      : []),
  ],
);
export type CreateFairInput = z.output<typeof createFairSchema>;

/** Open registration, start (live), pause, resume, end. */
export const fairStatusSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  status: z.enum(fairStatuses, { error: 'fair.validation.status' }),
  idempotencyKey,
});
export type FairStatusInput = z.output<typeof fairStatusSchema>;

/** A ticket: the person registers themself (no `returneeId`), or their counsellor registers them. */
export const registerSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  returneeId: z.uuid('fair.validation.person').optional(),
  idempotencyKey,
});
export type RegisterInput = z.output<typeof registerSchema>;

/** The organiser invites a verified employer or training provider to take a booth. */
export const inviteBoothSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  organisationId: z.uuid('fair.validation.organisation'),
  idempotencyKey,
});
export type InviteBoothInput = z.output<typeof inviteBoothSchema>;

const ids = (key: MessageKey) => z.array(z.uuid(key)).max(50, key).default([]);

/** The organisation answers: accepted with its staff and what its booth shows, or declined. */
export const answerInvitationSchema = withRules(
  z.object({
    fairId: z.uuid('fair.validation.fair'),
    boothId: z.uuid('fair.validation.booth'),
    accept: z.boolean({ error: 'validation.flag' }),
    staffUserIds: ids('fair.validation.staff'),
    jobIds: ids('fair.validation.postings'),
    trainingSlotIds: ids('fair.validation.postings'),
    /** An online fair's video-call link, shown only to the person being served. */
    callLink: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z
        .url({ protocol: /^https$/, error: 'fair.validation.callLink' })
        .max(500, 'fair.validation.callLink')
        .optional(),
    ),
    idempotencyKey,
  }),
  (answer) =>
    answer.accept && answer.staffUserIds && answer.staffUserIds.length === 0
      ? [{ path: 'staffUserIds', message: 'fair.validation.staff' }]
      : [],
);
export type AnswerInvitationInput = z.output<typeof answerInvitationSchema>;

/**
 * The door registers someone who came with no account or ticket (a walk-in): the fewest fields a
 * record needs (the name; the phone when they have one), or finds the record or ticket they have.
 */
export const walkInSchema = withRules(
  z.object({
    fairId: z.uuid('fair.validation.fair'),
    ...walkInRecordFields,
    idempotencyKey,
  }),
  (person) => recordIssues(person),
);
export type WalkInInput = z.output<typeof walkInSchema>;

/** A booth's staff act on one place: the person came to the desk, or did not come. */
export const placeActionSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  placeId: z.uuid('fair.validation.queuePlace'),
  idempotencyKey,
});
export type PlaceActionInput = z.output<typeof placeActionSchema>;

/**
 * How the conversation at the desk ended; it moves the place's referral or enrolment. What the
 * pipeline's step needs may be given, else a default stands (see the fairs README): the reason of
 * "not suitable", the time of the second interview, the terms of a hire on the spot.
 */
export const outcomeSchema = placeActionSchema.extend({
  outcome: z.enum(boothOutcomes, { error: 'fair.validation.outcome' }),
  reason: z.preprocess(blank, notHiredReasonField.optional()),
  interviewAt: z.preprocess(blank, interviewAtField.optional()),
  startDate: z.preprocess(blank, hireTermFields.startDate.optional()),
  wageVnd: z.preprocess(blank, hireTermFields.wageVnd.optional()),
  contractType: z.preprocess(blank, hireTermFields.contractType.optional()),
});
export type OutcomeInput = z.output<typeof outcomeSchema>;

/** An announcement to everyone at the fair (screens and the public board). */
export const announceSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  message: requiredText(3, 300, 'fair.validation.announcement').refine(isNeutral, 'fair.validation.neutral'),
  idempotencyKey,
});
export type AnnounceInput = z.output<typeof announceSchema>;
