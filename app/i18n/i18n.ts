// Interface text in Vietnamese (default) and English. Every string is written once, in
// messages.ts and messages/; zod schemas use the keys as their messages so field errors come out in
// the reader's language. On the server every message is at hand; in the browser only the share the
// server sent with the page (catalogue.browser.ts), in the reader's language.
import { lookup, missingKeyIsError } from '#app/i18n/catalogue.ts';
import type { MessageKey } from './messages.ts';

export { messageId } from './message-id.ts';

export const supportedLocales = ['vi', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'vi';
export type { MessageKey };

/** Whether a text is a message key (on the server: of the whole catalogue). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(defaultLocale, key) !== undefined;
}

/** Fills `{name}` placeholders. */
export function fillIn(text: string, vars: Record<string, string | number> = {}) {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * A message in the reader's language, its `{name}` placeholders filled. An unknown key is refused:
 * on the server it throws (a mistake in the code); in the browser, where a key can only be missing
 * from the page's share, it shows as ⟦key⟧ and is reported in the console.
 */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}) {
  const text = lookup(locale, key);
  if (text !== undefined) return fillIn(text, vars);
  if (missingKeyIsError) throw new Error(`unknown message key: ${key}`);
  console.error(`message not sent with this page: ${key}`);
  return `⟦${key}⟧`;
}

export function pickLocale(value: string | null | undefined): Locale | null {
  return supportedLocales.find((l) => l === value) ?? null;
}

/** Reads the first supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const found = pickLocale(part.split(';')[0]?.trim().slice(0, 2).toLowerCase());
    if (found) return found;
  }
  return null;
}
