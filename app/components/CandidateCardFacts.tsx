// The facts of an anonymised candidate card as an employer sees them (DESIGN.md §3): area,
// availability, skills with levels, certificate names, trades worked and kinds of work wished —
// never a name, contact or anything about the past. Used on the suggestions and on the job's board.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDay, formatPlace, formatNumber } from '#lib/format.ts';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import { type CandidateCard } from '#app/services/caseload/cards.server.ts';

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

export function CandidateCardFacts({ card }: { card: CandidateCard }) {
  const t = useT();
  const locale = useLocale();
  const name = (named: { nameVi: string; nameEn: string }) => (locale === 'vi' ? named.nameVi : named.nameEn);
  const none = t('match.card.none');
  return (
    <>
      <Text size="sm">
        {t('match.card.area', { area: formatPlace([card.communeName, card.provinceName]) })} ·{' '}
        {card.availableFrom ? t('match.card.available', { date: formatDay(locale, card.availableFrom) }) : t('match.card.availableNow')}
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
                .map((e) =>
                  e.months !== null ? `${name(e)} (${t('match.card.months', { months: formatNumber(locale, e.months) })})` : name(e),
                )
                .join(', ')
            : none}
        </Line>
        <Line label={t('match.card.workTypes')}>
          {card.workTypes.length ? card.workTypes.map((w) => t(`job.workType.${w}`)).join(', ') : none}
        </Line>
      </Stack>
    </>
  );
}
