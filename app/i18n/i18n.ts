// Interface text in Vietnamese (default) and English. Every string is written once, here; zod
// schemas use these keys as their messages so field errors come out in the reader's language.
import { messages, type MessageKey } from './messages.ts';

export const supportedLocales = ['vi', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'vi';
export type { MessageKey };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** Translates a key (or passes through text that is not a key) and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey | string, vars: Record<string, string | number> = {}) {
  const text = isMessageKey(key) ? messages[key][locale] : key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
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
