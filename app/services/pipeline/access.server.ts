// Who is moving a pipeline record, and may they: the person's counsellor (through requireReturnee,
// which scopes to the province and writes the audit row), the employer of the job (its
// organisation's member), or the person. The part an actor plays follows from their permissions.
import { eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { selectJobs } from '#db/postings.ts';
import { jobs, referrals, type Referral } from '#db/schema.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { requireReturnee, type ReturneeAccess } from '../caseload/access.server.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';
import type { PipelineActor } from './rules.ts';

/** The part `actor` plays in the pipeline, or 403 for roles that have none (administrator, organiser). */
export function pipelineActorOf(actor: Actor): PipelineActor {
  if (can(actor, 'update:referral:province')) return 'counsellor';
  if (can(actor, 'update:referral:own')) return 'employer';
  if (can(actor, 'create:application:own')) return 'returnee';
  throw new ForbiddenError('update:referral');
}

/** Counsellor-only steps (follow-ups, enrolments, loans): 403 for anyone else. */
export function requireCounsellor(actor: Actor) {
  authorize(actor, 'update:referral:province');
}

/** Whether the job belongs to one of the actor's organisations (an employer's own job). */
export function ownsJob(actor: Actor, job: { organisationId: string }) {
  return can(actor, 'update:referral:own', { organisationId: job.organisationId });
}

/** Whether the course belongs to one of the actor's organisations (a provider's own course). */
export function providesCourse(actor: Actor, slot: { organisationId: string }) {
  return can(actor, 'update:training:own', { organisationId: slot.organisationId });
}

export type JobForReferral = { id: string; title: string; organisationId: string; organisationName: string; isPublic: boolean };

function jobOf(row: Awaited<ReturnType<typeof selectJobs>>[number]): JobForReferral {
  return {
    id: row.job.id,
    title: row.job.title,
    organisationId: row.job.organisationId,
    organisationName: row.organisation.name,
    isPublic: row.isPublic,
  };
}

/** A job with whether the public may see it now (a referral can only start on a public job). */
export async function jobForReferral(db: Executor, jobId: string): Promise<JobForReferral> {
  if (!isUuid(jobId)) throw new NotFoundError('pipeline.job.notFound');
  const [row] = await selectJobs(db, eq(jobs.id, jobId));
  if (!row) throw new NotFoundError('pipeline.job.notFound');
  return jobOf(row);
}

export type LockedReferral = { referral: Referral; job: JobForReferral };

/**
 * The referral and its job, with the referral row locked until the transaction ends: two people
 * moving it at once are served one after the other, and the second sees the first one's status.
 */
export async function lockReferral(tx: Executor, referralId: string): Promise<LockedReferral> {
  if (!isUuid(referralId)) throw new NotFoundError();
  const [locked] = await tx.select().from(referrals).where(eq(referrals.id, referralId)).for('update');
  if (!locked) throw new NotFoundError();
  const [row] = await selectJobs(tx, eq(jobs.id, locked.jobId));
  return { referral: locked, job: jobOf(row) };
}

/**
 * 404 unless `actor` may see this referral: a counsellor of the person's province (audited), a
 * member of the job's organisation, or the person themself.
 */
export async function requireReferralAccess(
  tx: Executor,
  actor: Actor,
  who: PipelineActor,
  locked: LockedReferral,
  access: ReturneeAccess,
  purpose: string,
) {
  if (who === 'employer') {
    if (!ownsJob(actor, locked.job)) throw new NotFoundError();
    return;
  }
  await requireReturnee(tx, actor, locked.referral.returneeId, access, purpose);
}
