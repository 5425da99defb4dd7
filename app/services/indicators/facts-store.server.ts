// The indicator facts kept on write (docs/decisions/006-indicators.md, items 2 and 3): each person's
// `PersonFacts`, read from the records by `loadPersonFacts` (the one reading), stored as a row of
// `indicator_facts` under a random subject id. Every step that changes a person's facts notes the
// person on its transaction (`noteFactsChanged`: the case-event writer does it for every step), and
// `withIndicatorFacts` (which `inTransaction` runs every command in) rewrites the noted people's rows
// just before the commit — so the rows change exactly when the records do, and a rolled-back command
// leaves them as they were. Also: the rebuild from the records, reading the rows back as facts, and
// detaching a row from the person at erasure.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { indicatorFacts, returnees } from '#db/schema.ts';
import { addMonths } from '../pipeline/rules.ts';
import { stableOutcome, type PersonFacts, type PlacementFacts } from './definitions.ts';
import { loadPersonFacts, type FactsScope } from './facts.server.ts';

/** The people whose facts changed in each open transaction (`withIndicatorFacts` collects them). */
const notedOf = new WeakMap<object, Set<string>>();

/**
 * Notes that `returneeId`'s facts change in this transaction: the row is rewritten before the commit.
 * Outside `withIndicatorFacts` (a test or a script writing through the database itself) the row is
 * rewritten at once, from what the records say by then.
 */
export async function noteFactsChanged(executor: Executor, returneeId: string) {
  const noted = notedOf.get(executor);
  if (noted) noted.add(returneeId);
  else await refreshIndicatorFacts(executor, [returneeId]);
}

/**
 * Runs `work` in `tx` collecting the people whose facts it changes, then rewrites their rows in the
 * same transaction (after the work, before the commit). How every command runs (`inTransaction`),
 * and how the demo seed and the placement-start worker, which open their own transactions, run.
 */
export async function withIndicatorFacts<T>(tx: Executor, work: () => Promise<T>): Promise<T> {
  const noted = new Set<string>();
  notedOf.set(tx, noted);
  try {
    const result = await work();
    // Steps noted while the rows are rewritten (none today) would be lost: stop collecting first.
    notedOf.delete(tx);
    if (noted.size > 0) await refreshIndicatorFacts(tx, [...noted]);
    return result;
  } finally {
    notedOf.delete(tx);
  }
}

/**
 * Rewrites these people's rows from their records. The returnee rows are locked first (in id order),
 * so two transactions changing one person write the row one after the other, each from what the
 * other committed. A person no longer on record (erased) keeps their row as it is.
 */
export async function refreshIndicatorFacts(executor: Executor, returneeIds: readonly string[]) {
  if (returneeIds.length === 0) return;
  const ids = [...new Set(returneeIds)].sort();
  await executor.execute(
    sql`select 1 from ${returnees} where ${returnees.id} = any(${`{${ids.join(',')}}`}::uuid[]) order by ${returnees.id} for no key update`,
  );
  await storeFacts(executor, await loadPersonFacts(executor, { returneeIds: ids }));
}

/** Rows written per statement by `storeFacts` (one JSON document each). */
const batchSize = 2_000;

/**
 * Writes facts as rows: each person's row replaced (by its returnee link), a new row (and subject
 * id) for a person who has none. `linked: false` writes rows that name nobody (the benchmark's
 * generated people, who have no records).
 */
export async function storeFacts(executor: Executor, people: readonly PersonFacts[], options: { linked?: boolean } = {}) {
  const linked = options.linked ?? true;
  for (let start = 0; start < people.length; start += batchSize) {
    const rows = people.slice(start, start + batchSize).map((person) => factsRow(person, linked));
    await executor.execute(sql`
      insert into ${indicatorFacts} (${sql.raw(columnList)})
      select ${sql.raw(columnList)} from jsonb_populate_recordset(null::indicator_facts, ${JSON.stringify(rows)}::jsonb)
      on conflict (returnee_id) do update set ${sql.raw(updateList)}, updated_at = now()`);
  }
}

