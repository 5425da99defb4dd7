// An anonymised candidate card as an employer sees it (skills with levels, certificates,
// experience, availability, area) — what candidate-cards.server.ts selected, nothing more.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatDay } from '#app/components/search/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { CandidateCard } from '#app/services/candidate-cards.server.ts';

export function CandidateCardView({ card }: { card: CandidateCard }) {
  const t = useT();
  const locale = useLocale();
  const name = (n: { nameVi: string; nameEn: string }) => (locale === 'vi' ? n.nameVi : n.nameEn);
  return (
    <Stack gap={4}>
      <Text size="sm">{[card.communeName, card.provinceName].filter(Boolean).join(', ')}</Text>
      {card.skills.length ? (
        <Group gap={4}>
          {card.skills.map((s) => (
            <Badge key={s.code} tt="none" variant="outline" color="gray">
              {name(s)} · {t(`skillLevel.${s.level}`)}
            </Badge>
          ))}
        </Group>
      ) : null}
      {card.certificates.length ? (
        <Text size="sm">
          {t('pipeline.card.certificates')}: {card.certificates.join(', ')}
        </Text>
      ) : null}
      {card.experience.length ? (
        <Text size="sm">
          {t('pipeline.card.experience')}:{' '}
          {card.experience
            .map((e) => (e.months ? t('pipeline.card.experienceMonths', { occupation: name(e), months: e.months }) : name(e)))
            .join(', ')}
        </Text>
      ) : null}
      {card.availableFrom ? (
        <Text size="sm">{t('pipeline.card.availableFrom', { date: formatDay(card.availableFrom) })}</Text>
      ) : null}
    </Stack>
  );
}
