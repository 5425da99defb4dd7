// Each returnee's dated facts (definitions.ts `PersonFacts`) read from the records and their
// timeline: every date is the day the step took effect (case_events.effective_on), so a step typed
// in late is counted on the day it happened. The straightforward read, one person at a time in
// code: the definition's input, and the oracle any faster path must agree with.
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  caseEvents,
  counsellingNotes,
  fairTickets,
  occupations,
  placementFollowUps,
  placements,
  returneeOccupationWishes,
  returnees,
  supportCases,
  type supportStatuses,
} from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import type { PersonFacts, PlacementFacts, Residence } from './definitions.ts';

/** Whose facts to read: everyone, the people who live or lived in these provinces, or these people. */
export type FactsScope = 'country' | { provinceCodes: readonly string[] } | { returneeIds: readonly string[] };

/** A referral reached the employer (consent recorded) at any of these steps. */
const referredStatuses = new Set(['referred', 'interview_scheduled', 'offered', 'hired', 'not_hired']);

/** A loan request found eligible (whatever the bank did next); `needed` is not decided yet. */
const loanEligibility: Record<(typeof supportStatuses)[number], boolean | null> = {
  needed: null,
  eligible: true,
  not_eligible: false,
  referred_to_bank: true,
  granted: true,
  refused: true,
  done: true,
};

const dayOf = (at: Date) => vietnamDate(0, at.getTime());

type EventRow = {
  returneeId: string;
  kind: string;
  subjectId: string | null;
  toStatus: string | null;
  details: Record<string, unknown> | null;
  effectiveOn: string;
  fairId: string | null;
  provinceCode: string;
  communeCode: string | null;
};

