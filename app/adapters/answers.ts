// The one mapping from what went wrong to what the caller is told — the same codes for pages, the
// JSON API and socket acknowledgements: 400 with a message per field, 401, 403, 404, 409, 429. Also
// the API's error shape (DESIGN.md §5: { error: { code, message, fields? } }) and zod parsing that
// names every invalid field at once, in the reader's language.
import type { z } from 'zod';
import { isMessageKey, translate, type Locale } from '#app/i18n/i18n.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '#app/services/errors.ts';

export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'bad_origin'
  | 'method_not_allowed'
  | 'internal';

export const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  bad_origin: 403,
  method_not_allowed: 405,
  internal: 500,
};

export type FieldErrors = Record<string, string>;
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

/** What the caller is told about a failure. */
export type Answer = { code: ErrorCode; status: number; message: string; fields?: FieldErrors; headers?: Record<string, string> };

function answer(code: ErrorCode, message: string, extra: Pick<Answer, 'fields' | 'headers'> = {}): Answer {
  return { code, status: statusOf[code], message, ...extra };
}

/** Invalid fields: one message per field, keyed by its dotted path. */
export function invalidAnswer(locale: Locale, fields: FieldErrors): Answer {
  return answer('invalid_input', translate(locale, 'validation.invalid'), { fields });
}

/** The answer for a domain error, or null for anything else (a bug: the caller logs it and answers 500). */
export function answerFor(error: unknown, locale: Locale): Answer | null {
  if (error instanceof InputError) {
    return invalidAnswer(locale, Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, translate(locale, key)])));
  }
  if (error instanceof UnauthenticatedError) return answer('unauthenticated', translate(locale, error.messageKey));
  if (error instanceof ForbiddenError) return answer('forbidden', translate(locale, error.messageKey));
  if (error instanceof NotFoundError) return answer('not_found', translate(locale, error.messageKey));
  if (error instanceof ConflictError) return answer('conflict', translate(locale, error.messageKey));
  if (error instanceof RateLimitedError) {
    return answer('rate_limited', translate(locale, error.messageKey, { seconds: error.retryAfterSeconds }), {
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    });
  }
  return null;
}

export function errorResponse(code: ErrorCode, message: string, options: { fields?: FieldErrors; headers?: HeadersInit } = {}) {
  const body: ErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  return Response.json(body, { status: statusOf[code], headers: options.headers });
}

export function answerResponse(a: Answer) {
  return errorResponse(a.code, a.message, { fields: a.fields, headers: a.headers });
}

/** One message per invalid field (all fields, not just the first), keyed by dotted path. */
export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    // A schema's own messages are keys; zod's built-in ones (English) become the general one.
    fields[path] ??= translate(locale, isMessageKey(issue.message) ? issue.message : 'validation.invalid');
  }
  return fields;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldErrors(result.error, locale) };
}

/** Parses with `schema` or throws the 400 answer (as a JSON Response) naming every invalid field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const parsed = parseWith(schema, input, locale);
  if (!parsed.ok) throw answerResponse(invalidAnswer(locale, parsed.fields));
  return parsed.data;
}

export function isApiRequest(request: Request) {
  return new URL(request.url).pathname.startsWith('/api/');
}
