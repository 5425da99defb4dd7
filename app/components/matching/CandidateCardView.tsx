// An anonymised candidate card for an employer (DESIGN.md §3): skills with levels, certificates,
// experience, availability and the area — never a name, contact or anything about the past —
// with why the candidate fits the job and the button to ask for an introduction.
import { Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CandidateCardFacts } from '#app/components/CandidateCardFacts.tsx';
import { useT } from '#app/i18n/use-t.ts';
import type { CardCandidate } from '#app/services/matching/queries.server.ts';
import { MatchReasons, ScoreHeader } from './MatchReasons.tsx';

export function CandidateCardView({ item, action }: { item: CardCandidate; action?: ReactNode }) {
  const t = useT();
  const { card } = item;
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
        <CandidateCardFacts card={card} />
        <MatchReasons match={item} headingId={`${headingId}-why`} />
        {action ? <Group justify="flex-end">{action}</Group> : null}
      </Stack>
    </Card>
  );
}
