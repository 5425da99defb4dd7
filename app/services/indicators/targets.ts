// A province plan's targets for the employment indicators (e.g. trained 20–25 %, reoffending below
// 1 %) and where a figure stands against one: ahead, on target, close, behind, or no data. Pure.

/** Rates as fractions: a band 0.20–0.25 to reach, or a limit 0.01 to stay below. */
export type Target = { direction: 'at_least'; low: number; high: number } | { direction: 'below'; limit: number };

export const targetStatuses = ['ahead', 'on_target', 'close', 'behind', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** A figure within this share of the target is "close": 90 % of a band's lower bound, or a limit / 0.9. */
export const closeShare = 0.9;

/**
 * Rates are divisions (20/100) and targets decimals (0.2), and 0.9 × 0.2 is 0.18000000000000002 in
 * binary: figures this near to an edge count as on it.
 */
const tolerance = 1e-9;

/**
 * Where `value` stands against `target`. A band: above it `ahead`, inside it (edges included)
 * `on_target`, at least 90 % of its lower bound `close`, else `behind`. A limit: below it
 * `on_target`, below limit / 0.9 `close`, else `behind`. No value (nobody in the denominator): `no_data`.
 */
export function targetStatus(value: number | null, target: Target): TargetStatus {
  if (value === null) return 'no_data';
  if (target.direction === 'below') {
    if (value < target.limit - tolerance) return 'on_target';
    if (value < target.limit / closeShare - tolerance) return 'close';
    return 'behind';
  }
  if (target.low > target.high) throw new RangeError(`A target band's low (${target.low}) is above its high (${target.high})`);
  if (value > target.high + tolerance) return 'ahead';
  if (value >= target.low - tolerance) return 'on_target';
  if (value >= target.low * closeShare - tolerance) return 'close';
  return 'behind';
}
