// Employers and training providers: registering an organisation with its first account, editing
// it, and a counsellor of its province verifying it (or refusing, with the reason recorded). Only a
// verified organisation's postings are public, so every decision re-sends its postings to search.
import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '#db/client.ts';
import { memberships, organisationKinds, organisations, provinces, type Locale, type Organisation, type User } from '#db/schema.ts';
import { enqueueOrganisationPostings } from '#search/outbox.ts';
import { audit } from './audit.server.ts';
import { newPasswordSchema, normalizePhone } from './auth.server.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors.server.ts';
import { isUuid, optionalCommuneCode, optionalText, provinceCodeField, requiredText } from './fields.ts';
import { placeErrors } from './provinces.server.ts';
import { createAccount } from './users.server.ts';

export const organisationSchema = z.object({
  kind: z.enum(organisationKinds, { error: 'validation.organisation.kind' }).default('employer'),
  name: requiredText(2, 200, 'validation.organisation.name'),
  /** Mã số thuế: 10 digits, or 10 digits, a dash and 3 digits for a branch. */
  taxCode: z
    .string({ error: 'validation.taxCode.format' })
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, 'validation.taxCode.format'),
  sector: requiredText(2, 200, 'validation.organisation.sector'),
  provinceCode: provinceCodeField,
  communeCode: optionalCommuneCode,
  address: optionalText(300, 'validation.address.tooLong'),
  contactName: requiredText(2, 120, 'validation.contactName'),
  contactPhone: z
    .string({ error: 'validation.phone.invalid' })
    .trim()
    .transform((v, ctx) => normalizePhone(v) ?? (ctx.addIssue({ code: 'custom', message: 'validation.phone.invalid' }), z.NEVER)),
  contactEmail: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string().trim().toLowerCase().pipe(z.email('validation.email.invalid')).optional(),
  ),
  hiringStatement: requiredText(20, 1000, 'validation.hiringStatement'),
});
export type OrganisationInput = z.output<typeof organisationSchema>;

export const employerRegistrationSchema = organisationSchema.extend({
  accountName: requiredText(1, 120, 'validation.fullName.required'),
  accountEmail: z.string({ error: 'validation.email.invalid' }).trim().toLowerCase().pipe(z.email('validation.email.invalid')),
  password: newPasswordSchema,
});

async function checkOrganisation(db: DbOrTx, input: OrganisationInput, exceptId?: string) {
  const errors = await placeErrors(db, input.provinceCode, input.communeCode);
  const [taken] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.taxCode, input.taxCode), exceptId ? ne(organisations.id, exceptId) : undefined));
  if (taken) errors.taxCode = 'validation.taxCode.taken';
  if (Object.keys(errors).length) throw new InputError(errors);
}

/** A new employer: their account, the organisation (waiting for verification), and membership. */
export async function registerEmployer(db: Db, input: z.output<typeof employerRegistrationSchema>, locale: Locale = 'vi') {
  const { accountName, accountEmail, password, ...organisation } = input;
  return db.transaction(async (tx) => {
    await checkOrganisation(tx, organisation);
    const user = await createAccount(tx, {
      email: accountEmail,
      fullName: accountName,
      password,
      role: 'employer',
      locale,
    }).catch((error: unknown) => {
      if (error instanceof InputError && error.fields.email) throw new InputError({ accountEmail: error.fields.email });
      throw error;
    });
    const [created] = await tx
      .insert(organisations)
      .values({ ...organisation, verificationStatus: 'pending' })
      .returning();
    await tx.insert(memberships).values({ userId: user.id, organisationId: created.id, role: 'owner' });
    await audit(tx, { actorUserId: user.id, action: 'create', entityType: 'organisation', entityId: created.id });
    return { user, organisation: created };
  });
}

/** The organisation an employer account belongs to (the first, if several), or null. */
export async function organisationOf(db: DbOrTx, userId: string): Promise<Organisation | null> {
  const [row] = await db
    .select({ organisation: organisations })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row?.organisation ?? null;
}

export async function isMember(db: DbOrTx, userId: string, organisationId: string) {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return Boolean(row);
}

/** An employer edits their organisation; after a refusal, the edit sends it back for verification. */
export async function updateOwnOrganisation(db: Db, actor: User, input: OrganisationInput) {
  const current = await organisationOf(db, actor.id);
  if (!current) throw new NotFoundError('organisation.none');
  return db.transaction(async (tx) => {
    await checkOrganisation(tx, input, current.id);
    const resubmitted = current.verificationStatus === 'refused';
    const [updated] = await tx
      .update(organisations)
      .set({ ...input, ...(resubmitted ? { verificationStatus: 'pending', refusalReason: null } : {}) })
      .where(eq(organisations.id, current.id))
      .returning();
    await enqueueOrganisationPostings(tx, current.id); // the employer's name is in every posting
    await audit(tx, { actorUserId: actor.id, action: 'update', entityType: 'organisation', entityId: current.id });
    return updated;
  });
}

export const verificationDecisionSchema = z
  .object({
    decision: z.enum(['verify', 'refuse'], { error: 'validation.verification.decision' }),
    reason: optionalText(500, 'validation.verification.reason'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'refuse' && (!v.reason || v.reason.length < 10)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.verification.reason' });
    }
  });

/** A counsellor decides on an organisation of their own province. */
export async function decideVerification(db: Db, actor: User, organisationId: string, input: z.output<typeof verificationDecisionSchema>) {
  if (!isUuid(organisationId)) throw new NotFoundError();
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new NotFoundError();
  if (actor.role !== 'counsellor' || actor.provinceCode !== organisation.provinceCode)
    throw new ForbiddenError('verify:organisation:province');
  if (organisation.verificationStatus !== 'pending') throw new ConflictError('verification.alreadyDecided');
  return db.transaction(async (tx) => {
    const verified = input.decision === 'verify';
    const [updated] = await tx
      .update(organisations)
      .set({
        verificationStatus: verified ? 'verified' : 'refused',
        verifiedById: actor.id,
        verifiedAt: new Date(),
        refusalReason: verified ? null : input.reason,
      })
      .where(eq(organisations.id, organisationId))
      .returning();
    await enqueueOrganisationPostings(tx, organisationId);
    await audit(tx, {
      actorUserId: actor.id,
      action: verified ? 'verify' : 'refuse',
      entityType: 'organisation',
      entityId: organisationId,
      reason: input.reason ?? null,
    });
    return updated;
  });
}

/** The counsellor's queue: organisations of their province waiting for a decision, oldest first. */
export async function verificationQueue(db: Db, provinceCode: string, options: { page?: number; perPage?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const perPage = options.perPage ?? 20;
  const where = and(eq(organisations.provinceCode, provinceCode), eq(organisations.verificationStatus, 'pending'));
  const [rows, [{ total }], recent] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.createdAt))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: count() }).from(organisations).where(where),
    db
      .select()
      .from(organisations)
      .where(and(eq(organisations.provinceCode, provinceCode), ne(organisations.verificationStatus, 'pending')))
      .orderBy(desc(organisations.verifiedAt))
      .limit(10),
  ]);
  const [province] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode));
  return { pending: rows, total, page, perPage, recentDecisions: recent, provinceName: province?.name ?? provinceCode };
}
