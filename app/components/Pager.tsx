// Page links for a paginated list; keeps the other search parameters.
import { Group, Pagination } from '@mantine/core';
import { useSearchParams } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';

export function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  if (pages <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={t('pagination.label')}>
      <Pagination
        total={pages}
        value={page}
        onChange={(next) => {
          const updated = new URLSearchParams(params);
          updated.set('page', String(next));
          setParams(updated);
        }}
      />
    </Group>
  );
}
