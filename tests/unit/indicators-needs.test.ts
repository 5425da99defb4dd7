// The monthly needs report's rule for one person (needsOn in app/services/indicators/needs.server.ts),
// on hand-made cases: a need recorded on the record counts on the month's last day unless met by
// then (training by a completed course, a job by one under way); a loan or legal help counts while a
// request is open then, or while the record asks for it and nothing was requested yet.
import { expect, test } from 'vitest';
import { needsOn } from '#app/services/indicators/needs.server.ts';
import type { PlacementFacts } from '#app/services/indicators/definitions.ts';

const day = '2025-06-30';
const nobody = { courses: [], placements: [] };
const job = (startDate: string, endedOn: string | null = null): PlacementFacts => ({
  hiredOn: startDate,
  startDate,
  endedOn,
  fairId: null,
  followUps: [],
});

test('training counts until a course is completed by the day', () => {
  expect(needsOn(nobody, ['training'], [], day)).toEqual(['training']);
  const completed = (completedOn: string) => ({ ...nobody, courses: [{ completedOn, certifiedOn: null, fairId: null }] });
  expect(needsOn(completed('2025-06-30'), ['training'], [], day)).toEqual([]);
  expect(needsOn(completed('2025-07-01'), ['training'], [], day)).toEqual(['training']);
});

test('a job counts unless one is under way on the day: started by then and not ended by then', () => {
  expect(needsOn(nobody, ['job'], [], day)).toEqual(['job']);
  expect(needsOn({ ...nobody, placements: [job('2025-04-15')] }, ['job'], [], day)).toEqual([]);
  expect(needsOn({ ...nobody, placements: [job('2025-04-15', '2025-06-30')] }, ['job'], [], day)).toEqual(['job']);
  expect(needsOn({ ...nobody, placements: [job('2025-04-15', '2025-07-01')] }, ['job'], [], day)).toEqual([]);
  expect(needsOn({ ...nobody, placements: [job('2025-07-01')] }, ['job'], [], day)).toEqual(['job']);
  // Not asked for: nothing, whatever else is true.
  expect(needsOn(nobody, [], [], day)).toEqual([]);
});

test('a loan or legal help counts while a request is open on the day, or when asked for on the record with no request yet', () => {
  const steps = (...pairs: [string, string][]) => pairs.map(([toStatus, effectiveOn]) => ({ toStatus, effectiveOn }));
  const loan = (...pairs: [string, string][]) => [{ kind: 'loan' as const, steps: steps(...pairs) }];
  expect(needsOn(nobody, ['loan'], [], day)).toEqual(['loan']);
  expect(needsOn(nobody, [], loan(['needed', '2025-05-02'], ['eligible', '2025-05-20']), day)).toEqual(['loan']);
  expect(needsOn(nobody, [], loan(['needed', '2025-05-02'], ['eligible', '2025-05-20'], ['referred_to_bank', '2025-06-01']), day)).toEqual([
    'loan',
  ]);
  expect(needsOn(nobody, ['loan'], loan(['needed', '2025-05-02'], ['not_eligible', '2025-05-20']), day)).toEqual([]);
  expect(
    needsOn(
      nobody,
      ['loan'],
      loan(['needed', '2025-05-02'], ['eligible', '2025-05-20'], ['referred_to_bank', '2025-06-01'], ['granted', '2025-06-20']),
      day,
    ),
  ).toEqual([]);
  // Granted after the day: still open on it.
  expect(
    needsOn(
      nobody,
      [],
      loan(['needed', '2025-05-02'], ['eligible', '2025-05-20'], ['referred_to_bank', '2025-06-01'], ['granted', '2025-07-02']),
      day,
    ),
  ).toEqual(['loan']);
  // Asked for only after the day: on the day, the record's need with nothing requested yet.
  expect(needsOn(nobody, ['loan'], loan(['needed', '2025-07-05']), day)).toEqual(['loan']);
  expect(needsOn(nobody, [], loan(['needed', '2025-07-05']), day)).toEqual([]);

  const legal = [{ kind: 'legal' as const, steps: steps(['needed', '2025-04-02'], ['done', '2025-05-10']) }];
  expect(needsOn(nobody, ['legal'], legal, '2025-04-30')).toEqual(['legal']);
  expect(needsOn(nobody, ['legal'], legal, day)).toEqual([]);
});

test('several needs at once, in a fixed order', () => {
  expect(needsOn(nobody, ['legal', 'loan', 'job', 'training'], [], day)).toEqual(['training', 'job', 'loan', 'legal']);
});