/** Groups rows by a key, keeping their order. */
function groupBy<T>(rows: T[], key: (row: T) => string | null) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The facts of every returnee in `scope`, in no particular order. */
export async function loadPersonFacts(executor: Executor, scope: FactsScope): Promise<PersonFacts[]> {
  const inScope: SQL | undefined =
    scope === 'country'
      ? undefined
      : 'returneeIds' in scope
        ? inArray(returnees.id, [...scope.returneeIds])
        : or(
            inArray(returnees.provinceCode, [...scope.provinceCodes]),
            sql`exists (select 1 from ${caseEvents} where ${caseEvents.returneeId} = ${returnees.id} and ${inArray(caseEvents.provinceCode, [...scope.provinceCodes])})`,
          );
  const people = await executor
    .select({
      id: returnees.id,
      releaseDate: returnees.releaseDate,
      sex: returnees.sex,
      ethnicity: returnees.ethnicity,
      birthDate: returnees.birthDate,
      provinceCode: returnees.provinceCode,
      communeCode: returnees.communeCode,
      status: returnees.status,
      createdAt: returnees.createdAt,
      updatedAt: returnees.updatedAt,
    })
    .from(returnees)
    .where(inScope);
  if (people.length === 0) return [];
  const ids = executor.select({ id: returnees.id }).from(returnees).where(inScope);

  const [events, placementRows, followUps, notes, loans, tickets, trades] = await Promise.all([
    executor
      .select({
        returneeId: caseEvents.returneeId,
        kind: caseEvents.kind,
        subjectId: caseEvents.subjectId,
        toStatus: caseEvents.toStatus,
        details: caseEvents.details,
        effectiveOn: caseEvents.effectiveOn,
        fairId: caseEvents.fairId,
        provinceCode: caseEvents.provinceCode,
        communeCode: caseEvents.communeCode,
      })
      .from(caseEvents)
      .where(inArray(caseEvents.returneeId, ids))
      .orderBy(asc(caseEvents.effectiveOn), asc(caseEvents.at), asc(caseEvents.id)) as Promise<EventRow[]>,
    executor
      .select({ id: placements.id, returneeId: placements.returneeId, startDate: placements.startDate, endedOn: placements.endedOn })
      .from(placements)
      .where(inArray(placements.returneeId, ids)),
    executor
      .select({
        placementId: placementFollowUps.placementId,
        month: placementFollowUps.month,
        stillEmployed: placementFollowUps.stillEmployed,
        recordedAt: placementFollowUps.recordedAt,
      })
      .from(placementFollowUps)
      .innerJoin(placements, eq(placements.id, placementFollowUps.placementId))
      .where(inArray(placements.returneeId, ids)),
    executor
      .select({ returneeId: counsellingNotes.returneeId, contactDate: counsellingNotes.contactDate })
      .from(counsellingNotes)
      .where(inArray(counsellingNotes.returneeId, ids)),
    executor
      .select({ id: supportCases.id, returneeId: supportCases.returneeId, status: supportCases.status, createdAt: supportCases.createdAt })
      .from(supportCases)
      .where(and(eq(supportCases.kind, 'loan'), inArray(supportCases.returneeId, ids))),
    executor
      .select({ returneeId: fairTickets.returneeId, fairId: fairTickets.fairId })
      .from(fairTickets)
      .where(inArray(fairTickets.returneeId, ids)),
    // The main trade: the first of the person's wished trades (by the catalogue's order).
    executor
      .selectDistinctOn([returneeOccupationWishes.returneeId], { returneeId: returneeOccupationWishes.returneeId, code: occupations.code })
      .from(returneeOccupationWishes)
      .innerJoin(occupations, eq(occupations.id, returneeOccupationWishes.occupationId))
      .where(inArray(returneeOccupationWishes.returneeId, ids))
      .orderBy(asc(returneeOccupationWishes.returneeId), asc(occupations.id)),
  ]);

  const eventsOf = groupBy(events, (e) => e.returneeId);
  const placementsOf = groupBy(placementRows, (p) => p.returneeId);
  const followUpsOf = groupBy(followUps, (f) => f.placementId);
  const notesOf = groupBy(notes, (n) => n.returneeId);
  const loansOf = groupBy(loans, (l) => l.returneeId);
  const ticketsOf = groupBy(tickets, (t) => t.returneeId);
  const tradeOf = new Map(trades.map((t) => [t.returneeId, t.code]));

  return people.map((person) => {
    const timeline = eventsOf.get(person.id) ?? [];
    const bySubject = groupBy(timeline, (e) => e.subjectId);
    const first = (list: EventRow[] | undefined, test: (e: EventRow) => boolean) => list?.find(test);
    const intake = first(timeline, (e) => e.kind === 'intake');
    const intakeOn = intake?.effectiveOn ?? dayOf(person.createdAt);

    const closings = timeline.filter((e) => e.kind === 'case.status' && e.toStatus === 'closed');
    const lastClosing = closings.at(-1);
    const detainedAgain = closings.filter((e) => e.details?.closeReason === 'detained_again').at(-1);

    const placementsOfPerson: PlacementFacts[] = (placementsOf.get(person.id) ?? []).map((placement) => {
      const steps = bySubject.get(placement.id);
      const hire = first(steps, (e) => e.kind === 'placement');
      const followUpDays = new Map(
        (steps ?? []).filter((e) => e.kind === 'placement.follow_up').map((e) => [Number(e.details?.month), e.effectiveOn]),
      );
      return {
        hiredOn: hire?.effectiveOn ?? placement.startDate,
        startDate: placement.startDate,
        endedOn: placement.endedOn,
        fairId: hire?.fairId ?? null,
        followUps: (followUpsOf.get(placement.id) ?? []).map((f) => ({
          month: f.month,
          stillEmployed: f.stillEmployed,
          on: followUpDays.get(f.month) ?? dayOf(f.recordedAt),
        })),
      };
    });

    const courses = [...bySubject.values()]
      .filter((steps) => steps[0].kind === 'enrolment')
      .map((steps) => {
        const certifiedOn = first(steps, (e) => e.toStatus === 'certified')?.effectiveOn ?? null;
        const completedOn = first(steps, (e) => e.toStatus === 'completed')?.effectiveOn ?? certifiedOn;
        return { completedOn, certifiedOn, fairId: steps.find((e) => e.fairId)?.fairId ?? null };
      })
      .filter((course) => course.completedOn !== null);

    const referrals = [...bySubject.values()]
      .filter((steps) => steps[0].kind === 'referral')
      .flatMap((steps) => {
        const referred = first(steps, (e) => referredStatuses.has(e.toStatus ?? ''));
        return referred ? [{ referredOn: referred.effectiveOn, fairId: steps.find((e) => e.fairId)?.fairId ?? null }] : [];
      });

    const loansOfPerson = (loansOf.get(person.id) ?? []).map((loan) => {
      const steps = bySubject.get(loan.id);
      return {
        askedOn: steps?.[0]?.effectiveOn ?? dayOf(loan.createdAt),
        eligible: loanEligibility[loan.status],
        grantedOn: first(steps, (e) => e.toStatus === 'granted')?.effectiveOn ?? null,
      };
    });

    return {
      id: person.id,
      releaseDate: person.releaseDate,
      intakeOn,
      caseStartedOn: intakeOn,
      closedOn: person.status === 'closed' ? (lastClosing?.effectiveOn ?? dayOf(person.updatedAt)) : null,
      residence: residenceHistory(person, intake ?? timeline[0], intakeOn, timeline),
      sex: person.sex,
      ethnicity: person.ethnicity,
      birthDate: person.birthDate,
      occupationCode: tradeOf.get(person.id) ?? null,
      counselledOn: (notesOf.get(person.id) ?? []).map((n) => n.contactDate),
      courses,
      referrals,
      placements: placementsOfPerson,
      loans: loansOfPerson,
      detainedAgainOn: detainedAgain?.effectiveOn ?? null,
      fairIds: (ticketsOf.get(person.id) ?? []).map((t) => t.fairId),
    } satisfies PersonFacts;
  });
}

/**
 * Where the person lived, oldest first: the area of their first step (the intake) from its day,
 * then each recorded move (`residence` events: from → to, on the day it took effect). A record
 * whose area changed without a recorded move (before moves were recorded) gets its present area
 * from the day it was last changed.
 */
function residenceHistory(
  person: { provinceCode: string; communeCode: string | null; updatedAt: Date },
  start: EventRow | undefined,
  startOn: string,
  timeline: EventRow[],
): Residence[] {
  const history: Residence[] = [
    { from: startOn, provinceCode: start?.provinceCode ?? person.provinceCode, communeCode: start?.communeCode ?? person.communeCode },
  ];
  for (const move of timeline) {
    if (move.kind !== 'residence') continue;
    const to = move.details?.to as { provinceCode?: string; communeCode?: string | null } | undefined;
    if (to?.provinceCode) history.push({ from: move.effectiveOn, provinceCode: to.provinceCode, communeCode: to.communeCode ?? null });
  }
  const last = history.at(-1)!;
  if (last.provinceCode !== person.provinceCode || last.communeCode !== person.communeCode) {
    history.push({ from: dayOf(person.updatedAt), provinceCode: person.provinceCode, communeCode: person.communeCode });
  }
  return history;
}
