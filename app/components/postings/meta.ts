// Page titles of the employer and verification pages, in the reader's language (read from the
// root loader's data, which every page's `meta` can see).
import type { MetaFunction } from '@remix-run/node';
import { defaultLocale, pickLocale, translate, type MessageKey } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';

type Matches = Parameters<MetaFunction>[0]['matches'];

export function titleMeta(matches: Matches, key: MessageKey) {
  const root = matches.find((m) => m.id === 'root')?.data as { locale?: string } | undefined;
  return pageTitle(translate(pickLocale(root?.locale) ?? defaultLocale, key));
}
