// The caseload's rules as plain values: how far ahead a pre-release intake may be, working age,
// the statuses the caseload filters by and a counsellor may set, how a person's sign-in is made, and
// the consent question whose wording is stored with each answer. Pure, shared by pages and services.
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Returnee } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';

/**
 * Pre-release intake: the release date may lie in the future by at most 92 days (the longest span
 * of three calendar months), so a profile can be opened 1–3 months before release; any date from
 * today up to then is accepted too. Past release dates have no limit other than the birth date.
 */
export const preReleaseMaxDays = 92;
/** A working-age person: 16 to 80 years old on the day of intake or change. */
export const minAge = 16;
export const maxAge = 80;
export const caseloadPageSize = 20;
/** The caseload's status filter: pre_release is an active case whose release date is after today. */
export const caseloadStatuses = ['pre_release', 'active', 'placed', 'closed'] as const;
export type CaseloadStatus = (typeof caseloadStatuses)[number];
export const caseloadSorts = ['name', 'last_contact', 'newest'] as const;
/** The case states a counsellor sets by hand ("placed" comes from a hire in the pipeline). */
export const settableStatuses = ['active', 'closed'] as const;
export const accountMethods = ['password', 'code'] as const;
/** The question put to the person; its Vietnamese text at that moment is stored with each answer. */
export const cardConsentWordingKey = 'caseload.consent.cardWording' satisfies MessageKey;

/** Whole years from `birthDate` to `day` (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, day: string) {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A case shown as the caseload shows it: "active" before the release date reads as pre_release. */
export function caseloadStatusOf(r: Pick<Returnee, 'status' | 'releaseDate'>, today = vietnamDate()): CaseloadStatus {
  return r.status === 'active' && r.releaseDate !== null && r.releaseDate > today ? 'pre_release' : r.status;
}

/**
 * Why a case is closed: one of a fixed list, recorded with its date on the case's timeline.
 * "detained_again" is seen only by staff with caseload rights over the person (never by an
 * employer, on a card, in the person's own view or in a public answer); no offence, charge or
 * sentence is asked or kept. A move to another province is a transfer, not a closing.
 */
export const closeReasons = ['no_longer_needed', 'declined', 'lost_contact', 'moved_away', 'detained_again', 'deceased', 'other'] as const;
export type CloseReason = (typeof closeReasons)[number];

/** The moves a counsellor may make between case states by hand. */
export const statusMoves: Record<Returnee['status'], readonly Returnee['status'][]> = {
  active: ['closed'],
  placed: ['closed'],
  closed: ['active'],
};
