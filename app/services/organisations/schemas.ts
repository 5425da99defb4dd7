// Input shapes of organisations: registering an employer with its first account, editing it, and a
// counsellor's verification decision (a refusal needs its reason). The texts employers and the public
// read pass the neutral-words check (DESIGN.md §3), refused on their own field.
import { z } from 'zod';
import { organisationKinds } from '#db/schema.ts';
import { newPasswordSchema } from '../accounts/schemas.ts';
import { isNeutral } from '../neutral-words.ts';
import { optionalCommuneCode, optionalText, phoneField, provinceCodeField, requiredText, withRules } from '../fields.ts';

export const organisationSchema = z.object({
  kind: z.enum(organisationKinds, { error: 'validation.organisation.kind' }).default('employer'),
  name: requiredText(2, 200, 'validation.organisation.name').refine(isNeutral, 'validation.neutral.organisationName'),
  /** Mã số thuế: 10 digits, or 10 digits, a dash and 3 digits for a branch. */
  taxCode: z
    .string({ error: 'validation.taxCode.format' })
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, 'validation.taxCode.format'),
  sector: requiredText(2, 200, 'validation.organisation.sector').refine(isNeutral, 'validation.neutral.sector'),
  provinceCode: provinceCodeField,
  communeCode: optionalCommuneCode,
  address: optionalText(300, 'validation.address.tooLong').refine(isNeutral, 'validation.neutral.address'),
  contactName: requiredText(2, 120, 'validation.contactName'),
  contactPhone: phoneField(),
  contactEmail: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string({ error: 'validation.email.invalid' }).trim().toLowerCase().pipe(z.email('validation.email.invalid')).optional(),
  ),
  hiringStatement: requiredText(20, 1000, 'validation.hiringStatement').refine(isNeutral, 'validation.neutral.hiringStatement'),
});
export type OrganisationInput = z.output<typeof organisationSchema>;

export const employerRegistrationSchema = organisationSchema.extend({
  accountName: requiredText(1, 120, 'validation.fullName.required'),
  accountEmail: z.string({ error: 'validation.email.invalid' }).trim().toLowerCase().pipe(z.email('validation.email.invalid')),
  password: newPasswordSchema,
});
export type EmployerRegistration = z.output<typeof employerRegistrationSchema>;

export const verificationDecisionSchema = withRules(
  z.object({
    decision: z.enum(['verify', 'refuse'], { error: 'validation.verification.decision' }),
    reason: optionalText(500, 'validation.verification.reason').refine(isNeutral, 'validation.neutral.reason'),
  }),
  (v) =>
    v.decision === 'refuse' && (!v.reason || v.reason.length < 10) ? [{ path: 'reason', message: 'validation.verification.reason' }] : [],
);
export type VerificationDecision = z.output<typeof verificationDecisionSchema>;
