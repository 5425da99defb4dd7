// The periods the indicators dashboard offers — a year, a quarter, a month, a custom range, a
// reporting year ending on a chosen day — read from a plain GET form, and the period each is
// compared with (the one before it, of the same kind and length). Pure.
import { z } from 'zod';
import {
  addDays,
  customPeriod,
  isIsoDate,
  monthPeriod,
  quarterPeriod,
  reportingYear,
  yearPeriod,
  type DayOfYear,
  type Period,
} from './periods.ts';

export const periodKinds = ['year', 'quarter', 'month', 'custom', 'reporting'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type PeriodChoice =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'custom'; from: string; to: string }
  | { kind: 'reporting'; year: number; end: DayOfYear };

/** The days a choice covers. */
export function periodOf(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'year':
      return yearPeriod(choice.year);
    case 'quarter':
      return quarterPeriod(choice.year, choice.quarter);
    case 'month':
      return monthPeriod(choice.year, choice.month);
    case 'custom':
      return customPeriod(choice.from, choice.to);
    case 'reporting':
      return reportingYear(choice.year, choice.end);
  }
}

/** Days from `from` to `to`, both included. */
function lengthInDays(period: Period) {
  const day = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(period.to) - day(period.from)) / 86_400_000) + 1;
}

/**
 * The period a choice is compared with: the year, quarter, month or reporting year before, or for a
 * custom range the range of the same number of days that ends the day before it starts.
 */
export function previousChoice(choice: PeriodChoice): PeriodChoice {
  switch (choice.kind) {
    case 'year':
      return { kind: 'year', year: choice.year - 1 };
    case 'quarter':
      return choice.quarter === 1
        ? { kind: 'quarter', year: choice.year - 1, quarter: 4 }
        : { kind: 'quarter', year: choice.year, quarter: (choice.quarter - 1) as 1 | 2 | 3 };
    case 'month':
      return choice.month === 1 ? { kind: 'month', year: choice.year - 1, month: 12 } : { ...choice, month: choice.month - 1 };
    case 'reporting':
      return { ...choice, year: choice.year - 1 };
    case 'custom': {
      const days = lengthInDays(periodOf(choice));
      return { kind: 'custom', from: addDays(choice.from, -days), to: addDays(choice.from, -1) };
    }
  }
}

/** A choice's parameters as the page's GET form writes them (to build links that keep it). */
export function choiceParams(choice: PeriodChoice): Record<string, string> {
  switch (choice.kind) {
    case 'year':
      return { period: 'year', year: String(choice.year) };
    case 'quarter':
      return { period: 'quarter', year: String(choice.year), quarter: String(choice.quarter) };
    case 'month':
      return { period: 'month', year: String(choice.year), month: String(choice.month) };
    case 'custom':
      return { period: 'custom', from: choice.from, to: choice.to };
    case 'reporting':
      return {
        period: 'reporting',
        year: String(choice.year),
        end: `${String(choice.end.month).padStart(2, '0')}-${String(choice.end.day).padStart(2, '0')}`,
      };
  }
}

const blank = (value: unknown) => (value === '' ? undefined : value);

/** How many years back the page offers: this one and the five before (a custom range reaches further). */
export const yearsOffered = 6;

/**
 * The page's period fields: `period` (the kind, default a year) and what that kind needs — `year`
 * (one of the last six); `quarter` 1–4; `month` 1–12; `from` and `to` (a custom range, at most five
 * years); `end` 'MM-DD' (the last day of a reporting year, e.g. 12-10). Every missing or wrong field
 * gets its own message.
 */
export function periodFieldsSchema(thisYear: number) {
  const year = z.coerce
    .number({ error: 'indicators.validation.year' })
    .int('indicators.validation.year')
    .min(thisYear - yearsOffered + 1, 'indicators.validation.year')
    .max(thisYear, 'indicators.validation.year');
  const day = (missing: 'indicators.validation.from' | 'indicators.validation.to') =>
    z
      .string()
      .trim()
      .refine((value) => isIsoDate(value), missing);
  return z
    .object({
      period: z.preprocess(blank, z.enum(periodKinds, { error: 'indicators.validation.period' }).optional()),
      year: z.preprocess(blank, year.optional()),
      quarter: z.preprocess(
        blank,
        z.coerce
          .number({ error: 'indicators.validation.quarter' })
          .int('indicators.validation.quarter')
          .min(1, 'indicators.validation.quarter')
          .max(4, 'indicators.validation.quarter')
          .optional(),
      ),
      month: z.preprocess(
        blank,
        z.coerce
          .number({ error: 'indicators.validation.month' })
          .int('indicators.validation.month')
          .min(1, 'indicators.validation.month')
          .max(12, 'indicators.validation.month')
          .optional(),
      ),
      from: z.preprocess(blank, day('indicators.validation.from').optional()),
      to: z.preprocess(blank, day('indicators.validation.to').optional()),
      end: z.preprocess(
        blank,
        z
          .string()
          .trim()
          .refine((value) => /^\d{2}-\d{2}$/.test(value) && isIsoDate(`2024-${value}`), 'indicators.validation.end')
          .optional(),
      ),
    })
    .superRefine((fields, ctx) => {
      const need = (name: 'quarter' | 'month' | 'from' | 'to' | 'end', message: string) => {
        if (fields[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message });
      };
      if (fields.period === 'quarter') need('quarter', 'indicators.validation.quarter');
      if (fields.period === 'month') need('month', 'indicators.validation.month');
      if (fields.period === 'reporting') need('end', 'indicators.validation.end');
      if (fields.period === 'custom') {
        need('from', 'indicators.validation.from');
        need('to', 'indicators.validation.to');
        const { from, to } = fields;
        if (from && to && (to < from || to > `${Number(from.slice(0, 4)) + 5}${from.slice(4)}`)) {
          ctx.addIssue({ code: 'custom', path: ['to'], message: 'indicators.validation.order' });
        }
      }
    });
}

export type PeriodFields = z.output<ReturnType<typeof periodFieldsSchema>>;

/** The choice the (valid) fields make; a year, this one, when nothing is chosen. */
export function choiceOf(fields: PeriodFields, thisYear: number): PeriodChoice {
  const year = fields.year ?? thisYear;
  switch (fields.period ?? 'year') {
    case 'quarter':
      return { kind: 'quarter', year, quarter: (fields.quarter ?? 1) as 1 | 2 | 3 | 4 };
    case 'month':
      return { kind: 'month', year, month: fields.month ?? 1 };
    case 'custom':
      return fields.from && fields.to ? { kind: 'custom', from: fields.from, to: fields.to } : { kind: 'year', year };
    case 'reporting': {
      const [month, day] = (fields.end ?? '12-31').split('-').map(Number);
      return { kind: 'reporting', year, end: { month, day } };
    }
    default:
      return { kind: 'year', year };
  }
}
