// Job referrals, from the first step (a counsellor's suggestion, the person's application, an
// employer's question about an anonymised card) to the outcome. Every move is checked against the
// table in rules.ts, made under a row lock, and written with its timeline event through the
// caller's executor; hiring creates the placement, and marks the case "placed" when the job has
// started (a later start is marked on its day by `startDuePlacements`, placements.server.ts).
import { and, desc, eq } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { consents, placements, referrals, returnees, type Placement, type Referral } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { recordCaseEvent, touchLastContact } from '../../audit/case-events.server.ts';
import type { Actor } from '../../authorize.ts';
import { requireReturnee, returneeOfUser } from '../../caseload/access.server.ts';
import { resolveCardRef } from '../../caseload/cards.server.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.ts';
import {
  jobForReferral,
  lockReferral,
  ownsJob,
  pipelineActorOf,
  requireReferralAccess,
  type JobForReferral,
  type LockedReferral,
} from '../access.server.ts';
import { applyConsentWording, referralConsentWording } from '../consent.ts';
import { checkReferralMove, type PipelineActor, type ReferralStatus, type StepContext } from '../rules.ts';
import type { ReferralChange, StartReferralInput } from '../schemas.ts';

/** A 409 that says what the move needs, e.g. "hired" only after an offer. */
const conflictKeys: Record<ReferralStatus, MessageKey> = {
  suggested: 'pipeline.conflict.referral.exists',
  requested: 'pipeline.conflict.referral.alreadyApplied',
  introduction_requested: 'pipeline.conflict.referral.exists',
  referred: 'pipeline.conflict.referral.referred',
  interview_scheduled: 'pipeline.conflict.referral.interview_scheduled',
  offered: 'pipeline.conflict.referral.offered',
  hired: 'pipeline.conflict.referral.hired',
  not_hired: 'pipeline.conflict.referral.not_hired',
  withdrawn: 'pipeline.conflict.referral.withdrawn',
};

/** The job a step was about, as the timeline keeps it; with what else the step records. */
function eventDetails<T extends object = object>(job: JobForReferral, extra: T = {} as T) {
  return { jobId: job.id, jobTitle: job.title, employer: job.organisationName, ...extra };
}

async function insertReferral(tx: Executor, returneeId: string, jobId: string, status: ReferralStatus) {
  const [created] = await tx.insert(referrals).values({ returneeId, jobId, status }).onConflictDoNothing().returning();
  return created ?? null;
}

/** The existing referral of this person for this job, locked (after a lost insert race). */
async function lockExisting(tx: Executor, returneeId: string, jobId: string): Promise<LockedReferral> {
  const [row] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.returneeId, returneeId), eq(referrals.jobId, jobId)));
  if (!row) throw new ConflictError('pipeline.conflict.referral.exists');
  return lockReferral(tx, row.id);
}

async function hasReferralConsent(tx: Executor, referralId: string) {
  const rows = await tx
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.referralId, referralId), eq(consents.scope, 'referral')))
    .orderBy(desc(consents.at))
    .limit(1);
  return rows[0]?.granted === true;
}

async function recordReferralConsent(tx: Executor, actor: Actor, referral: Referral, wording: string) {
  await tx.insert(consents).values({
    returneeId: referral.returneeId,
    scope: 'referral',
    referralId: referral.id,
    granted: true,
    wording,
    recordedById: actor.id,
  });
}

export type MoveResult = { referral: Referral; placement: Placement | null };

/**
 * Moves a locked referral (the caller checked access): the table decides (409 for a move the
 * status does not allow, 403 for a move this actor may not make), then the fields of the move are
 * written with the timeline event. An application (`requested`) records the consent in the words shown.
 */
