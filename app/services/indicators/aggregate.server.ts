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
  const span = sql`daterange(${from}, ${to}, '[]')`;
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
  const markSpan = sql`int4range(${stableMonths * 100_000}::int + (${from} - date '2000-01-01'), ${stableMonths * 100_000}::int + (${to} - date '2000-01-01'), '[]')`;

  // Starts whose mark (start + months, a month-end start clamped by up to 3 days) can fall in the
  // period: a cheap test on the array that spares the placements' subquery most people.
  const startsNearMarks = sql`daterange((${from} - make_interval(months => ${months}))::date - 4, (${to} - make_interval(months => ${months}))::date + 4, '[]')`;

  const stable = marked
    ? sql`case when p.managed and ${markSpan} @> any(f.stable_marks) then 2 when p.managed and ${markSpan} @> any(f.unknown_marks) then 1 end`
    : sql`case when p.managed and ${startsNearMarks} @> any(f.placement_start) then ${marks} end`;

  const [counts] = (await executor.execute(sql`
    select
      count(*) filter (where received) as received_d,
      count(*) filter (where received and intake_by_end) as received_n,
      count(*) filter (where managed) as managed,
      count(*) filter (where managed and counselled) as counselled_n,
      count(*) filter (where managed and trained) as trained_n,
      count(*) filter (where managed and certified) as trained_certified_n,
      count(*) filter (where managed and referred) as referred_n,
      count(*) filter (where managed and placed) as placed_n,
      count(*) filter (where managed and stable = 2) as stable_job_n,
      count(*) filter (where managed and stable = 1) as stable_job_unknown,
      count(*) filter (where managed and loan_eligible) as loan_d,
      count(*) filter (where managed and loan_eligible and loan_granted) as loan_n,
      count(*) filter (where managed and reoffended) as reoffended_n
    from (
      select
        coalesce(f.release_date between ${from} and ${to}, false) as received,
        coalesce(f.intake_on <= ${to}, false) as intake_by_end,
        p.managed,
        case when p.managed then coalesce(${span} @> any(f.counselled_on), false) end as counselled,
        case when p.managed and cardinality(f.course_completed_on) > 0 then ${anyInPeriod(sql`f.course_completed_on`, sql`f.course_fair_id`)} end as trained,
        case when p.managed and cardinality(f.course_certified_on) > 0 then ${anyInPeriod(sql`f.course_certified_on`, sql`f.course_fair_id`)} end as certified,
        case when p.managed and cardinality(f.referral_on) > 0 then ${anyInPeriod(sql`f.referral_on`, sql`f.referral_fair_id`)} end as referred,
        case when p.managed and cardinality(f.placement_hired_on) > 0 then ${anyInPeriod(sql`f.placement_hired_on`, sql`f.placement_fair_id`)} end as placed,
        ${stable} as stable,
        case when p.managed then coalesce(f.loan_eligible_from <= ${to}, false) end as loan_eligible,
        case when p.managed and cardinality(f.loan_granted_on) > 0 then coalesce(${span} @> any(f.loan_granted_on), false) end as loan_granted,
        case when p.managed then coalesce(f.detained_again_on between ${from} and ${to}, false) end as reoffended
      from ${indicatorFacts} f
      cross join lateral (select coalesce(
        f.release_date <= ${to} and f.intake_on <= ${to} and (f.closed_on is null or f.closed_on >= ${from})
        ${fair === null ? sql`` : sql`and f.fair_ids @> array[${fair}]`}, false) as managed) p
      where ${inArea(options.area, to)}
      ${marked ? sql`` : sql`offset 0 -- each person's subquery once (not again in each count that reads it)`}
    ) people`)) as unknown as Record<string, string | number>[];

  const n = (column: string) => Number(counts[column]);
  const managed = n('managed');
  const figures: Record<IndicatorKey, { numerator: number; denominator: number }> = {
    received: { numerator: n('received_n'), denominator: n('received_d') },
    counselled: { numerator: n('counselled_n'), denominator: managed },
    trained: { numerator: n('trained_n'), denominator: managed },
    trained_certified: { numerator: n('trained_certified_n'), denominator: managed },
    referred: { numerator: n('referred_n'), denominator: managed },
    placed: { numerator: n('placed_n'), denominator: managed },
    stable_job: { numerator: n('stable_job_n'), denominator: managed },
    loan: { numerator: n('loan_n'), denominator: n('loan_d') },
    reoffended: { numerator: n('reoffended_n'), denominator: managed },
  };
  return indicatorKeysFor(options).map((key) => {
    const { numerator, denominator } = figures[key];
    const row: AggregateRow = { key, numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
    if (key === 'stable_job') row.unknown = n('stable_job_unknown');
    return row;
  });
}
