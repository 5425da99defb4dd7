// The arithmetic of the after-fair summary, pure: the average and the 90th percentile of the waits,
// and how good the wait estimates were (mean absolute error, the share within ±5 minutes).
// Figures are in minutes, rounded to one decimal; none at all is null (nothing to average).

/** Minutes to one decimal. */
export function oneDecimal(value: number) {
  return Math.round(value * 10) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The `p`th percentile by nearest rank: the smallest value with at least `p` % of the values at or
 * below it (so always one of the values, e.g. the p90 of 1..10 is 9).
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** How far off an estimate may be and still count as good: within this many minutes either way. */
export const estimateToleranceMinutes = 5;

/**
 * How good the wait estimates were, over the people who were called: the mean absolute error in
 * minutes and the share (0–1) whose wait was within ±5 minutes of what they were told.
 */
export function estimateAccuracy(pairs: readonly { estimated: number; actual: number }[]) {
  const errors = pairs.map((p) => Math.abs(p.actual - p.estimated));
  const meanError = mean(errors);
  return {
    estimated: pairs.length,
    meanAbsoluteErrorMinutes: meanError === null ? null : oneDecimal(meanError),
    withinToleranceShare: errors.length
      ? Math.round((errors.filter((e) => e <= estimateToleranceMinutes).length / errors.length) * 1000) / 1000
      : null,
  };
}

/** The average and the 90th-percentile wait (join → call) in minutes, one decimal. */
export function waitFigures(waits: readonly number[]) {
  const average = mean(waits);
  const p90 = percentile(waits, 90);
  return { averageWaitMinutes: average === null ? null : oneDecimal(average), p90WaitMinutes: p90 === null ? null : oneDecimal(p90) };
}

/** A place as the summary counts it. */
export type SummaryPlace = {
  ticketId: string;
  status: 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'left';
  outcome: 'not_suitable' | 'second_interview' | 'offer_made' | 'hired' | 'enrolled' | null;
  joinedAt: Date;
  calledAt: Date | null;
  waitEstimateMinutes: number | null;
};

/**
 * The figures of a set of places (one booth's, or the whole fair's): people who joined (each once),
 * interviews (seen at a desk: an outcome recorded), offers (a hire on the spot was an offer too),
 * hires, enrolments, no-shows, places left, the waits from joining to being called, and how good
 * the estimates given at joining were, over the people who were called.
 */
export function placeFigures(places: readonly SummaryPlace[]) {
  const outcome = (name: SummaryPlace['outcome']) => places.filter((p) => p.status === 'done' && p.outcome === name).length;
  const called = places.filter((p): p is SummaryPlace & { calledAt: Date } => p.calledAt !== null);
  const waitOf = (p: { joinedAt: Date; calledAt: Date }) => (p.calledAt.getTime() - p.joinedAt.getTime()) / 60_000;
  return {
    visitors: new Set(places.map((p) => p.ticketId)).size,
    interviews: places.filter((p) => p.status === 'done').length,
    offers: outcome('offer_made') + outcome('hired'),
    hires: outcome('hired'),
    enrolments: outcome('enrolled'),
    noShows: places.filter((p) => p.status === 'no_show').length,
    left: places.filter((p) => p.status === 'left').length,
    ...waitFigures(called.map(waitOf)),
    ...estimateAccuracy(
      called.flatMap((p) => (p.waitEstimateMinutes === null ? [] : [{ estimated: p.waitEstimateMinutes, actual: waitOf(p) }])),
    ),
  };
}

export type PlaceFigures = ReturnType<typeof placeFigures>;
