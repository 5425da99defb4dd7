// An anonymised candidate card for an employer (DESIGN.md §3): skills with levels, certificates,
// experience, availability and the area — never a name, contact or anything about the past —
// with why the candidate fits the job and the button to ask for an introduction.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDay, formatPlace } from '#app/components/search/format.ts';
import { formatNumber } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { CardCandidate } from '#app/services/matching/views.server.ts';
import { MatchReasons, ScoreHeader } from './MatchReasons.tsx';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function CandidateCardView({ item, action }: { item: CardCandidate; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const { card } = item;
  const name = (named: { nameVi: string; nameEn: string }) => (locale === 'vi' ? named.nameVi : named.nameEn);
  const none = t('match.card.none');
  const headingId = `candidate-${item.rank}`;
  return (
    <Card withBorder component="article" padding="md" aria-labelledby={`${headingId}-title`}>
      <Stack gap="xs">
        <ScoreHeader
          score={item.score}
          title={
            <Title order={3} size="h4" id={`${headingId}-title`}>
              {t('match.card.heading', { rank: item.rank })}
            </Title>
          }
        />
        <Text size="sm">
          {t('match.card.area', { area: formatPlace([card.communeName, card.provinceName]) })} ·{' '}
          {card.availableFrom ? t('match.card.available', { date: formatDay(card.availableFrom) }) : t('match.card.availableNow')}
        </Text>
        <Stack component="dl" gap={6} m={0}>
          <Line label={t('match.card.skills')}>
            {card.skills.length ? (
              <Group gap={4} component="span">
                {card.skills.map((s) => (
                  <Badge key={s.code} variant="light" tt="none" component="span">
                    {name(s)} · {t(`skillLevel.${s.level}`)}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </Line>
          <Line label={t('match.card.certificates')}>{card.certificates.length ? card.certificates.join(', ') : none}</Line>
          <Line label={t('match.card.experience')}>
            {card.experience.length
              ? card.experience
                  .map((e) => (e.months !== null ? `${name(e)} (${t('match.card.months', { months: formatNumber(locale, e.months) })})` : name(e)))
                  .join(', ')
              : none}
          </Line>
          <Line label={t('match.card.workTypes')}>{card.workTypes.length ? card.workTypes.map((w) => t(`job.workType.${w}`)).join(', ') : none}</Line>
        </Stack>
        <MatchReasons match={item} headingId={`${headingId}-why`} />
        {action ? <Group justify="flex-end">{action}</Group> : null}
      </Stack>
    </Card>
  );
}
