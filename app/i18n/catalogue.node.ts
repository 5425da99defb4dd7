// The messages on the server: every key in both languages. The browser gets catalogue.browser.ts
// instead (the "browser" condition of `#app/i18n/catalogue.ts` in package.json's imports), which
// holds only what the server sent with the page, so no page carries the whole catalogue.
import { messages, type MessageKey } from './messages.ts';
import type { Locale } from '#lib/format.ts';

export function lookup(locale: Locale, key: string): string | undefined {
  return Object.hasOwn(messages, key) ? messages[key as MessageKey][locale] : undefined;
}

/** The server holds every message already. */
export function addMessages(_locale: Locale, _messages: Readonly<Record<string, string>>) {}

/** A missing key on the server is a mistake in the code, not a message that has yet to arrive. */
export const missingKeyIsError = true;
