// Job referrals, from the first step (a counsellor's suggestion, the person's application, an
// employer's question about an anonymised card) to the outcome. Every move is checked against the
// table in pipeline-rules.ts, made under a row lock, and written with its timeline event in the
// same transaction; hiring creates the placement and marks the case "placed".
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Db, DbOrTx } from '#db/client.ts';
import {
  caseEvents,
  consents,
  jobs,
  organisations,
  placementFollowUps,
  placements,
  referrals,
  returnees,
  users,
  type Placement,
  type Referral,
  type User,
} from '#db/schema.ts';
import { cardVisibleCondition, candidateCards, type CandidateCard } from '../candidate-cards.server.ts';
import { recordCaseEvent, touchLastContact } from '../case-events.server.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../errors.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { isUuid } from '../fields.ts';
import { isMember } from '../organisations.server.ts';
import {
  checkReferralMove,
  employerBoardStatuses,
  namedReferralStatuses,
  type PipelineActor,
  type ReferralStatus,
} from '../pipeline-rules.ts';
import { requireReturnee, returneeOfUser } from '../returnee-access.server.ts';
import {
  jobForReferral,
  lockReferral,
  pipelineActorOf,
  requireReferralAccess,
  type JobForReferral,
  type LockedReferral,
} from './access.server.ts';
import type { ReferralChange, StartReferralInput } from './schemas.ts';

// ── Consent wording: the exact text shown to the person is what gets recorded ──────────────────

/** What a counsellor reads to the person before referring them to a named employer. */
export function referralConsentWording(locale: Locale, job: { title: string; organisationName: string }) {
  return translate(locale, 'pipeline.consent.referralWording', { employer: job.organisationName, job: job.title });
}

/** What the person reads beside the "apply" button. */
export function applyConsentWording(locale: Locale, job: { title: string; organisationName: string }) {
  return translate(locale, 'pipeline.consent.applyWording', { employer: job.organisationName, job: job.title });
}

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

function eventDetails(job: JobForReferral, extra: Record<string, unknown> = {}) {
  return { jobId: job.id, jobTitle: job.title, employer: job.organisationName, ...extra };
}

async function insertReferral(tx: DbOrTx, returneeId: string, jobId: string, status: ReferralStatus) {
  const [created] = await tx.insert(referrals).values({ returneeId, jobId, status }).onConflictDoNothing().returning();
  return created ?? null;
}

/** The existing referral of this person for this job, locked (after a lost insert race). */
async function lockExisting(tx: DbOrTx, returneeId: string, jobId: string): Promise<LockedReferral> {
  const [row] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.returneeId, returneeId), eq(referrals.jobId, jobId)));
  if (!row) throw new ConflictError('pipeline.conflict.referral.exists');
  return lockReferral(tx, row.id);
}

async function hasReferralConsent(tx: DbOrTx, referralId: string) {
  const rows = await tx
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.referralId, referralId), eq(consents.scope, 'referral')))
    .orderBy(desc(consents.at))
    .limit(1);
  return rows[0]?.granted === true;
}

