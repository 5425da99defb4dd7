// A labelled figure on a home page.
import { Paper, Text } from '@mantine/core';

export function StatCard({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper withBorder p="md" role="group" aria-label={label}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}
