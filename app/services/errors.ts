// The errors services throw. Adapters turn each into one answer (app/adapters/answers.ts): a page's
// field messages or alert, a JSON API error, or a socket acknowledgement — with the same codes.
import type { MessageKey } from '#app/i18n/messages.ts';

/** Invalid input, one message key per field (400). */
export class InputError extends Error {
  constructor(readonly fields: Record<string, MessageKey>) {
    super(`Invalid input: ${Object.keys(fields).join(', ')}`);
    this.name = 'InputError';
  }
}

/** Not signed in, or the session ended (401). */
export class UnauthenticatedError extends Error {
  constructor(readonly messageKey: MessageKey = 'auth.required') {
    super(messageKey);
    this.name = 'UnauthenticatedError';
  }
}

/** The role may not do this at all (403). */
export class ForbiddenError extends Error {
  constructor(
    readonly permission: string,
    readonly messageKey: MessageKey = 'auth.forbidden',
  ) {
    super(`Missing permission ${permission}`);
    this.name = 'ForbiddenError';
  }
}

/** Not there, or not visible to this caller (404: no hint that a hidden record exists). */
export class NotFoundError extends Error {
  constructor(readonly messageKey: MessageKey = 'error.notFound') {
    super(messageKey);
    this.name = 'NotFoundError';
  }
}

/** The request is valid but the current state forbids it, e.g. publishing while unverified (409). */
export class ConflictError extends Error {
  constructor(readonly messageKey: MessageKey) {
    super(messageKey);
    this.name = 'ConflictError';
  }
}

/** Too many attempts; try again after `retryAfterSeconds` (429). */
export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly messageKey: MessageKey = 'auth.rateLimited',
  ) {
    super(`Rate limited for ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}