async function moveReferral(
  tx: Executor,
  actor: Actor,
  who: PipelineActor,
  locked: LockedReferral,
  change: ReferralChange | { status: 'requested'; wording: string } | { status: 'introduction_requested' },
  context: StepContext = {},
): Promise<MoveResult> {
  const { referral, job } = locked;
  const to = change.status;
  const check = checkReferralMove(who, referral.status, to, context);
  if (!check.ok) {
    if (check.problem === 'actor') throw new ForbiddenError(who === 'employer' ? 'update:referral:own' : 'update:referral:province');
    throw new ConflictError(conflictKeys[to]);
  }
  const set: Partial<typeof referrals.$inferInsert> = { status: to };
  const details: { consent?: true; interviewAt?: string; reason?: string } = {};
  if (change.status === 'referred') {
    if (change.consent) {
      const wording = referralConsentWording(actor.locale, job);
      await recordReferralConsent(tx, actor, referral, wording);
      details.consent = true;
    } else if (!(await hasReferralConsent(tx, referral.id))) {
      throw new InputError({ consent: 'pipeline.validation.consentRequired' });
    }
  }
  if (change.status === 'requested') {
    await recordReferralConsent(tx, actor, referral, change.wording);
    details.consent = true;
    // Applying again after a withdrawal: its reason no longer stands.
    set.reason = null;
  }
  if (change.status === 'interview_scheduled') {
    set.interviewAt = change.interviewAt;
    details.interviewAt = change.interviewAt.toISOString();
  }
  if (change.status === 'not_hired' || change.status === 'withdrawn') {
    set.reason = change.reason ?? null;
    if (change.reason) details.reason = change.reason;
  }
  if (change.status === 'hired') await checkStartDate(tx, referral.returneeId, change.startDate);
  // The day the step happened, when recorded later (a referral, a hire).
  const effectiveOn = change.status === 'referred' || change.status === 'hired' ? change.effectiveOn : undefined;
  const [updated] = await tx
    .update(referrals)
    .set(set)
    .where(and(eq(referrals.id, referral.id), eq(referrals.status, referral.status)))
    .returning();
  if (!updated) throw new ConflictError(conflictKeys[to]);
  await recordCaseEvent(tx, actor, {
    returneeId: referral.returneeId,
    kind: 'referral',
    subjectId: referral.id,
    fromStatus: referral.status,
    toStatus: to,
    details: eventDetails(job, details),
    fairId: context.fairId,
    effectiveOn,
  });
  let placement: Placement | null = null;
  if (change.status === 'hired') {
    [placement] = await tx
      .insert(placements)
      .values({
        referralId: referral.id,
        returneeId: referral.returneeId,
        jobId: job.id,
        organisationId: job.organisationId,
        startDate: change.startDate,
        wageVnd: change.wageVnd,
        contractType: change.contractType,
      })
      .returning();
    // Placed once the job has started: a hire that starts later (next month, after the release)
    // leaves the case active until the periodic check moves it on the start date.
    const started = change.startDate <= vietnamDate();
    const placed = started
      ? await tx
          .update(returnees)
          .set({ status: 'placed' })
          .where(and(eq(returnees.id, referral.returneeId), eq(returnees.status, 'active')))
          .returning({ id: returnees.id })
      : [];
    await recordCaseEvent(tx, actor, {
      returneeId: referral.returneeId,
      kind: 'placement',
      subjectId: placement.id,
      toStatus: 'started',
      details: eventDetails(job, {
        startDate: change.startDate,
        wageVnd: change.wageVnd,
        contractType: change.contractType,
        ...(placed.length ? { caseStatus: 'placed' as const } : {}),
      }),
      fairId: context.fairId,
      effectiveOn,
    });
  }
  if (who === 'counsellor') await touchLastContact(tx, referral.returneeId);
  return { referral: updated, placement };
}

/**
 * A start date can be recorded late (a hire the counsellor learns of afterwards), but not before
 * the person was back home, nor more than six months ahead.
 */
async function checkStartDate(tx: Executor, returneeId: string, startDate: string) {
  const [person] = await tx.select({ releaseDate: returnees.releaseDate }).from(returnees).where(eq(returnees.id, returneeId));
  if (person?.releaseDate && startDate < person.releaseDate) throw new InputError({ startDate: 'pipeline.validation.startBeforeRelease' });
  if (startDate > vietnamDate(183)) throw new InputError({ startDate: 'pipeline.validation.startTooFar' });
}

// ── Starting a referral ─────────────────────────────────────────────────────────────────────────

export type StartResult = MoveResult & { created: boolean };

/**
 * A counsellor suggests a job to a person of their province (or refers them at once with their
 * consent); the person applies (their consent to share their name with this employer is recorded
 * with the wording shown); the employer of the job asks about a card employers may see now.
 * The job must be public (open, verified employer, not past its closing date).
 */
