// The pipeline's rules as plain tables (issue 4): which status may follow which, who may make each
// move, when a placement follow-up is due and when a placement counts as stable. Pure: no database,
// so the tables are unit-tested on their own and shared by services, pages and the API.
import type { enrolmentStatuses, followUpMonths, referralStatuses, supportKinds, supportStatuses } from '#db/schema.ts';

export type ReferralStatus = (typeof referralStatuses)[number];
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];
export type SupportKind = (typeof supportKinds)[number];
export type SupportStatus = (typeof supportStatuses)[number];
export type FollowUpMonth = (typeof followUpMonths)[number];

/** Who moves a referral: the person's counsellor, the employer of the job, or the person. */
export type PipelineActor = 'counsellor' | 'employer' | 'returnee';

/** Where a step happens when it is not on the pipeline's own pages: at a job fair (its case events carry the fair). */
export type StepContext = { fairId?: string | null };

// ── Job referrals ───────────────────────────────────────────────────────────────────────────────

/**
 * suggested (counsellor) / requested (the person applied) / introduction_requested (the employer
 * asked about an anonymised card) → referred (consent recorded) → interview_scheduled → offered →
 * hired. not_hired and withdrawn end it early; a scheduled interview may be moved to another time.
 * A withdrawal is not for ever: the person may apply again (a declined suggestion, a change of mind).
 */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  suggested: ['requested', 'introduction_requested', 'referred', 'withdrawn'],
  requested: ['referred', 'not_hired', 'withdrawn'],
  introduction_requested: ['requested', 'referred', 'withdrawn'],
  referred: ['interview_scheduled', 'offered', 'not_hired', 'withdrawn'],
  interview_scheduled: ['interview_scheduled', 'offered', 'not_hired', 'withdrawn'],
  offered: ['hired', 'not_hired', 'withdrawn'],
  hired: [],
  not_hired: [],
  withdrawn: ['requested'],
};

/** The status a referral starts in, by who starts it. */
export const referralStart: Record<PipelineActor, ReferralStatus> = {
  counsellor: 'suggested',
  returnee: 'requested',
  employer: 'introduction_requested',
};

/**
 * Who may move a referral into each status. Consent (referred) is the counsellor's to record; the
 * employer records interview, offer and outcome for their own job (the counsellor may too); the
 * person or the counsellor may withdraw.
 */
export const referralMovers: Record<ReferralStatus, readonly PipelineActor[]> = {
  suggested: [],
  requested: ['returnee'],
  introduction_requested: ['employer'],
  referred: ['counsellor'],
  interview_scheduled: ['counsellor', 'employer'],
  offered: ['counsellor', 'employer'],
  hired: ['counsellor', 'employer'],
  not_hired: ['counsellor', 'employer'],
  withdrawn: ['counsellor', 'returnee'],
};

/** Outcomes: nothing follows them (a withdrawal, which the person may undo by applying again, is not one). */
export const finalReferralStatuses: readonly ReferralStatus[] = ['hired', 'not_hired'];

/**
 * Statuses in which the employer may see the person's name and phone: the person applied, or a
 * counsellor recorded their consent to this referral (and the referral was not withdrawn).
 */
export const namedReferralStatuses: readonly ReferralStatus[] = [
  'requested',
  'referred',
  'interview_scheduled',
  'offered',
  'hired',
  'not_hired',
];

/** Statuses an employer's board shows (a counsellor's suggestion stays between counsellor and person). */
export const employerBoardStatuses: readonly ReferralStatus[] = [
  'introduction_requested',
  'requested',
  'referred',
  'interview_scheduled',
  'offered',
  'hired',
  'not_hired',
  'withdrawn',
];

/**
 * At a job fair the person who applied by joining a booth's queue sits at the employer's desk: the
 * booth's staff take the application on from there (a further interview, an offer) as they would a
 * referral. Elsewhere an application waits for the counsellor to refer it.
 */
export const fairDeskTransitions: Partial<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  requested: ['interview_scheduled', 'offered'],
};

export type MoveCheck = { ok: true } | { ok: false; problem: 'transition' | 'actor' };

/**
 * Whether `actor` may move a referral from `from` to `to`; the transition is checked first. At a
 * fair (`context.fairId`) the employer also has the desk's moves (`fairDeskTransitions`).
 */
