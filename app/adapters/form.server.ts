// The one form-action helper of the pages: read the posted form, validate it (every field's message
// at once), run the command in one transaction, and answer what the page shows — its success
// message, its field messages (400), its conflict alert (409, typed values kept) — or the 401/403/404
// error page. The failures map through the same answers as the API (answers.ts).
import { data } from '@remix-run/node';
import type { z } from 'zod';
import { translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import { isUuid } from '#app/services/fields.ts';
import type { Tx } from '#db/client.ts';
import { answerFor, errorResponse, invalidAnswer, parseWith, type FieldErrors } from './answers.ts';
import type { Services } from './context.server.ts';
import { inTransaction } from './context.server.ts';
import type { FormActionData, FormValues } from './form-data.ts';

/** The posted fields as strings; repeated names (checkbox groups without JS) are joined with commas. */
export async function readForm(request: Request): Promise<FormValues> {
  const form = await request.formData();
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    values[name] = form
      .getAll(name)
      .filter((v): v is string => typeof v === 'string')
      .join(',');
  }
  return values;
}

/** What is sent back so a page without JavaScript can show the typed values again (never passwords). */
export function echo(values: FormValues): FormValues {
  const { password: _password, ...rest } = values;
  return rest;
}

/**
 * How field messages are keyed: by form field ("requiredSkills" for "requiredSkills.0"), or by the
 * whole path where a form has repeated rows ("skills.2.level").
 */
export type FieldKeys = 'field' | 'path';

function keyed(fields: FieldErrors, keys: FieldKeys): FieldErrors {
  if (keys === 'path') return fields;
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[path.split('.')[0]] ??= message;
  return out;
}

export type FormOptions = { target?: string; keys?: FieldKeys; extra?: Partial<FormActionData> };

/** 400 with a message beside each invalid field and the typed values. */
export function invalid(locale: Locale, fields: FieldErrors, values: FormValues, options: FormOptions = {}) {
  const answer = invalidAnswer(locale, keyed(fields, options.keys ?? 'field'));
  return data<FormActionData>(
    { fields: answer.fields, formError: answer.message, values: echo(values), target: options.target, ...options.extra },
    { status: 400 },
  );
}

/**
 * A failure as the page shows it: invalid input → 400 with field messages; a conflict → 409 with
 * its message in an alert (typed values kept); not signed in / forbidden / not found → the error
 * page (thrown); anything else is a bug and is rethrown (a 500).
 */
export function formFailure(error: unknown, locale: Locale, values: FormValues, options: FormOptions = {}) {
  const answer = answerFor(error, locale);
  if (!answer) throw error;
  if (answer.code === 'invalid_input') return invalid(locale, answer.fields ?? {}, values, options);
  if (answer.code === 'conflict' || answer.code === 'rate_limited') {
    return data<FormActionData>(
      { formError: answer.message, conflict: true, values: echo(values), target: options.target, ...options.extra },
      { status: answer.status, headers: answer.headers },
    );
  }
  throw errorResponse(answer.code, answer.message, { headers: answer.headers });
}

/** NotFound, Forbidden and the like become the error page; anything that is not a domain error is rethrown. */
export function throwAsPage(error: unknown, locale: Locale): never {
  const answer = answerFor(error, locale);
  if (!answer) throw error;
  throw errorResponse(answer.code, answer.message, { headers: answer.headers });
}

/** What a successful command tells the page: a message key (with values), extra data, or a redirect. */
export type Done = MessageKey | { key: MessageKey; vars?: Record<string, string | number>; extra?: Partial<FormActionData> } | Response;

/**
 * Parses `input` with `schema`, runs `run` in one transaction, and answers with `done`'s message
 * for the form `target` — or with the failure as the page shows it.
 */
export async function formCommand<S extends z.ZodType, R>(args: {
  services: Services;
  locale: Locale;
  values: FormValues;
  schema: S;
  /** What the schema reads (default: the posted values). */
  input?: unknown;
  run: (tx: Tx, input: z.output<S>) => Promise<R>;
  /** What to answer once the transaction committed. */
  done: (result: R, input: z.output<S>) => Done | Promise<Done>;
  target?: string;
  keys?: FieldKeys;
  /** The values shown again on failure (default: the posted values). */
  shown?: FormValues;
  /** What a refusal (400, 409) sends back besides its messages and values. */
  failureExtra?: Partial<FormActionData>;
}) {
  const options: FormOptions = { target: args.target, keys: args.keys, extra: args.failureExtra };
  const shown = args.shown ?? args.values;
  const parsed = parseWith(args.schema, args.input === undefined ? args.values : args.input, args.locale);
  if (!parsed.ok) return invalid(args.locale, parsed.fields, shown, options);
  let result: R;
  try {
    result = await inTransaction(args.services, (tx) => args.run(tx, parsed.data));
  } catch (error) {
    return formFailure(error, args.locale, shown, options);
  }
  const done = await args.done(result, parsed.data);
  if (done instanceof Response) return done;
  const { key, vars, extra } = typeof done === 'string' ? { key: done, vars: undefined, extra: undefined } : done;
  return data<FormActionData>({ ok: true, message: translate(args.locale, key, vars), target: args.target, ...extra });
}

/** Route ids are uuids; anything else is a 404 before it reaches the database. */
export function requireId(id: string | undefined, locale: Locale): string {
  if (!id || !isUuid(id)) {
    throw errorResponse('not_found', translate(locale, 'error.notFound'));
  }
  return id;
}

/** Unchecked checkboxes are not posted; in a change they must read as "no", not "unchanged". */
export function withUnchecked(values: FormValues, names: readonly string[]): FormValues {
  return { ...values, ...Object.fromEntries(names.filter((n) => !(n in values)).map((n) => [n, 'off'])) };
}

/** A query string as an object; repeated names (checkboxes) are joined with commas. */
export function queryValues(url: URL): FormValues {
  const values: FormValues = {};
  for (const name of new Set(url.searchParams.keys())) values[name] = url.searchParams.getAll(name).join(',');
  return values;
}

/**
 * Reads a filter (a list page's query string) keeping every field that is valid: a field that does
 * not parse is left out and its message returned under its name, so one mistyped filter never
 * drops the others. (The API answers 400 instead, naming the field.)
 */
export function parseFilter<S extends z.ZodType>(
  schema: S,
  values: FormValues,
  locale: Locale,
): { data: z.output<S>; fields: FieldErrors } {
  const parsed = parseWith(schema, values, locale);
  if (parsed.ok) return { data: parsed.data, fields: {} };
  const fields = keyed(parsed.fields, 'field');
  const kept = parseWith(schema, Object.fromEntries(Object.entries(values).filter(([name]) => !(name in fields))), locale);
  return { data: kept.ok ? kept.data : schema.parse({}), fields };
}

/** A success message for `formCommand` (what `run` returns when `done` passes it on). */
export function doneWith(key: MessageKey, vars?: Record<string, string | number>): Done {
  return { key, vars };
}
