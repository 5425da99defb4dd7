// The indicators' periods (app/services/indicators/periods.ts): years, quarters, months, custom ranges,
// a reporting year ending 10 December, the months of a period for trends, and age bands.
import { expect, test } from 'vitest';
import {
  addDays,
  ageBand,
  ageOn,
  customPeriod,
  isInPeriod,
  isIsoDate,
  monthPeriod,
  monthsOf,
  periodSoFar,
  quarterPeriod,
  reportingYear,
  yearPeriod,
} from '#app/services/indicators/periods.ts';

test('a year, a quarter and a month, leap days included', () => {
  expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  expect(quarterPeriod(2025, 1)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  expect(quarterPeriod(2025, 2)).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  expect(quarterPeriod(2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  expect(monthPeriod(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  expect(monthPeriod(2025, 2)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
});

test('a reporting year ending 10 December runs from 11 December of the year before', () => {
  expect(reportingYear(2025, { month: 12, day: 10 })).toEqual({ from: '2024-12-11', to: '2025-12-10' });
  expect(reportingYear(2025, { month: 12, day: 31 })).toEqual(yearPeriod(2025));
  // A year ending on 29 February ends on the 28th in a common year, and the next starts on 1 March.
  expect(reportingYear(2025, { month: 2, day: 29 })).toEqual({ from: '2024-03-01', to: '2025-02-28' });
  expect(reportingYear(2024, { month: 2, day: 29 })).toEqual({ from: '2023-03-01', to: '2024-02-29' });
});

test('a custom range must be two calendar days in order', () => {
  expect(customPeriod('2025-03-15', '2025-05-20')).toEqual({ from: '2025-03-15', to: '2025-05-20' });
  expect(customPeriod('2025-03-15', '2025-03-15')).toEqual({ from: '2025-03-15', to: '2025-03-15' });
  expect(() => customPeriod('2025-05-20', '2025-03-15')).toThrow(RangeError);
  expect(() => customPeriod('2025-02-29', '2025-03-15')).toThrow('Not a calendar day: 2025-02-29');
  expect(() => customPeriod('2025-01-01', '2025-1-31')).toThrow('Not a calendar day: 2025-1-31');
  expect(isIsoDate('2024-02-29')).toBe(true);
  expect(isIsoDate('2025-13-01')).toBe(false);
});

test('a day is in a period when it falls between both ends, included; an unknown day never is', () => {
  const q1 = quarterPeriod(2025, 1);
  expect(['2024-12-31', '2025-01-01', '2025-03-31', '2025-04-01'].map((day) => isInPeriod(day, q1))).toEqual([false, true, true, false]);
  expect(isInPeriod(null, q1)).toBe(false);
});

test('the months of a calendar period are calendar months', () => {
  expect(monthsOf(quarterPeriod(2024, 1))).toEqual([
    { from: '2024-01-01', to: '2024-01-31' },
    { from: '2024-02-01', to: '2024-02-29' },
    { from: '2024-03-01', to: '2024-03-31' },
  ]);
  expect(monthsOf(yearPeriod(2025))).toHaveLength(12);
});

test('the months of a reporting year ending 10 December run from the 11th to the 10th', () => {
  const months = monthsOf(reportingYear(2025, { month: 12, day: 10 }));
  expect(months).toHaveLength(12);
  expect(months[0]).toEqual({ from: '2024-12-11', to: '2025-01-10' });
  expect(months[2]).toEqual({ from: '2025-02-11', to: '2025-03-10' });
  expect(months[11]).toEqual({ from: '2025-11-11', to: '2025-12-10' });
});

test('the months of a custom range: the last is cut at the end, and a start on the 31st does not drift', () => {
  expect(monthsOf(customPeriod('2025-03-15', '2025-05-20'))).toEqual([
    { from: '2025-03-15', to: '2025-04-14' },
    { from: '2025-04-15', to: '2025-05-14' },
    { from: '2025-05-15', to: '2025-05-20' },
  ]);
  expect(monthsOf(customPeriod('2025-01-31', '2025-04-30'))).toEqual([
    { from: '2025-01-31', to: '2025-02-27' },
    { from: '2025-02-28', to: '2025-03-30' },
    { from: '2025-03-31', to: '2025-04-29' },
    { from: '2025-04-30', to: '2025-04-30' },
  ]);
  expect(monthsOf(customPeriod('2025-06-05', '2025-06-05'))).toEqual([{ from: '2025-06-05', to: '2025-06-05' }]);
});

test('the part of a period so far', () => {
  const year = yearPeriod(2025);
  expect(periodSoFar(year, '2025-06-30')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  expect(periodSoFar(year, '2026-02-01')).toEqual(year);
  expect(periodSoFar(year, '2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-01-01' });
  expect(periodSoFar(year, '2024-12-31')).toBeNull();
});

test('days and ages across month, year and leap-day edges', () => {
  expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
  expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
  expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
  expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
});

test('age bands by age on the day asked, and none for an unknown birth date', () => {
  const on = '2025-12-31';
  expect(ageBand('2001-01-01', on)).toBe('under_25'); // 24
  expect(ageBand('2000-12-31', on)).toBe('25_34'); // 25 that day
  expect(ageBand('1991-01-01', on)).toBe('25_34'); // 34
  expect(ageBand('1990-12-31', on)).toBe('35_44'); // 35
  expect(ageBand('1980-12-31', on)).toBe('45_54');
  expect(ageBand('1970-12-31', on)).toBe('55_plus');
  expect(ageBand(null, on)).toBeNull();
});
