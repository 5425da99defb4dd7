// The person's timeline: one dated, attributed row per step of every process, with details typed
// per kind and the person's province and commune at that moment (read in the same statement), so
// the indicators count each step in the area where it happened. Written through the executor of
// the change it records: the timeline and the state never disagree; each step notes the person, whose
// indicator facts row is rewritten before the transaction commits (indicators/facts-store.server.ts).
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { caseEvents, returnees, type caseEventKinds, type contractTypes } from '#db/schema.ts';
import type { CloseReason } from '../caseload/rules.ts';
import { InputError } from '../errors.ts';
import { noteFactsChanged } from '../indicators/facts-store.server.ts';

export type CaseEventKind = (typeof caseEventKinds)[number];

/** Which job a referral step was about (kept with the event: the job may change or close later). */
type JobRef = { jobId: string; jobTitle: string; employer: string };

/** Where the person lives: a province, and the commune when known. */
export type ResidencePlace = { provinceCode: string; communeCode: string | null };

/** What each kind of step records besides its statuses. */
export type CaseEventDetails = {
  intake: { preRelease: boolean };
  profile: { fields: string[] };
  /** A move of the case; the system's move to "placed" on a job's start date names the placement (its subject). */
  'case.status': (JobRef & { startDate: string }) | { closeReason: CloseReason; closedOn: string } | null;
  'consent.card': null;
  note: { contactDate: string };
  account: { method: 'password' | 'code' };
  referral: JobRef & { consent?: true; interviewAt?: string; reason?: string };
  placement: JobRef & { startDate: string; wageVnd: number; contractType: (typeof contractTypes)[number]; caseStatus?: 'placed' };
  'placement.follow_up': JobRef & { month: number; endedOn?: string; note?: string; caseStatus?: 'active' };
  enrolment: { trainingSlotId: string; title: string; provider: string; reason?: string; consent?: true; wording?: string };
  loan: { amountVnd?: number; note?: string } | null;
  legal: { note?: string } | null;
  /**
   * A move (a transfer to another province, or a new commune in the same one), dated by the day it
   * took effect; the event's own area is the new one. The first residence is the intake's area.
   */
  residence: { from: ResidencePlace; to: ResidencePlace; note?: string };
};

export type CaseEventInput<K extends CaseEventKind = CaseEventKind> = {
  kind: K;
  returneeId: string;
  subjectId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  details: CaseEventDetails[K];
  /** When it was recorded, if not now (a counselling contact entered later). */
  at?: Date;
  /** The day it took effect ('YYYY-MM-DD'), when recorded later; default the day of `at` in Vietnam. */
  effectiveOn?: string | null;
  /** The job fair it happened at. */
  fairId?: string | null;
};

/** Records one step for `returneeId`, by `actor` (null for the system). */
export async function recordCaseEvent<K extends CaseEventKind>(executor: Executor, actor: { id: string } | null, event: CaseEventInput<K>) {
  await executor.execute(sql`
    insert into ${caseEvents} (returnee_id, province_code, commune_code, fair_id, actor_user_id, kind, subject_id, from_status, to_status, details, at, effective_on)
    select ${returnees.id}, ${returnees.provinceCode}, ${returnees.communeCode}, ${event.fairId ?? null}, ${actor?.id ?? null},
      ${event.kind}::case_event_kind, ${event.subjectId ?? null}, ${event.fromStatus ?? null}, ${event.toStatus ?? null},
      ${event.details === null ? null : JSON.stringify(event.details)}::jsonb, coalesce(${event.at?.toISOString() ?? null}::timestamptz, now()),
      coalesce(${event.effectiveOn ?? null}::date, (coalesce(${event.at?.toISOString() ?? null}::timestamptz, now()) at time zone 'Asia/Ho_Chi_Minh')::date)
    from ${returnees} where ${returnees.id} = ${event.returneeId}`);
  // The person's indicator facts are rewritten from the records before the transaction commits.
  await noteFactsChanged(executor, event.returneeId);
}

/** A counsellor's contact with the person (a note, a referral, a follow-up) moves "last contact". */
export async function touchLastContact(executor: Executor, returneeId: string, at = new Date()) {
  await executor.update(returnees).set({ lastContactAt: at }).where(eq(returnees.id, returneeId));
}

/**
 * Refuses an effective day before the person came home, for a step that cannot happen before it
 * (a hire, a completed course, a granted loan); the release date is the record's, when known.
 */
export function requireAfterRelease(returnee: { releaseDate: string | null }, day: string | undefined, field = 'effectiveOn') {
  if (day && returnee.releaseDate && day < returnee.releaseDate) throw new InputError({ [field]: 'validation.effectiveOn.beforeRelease' });
}
