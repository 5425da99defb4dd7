// The messages in the browser: only those the server sent with the pages seen so far, in the
// reader's language (the root loader sends each page's share, keyed by `messageId`; see
// page-messages.server.ts).
import type { Locale } from '#lib/format.ts';
import { messageId } from './message-id.ts';

const loaded: Partial<Record<Locale, Record<string, string>>> = {};

export function lookup(locale: Locale, key: string): string | undefined {
  return loaded[locale]?.[messageId(key)];
}

export function addMessages(locale: Locale, messages: Readonly<Record<string, string>>) {
  Object.assign((loaded[locale] ??= {}), messages);
}

/** In the browser a missing key shows as ⟦key⟧ (the page's share lacks it) rather than breaking the page. */
export const missingKeyIsError = false;
