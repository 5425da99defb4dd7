// Writes about employers and training providers: registering an organisation with its first
// account, the employer editing it, and a counsellor of its province verifying it (or refusing,
// with the reason recorded). Only a verified organisation's postings are public, so every decision
// and every edit re-sends its postings to search through the outbox.
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { memberships, organisations, type Locale } from '#db/schema.ts';
import { enqueueOrganisationPostings } from '#search/outbox.ts';
import { createAccount } from '../accounts/commands.server.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';
import { checkCodes, placeErrors } from '../reference/queries.server.ts';
import { organisationOf } from './queries.server.ts';
import type { EmployerRegistration, OrganisationInput, VerificationDecision } from './schemas.ts';

/** The place must exist and the tax code be free, every problem reported at once. */
async function checkOrganisation(tx: Executor, input: OrganisationInput, exceptId?: string) {
  const [check, [taken]] = await Promise.all([
    checkCodes(tx, { provinceCode: input.provinceCode, communeCode: input.communeCode }),
    tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.taxCode, input.taxCode), exceptId ? ne(organisations.id, exceptId) : undefined)),
  ]);
  const errors = placeErrors(check, input.communeCode);
  if (taken) errors.taxCode = 'validation.taxCode.taken';
  if (Object.keys(errors).length) throw new InputError(errors);
}

/** A new employer: their account, the organisation (waiting for verification), and membership. */
export async function registerEmployer(tx: Executor, input: EmployerRegistration, request: { locale: Locale; clientIp: string | null }) {
  const { accountName, accountEmail, password, ...organisation } = input;
  await checkOrganisation(tx, organisation);
  const user = await createAccount(tx, {
    email: accountEmail,
    fullName: accountName,
    password,
    role: 'employer',
    locale: request.locale,
  }).catch((error: unknown) => {
    if (error instanceof InputError && error.fields.email) throw new InputError({ accountEmail: error.fields.email });
    throw error;
  });
  const [created] = await tx
    .insert(organisations)
    .values({ ...organisation, verificationStatus: 'pending' })
    .returning();
  await tx.insert(memberships).values({ userId: user.id, organisationId: created.id, role: 'owner' });
  await writeAudit(tx, { id: user.id, clientIp: request.clientIp }, { action: 'create', entityType: 'organisation', entityId: created.id });
  return { user, organisation: created };
}

/** An employer edits their organisation; after a refusal, the edit sends it back for verification. */
export async function updateOwnOrganisation(tx: Executor, actor: Actor, input: OrganisationInput) {
  authorize(actor, 'update:organisation');
  const current = await organisationOf(tx, actor);
  if (!current) throw new NotFoundError('organisation.none');
  authorize(actor, 'update:organisation', { organisationId: current.id });
  await checkOrganisation(tx, input, current.id);
  const resubmitted = current.verificationStatus === 'refused';
  const [updated] = await tx
    .update(organisations)
    .set({ ...input, ...(resubmitted ? { verificationStatus: 'pending', refusalReason: null } : {}) })
    .where(eq(organisations.id, current.id))
    .returning();
  await enqueueOrganisationPostings(tx, current.id); // the employer's name is in every posting
  await writeAudit(tx, actor, { action: 'update', entityType: 'organisation', entityId: current.id });
  return { organisation: updated, resubmitted };
}

/** A counsellor decides on an organisation of their own province (403 for another province's). */
export async function decideVerification(tx: Executor, actor: Actor, organisationId: string, input: VerificationDecision) {
  authorize(actor, 'verify:organisation');
  if (!isUuid(organisationId)) throw new NotFoundError();
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).for('update');
  if (!organisation) throw new NotFoundError();
  authorize(actor, 'verify:organisation', { provinceCode: organisation.provinceCode }, { outOfScope: 'forbidden' });
  if (organisation.verificationStatus !== 'pending') throw new ConflictError('verification.alreadyDecided');
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
  await writeAudit(tx, actor, {
    action: verified ? 'verify' : 'refuse',
    entityType: 'organisation',
    entityId: organisationId,
    reason: input.reason ?? null,
  });
  return updated;
}