async function recordReferralConsent(tx: DbOrTx, actor: User, referral: Referral, wording: string) {
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
 * written with the timeline event.
 */
async function moveReferral(
  tx: DbOrTx,
  actor: User,
  who: PipelineActor,
  locked: LockedReferral,
  change: ReferralChange | { status: 'requested' | 'introduction_requested' },
): Promise<MoveResult> {
  const { referral, job } = locked;
  const to = change.status;
  const check = checkReferralMove(who, referral.status, to);
  if (!check.ok) {
    if (check.problem === 'actor') throw new ForbiddenError(who === 'employer' ? 'update:referral:own' : 'update:referral:province');
    throw new ConflictError(conflictKeys[to]);
  }
  const set: Partial<typeof referrals.$inferInsert> = { status: to };
  const details: Record<string, unknown> = {};
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
    await recordReferralConsent(tx, actor, referral, applyConsentWording(actor.locale, job));
    details.consent = true;
  }
  if (change.status === 'interview_scheduled') {
    set.interviewAt = change.interviewAt;
    details.interviewAt = change.interviewAt.toISOString();
  }
  if (change.status === 'not_hired' || change.status === 'withdrawn') {
    set.reason = change.reason ?? null;
    if (change.reason) details.reason = change.reason;
  }
  const [updated] = await tx
    .update(referrals)
    .set(set)
    .where(and(eq(referrals.id, referral.id), eq(referrals.status, referral.status)))
    .returning();
  if (!updated) throw new ConflictError(conflictKeys[to]);
  await recordCaseEvent(tx, {
    returneeId: referral.returneeId,
    actorUserId: actor.id,
    kind: 'referral',
    subjectId: referral.id,
    fromStatus: referral.status,
    toStatus: to,
    details: eventDetails(job, details),
  });
  let placement: Placement | null = null;
  if (change.status === 'hired') {
    await checkStartDate(tx, referral.returneeId, change.startDate);
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
    await tx.update(returnees).set({ status: 'placed' }).where(eq(returnees.id, referral.returneeId));
    await recordCaseEvent(tx, {
      returneeId: referral.returneeId,
      actorUserId: actor.id,
      kind: 'placement',
      subjectId: placement.id,
      toStatus: 'started',
      details: eventDetails(job, {
        startDate: change.startDate,
        wageVnd: change.wageVnd,
        contractType: change.contractType,
        caseStatus: 'placed',
      }),
    });
  }
  if (who === 'counsellor') await touchLastContact(tx, referral.returneeId);
  return { referral: updated, placement };
}

/**
 * A start date can be recorded late (a hire the counsellor learns of afterwards), but not before
 * the person was back home, nor more than six months ahead.
 */
