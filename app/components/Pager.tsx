// Page links for a paginated list (plain links, so they work before the JavaScript arrives); keeps
// the other search parameters. Shows the first, the last, and the pages around the current one.
import { Anchor, Group, Text } from '@mantine/core';
import { Link, useLocation } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';

/** The page numbers to show, with `null` where some are left out. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

export function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  const location = useLocation();
  if (pages <= 1) return null;
  const hrefOf = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.set('page', String(n));
    return `${location.pathname}?${params}`;
  };
  const link = (n: number, label: string, rel?: string) => (
    <Anchor
      component={Link}
      to={hrefOf(n)}
      rel={rel}
      aria-label={rel ? undefined : t('pagination.page', { page: n })}
      p="xs"
      miw="2.75rem"
      ta="center"
    >
      {label}
    </Anchor>
  );
  return (
    <Group justify="center" gap={4} component="nav" aria-label={t('pagination.label')}>
      {page > 1 ? link(page - 1, t('pagination.previous'), 'prev') : null}
      {pageNumbers(page, pages).map((n, i) =>
        n === null ? (
          <Text key={`gap-${i}`} aria-hidden="true">
            …
          </Text>
        ) : n === page ? (
          <Text
            key={n}
            component="span"
            aria-current="page"
            aria-label={t('pagination.page', { page: n })}
            fw={700}
            p="xs"
            miw="2.75rem"
            ta="center"
          >
            {n}
          </Text>
        ) : (
          <span key={n}>{link(n, String(n))}</span>
        ),
      )}
      {page < pages ? link(page + 1, t('pagination.next'), 'next') : null}
    </Group>
  );
}
