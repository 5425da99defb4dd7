// The periods the employment indicators are counted over (year, quarter, month, a custom range, a
// reporting year that ends on a set day), the months of a period for trends, and age bands. Pure.
import { addMonths } from '#app/services/pipeline/rules.ts';

/** Vietnam calendar days 'YYYY-MM-DD', both ends included. */
export type Period = { from: string; to: string };

/** A day of the year a reporting year ends on, e.g. { month: 12, day: 10 }. */
export type DayOfYear = { month: number; day: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number) {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether `value` is a real calendar day written 'YYYY-MM-DD' (not 2025-02-30). */
export function isIsoDate(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A custom range; throws a RangeError when a day is not a calendar day or the range is backwards. */
export function customPeriod(from: string, to: string): Period {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Not a calendar day: ${isIsoDate(from) ? to : from}`);
  if (from > to) throw new RangeError(`A period cannot end (${to}) before it starts (${from})`);
  return { from, to };
}

export function yearPeriod(year: number): Period {
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { from: isoDate(year, firstMonth, 1), to: isoDate(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)) };
}

/** `month` 1–12. */
export function monthPeriod(year: number, month: number): Period {
  return { from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)) };
}

/**
 * The reporting year `year` that ends on `lastDay` (e.g. 10 December: 11 Dec of `year - 1` to 10 Dec
 * of `year`). A last day of 29 February ends on 28 February in other years.
 */
export function reportingYear(year: number, lastDay: DayOfYear): Period {
  const endIn = (y: number) => isoDate(y, lastDay.month, Math.min(lastDay.day, daysInMonth(y, lastDay.month)));
  return { from: addDays(endIn(year - 1), 1), to: endIn(year) };
}

/** The part of `period` up to `today` (for a period not over yet); null when it has not started. */
export function periodSoFar(period: Period, today: string): Period | null {
  if (today < period.from) return null;
  return { from: period.from, to: today < period.to ? today : period.to };
}

export function isInPeriod(date: string | null, period: Period) {
  return date !== null && date >= period.from && date <= period.to;
}

/**
 * The period cut into months for a trend: month k runs from `from` + k months to the day before
 * `from` + k + 1 months, and the last is cut at `to`. A period that starts on the 1st gives calendar
 * months; a reporting year from 11 December gives 11 Dec–10 Jan, 11 Jan–10 Feb, … , 11 Nov–10 Dec.
 */
export function monthsOf(period: Period): Period[] {
  const months: Period[] = [];
  for (let k = 0; ; k++) {
    const from = addMonths(period.from, k);
    if (from > period.to) return months;
    const dayBeforeNext = addDays(addMonths(period.from, k + 1), -1);
    months.push({ from, to: dayBeforeNext < period.to ? dayBeforeNext : period.to });
  }
}

/** Full years of age on `on`. */
export function ageOn(birthDate: string, on: string) {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Age bands for breakdowns, by age at the period's end. */
export const ageBands = ['under_25', '25_34', '35_44', '45_54', '55_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of a person born on `birthDate` on `on`; null when the birth date is not known. */
export function ageBand(birthDate: string | null, on: string): AgeBand | null {
  if (birthDate === null) return null;
  const age = ageOn(birthDate, on);
  if (age < 25) return 'under_25';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}