/** The columns `storeFacts` writes (all but the subject id and the time). */
const columns = [
  'returnee_id',
  'release_date',
  'intake_on',
  'case_started_on',
  'closed_on',
  'detained_again_on',
  'residence_from',
  'residence_province',
  'residence_commune',
  'sex',
  'ethnicity',
  'birth_date',
  'occupation_code',
  'counselled_on',
  'course_completed_on',
  'course_certified_on',
  'course_fair_id',
  'referral_on',
  'referral_fair_id',
  'placement_hired_on',
  'placement_start',
  'placement_ended_on',
  'placement_fair_id',
  'placement_still_month',
  'placement_gone_month',
  'placement_follow_ups',
  'loan_asked_on',
  'loan_eligible',
  'loan_granted_on',
  'loan_eligible_from',
  'fair_ids',
  'stable_marks',
  'unknown_marks',
] as const;
const columnList = columns.join(', ');
const updateList = columns
  .filter((column) => column !== 'returnee_id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

type FactsRow = Record<(typeof columns)[number], unknown>;

/** One person's facts as the row's columns (parallel arrays per course, referral, placement, loan). */
export function factsRow(person: PersonFacts, linked = true): FactsRow {
  const months = (followUps: PersonFacts['placements'][number]['followUps'], still: boolean) => {
    const found = followUps.filter((f) => f.stillEmployed === still).map((f) => f.month);
    if (found.length === 0) return null;
    return still ? Math.max(...found) : Math.min(...found);
  };
  return {
    returnee_id: linked ? person.id : null,
    release_date: person.releaseDate,
    intake_on: person.intakeOn,
    case_started_on: person.caseStartedOn,
    closed_on: person.closedOn,
    detained_again_on: person.detainedAgainOn,
    residence_from: person.residence.map((r) => r.from),
    residence_province: person.residence.map((r) => r.provinceCode),
    residence_commune: person.residence.map((r) => r.communeCode),
    sex: person.sex,
    ethnicity: person.ethnicity,
    birth_date: person.birthDate,
    occupation_code: person.occupationCode,
    counselled_on: person.counselledOn,
    course_completed_on: person.courses.map((c) => c.completedOn),
    course_certified_on: person.courses.map((c) => c.certifiedOn),
    course_fair_id: person.courses.map((c) => c.fairId),
    referral_on: person.referrals.map((r) => r.referredOn),
    referral_fair_id: person.referrals.map((r) => r.fairId),
    placement_hired_on: person.placements.map((p) => p.hiredOn),
    placement_start: person.placements.map((p) => p.startDate),
    placement_ended_on: person.placements.map((p) => p.endedOn),
    placement_fair_id: person.placements.map((p) => p.fairId),
    placement_still_month: person.placements.map((p) => months(p.followUps, true)),
    placement_gone_month: person.placements.map((p) => months(p.followUps, false)),
    placement_follow_ups: person.placements.map((p) => p.followUps),
    loan_asked_on: person.loans.map((l) => l.askedOn),
    loan_eligible: person.loans.map((l) => l.eligible),
    loan_granted_on: person.loans.map((l) => l.grantedOn),
    loan_eligible_from: person.loans.filter((l) => l.eligible === true).reduce<string | null>(earliest, null),
    fair_ids: person.fairIds,
    ...markCodes(person.placements),
  };
}

const earliest = (day: string | null, loan: { askedOn: string }) => (day === null || loan.askedOn < day ? loan.askedOn : day);

/** The stable-job months the marks are kept for (STABLE_JOB_MONTHS beyond it is counted the slow way). */
export const markedMonths = 24;
const dayZero = Date.UTC(2000, 0, 1);

/** A placement's mark after `months` as a code: months × 100000 + days since 2000-01-01. */
export function markCode(months: number, mark: string) {
  return months * 100_000 + Math.round((Date.parse(`${mark}T00:00:00Z`) - dayZero) / 86_400_000);
}

/** Each placement's outcome at its mark for 1–24 months, by the definition's own rule (`stableOutcome`). */
function markCodes(placements: readonly PlacementFacts[]) {
  const stable: number[] = [];
  const unknown: number[] = [];
  for (let months = 1; months <= markedMonths; months++) {
    for (const placement of placements) {
      const outcome = stableOutcome(placement, months);
      if (outcome === 'stable') stable.push(markCode(months, addMonths(placement.startDate, months)));
      else if (outcome === 'unknown') unknown.push(markCode(months, addMonths(placement.startDate, months)));
    }
  }
  return { stable_marks: stable, unknown_marks: unknown };
}

/** People read per batch by the rebuild. */
const rebuildBatch = 1_000;

/**
 * Rewrites every person's row from the records (`npm run indicators:rebuild`; after a change to how
 * facts are read, and at the end of the demo seed). Rows of erased people (no link) stay as they are.
 * Returns how many rows were written.
 */
export function rebuildIndicatorFacts(executor: Executor): Promise<number> {
  return writeFactsRows(executor, sql`true`);
}

/**
 * Writes the rows of people who have none (a database from before the facts were kept — migration
 * 0015 — or rows lost): run at every start-up, so an upgraded database counts everyone without
 * anyone running the rebuild by hand. Returns how many rows were written.
 */
export function fillMissingIndicatorFacts(executor: Executor): Promise<number> {
  return writeFactsRows(executor, sql`not exists (select 1 from ${indicatorFacts} f where f.returnee_id = ${returnees.id})`);
}

/** Writes the rows of the people `which` picks, from their records, a thousand at a time in id order. */
async function writeFactsRows(executor: Executor, which: SQL): Promise<number> {
  let written = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = (await executor.execute(
      sql`select ${returnees.id} as id from ${returnees} where ${returnees.id} > ${after}::uuid and ${which} order by ${returnees.id} limit ${rebuildBatch}`,
    )) as unknown as { id: string }[];
    if (batch.length === 0) return written;
    const people = await loadPersonFacts(executor, { returneeIds: batch.map((r) => r.id) });
    await storeFacts(executor, people);
    written += people.length;
    after = batch.at(-1)!.id;
  }
}