export function checkReferralMove(actor: PipelineActor, from: ReferralStatus, to: ReferralStatus, context: StepContext = {}): MoveCheck {
  const atDesk = Boolean(context.fairId) && actor === 'employer' && (fairDeskTransitions[from] ?? []).includes(to);
  if (!referralTransitions[from].includes(to) && !atDesk) return { ok: false, problem: 'transition' };
  if (!referralMovers[to].includes(actor)) return { ok: false, problem: 'actor' };
  return { ok: true };
}

/** The next statuses `actor` may choose from `from` (for the buttons a page offers). */
export function nextReferralStatuses(actor: PipelineActor, from: ReferralStatus): ReferralStatus[] {
  return referralTransitions[from].filter((to) => referralMovers[to].includes(actor));
}

// ── Training enrolments ─────────────────────────────────────────────────────────────────────────

/** applied → enrolled (takes a seat) → completed → certified; dropped_out ends it before completion. */
export const enrolmentTransitions: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  applied: ['enrolled', 'dropped_out'],
  enrolled: ['completed', 'dropped_out'],
  completed: ['certified'],
  certified: [],
  dropped_out: [],
};

export function canMoveEnrolment(from: EnrolmentStatus, to: EnrolmentStatus) {
  return enrolmentTransitions[from].includes(to);
}

/** Statuses that hold a seat on the course. */
export const seatHoldingStatuses: readonly EnrolmentStatus[] = ['enrolled', 'completed', 'certified'];

// ── Loan support and legal help ─────────────────────────────────────────────────────────────────

/**
 * Loan (VBSP credit, Decision 22/2023/QĐ-TTg): needed → eligible / not_eligible → referred_to_bank
 * → granted (with the amount) / refused. Legal help and papers: needed → done.
 */
export const supportTransitions: Record<SupportKind, Partial<Record<SupportStatus, readonly SupportStatus[]>>> = {
  loan: {
    needed: ['eligible', 'not_eligible'],
    eligible: ['referred_to_bank'],
    referred_to_bank: ['granted', 'refused'],
    not_eligible: [],
    granted: [],
    refused: [],
  },
  legal: {
    needed: ['done'],
    done: [],
  },
};

export function canMoveSupport(kind: SupportKind, from: SupportStatus, to: SupportStatus) {
  return supportTransitions[kind][from]?.includes(to) ?? false;
}

/** A case still in progress (a second case of the same kind is refused while one is open). */
export function isSupportOpen(kind: SupportKind, status: SupportStatus) {
  return (supportTransitions[kind][status]?.length ?? 0) > 0;
}

// ── Placements: follow-ups and stability ────────────────────────────────────────────────────────

/** 'YYYY-MM-DD' plus `months`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), as Postgres does. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The day the follow-up at `month` months falls due. */
export function followUpDueDate(startDate: string, month: number) {
  return addMonths(startDate, month);
}

/** A follow-up may be recorded on its due day or later, never before. */
export function isFollowUpDue(startDate: string, month: number, today: string) {
  return followUpDueDate(startDate, month) <= today;
}

/**
 * A placement counts as stable (DESIGN.md §6 "placed in a stable job") only when it is known to
 * have lasted: the mark (start date + `months`, STABLE_JOB_MONTHS) has been reached by `asOf`, and
 * either a follow-up at a month ≥ `months` found the person still employed there, or the placement
 * ended after the mark (`endedOn` is the first day the person no longer worked there, so an end on
 * the mark day is short of it). A placement nobody followed up is unknown, and unknown is not
 * stable. The indicators reuse this rule in SQL as `stablePlacementCondition`
 * (indicators/queries.server.ts); a test keeps the two in agreement.
 */
export function isStablePlacement(
  placement: { startDate: string; endedOn: string | null; followUps: readonly { month: number; stillEmployed: boolean }[] },
  months: number,
  asOf: string,
) {
  const mark = addMonths(placement.startDate, months);
  if (mark > asOf) return false;
  const confirmed = placement.followUps.some((f) => f.month >= months && f.stillEmployed);
  return confirmed || (placement.endedOn !== null && placement.endedOn > mark);
}
