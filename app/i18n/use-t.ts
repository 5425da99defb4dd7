// `useT()` gives components the translate function for the current reader's language.
import { useRouteLoaderData } from '@remix-run/react';
import { defaultLocale, translate, type Locale, type MessageKey } from './i18n.ts';

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>('root');
  return data?.locale ?? defaultLocale;
}

export function useT() {
  const locale = useLocale();
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
}
