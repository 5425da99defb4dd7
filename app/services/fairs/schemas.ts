// Input shapes of fair commands (zod, messages as keys). Every command carries the client's
// idempotency key: a retry with the same key gets the first answer and changes nothing.
import { z } from 'zod';
import { text } from '../fields.ts';

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

/** A place in a booth's queue: the person's own ticket, or one a counsellor or the door queues for (proxy). */
export const joinQueueSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  boothId: z.uuid('fair.validation.booth'),
  ticketId: z.uuid('fair.validation.ticket'),
  idempotencyKey,
});
export type JoinQueueInput = z.output<typeof joinQueueSchema>;

export const leaveQueueSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  placeId: z.uuid('fair.validation.place'),
  idempotencyKey,
});
export type LeaveQueueInput = z.output<typeof leaveQueueSchema>;

export const callNextSchema = z.object({
  fairId: z.uuid('fair.validation.fair'),
  boothId: z.uuid('fair.validation.booth'),
  idempotencyKey,
});
export type CallNextInput = z.output<typeof callNextSchema>;
