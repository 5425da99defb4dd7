// Why a suggestion fits: its score out of 100, each part's points with the reasons behind them,
// and what is missing — all already in the reader's language (rendered by the server).
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { RenderedScore } from '#app/services/matching/explain.ts';

export function ScoreBadge({ score }: { score: number }) {
  const t = useT();
  const locale = useLocale();
  const color = score >= 70 ? 'teal' : score >= 50 ? 'blue' : 'gray';
  return (
    <Badge size="lg" variant="light" color={color} tt="none">
      {t('match.scoreOutOf', { score: formatNumber(locale, score) })}
    </Badge>
  );
}

export function MatchReasons({ match, headingId }: { match: RenderedScore; headingId: string }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  return (
    <Stack gap={6}>
      <Text id={headingId} fw={600} size="sm">
        {t('match.why')}
      </Text>
      <List size="sm" spacing={4} aria-labelledby={headingId}>
        {match.parts.map((part) => (
          <List.Item key={part.part}>
            <Text span size="sm" fw={500}>
              {t('match.partPoints', { part: part.label, points: n(part.points), max: n(part.max) })}
            </Text>
            {part.reasons.length ? ` — ${part.reasons.map((r) => r.text).join('; ')}` : null}
          </List.Item>
        ))}
      </List>
      {match.missing.length ? (
        <>
          <Text id={`${headingId}-missing`} fw={600} size="sm" c="orange.9">
            {t('match.missing')}
          </Text>
          <List size="sm" spacing={2} aria-labelledby={`${headingId}-missing`}>
            {match.missing.map((reason, i) => (
              <List.Item key={`${reason.key}-${i}`}>{reason.text}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}

/** The score and its reasons under a heading row. */
export function ScoreHeader({ title, score }: { title: ReactNode; score: number }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
      {title}
      <ScoreBadge score={score} />
    </Group>
  );
}
