// zod building blocks for form and API input: the same rules whether a field arrives as a form
// string or as JSON, each failure carrying a message key (translated for the reader). Text is
// stored trimmed and in Unicode NFC; numbers, flags and dates accept what a person types and
// nothing else (never a number read from garbage, never "12345" read as "no"); rules between
// fields run alongside the fields' own checks (`withRules`), so every message comes at once.
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import { vietnamDate as vietnamToday } from '#lib/dates.ts';

/** Vietnamese mobile numbers: 0 + 9 digits; "+84 90 000 0001" and "090.000.0001" are accepted. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '').replace(/^\+?84(?=\d{9}$)/, '0');
  return /^0\d{9}$/.test(digits) ? digits : null;
}

/** A phone number, normalised to 0 + 9 digits; `missing` is the message when none is given. */
export function phoneField(missing: MessageKey = 'validation.phone.invalid') {
  return z
    .string({ error: missing })
    .trim()
    .max(30, 'validation.phone.invalid')
    .transform((value, ctx) => {
      const phone = normalizePhone(value);
      if (!phone) {
        ctx.addIssue({ code: 'custom', message: 'validation.phone.invalid' });
        return z.NEVER;
      }
      return phone;
    });
}

/** Empty form fields mean "not given". */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/**
 * Text as it is stored: trimmed and in Unicode NFC, so "Nguyễn" typed with composed or decomposed
 * marks is the same word everywhere (names, titles, descriptions, addresses, notes, searches).
 */
export function text(key?: MessageKey) {
  return z
    .string(key ? { error: key } : undefined)
    .trim()
    .normalize('NFC');
}

export function requiredText(min: number, max: number, key: MessageKey) {
  return text(key).min(min, key).max(max, key);
}

export function optionalText(max: number, key: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v === null ? undefined : v),
    text(key).max(max, key).optional(),
  );
}

/**
 * A typed whole number: digits, optionally grouped in thousands by ".", ",", "_" or spaces
 * ("7.000.000", "7 000 000"); empty is "not given"; anything else is left as typed for z.number to
 * refuse ("0x10", "1e3", "7,5", "abc" are not numbers here).
 */
export function readWholeNumber(value: unknown) {
  if (typeof value !== 'string') return blankToUndefined(value);
  const typed = value.trim();
  if (typed === '') return undefined;
  if (/^-?\d+$/.test(typed)) return Number(typed);
  if (/^-?\d{1,3}([.,_ ]\d{3})+$/.test(typed)) return Number(typed.replace(/[.,_ ]/g, ''));
  return value;
}

/** A typed decimal number ("15.12" or "15,12"); anything else is left for z.number to refuse. */
function readDecimal(value: unknown) {
  if (typeof value !== 'string') return blankToUndefined(value);
  const typed = value.trim();
  if (typed === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : value;
}

/** A whole number, from a number or a form string ("7.000.000" and "7 000 000" accepted). */
export function wholeNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(readWholeNumber, z.number({ error: key }).int(key).min(min, key).max(max, key));
}

/** Like wholeNumber, but empty means "not given". */
export function optionalWholeNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(readWholeNumber, z.number({ error: key }).int(key).min(min, key).max(max, key).optional());
}

export function optionalNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(readDecimal, z.number({ error: key }).min(min, key).max(max, key).optional());
}

const yes = ['true', 'on', '1', 'yes'];
const no = ['false', 'off', '0', 'no', ''];

/**
 * A yes/no field: true or false from JSON; a form's checkbox ("on", "true", "1" is yes; absent,
 * empty or "off" is no). Anything else (12345, "maybe") is refused, never read as no.
 */
export const flag = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return false;
    if (typeof v !== 'string') return v;
    const typed = v.trim().toLowerCase();
    return yes.includes(typed) ? true : no.includes(typed) ? false : v;
  },
  z.boolean({ error: 'validation.flag' }),
);

/** A rule between fields: its message and the field (or dotted path) it is shown beside. */
export type FieldIssue = { path: string | (string | number)[]; message: MessageKey };

/**
 * Adds rules between fields to an object schema. They run alongside the fields' own checks, so
 * every message comes at once (zod skips an object's refinements once one of its fields failed);
 * they see only the fields that parsed, so a rule over a failed field finds it missing. Add them to
 * the object itself, before any `.transform`: zod skips every check of a pipe whose input failed.
 */
export function withRules<S extends z.ZodType>(schema: S, rules: (value: Partial<z.output<S>>) => FieldIssue[]) {
  return schema.check(
    z.superRefine(
      (value, ctx) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
        const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
        const parsed = Object.fromEntries(Object.entries(value).filter(([key]) => !failed.has(key)));
        for (const issue of rules(parsed as Partial<z.output<S>>)) {
          ctx.addIssue({ code: 'custom', path: Array.isArray(issue.path) ? issue.path : [issue.path], message: issue.message });
        }
      },
      { when: () => true },
    ),
  );
}

export const provinceCodeField = z
  .string({ error: 'validation.province.required' })
  .trim()
  .regex(/^\d{2}$/, 'validation.province.unknown');
export const optionalCommuneCode = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'validation.commune.notInProvince')
    .optional(),
);

/** A calendar date 'YYYY-MM-DD' that exists. */
export const optionalDate = z.preprocess(blankToUndefined, calendarDate('validation.date.invalid').optional());

/**
 * The day a step took effect, when it is recorded later (from paper, after a fair): absent means
 * today; never after today, nor more than five years back. Rules that depend on the record (not
 * before the release, not before a course's start) are the commands'.
 */
export const effectiveOnField = z
  .preprocess(blankToUndefined, calendarDate('validation.date.invalid').optional())
  .refine((day) => day === undefined || day <= vietnamToday(), 'validation.effectiveOn.future')
  .refine((day) => day === undefined || day >= vietnamToday(-5 * 366), 'validation.effectiveOn.old')
  .describe('The day it took effect (YYYY-MM-DD; default today, never after today)');

/** Whether 'YYYY-MM-DD' names a day that exists (not 31 February). */
export function isCalendarDay(value: string) {
  const [y, m, d] = value.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A calendar date 'YYYY-MM-DD' that exists: `missing` when none is given, `invalid` when it is not one. */
export function calendarDate(missing: MessageKey, invalid: MessageKey = 'validation.date.invalid') {
  return z
    .string({ error: missing })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    .refine(isCalendarDay, invalid);
}

export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T, key: MessageKey) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: key }).optional());
}

/** A list of codes, from a JSON array or a form's repeated/comma-separated values. */
export function codeList(max: number, key: MessageKey) {
  return z.preprocess(
    (v) =>
      v === undefined || v === null || v === ''
        ? []
        : typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
    z.array(z.string({ error: key }).regex(/^[a-z0-9-]{2,60}$/, key), { error: key }).max(max, key),
  );
}

/** Ids in URLs are uuids; anything else cannot name a record (404, not a database error). */
export function isUuid(value: string) {
  return z.uuid().safeParse(value).success;
}

/**
 * A date and time in Vietnam: the form's 'YYYY-MM-DDTHH:mm' (read as Asia/Ho_Chi_Minh), or an
 * ISO 8601 instant with its offset from API clients.
 */
export function parseVietnamDateTime(value: string): Date | null {
  const local = value.match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/);
  const text = local ? `${local[1]}T${local[2]}:${local[3]}:${local[4] ?? '00'}+07:00` : value;
  if (!local && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  // Reject 31 February and friends, which Date would roll over.
  return isCalendarDay(local ? local[1] : value.slice(0, 10)) ? date : null;
}
