// Small labels of the caseload pages: the case status and the person's needs.
import { Badge, Group } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';

const statusColors = { pre_release: 'grape', active: 'blue', placed: 'teal', closed: 'gray' } as const;

export function CaseStatusBadge({ status }: { status: keyof typeof statusColors }) {
  const t = useT();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`caseload.status.${status}`)}
    </Badge>
  );
}

export function NeedBadges({ needs }: { needs: readonly ('job' | 'training' | 'loan' | 'legal')[] }) {
  const t = useT();
  if (needs.length === 0) return <>—</>;
  return (
    <Group gap={4}>
      {needs.map((n) => (
        <Badge key={n} variant="outline" size="sm">
          {t(`caseload.need.${n}`)}
        </Badge>
      ))}
    </Group>
  );
}