async function checkStartDate(tx: DbOrTx, returneeId: string, startDate: string) {
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
export async function startReferral(db: Db, actor: User, input: StartReferralInput): Promise<StartResult> {
  const who = pipelineActorOf(actor);
  return db.transaction(async (tx) => {
    const job = await jobForReferral(tx, input.jobId);
    if (who === 'counsellor') {
      if (!input.returneeId) throw new InputError({ returneeId: 'pipeline.validation.returneeId' });
      const returnee = await requireReturnee(tx, actor, input.returneeId, 'update', 'pipeline: suggest a job');
      if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
      const referral = await insertReferral(tx, returnee.id, job.id, 'suggested');
      if (!referral) throw new ConflictError('pipeline.conflict.referral.exists');
      await recordCaseEvent(tx, {
        returneeId: returnee.id,
        actorUserId: actor.id,
        kind: 'referral',
        subjectId: referral.id,
        toStatus: 'suggested',
        details: eventDetails(job),
      });
      await touchLastContact(tx, returnee.id);
      if (input.consent)
        return { ...(await moveReferral(tx, actor, who, { referral, job }, { status: 'referred', consent: true })), created: true };
      return { referral, placement: null, created: true };
    }

    if (who === 'returnee') {
      const returnee = await returneeOfUser(tx, actor.id);
      if (!returnee) throw new ConflictError('pipeline.me.noRecord');
      if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
      const referral = await insertReferral(tx, returnee.id, job.id, 'requested');
      if (!referral) {
        // Suggested by the counsellor or asked about by the employer: applying turns it into an application.
        const existing = await lockExisting(tx, returnee.id, job.id);
        if (existing.referral.status !== 'suggested' && existing.referral.status !== 'introduction_requested') {
          throw new ConflictError('pipeline.conflict.referral.alreadyApplied');
        }
        return { ...(await moveReferral(tx, actor, who, existing, { status: 'requested' })), created: false };
      }
      await recordReferralConsent(tx, actor, referral, applyConsentWording(actor.locale, job));
      await recordCaseEvent(tx, {
        returneeId: returnee.id,
        actorUserId: actor.id,
        kind: 'referral',
        subjectId: referral.id,
        toStatus: 'requested',
        details: eventDetails(job, { consent: true }),
      });
      return { referral, placement: null, created: true };
    }

    // The employer of the job asks about an anonymised card.
    if (!(await isMember(tx, actor.id, job.organisationId))) throw new NotFoundError('pipeline.job.notFound');
    if (!job.isPublic) throw new ConflictError('pipeline.job.notOpen');
    if (!input.returneeId) throw new InputError({ returneeId: 'pipeline.validation.returneeId' });
    const [card] = await tx
      .select({ id: returnees.id })
      .from(returnees)
      .where(and(eq(returnees.id, input.returneeId), cardVisibleCondition()));
    if (!card) throw new NotFoundError('pipeline.card.notFound');
    const referral = await insertReferral(tx, card.id, job.id, 'introduction_requested');
    if (!referral) {
      // Asking again is harmless and says nothing new: only a counsellor's suggestion moves on.
      const existing = await lockExisting(tx, card.id, job.id);
      if (existing.referral.status === 'suggested') {
        return { ...(await moveReferral(tx, actor, who, existing, { status: 'introduction_requested' })), created: false };
      }
      return { referral: existing.referral, placement: null, created: false };
    }
    await recordCaseEvent(tx, {
      returneeId: card.id,
      actorUserId: actor.id,
      kind: 'referral',
      subjectId: referral.id,
      toStatus: 'introduction_requested',
      details: eventDetails(job),
    });
    return { referral, placement: null, created: true };
  });
}

// ── Moving a referral ───────────────────────────────────────────────────────────────────────────

/** Any later step, by the person's counsellor, the job's employer or the person (see the tables). */
export async function changeReferral(db: Db, actor: User, referralId: string, change: ReferralChange): Promise<MoveResult> {
  const who = pipelineActorOf(actor);
  return db.transaction(async (tx) => {
    const locked = await lockReferral(tx, referralId);
    await requireReferralAccess(tx, actor, who, locked, 'update', `pipeline: referral ${change.status}`);
    return moveReferral(tx, actor, who, locked, change);
  });
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

export type FollowUpView = { month: number; stillEmployed: boolean; note: string | null; recordedAt: string };
export type PlacementView = {
  id: string;
  startDate: string;
  wageVnd: number;
  contractType: Placement['contractType'];
  endedOn: string | null;
  followUps: FollowUpView[];
};

async function placementsByReferral(db: DbOrTx, referralIds: string[]) {
  const byReferral = new Map<string, PlacementView>();
  if (!referralIds.length) return byReferral;
  const rows = await db.select().from(placements).where(inArray(placements.referralId, referralIds));
  const followUps = rows.length
    ? await db
        .select()
        .from(placementFollowUps)
        .where(
          inArray(
            placementFollowUps.placementId,
            rows.map((p) => p.id),
          ),
        )
        .orderBy(asc(placementFollowUps.month))
    : [];
  for (const p of rows) {
    byReferral.set(p.referralId, {
      id: p.id,
      startDate: p.startDate,
      wageVnd: p.wageVnd,
      contractType: p.contractType,
      endedOn: p.endedOn,
      followUps: followUps
        .filter((f) => f.placementId === p.id)
        .map((f) => ({ month: f.month, stillEmployed: f.stillEmployed, note: f.note, recordedAt: f.recordedAt.toISOString() })),
    });
  }
  return byReferral;
}

export type PersonReferral = {
  id: string;
  status: ReferralStatus;
  jobId: string;
  jobTitle: string;
  employer: string;
  interviewAt: string | null;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
  consent: boolean;
  placement: PlacementView | null;
};

/** A person's referrals, newest first, with placements and follow-ups (callers check access). */
export async function referralsOfReturnee(db: DbOrTx, returneeId: string): Promise<PersonReferral[]> {
  const rows = await db
    .select({ referral: referrals, jobTitle: jobs.title, employer: organisations.name })
    .from(referrals)
    .innerJoin(jobs, eq(jobs.id, referrals.jobId))
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(eq(referrals.returneeId, returneeId))
    .orderBy(desc(referrals.updatedAt));
  const ids = rows.map((r) => r.referral.id);
  const [placementMap, consentRows] = await Promise.all([
    placementsByReferral(db, ids),
    ids.length
      ? db
          .select({ referralId: consents.referralId, granted: consents.granted, at: consents.at })
          .from(consents)
          .where(and(inArray(consents.referralId, ids), eq(consents.scope, 'referral')))
          .orderBy(asc(consents.at))
      : [],
  ]);
  const consentOf = new Map<string, boolean>();
  for (const c of consentRows) if (c.referralId) consentOf.set(c.referralId, c.granted);
  return rows.map(({ referral: r, jobTitle, employer }) => ({
    id: r.id,
    status: r.status,
    jobId: r.jobId,
    jobTitle,
    employer,
    interviewAt: r.interviewAt?.toISOString() ?? null,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    consent: consentOf.get(r.id) ?? false,
    placement: placementMap.get(r.id) ?? null,
  }));
}

/** One entry of a job's pipeline board. `candidate` (name, phone) only where the person consented. */
export type BoardEntry = {
  id: string;
  status: ReferralStatus;
  interviewAt: string | null;
  /** The employer-facing reason of a "not hired" (a withdrawal's reason stays with the counsellor). */
  reason: string | null;
  updatedAt: string;
  candidate: { name: string; phone: string | null } | null;
  /** The anonymised card while employers may see it, or for a named candidate. */
  card: CandidateCard | null;
  placement: Omit<PlacementView, 'followUps'> | null;
};

export type JobPipeline = {
  job: { id: string; title: string; status: (typeof jobs.$inferSelect)['status']; organisationName: string };
  viewer: PipelineActor;
  entries: BoardEntry[];
};

/**
 * A job's board, for a member of its organisation (404 for anyone else) or a counsellor (only the
 * people of their province, each read audited). An employer never sees a counsellor's suggestion,
 * sees an introduction request as the anonymised card only (nothing once the person withdrew
 * card consent), and sees a name and phone only where the person applied or consented to this
 * referral. Nothing about release or the past is ever selected here.
 */
export async function jobPipeline(db: Db, actor: User, jobId: string): Promise<JobPipeline> {
  const who = pipelineActorOf(actor);
  if (who === 'returnee') throw new NotFoundError();
  if (!isUuid(jobId)) throw new NotFoundError();
  const [job] = await db
    .select({
      id: jobs.id,
      title: jobs.title,
      status: jobs.status,
      organisationId: jobs.organisationId,
      organisationName: organisations.name,
    })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(eq(jobs.id, jobId));
  if (!job) throw new NotFoundError();
  if (who === 'employer' && !(await isMember(db, actor.id, job.organisationId))) throw new NotFoundError();

  let rows = await db
    .select({
      referral: referrals,
      fullName: returnees.fullName,
      phone: returnees.phone,
      accountPhone: users.phone,
      provinceCode: returnees.provinceCode,
      cardVisible: sql<boolean>`(${cardVisibleCondition()})`,
    })
    .from(referrals)
    .innerJoin(returnees, eq(returnees.id, referrals.returneeId))
    .leftJoin(users, eq(users.id, returnees.userId))
    .where(
      and(
        eq(referrals.jobId, job.id),
        who === 'employer' ? inArray(referrals.status, [...employerBoardStatuses]) : eq(returnees.provinceCode, actor.provinceCode ?? ''),
      ),
    )
    .orderBy(asc(referrals.createdAt));
  if (who === 'counsellor') {
    for (const row of rows) await requireReturnee(db, actor, row.referral.returneeId, 'read', `pipeline: board of job ${job.id}`);
  }
  // A suggestion withdrawn before the employer ever saw it stays between the counsellor and the person.
  const hidden = new Set<string>();
  const withdrawnIds = rows.filter((r) => r.referral.status === 'withdrawn').map((r) => r.referral.id);
  if (who === 'employer' && withdrawnIds.length) {
    const withdrawals = await db
      .select({ subjectId: caseEvents.subjectId, fromStatus: caseEvents.fromStatus })
      .from(caseEvents)
      .where(and(eq(caseEvents.kind, 'referral'), eq(caseEvents.toStatus, 'withdrawn'), inArray(caseEvents.subjectId, withdrawnIds)));
    for (const w of withdrawals) if (w.subjectId && (w.fromStatus === 'suggested' || w.fromStatus === null)) hidden.add(w.subjectId);
  }
  rows = rows.filter((r) => !hidden.has(r.referral.id));

  const ids = rows.map((r) => r.referral.id);
  const consentRows = ids.length
    ? await db
        .select({ referralId: consents.referralId, granted: consents.granted })
        .from(consents)
        .where(and(inArray(consents.referralId, ids), eq(consents.scope, 'referral')))
        .orderBy(asc(consents.at))
    : [];
  const consentOf = new Map<string, boolean>();
  for (const c of consentRows) if (c.referralId) consentOf.set(c.referralId, c.granted);

  const named = (r: (typeof rows)[number]) =>
    who === 'counsellor' || (namedReferralStatuses.includes(r.referral.status) && consentOf.get(r.referral.id) === true);
  const withCard = (r: (typeof rows)[number]) => named(r) || (r.referral.status === 'introduction_requested' && r.cardVisible);
  const cards = await candidateCards(
    db,
    rows.filter(withCard).map((r) => r.referral.returneeId),
  );
  const placementMap = await placementsByReferral(db, ids);

  return {
    job: { id: job.id, title: job.title, status: job.status, organisationName: job.organisationName },
    viewer: who,
    entries: rows.map((r) => {
      const placement = placementMap.get(r.referral.id);
      return {
        id: r.referral.id,
        status: r.referral.status,
        interviewAt: r.referral.interviewAt?.toISOString() ?? null,
        reason: r.referral.status === 'not_hired' || who === 'counsellor' ? r.referral.reason : null,
        updatedAt: r.referral.updatedAt.toISOString(),
        candidate: named(r) ? { name: r.fullName, phone: r.phone ?? r.accountPhone } : null,
        card: withCard(r) ? (cards.get(r.referral.returneeId) ?? null) : null,
        placement: placement
          ? {
              id: placement.id,
              startDate: placement.startDate,
              wageVnd: placement.wageVnd,
              contractType: placement.contractType,
              endedOn: placement.endedOn,
            }
          : null,
      };
    }),
  };
}

export type WaitingReferral = {
  id: string;
  status: 'requested' | 'introduction_requested';
  returneeId: string;
  fullName: string;
  jobTitle: string;
  employer: string;
  since: string;
};

/**
 * Applications and employers' introduction requests waiting for a counsellor of the province to
 * refer (with consent), oldest first — for the counsellor's home page.
 */
export async function waitingReferrals(db: DbOrTx, provinceCode: string, limit = 10) {
  const where = and(eq(returnees.provinceCode, provinceCode), inArray(referrals.status, ['requested', 'introduction_requested']));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: referrals.id,
        status: referrals.status,
        returneeId: referrals.returneeId,
        fullName: returnees.fullName,
        jobTitle: jobs.title,
        employer: organisations.name,
        since: referrals.updatedAt,
      })
      .from(referrals)
      .innerJoin(returnees, eq(returnees.id, referrals.returneeId))
      .innerJoin(jobs, eq(jobs.id, referrals.jobId))
      .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
      .where(where)
      .orderBy(asc(referrals.updatedAt))
      .limit(limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(referrals)
      .innerJoin(returnees, eq(returnees.id, referrals.returneeId))
      .where(where),
  ]);
  const items = rows.map((r) => ({ ...r, status: r.status as WaitingReferral['status'], since: r.since.toISOString() }));
  return { items, total: Number(total) };
}

/** A referral as the API answers it to `viewer` (an employer never gets a withdrawal's reason). */
export function referralForApi(referral: Referral, placement: Placement | null, viewer: PipelineActor) {
  return {
    id: referral.id,
    returneeId: referral.returneeId,
    jobId: referral.jobId,
    status: referral.status,
    interviewAt: referral.interviewAt?.toISOString() ?? null,
    reason: viewer === 'employer' && referral.status !== 'not_hired' ? null : referral.reason,
    createdAt: referral.createdAt.toISOString(),
    updatedAt: referral.updatedAt.toISOString(),
    placement: placement
      ? {
          id: placement.id,
          startDate: placement.startDate,
          wageVnd: placement.wageVnd,
          contractType: placement.contractType,
          endedOn: placement.endedOn,
        }
      : null,
  };
}
