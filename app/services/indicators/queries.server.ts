// The employment indicators (DESIGN.md §6; built out by the indicators work). What exists already:
// the rule for a placement that counts as a stable job, in SQL over the placements table.
import { and, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { placementFollowUps, placements } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';

/**
 * SQL form of `isStablePlacement` (pipeline/rules.ts), over the `placements` table: the mark (start
 * date plus `months`, STABLE_JOB_MONTHS) has been reached by `asOf`, and either a follow-up at a
 * month ≥ `months` found the person still employed, or the placement ended after the mark. A
 * placement with no such follow-up and no end is unknown, so not stable. For the indicators:
 * `db.select().from(placements).where(stablePlacementCondition(env.STABLE_JOB_MONTHS))`.
 */
export function stablePlacementCondition(months: number, asOf: string = vietnamDate()): SQL {
  const mark = sql`(${placements.startDate} + make_interval(months => ${months}::int))::date`;
  const confirmed = sql`exists (select 1 from ${placementFollowUps} f where f.placement_id = ${placements.id} and f.month >= ${months}::int and f.still_employed)`;
  return and(sql`${mark} <= ${asOf}::date`, or(confirmed, and(isNotNull(placements.endedOn), sql`${placements.endedOn} > ${mark}`)))!;
}
