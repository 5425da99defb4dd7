// Where a signed-in person stands with some postings (applied, in interview, withdrawn, asked for a
// seat…), so a posting's page and the search results offer the right next step: apply, apply
// again, or see how the application is going — never "apply" twice.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { enrolments, referrals } from '#db/schema.ts';
import { can, type Actor } from '../../authorize.ts';
import { returneeOfUser } from '../../caseload/access.server.ts';
import { nextReferralStatuses, type EnrolmentStatus, type ReferralStatus } from '../rules.ts';

export type JobStanding = { referralId: string; status: ReferralStatus; interviewAt: string | null; canApply: boolean };
export type CourseStanding = { enrolmentId: string; status: EnrolmentStatus };
export type Standing = {
  /** The person's record, or null when their account is not linked to one yet (they cannot apply). */
  returneeId: string | null;
  jobs: Record<string, JobStanding>;
  training: Record<string, CourseStanding>;
};

/** Null for anyone who does not apply for themself (signed out, staff, employers). */
export async function standingOf(
  db: Executor,
  actor: Actor | null,
  ids: { jobIds?: readonly string[]; trainingIds?: readonly string[] },
): Promise<Standing | null> {
  if (!actor || !can(actor, 'create:application')) return null;
  const own = await returneeOfUser(db, actor.id);
  if (!own) return { returneeId: null, jobs: {}, training: {} };
  const jobIds = [...(ids.jobIds ?? [])];
  const trainingIds = [...(ids.trainingIds ?? [])];
  const [referralRows, enrolmentRows] = await Promise.all([
    jobIds.length
      ? db
          .select({ id: referrals.id, jobId: referrals.jobId, status: referrals.status, interviewAt: referrals.interviewAt })
          .from(referrals)
          .where(and(eq(referrals.returneeId, own.id), inArray(referrals.jobId, jobIds)))
      : [],
    trainingIds.length
      ? db
          .select({ id: enrolments.id, trainingSlotId: enrolments.trainingSlotId, status: enrolments.status })
          .from(enrolments)
          .where(and(eq(enrolments.returneeId, own.id), inArray(enrolments.trainingSlotId, trainingIds)))
      : [],
  ]);
  return {
    returneeId: own.id,
    jobs: Object.fromEntries(
      referralRows.map((r) => [
        r.jobId,
        {
          referralId: r.id,
          status: r.status,
          interviewAt: r.interviewAt?.toISOString() ?? null,
          canApply: nextReferralStatuses('returnee', r.status).includes('requested'),
        },
      ]),
    ),
    training: Object.fromEntries(enrolmentRows.map((e) => [e.trainingSlotId, { enrolmentId: e.id, status: e.status }])),
  };
}
