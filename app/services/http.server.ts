// The HTTP error shape of DESIGN.md §5 — { error: { code, message, fields? } } — and input parsing
// with zod that turns every invalid field into a message in the reader's language.
import type { z } from 'zod';
import { type Locale, translate } from '#app/i18n/i18n.ts';

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

const statusOf: Record<ErrorCode, number> = {
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

export function errorResponse(code: ErrorCode, message: string, options: { fields?: FieldErrors; headers?: HeadersInit } = {}) {
  const body: ErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  return Response.json(body, { status: statusOf[code], headers: options.headers });
}

/** One message per invalid field (all fields, not just the first), keyed by dotted path. */
export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= translate(locale, issue.message);
  }
  return fields;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldErrors(result.error, locale) };
}

/** Parses a JSON request body for the API; throws a 400 Response on bad JSON or invalid fields. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, locale: Locale) {
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    throw errorResponse('invalid_input', translate(locale, 'validation.json'));
  }
  const parsed = parseWith(schema, input, locale);
  if (!parsed.ok) {
    throw errorResponse('invalid_input', translate(locale, 'validation.invalid'), { fields: parsed.fields });
  }
  return parsed.data;
}

export function isApiRequest(request: Request) {
  return new URL(request.url).pathname.startsWith('/api/');
}
