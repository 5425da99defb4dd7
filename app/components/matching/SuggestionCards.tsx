// A suggested job or course as a card (what, who, where, how much, when), with why it fits and an
// action slot (refer, apply); and the list of courses for skills the best jobs need.
import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { formatDay, formatPlace, formatVnd, formatWageMillions, formatNumber } from '#lib/format.ts';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { SuggestedJob, SuggestedTraining, TrainingForGap } from '#app/services/matching/queries.server.ts';
import { MatchReasons, ScoreHeader } from './MatchReasons.tsx';

/** The frame both kinds share: linked title and who offers it, the score, the facts, why it fits, an action. */
function SuggestionCard(props: {
  item: SuggestedJob | SuggestedTraining;
  headingId: string;
  href: string;
  title: string;
  offeredBy: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const { item, headingId } = props;
  return (
    <Card withBorder component="article" padding="md" aria-labelledby={`${headingId}-title`}>
      <Stack gap="xs">
        <ScoreHeader
          score={item.score}
          title={
            <Stack gap={2} style={{ flex: '1 1 16rem' }}>
              <Title order={3} size="h4" id={`${headingId}-title`}>
                <Anchor component={Link} to={props.href} prefetch="intent">
                  {props.title}
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed" fw={500}>
                {props.offeredBy}
              </Text>
            </Stack>
          }
        />
        {props.children}
        <MatchReasons match={item} headingId={`${headingId}-why`} />
        {props.action ? <Group justify="flex-end">{props.action}</Group> : null}
      </Stack>
    </Card>
  );
}

export function JobSuggestionCard({ item, action }: { item: SuggestedJob; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const { job } = item;
  return (
    <SuggestionCard
      item={item}
      headingId={`job-${job.id}`}
      href={`/jobs/${job.id}`}
      title={job.title}
      offeredBy={job.employer}
      action={action}
    >
      <Text size="sm">
        {formatPlace([job.communeName, job.provinceName])}
        {job.distanceKm !== null ? ` · ${t('search.card.distance', { km: formatNumber(locale, job.distanceKm) })}` : null}
      </Text>
      <Text fw={700}>{formatWageMillions(locale, job.wageMin, job.wageMax)}</Text>
    </SuggestionCard>
  );
}

/** A suggested course's start, seats left and cost on one line. */
export function CourseFacts({ training }: { training: SuggestedTraining['training'] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Text size="sm">
      {[
        training.startDate ? t('match.course.starts', { date: formatDay(locale, training.startDate) }) : null,
        t('match.course.seats', { seats: formatNumber(locale, training.seatsLeft) }),
        training.costVnd === 0 ? t('training.funding.free') : formatVnd(locale, training.costVnd),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

export function TrainingSuggestionCard({ item, action }: { item: SuggestedTraining; action?: ReactNode }) {
  const { training } = item;
  return (
    <SuggestionCard
      item={item}
      headingId={`training-${training.id}`}
      href={`/training/${training.id}`}
      title={training.title}
      offeredBy={training.provider}
      action={action}
    >
      <CourseFacts training={training} />
    </SuggestionCard>
  );
}

export function GapSuggestions({ items }: { items: TrainingForGap[] }) {
  return (
    <List spacing="xs">
      {items.map((item) => (
        <List.Item key={`${item.skill.code}-${item.training.id}`}>
          <Text span>{item.reason.text}</Text>{' '}
          <Anchor component={Link} to={`/training/${item.training.id}`} aria-label={item.training.title}>
            →
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

/** A titled list section with an empty state. */
export function SuggestionSection({
  id,
  title,
  empty,
  count,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {count === 0 ? <Text c="dimmed">{empty}</Text> : children}
    </Stack>
  );
}
