// The person's timeline: each dated step in plain words, newest first, with who recorded it — the
// day it took effect, and when it was recorded where that was another day (recorded late).
import '#app/styles/data.css';
import { Text, Timeline } from '@mantine/core';
import { vietnamDate } from '#lib/dates.ts';
import { formatDateTime, formatDay } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { TimelineEntry } from '#app/services/pipeline/queries/timeline.server.ts';

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const locale = useLocale();
  if (!entries.length) return <Text c="dimmed">{t('pipeline.timeline.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
      {entries.map((e) => (
        <Timeline.Item key={e.id} title={e.text}>
          <Text size="sm" c="dimmed">
            {vietnamDate(0, Date.parse(e.at)) === e.effectiveOn
              ? formatDateTime(locale, e.at)
              : `${formatDay(locale, e.effectiveOn)} (${t('timeline.recordedAt', { date: formatDateTime(locale, e.at) })})`}
            {e.actor ? ` · ${e.actor.name} (${t(`role.${e.actor.role}`)})` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
