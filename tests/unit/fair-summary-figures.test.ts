// The after-fair summary's arithmetic (app/services/fairs/summary-figures.ts): nearest-rank
// percentiles, averages to one decimal, and the wait estimates' error and share within ±5 minutes.
import { expect, test } from 'vitest';
import {
  estimateAccuracy,
  mean,
  oneDecimal,
  percentile,
  placeFigures,
  waitFigures,
  type SummaryPlace,
} from '#app/services/fairs/summary-figures.ts';

test('the 90th percentile by nearest rank is one of the values; nothing to rank is null', () => {
  expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  expect(percentile([10, 1, 7], 90)).toBe(10);
  expect(percentile([6, 5, 4, 3, 2, 1], 90)).toBe(6);
  expect(percentile([4], 90)).toBe(4);
  expect(percentile([3, 1, 2, 4], 50)).toBe(2);
  expect(percentile([], 90)).toBeNull();
});

test('average and p90 waits in minutes to one decimal', () => {
  expect(mean([1, 2])).toBe(1.5);
  expect(mean([])).toBeNull();
  expect(oneDecimal(2.349)).toBe(2.3);
  expect(waitFigures([2, 4, 4.25, 30])).toEqual({ averageWaitMinutes: 10.1, p90WaitMinutes: 30 });
  expect(waitFigures([])).toEqual({ averageWaitMinutes: null, p90WaitMinutes: null });
});

test('the estimates: mean absolute error, and the share within five minutes either way (five itself counts)', () => {
  expect(
    estimateAccuracy([
      { estimated: 10, actual: 12 },
      { estimated: 10, actual: 5 },
      { estimated: 5, actual: 16 },
      { estimated: 20, actual: 14.5 },
    ]),
  ).toEqual({ estimated: 4, meanAbsoluteErrorMinutes: 5.9, withinToleranceShare: 0.5 });
  expect(estimateAccuracy([])).toEqual({ estimated: 0, meanAbsoluteErrorMinutes: null, withinToleranceShare: null });
});

test('a booth’s figures: each person once, interviews are outcomes recorded, a hire is an offer too; waits and estimates over the people called', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 11, 12, 1, minutes));
  const place = (
    ticketId: string,
    status: SummaryPlace['status'],
    outcome: SummaryPlace['outcome'],
    called: number | null,
    estimate: number | null,
  ) => ({
    ticketId,
    status,
    outcome,
    joinedAt: at(0),
    calledAt: called === null ? null : at(called),
    waitEstimateMinutes: estimate,
  });
  expect(
    placeFigures([
      place('a', 'done', 'hired', 10, 12),
      place('b', 'done', 'offer_made', 20, 5),
      place('c', 'done', 'enrolled', 4, 5),
      place('c', 'left', null, null, 5),
      place('d', 'no_show', null, 30, null),
      place('e', 'waiting', null, null, 8),
    ]),
  ).toEqual({
    visitors: 5,
    interviews: 3,
    offers: 2,
    hires: 1,
    enrolments: 1,
    noShows: 1,
    left: 1,
    averageWaitMinutes: 16,
    p90WaitMinutes: 30,
    estimated: 3,
    meanAbsoluteErrorMinutes: 6,
    withinToleranceShare: 0.667,
  });
});
