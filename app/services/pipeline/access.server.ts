// Who is moving a pipeline record, and may they: the person's counsellor (through requireReturnee,
// which scopes to the province and writes the audit row), the employer of the job, or the person.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#db/client.ts';
import { jobs, organisations, referrals, type Referral, type User } from '#db/schema.ts';
import { publicJobCondition } from '#search/documents.ts';
import { ForbiddenError, NotFoundError } from '../errors.server.ts';
import { isUuid } from '../fields.ts';
import { isMember } from '../organisations.server.ts';
import { hasPermission } from '../permissions.ts';
import type { PipelineActor } from '../pipeline-rules.ts';
import { requireReturnee, type ReturneeAccess } from '../returnee-access.server.ts';

/** The part `actor` plays in the pipeline, or 403 for roles that have none (administrator, organiser). */
export function pipelineActorOf(actor: User): PipelineActor {
  if (hasPermission(actor, 'update:referral:province')) return 'counsellor';
  if (hasPermission(actor, 'update:referral:own')) return 'employer';
  if (hasPermission(actor, 'create:application:own')) return 'returnee';
  throw new ForbiddenError('update:referral:own');
}

/** Counsellor-only steps (follow-ups, enrolments, loans): 403 for anyone else. */
export function requireCounsellor(actor: User) {
  if (!hasPermission(actor, 'update:referral:province')) throw new ForbiddenError('update:referral:province');
}

export type JobForReferral = {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  isPublic: boolean;
};

const jobColumns = {
  id: jobs.id,
  title: jobs.title,
  organisationId: jobs.organisationId,
  organisationName: organisations.name,
  isPublic: sql<boolean>`(${publicJobCondition()})`,
};

/** A job with whether the public may see it now (a referral can only start on a public job). */
export async function jobForReferral(db: DbOrTx, jobId: string): Promise<JobForReferral> {
  if (!isUuid(jobId)) throw new NotFoundError('pipeline.job.notFound');
  const [row] = await db
    .select(jobColumns)
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(eq(jobs.id, jobId));
  if (!row) throw new NotFoundError('pipeline.job.notFound');
  return row;
}

export type LockedReferral = { referral: Referral; job: JobForReferral };

/**
 * The referral and its job, with the referral row locked until the transaction ends: two people
 * moving it at once are served one after the other, and the second sees the first one's status.
 */
export async function lockReferral(tx: DbOrTx, referralId: string): Promise<LockedReferral> {
  if (!isUuid(referralId)) throw new NotFoundError();
  const [row] = await tx
    .select({ referral: referrals, job: jobColumns })
    .from(referrals)
    .innerJoin(jobs, eq(jobs.id, referrals.jobId))
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(eq(referrals.id, referralId))
    .for('update', { of: referrals });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * 404 unless `actor` may see this referral: a counsellor of the person's province (audited), a
 * member of the job's organisation, or the person themself.
 */
export async function requireReferralAccess(
  tx: DbOrTx,
  actor: User,
  who: PipelineActor,
  locked: LockedReferral,
  access: ReturneeAccess,
  purpose: string,
) {
  if (who === 'counsellor') {
    await requireReturnee(tx, actor, locked.referral.returneeId, access, purpose);
    return;
  }
  if (who === 'employer') {
    if (!(await isMember(tx, actor.id, locked.job.organisationId))) throw new NotFoundError();
    return;
  }
  await requireReturnee(tx, actor, locked.referral.returneeId, access, purpose);
}
