// `useT()` gives components the translate function for the current reader's language, over the
// messages the root loader sent with the page (the same on the server and in the browser, so a key
// the page was not sent shows as ⟦key⟧ in both).
import { useRouteLoaderData } from '@remix-run/react';
import { defaultLocale, fillIn, type Locale, type MessageKey } from './i18n.ts';
import { messageId } from './message-id.ts';

type RootData = { locale: Locale; messages: Readonly<Record<string, string>> };

export function useLocale(): Locale {
  const data = useRouteLoaderData<RootData>('root');
  return data?.locale ?? defaultLocale;
}

export function useT() {
  const data = useRouteLoaderData<RootData>('root');
  const messages = data?.messages ?? {};
  return (key: MessageKey, vars?: Record<string, string | number>) => {
    const text = messages[messageId(key)];
    if (text !== undefined) return fillIn(text, vars);
    console.error(`message not sent with this page: ${key}`);
    return `⟦${key}⟧`;
  };
}