export async function startReferral(
  tx: Executor,
  actor: Actor,
  input: StartReferralInput,
  context: StepContext = {},
): Promise<StartResult> {
  const who = pipelineActorOf(actor);
  const job = await jobForReferral(tx, input.jobId);
  if (who === 'counsellor') {
    if (!input.returneeId) throw new InputError({ returneeId: 'pipeline.validation.returneeId' });
    const returnee = await requireReturnee(tx, actor, input.returneeId, 'update', 'pipeline: suggest a job');
    if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
    const referral = await insertReferral(tx, returnee.id, job.id, 'suggested');
    if (!referral) throw new ConflictError('pipeline.conflict.referral.exists');
    await recordCaseEvent(tx, actor, {
      returneeId: returnee.id,
      kind: 'referral',
      subjectId: referral.id,
      toStatus: 'suggested',
      details: eventDetails(job),
      fairId: context.fairId,
    });
    await touchLastContact(tx, returnee.id);
    if (input.consent)
      return {
        ...(await moveReferral(
          tx,
          actor,
          who,
          { referral, job },
          { status: 'referred', consent: true, effectiveOn: input.effectiveOn },
          context,
        )),
        created: true,
      };
    return { referral, placement: null, created: true };
  }

  if (who === 'returnee') {
    const returnee = await returneeOfUser(tx, actor.id);
    if (!returnee) throw new ConflictError('pipeline.me.noRecord');
    return applyForJob(tx, actor, returnee.id, job, applyConsentWording(actor.locale, job), context);
  }

  // The employer of the job asks about an anonymised card.
  if (!ownsJob(actor, job)) throw new NotFoundError('pipeline.job.notFound');
  if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
  // The card's reference on this job, resolved here: an employer never holds a person's id.
  if (!input.cardRef) throw new InputError({ cardRef: 'pipeline.card.notFound' });
  const cardId = await resolveCardRef(tx, job.id, input.cardRef);
  if (!cardId) throw new NotFoundError('pipeline.card.notFound');
  const card = { id: cardId };
  const referral = await insertReferral(tx, card.id, job.id, 'introduction_requested');
  if (!referral) {
    // Asking again is harmless and says nothing new: only a counsellor's suggestion moves on.
    const existing = await lockExisting(tx, card.id, job.id);
    if (existing.referral.status === 'suggested') {
      return { ...(await moveReferral(tx, actor, who, existing, { status: 'introduction_requested' }, context)), created: false };
    }
    return { referral: existing.referral, placement: null, created: false };
  }
  await recordCaseEvent(tx, actor, {
    returneeId: card.id,
    kind: 'referral',
    subjectId: referral.id,
    toStatus: 'introduction_requested',
    details: eventDetails(job),
    fairId: context.fairId,
  });
  return { referral, placement: null, created: true };
}

/**
 * The person applies for a public job — themself, or at a fair's door with an organiser at their
 * side — and their consent to share their name with this employer is recorded in the words they
 * were shown or read (`wording`). A suggestion, an employer's question or a withdrawn application
 * becomes the application; one already under way is not started twice (409). The caller has
 * decided who may apply for the person.
 */
export async function applyForJob(
  tx: Executor,
  actor: Actor,
  returneeId: string,
  job: JobForReferral,
  wording: string,
  context: StepContext = {},
): Promise<StartResult> {
  if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
  const referral = await insertReferral(tx, returneeId, job.id, 'requested');
  if (!referral) {
    const existing = await lockExisting(tx, returneeId, job.id);
    if (!checkReferralMove('returnee', existing.referral.status, 'requested').ok) {
      throw new ConflictError('pipeline.conflict.referral.alreadyApplied');
    }
    return { ...(await moveReferral(tx, actor, 'returnee', existing, { status: 'requested', wording }, context)), created: false };
  }
  await recordReferralConsent(tx, actor, referral, wording);
  await recordCaseEvent(tx, actor, {
    returneeId,
    kind: 'referral',
    subjectId: referral.id,
    toStatus: 'requested',
    details: eventDetails(job, { consent: true as const }),
    fairId: context.fairId,
  });
  return { referral, placement: null, created: true };
}

// ── Moving a referral ───────────────────────────────────────────────────────────────────────────

/**
 * Any later step, by the person's counsellor, the job's employer or the person (see the tables); at
 * a fair's desk (`context.fairId`) with the desk's moves too.
 */
export async function changeReferral(
  tx: Executor,
  actor: Actor,
  referralId: string,
  change: ReferralChange,
  context: StepContext = {},
): Promise<MoveResult> {
  const who = pipelineActorOf(actor);
  const locked = await lockReferral(tx, referralId);
  await requireReferralAccess(tx, actor, who, locked, 'update', `pipeline: referral ${change.status}`);
  return moveReferral(tx, actor, who, locked, change, context);
}
