// zod building blocks for form and API input: the same rules whether a field arrives as a form
// string or as JSON, each failure carrying a message key (translated for the reader).
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';

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

export function requiredText(min: number, max: number, key: MessageKey) {
  return z.string({ error: key }).trim().min(min, key).max(max, key);
}

export function optionalText(max: number, key: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v === null ? undefined : v),
    z.string({ error: key }).trim().max(max, key).optional(),
  );
}

/** A whole number, from a number or a form string ("7.000.000" and "7 000 000" accepted). */
export function wholeNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.replace(/[.\s,_]/g, ''))) : v),
    z.number({ error: key }).int(key).min(min, key).max(max, key),
  );
}

/** Like wholeNumber, but empty means "not given". */
export function optionalWholeNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.replace(/[.\s,_]/g, ''))) : blankToUndefined(v)),
    z.number({ error: key }).int(key).min(min, key).max(max, key).optional(),
  );
}

export function optionalNumber(min: number, max: number, key: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.replace(',', '.'))) : blankToUndefined(v)),
    z.number({ error: key }).min(min, key).max(max, key).optional(),
  );
}

/** A checkbox: true, "on", "true" or "1" is yes; absent is no. */
export const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

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
    z.array(z.string().regex(/^[a-z0-9-]{2,60}$/, key), { error: key }).max(max, key),
  );
}

/** Ids in URLs are uuids; anything else cannot name a record (404, not a database error). */
export function isUuid(value: string) {
  return z.uuid().safeParse(value).success;
}
