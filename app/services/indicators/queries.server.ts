// The employment indicators (DESIGN.md §6; built out by the indicators work). What exists already:
// the rule for a placement that counts as a stable job, in SQL over the placements table.
import { and, isNull, or, sql, type SQL } from 'drizzle-orm';
import { placements } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';

/**
 * SQL form of `isStablePlacement` (pipeline/rules.ts), over the `placements` table: the start date
 * plus `months` (STABLE_JOB_MONTHS) has been reached by `asOf`, and the placement had not ended
 * before that mark. For the indicators: `db.select().from(placements).where(stablePlacementCondition(env.STABLE_JOB_MONTHS))`.
 */
export function stablePlacementCondition(months: number, asOf: string = vietnamDate()): SQL {
  const mark = sql`(${placements.startDate} + make_interval(months => ${months}::int))::date`;
  return and(sql`${mark} <= ${asOf}::date`, or(isNull(placements.endedOn), sql`${placements.endedOn} >= ${mark}`))!;
}
