// The messages the root loader sends with a page: those its routes' browser code can ask for
// (page-messages.generated.ts), in the reader's language only, each under its `messageId`. Without the routes (a test calling
// the loader alone) every message of that language.
import { messages, type MessageKey } from './messages.ts';
import { pageMessageKeys } from './page-messages.generated.ts';
import type { Locale } from '#lib/format.ts';
import { messageId } from './message-id.ts';

const cache = new Map<string, Readonly<Record<string, string>>>();

export function messagesForPage(locale: Locale, routeIds: readonly string[] | null): Readonly<Record<string, string>> {
  const cacheKey = `${locale} ${routeIds?.join(' ') ?? '*'}`;
  let found = cache.get(cacheKey);
  if (!found) {
    const keys = routeIds ? new Set(['root', ...routeIds].flatMap((id) => pageMessageKeys[id] ?? [])) : Object.keys(messages);
    found = Object.fromEntries([...keys].map((key) => [messageId(key), messages[key as MessageKey][locale]]));
    cache.set(cacheKey, found);
  }
  return found;
}
