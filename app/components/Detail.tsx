// One labelled fact in a description list (<dl>): the label above, the value below, long values
// wrapped anywhere so a phone screen never scrolls sideways; a dash when there is no value.
import { Text } from '@mantine/core';

export function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}
