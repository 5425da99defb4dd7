// The employment indicators counted in SQL over the stored facts (`indicator_facts`, kept on write):
// the same definition as `computeIndicators` (definitions.ts), one aggregate statement for an area,
// a period and a fair, without reading anyone's facts into the application. The dashboard's and the
// API's figures; `computeIndicators` stays the specification, and tests and `bench:indicators`
// hold the two equal.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { indicatorFacts } from '#db/schema.ts';
import { indicatorKeysFor, type Area, type IndicatorKey, type IndicatorOptions } from './definitions.ts';
import { markedMonths } from './facts-store.server.ts';

/** One indicator's counts (no people: the aggregate never reads who they are). */
export type AggregateRow = {
  key: IndicatorKey;
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when nobody is in the denominator. */
  value: number | null;
  /** stable_job only: people whose job reached the mark in the period with nothing recorded to say whether it lasted. */
  unknown?: number;
};

const defaultStableMonths = 6;

const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replaceAll(/["\\]/g, '')}"`).join(',')}}`;

/**
 * The index (1-based) of the residence entry in force on `day`, as `residenceOn` picks it: the
 * latest from that day or before (the later entry on a tie), else the earliest (the first on a tie).
 */
function residenceIndexOn(day: SQL): SQL {
  return sql`(case when cardinality(f.residence_from) = 1 then 1 else coalesce(
    (select u.i from unnest(f.residence_from) with ordinality u(d, i) where u.d <= ${day} order by u.d desc, u.i desc limit 1),
    (select u.i from unnest(f.residence_from) with ordinality u(d, i) order by u.d, u.i limit 1)) end)`;
}

/** Rows of people who lived in `area` on `day` (an index narrows to those who ever lived there). */
function inArea(area: Area, day: SQL): SQL {
  const at = residenceIndexOn(day);
  switch (area.kind) {
    case 'country':
      return sql`true`;
    case 'province':
      return sql`f.residence_province @> ${textArray([area.code])}::varchar[] and f.residence_province[${at}] = ${area.code}`;
    case 'commune':
      return sql`f.residence_commune @> ${textArray([area.code])}::varchar[] and f.residence_commune[${at}] = ${area.code}`;
    case 'plan': {
      const codes = textArray(area.communeCodes);
      return sql`f.residence_commune && ${codes}::varchar[] and f.residence_commune[${at}] = any(${codes}::varchar[])`;
    }
  }
}

/**
 * The indicators for `options` (rows in `indicatorKeysFor(options)` order) from `indicator_facts`:
 * the counts `computeIndicators` gives over the same people's facts, with the stable-job rule
 * applied for `options.stableMonths` from each placement's start, end and follow-up months.
 */
export async function aggregateIndicators(executor: Executor, options: IndicatorOptions): Promise<AggregateRow[]> {
  const { period, fairId = null, stableMonths = defaultStableMonths } = options;
  if (!Number.isInteger(stableMonths) || stableMonths < 1) {
    throw new RangeError(`stableMonths must be a whole number of months ≥ 1, not ${stableMonths}`);
  }
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  // Ranges built once per statement (an uncorrelated subquery): a prepared statement's generic plan
  // would otherwise build them again for every row.
  const span = sql`(select daterange(${from}, ${to}, '[]'))`;
  const fair = fairId === null ? null : sql`${fairId}::uuid`;
  // A step with its fair (array `fairs`, parallel to `days`) counts in the period at the fair asked for.
  const anyInPeriod = (days: SQL, fairs: SQL) =>
    fair === null
      ? sql`coalesce(${span} @> any(${days}), false)`
      : sql`exists (select 1 from unnest(${days}, ${fairs}) s(d, fair) where s.d between ${from} and ${to} and s.fair = ${fair})`;
  const months = sql`${stableMonths}::int`;
  // Over the placements at the fair whose mark fell in the period: 2 when one was stable, 1 when
  // none was but one is unknown (neither known to have lasted nor to have ended or been found gone
  // by the mark), 0 otherwise.
  const marks = sql`(select max(case
        when coalesce(s.still >= ${months}, false) or coalesce(s.ended > s.mark, false) then 2
        when s.ended is null and not coalesce(s.gone <= ${months}, false) then 1
        else 0 end)
    from (select (p.start + make_interval(months => ${months}))::date as mark, p.ended, p.still, p.gone, p.fair
          from unnest(f.placement_start, f.placement_ended_on, f.placement_still_month, f.placement_gone_month, f.placement_fair_id)
            p(start, ended, still, gone, fair)) s
    where s.mark between ${from} and ${to}${fair === null ? sql`` : sql` and s.fair = ${fair}`})`;

  // The marks kept at write (months 1–24, any fair): array tests only, which Postgres can run in
  // parallel workers; else the placements' subquery (a fair's figures read few rows).
  const marked = fair === null && stableMonths <= markedMonths;
  const markSpan = sql`(select int4range(${stableMonths * 100_000}::int + (${from} - date '2000-01-01'), ${stableMonths * 100_000}::int + (${to} - date '2000-01-01'), '[]'))`;

  // Starts whose mark (start + months, a month-end start clamped by up to 3 days) can fall in the
  // period: a cheap test on the array that spares the placements' subquery most people.
  const startsNearMarks = sql`daterange((${from} - make_interval(months => ${months}))::date - 4, (${to} - make_interval(months => ${months}))::date + 4, '[]')`;

  // Stable at the mark, and unknown at it with none stable.
  const [isStable, isUnknown] = marked
    ? [
        sql`${markSpan} @> any(f.stable_marks)`,
        sql`${markSpan} @> any(f.unknown_marks) and not coalesce(${markSpan} @> any(f.stable_marks), false)`,
      ]
    : [
        sql`${startsNearMarks} @> any(f.placement_start) and ${marks} = 2`,
        sql`${startsNearMarks} @> any(f.placement_start) and ${marks} = 1`,
      ];
  const managed = sql`coalesce(f.intake_on <= ${to} and (f.closed_on is null or f.closed_on >= ${from}), false)`;
  const loanEligible = sql`f.loan_eligible_from <= ${to}`;

  // One count per figure, straight over the rows (no subquery: Postgres splits the scan between
  // parallel workers); each array test is written once, the cheap "managed" test in each count.
  const [counts] = (await executor.execute(sql`
    select
      count(*) filter (where f.release_date >= ${from}) as received_d,
      count(*) filter (where f.release_date >= ${from} and f.intake_on <= ${to}) as received_n,
      count(*) filter (where ${managed}) as managed,
      count(*) filter (where ${managed} and ${span} @> any(f.counselled_on)) as counselled_n,
      count(*) filter (where ${managed} and ${anyInPeriod(sql`f.course_completed_on`, sql`f.course_fair_id`)}) as trained_n,
      count(*) filter (where ${managed} and ${anyInPeriod(sql`f.course_certified_on`, sql`f.course_fair_id`)}) as trained_certified_n,
      count(*) filter (where ${managed} and ${anyInPeriod(sql`f.referral_on`, sql`f.referral_fair_id`)}) as referred_n,
      count(*) filter (where ${managed} and ${anyInPeriod(sql`f.placement_hired_on`, sql`f.placement_fair_id`)}) as placed_n,
      count(*) filter (where ${managed} and ${isStable}) as stable_job_n,
      count(*) filter (where ${managed} and ${isUnknown}) as stable_job_unknown,
      count(*) filter (where ${managed} and ${loanEligible}) as loan_d,
      count(*) filter (where ${managed} and ${loanEligible} and ${span} @> any(f.loan_granted_on)) as loan_n,
      count(*) filter (where ${managed} and f.detained_again_on between ${from} and ${to}) as reoffended_n
    from ${indicatorFacts} f
    -- Only people back in the period or managed in it count anywhere (a fair's figures: managed
    -- people with a ticket for it): nobody else is looked at further.
    where f.release_date <= ${to}
      and ${fair === null ? sql`(f.release_date >= ${from} or ${managed})` : sql`f.fair_ids @> array[${fair}] and ${managed}`}
      and ${inArea(options.area, to)}`)) as unknown as Record<string, string | number>[];

  const n = (column: string) => Number(counts[column]);
  const managedCount = n('managed');
  const figures: Record<IndicatorKey, { numerator: number; denominator: number }> = {
    received: { numerator: n('received_n'), denominator: n('received_d') },
    counselled: { numerator: n('counselled_n'), denominator: managedCount },
    trained: { numerator: n('trained_n'), denominator: managedCount },
    trained_certified: { numerator: n('trained_certified_n'), denominator: managedCount },
    referred: { numerator: n('referred_n'), denominator: managedCount },
    placed: { numerator: n('placed_n'), denominator: managedCount },
    stable_job: { numerator: n('stable_job_n'), denominator: managedCount },
    loan: { numerator: n('loan_n'), denominator: n('loan_d') },
    reoffended: { numerator: n('reoffended_n'), denominator: managedCount },
  };
  return indicatorKeysFor(options).map((key) => {
    const { numerator, denominator } = figures[key];
    const row: AggregateRow = { key, numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
    if (key === 'stable_job') row.unknown = n('stable_job_unknown');
    return row;
  });
}
