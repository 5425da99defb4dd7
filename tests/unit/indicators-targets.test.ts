// Targets (app/services/indicators/targets.ts): a band to reach (Kon Tum's stable job 15–20 %) and a
// limit to stay below (reoffending < 1 %), with every edge, computed rates included.
import { expect, test } from 'vitest';
import { targetStatus, type Target } from '#app/services/indicators/targets.ts';

const stableJob: Target = { direction: 'at_least', low: 0.15, high: 0.2 };
const trained: Target = { direction: 'at_least', low: 0.2, high: 0.25 };
const reoffending: Target = { direction: 'below', limit: 0.01 };

test('a band: ahead above it, on target inside it with both edges, close from 90 % of the low edge, else behind', () => {
  expect(targetStatus(0.21, stableJob)).toBe('ahead');
  expect(targetStatus(0.2, stableJob)).toBe('on_target');
  expect(targetStatus(0.17, stableJob)).toBe('on_target');
  expect(targetStatus(0.15, stableJob)).toBe('on_target');
  expect(targetStatus(0.149, stableJob)).toBe('close');
  expect(targetStatus(0.135, stableJob)).toBe('close'); // 90 % of 0.15
  expect(targetStatus(0.134, stableJob)).toBe('behind');
  expect(targetStatus(0, stableJob)).toBe('behind');
});

test('edges reached by computed rates count as reached (no binary rounding surprises)', () => {
  expect(targetStatus(18 / 100, trained)).toBe('close'); // 0.9 × 0.2 is 0.18000000000000002 in binary
  expect(targetStatus(20 / 100, trained)).toBe('on_target');
  expect(targetStatus(25 / 100, trained)).toBe('on_target');
  expect(targetStatus(0.1 + 0.15, trained)).toBe('on_target'); // 0.25000000000000006
  expect(targetStatus(26 / 100, trained)).toBe('ahead');
  expect(targetStatus(17 / 100, trained)).toBe('behind');
});

test('a limit: on target below it, close below limit / 0.9, else behind; the limit itself is not below it', () => {
  expect(targetStatus(0, reoffending)).toBe('on_target');
  expect(targetStatus(0.0099, reoffending)).toBe('on_target');
  expect(targetStatus(1 / 100, reoffending)).toBe('close');
  expect(targetStatus(0.011, reoffending)).toBe('close');
  expect(targetStatus(1 / 90, reoffending)).toBe('behind'); // limit / 0.9
  expect(targetStatus(0.02, reoffending)).toBe('behind');
});

test('no figure (nobody in the denominator) is no data, whatever the target', () => {
  expect(targetStatus(null, stableJob)).toBe('no_data');
  expect(targetStatus(null, reoffending)).toBe('no_data');
});

test('a band upside down is refused', () => {
  expect(() => targetStatus(0.1, { direction: 'at_least', low: 0.3, high: 0.2 })).toThrow(RangeError);
});