type StoredRow = {
  subject_id: string;
  returnee_id: string | null;
  release_date: string | null;
  intake_on: string | null;
  case_started_on: string | null;
  closed_on: string | null;
  detained_again_on: string | null;
  residence_from: string[];
  residence_province: string[];
  residence_commune: (string | null)[];
  sex: PersonFacts['sex'];
  ethnicity: string | null;
  birth_date: string | null;
  occupation_code: string | null;
  counselled_on: string[];
  course_completed_on: (string | null)[];
  course_certified_on: (string | null)[];
  course_fair_id: (string | null)[];
  referral_on: string[];
  referral_fair_id: (string | null)[];
  placement_hired_on: string[];
  placement_start: string[];
  placement_ended_on: (string | null)[];
  placement_fair_id: (string | null)[];
  placement_follow_ups: PersonFacts['placements'][number]['followUps'][];
  loan_asked_on: string[];
  loan_eligible: (boolean | null)[];
  loan_granted_on: (string | null)[];
  fair_ids: string[];
};

/**
 * The stored facts of the people in `scope` (for the breakdowns, the trend and the drill-down):
 * what `loadPersonFacts` reads from the records, without reading them. A province's scope is the
 * people who lived there at some time. `id` is the returnee's id, or the subject id for a person
 * erased since (who then names nobody).
 */
export async function loadStoredFacts(executor: Executor, scope: FactsScope): Promise<PersonFacts[]> {
  const where =
    scope === 'country'
      ? sql`true`
      : 'returneeIds' in scope
        ? sql`f.returnee_id = any(${`{${scope.returneeIds.join(',')}}`}::uuid[])`
        : sql`f.residence_province && ${`{${scope.provinceCodes.join(',')}}`}::varchar[]`;
  const rows = (await executor.execute(sql`select to_jsonb(f) as row from ${indicatorFacts} f where ${where}`)) as unknown as {
    row: StoredRow;
  }[];
  return rows.map(({ row }) => personOf(row));
}

function personOf(row: StoredRow): PersonFacts {
  return {
    id: row.returnee_id ?? row.subject_id,
    releaseDate: row.release_date,
    intakeOn: row.intake_on,
    caseStartedOn: row.case_started_on,
    closedOn: row.closed_on,
    residence: row.residence_from.map((from, i) => ({
      from,
      provinceCode: row.residence_province[i],
      communeCode: row.residence_commune[i],
    })),
    sex: row.sex,
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    occupationCode: row.occupation_code,
    counselledOn: row.counselled_on,
    courses: row.course_completed_on.map((completedOn, i) => ({
      completedOn,
      certifiedOn: row.course_certified_on[i],
      fairId: row.course_fair_id[i],
    })),
    referrals: row.referral_on.map((referredOn, i) => ({ referredOn, fairId: row.referral_fair_id[i] })),
    placements: row.placement_start.map((startDate, i) => ({
      hiredOn: row.placement_hired_on[i],
      startDate,
      endedOn: row.placement_ended_on[i],
      fairId: row.placement_fair_id[i],
      followUps: row.placement_follow_ups[i],
    })),
    loans: row.loan_asked_on.map((askedOn, i) => ({ askedOn, eligible: row.loan_eligible[i], grantedOn: row.loan_granted_on[i] })),
    detainedAgainOn: row.detained_again_on,
    fairIds: row.fair_ids,
  };
}

/**
 * What erasing a person does to their row (no erasure command exists yet; it will call this before
 * deleting the returnee row, whose deletion alone also clears the link): the link goes and the birth
 * date is kept as a year (1 January), so the row names nobody and every count it is in stays.
 */
export async function detachIndicatorFacts(executor: Executor, returneeId: string) {
  await executor.execute(sql`
    update ${indicatorFacts} set returnee_id = null, birth_date = date_trunc('year', birth_date)::date, updated_at = now()
    where returnee_id = ${returneeId}::uuid`);
}
