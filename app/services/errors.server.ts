// Errors the domain services throw, and the one place they become HTTP responses (for the JSON
// API; pages turn InputError into field messages beside the form).
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { MessageKey } from '#app/i18n/messages.ts';
import { errorResponse } from './http.server.ts';
import { ForbiddenError } from './permissions.ts';

/** Invalid input, one message key per field (400). */
export class InputError extends Error {
  constructor(readonly fields: Record<string, MessageKey>) {
    super(`Invalid input: ${Object.keys(fields).join(', ')}`);
    this.name = 'InputError';
  }
}

/** The request is valid but the current state forbids it, e.g. publishing while unverified (409). */
export class ConflictError extends Error {
  constructor(readonly messageKey: MessageKey) {
    super(messageKey);
    this.name = 'ConflictError';
  }
}

/** Not there, or not visible to this caller (404: no hint that a hidden record exists). */
export class NotFoundError extends Error {
  constructor(readonly messageKey: MessageKey = 'error.notFound') {
    super(messageKey);
    this.name = 'NotFoundError';
  }
}

export { ForbiddenError };

/** The API response for a domain error, or null for anything else (a bug: the caller logs a 500). */
export function domainErrorResponse(error: unknown, locale: Locale): Response | null {
  if (error instanceof InputError) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, translate(locale, key)]));
    return errorResponse('invalid_input', translate(locale, 'validation.invalid'), { fields });
  }
  if (error instanceof ConflictError) return errorResponse('conflict', translate(locale, error.messageKey));
  if (error instanceof NotFoundError) return errorResponse('not_found', translate(locale, error.messageKey));
  if (error instanceof ForbiddenError) return errorResponse('forbidden', translate(locale, 'auth.forbidden'));
  return null;
}
