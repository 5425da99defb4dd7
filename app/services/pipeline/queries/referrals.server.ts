// Reading referrals: a person's referrals with their placements and follow-ups, a job's board (for
// its employer — names only where the person applied or consented — or for a counsellor, the
// people of their province, audited), and the applications waiting for a counsellor.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { selectJobs } from '#db/postings.ts';
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
} from '#db/schema.ts';
import { writeAudit } from '../../audit/audit.server.ts';
import type { Actor } from '../../authorize.ts';
import { candidateCards, cardVisibleCondition, type CandidateCard } from '../../caseload/cards.server.ts';
import { NotFoundError } from '../../errors.ts';
import { isUuid } from '../../fields.ts';
import { ownsJob, pipelineActorOf } from '../access.server.ts';
import { employerBoardStatuses, namedReferralStatuses, type PipelineActor, type ReferralStatus } from '../rules.ts';

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

async function placementsByReferral(db: Executor, referralIds: string[]) {
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

/** A placement's terms, as a referral shows them. */
export function placementSummary(p: Pick<Placement, 'id' | 'startDate' | 'wageVnd' | 'contractType' | 'endedOn'>) {
  return { id: p.id, startDate: p.startDate, wageVnd: p.wageVnd, contractType: p.contractType, endedOn: p.endedOn };
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
export async function referralsOfReturnee(db: Executor, returneeId: string): Promise<PersonReferral[]> {
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

/**
 * The referrals among `referrals` whose person the job's employer may know by name (DESIGN.md §3):
 * the person applied, or consented to this referral — the last consent recorded for it granted —
 * and the referral is in a status that shows it (`namedReferralStatuses`: not a suggestion, not withdrawn).
 */
export async function referralsNamedToEmployer(
  db: Executor,
  list: readonly { id: string; status: ReferralStatus }[],
): Promise<Set<string>> {
  const ids = list.map((r) => r.id);
  const consentRows = ids.length
    ? await db
        .select({ referralId: consents.referralId, granted: consents.granted })
        .from(consents)
        .where(and(inArray(consents.referralId, ids), eq(consents.scope, 'referral')))
        .orderBy(asc(consents.at))
    : [];
  const consentOf = new Map<string, boolean>();
  for (const c of consentRows) if (c.referralId) consentOf.set(c.referralId, c.granted);
  return new Set(list.filter((r) => namedReferralStatuses.includes(r.status) && consentOf.get(r.id) === true).map((r) => r.id));
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
export async function jobPipeline(db: Executor, actor: Actor, jobId: string): Promise<JobPipeline> {
  const who = pipelineActorOf(actor);
  if (who === 'returnee') throw new NotFoundError();
  if (!isUuid(jobId)) throw new NotFoundError();
  const [posting] = await selectJobs(db, eq(jobs.id, jobId));
  const job = posting && {
    id: posting.job.id,
    title: posting.job.title,
    status: posting.job.status,
    organisationId: posting.job.organisationId,
    organisationName: posting.organisation.name,
  };
  if (!job) throw new NotFoundError();
  if (who === 'employer' && !ownsJob(actor, job)) throw new NotFoundError();

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
  // The people listed are of the counsellor's own province (the query's scope): one audit row each, written at once.
  if (who === 'counsellor') {
    await writeAudit(
      db,
      actor,
      rows.map((row) => ({
        action: 'read',
        entityType: 'returnee',
        entityId: row.referral.returneeId,
        reason: `pipeline: board of job ${job.id}`,
      })),
    );
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
  const namedToEmployer = await referralsNamedToEmployer(
    db,
    rows.map((r) => r.referral),
  );
  const named = (r: (typeof rows)[number]) => who === 'counsellor' || namedToEmployer.has(r.referral.id);
  const withCard = (r: (typeof rows)[number]) => named(r) || (r.referral.status === 'introduction_requested' && r.cardVisible);
  const cards = await candidateCards(
    db,
    job.id,
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
        placement: placement ? placementSummary(placement) : null,
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
export async function waitingReferrals(db: Executor, provinceCode: string, limit = 10) {
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
    placement: placement ? placementSummary(placement) : null,
  };
}
