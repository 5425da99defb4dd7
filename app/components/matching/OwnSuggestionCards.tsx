// The person's own suggestions, made to be scanned on a phone: each a compact card — title,
// employer, place, wage (or start, seats and cost), how strong the match is in words (three
// levels, no points), what is still missing with the course that teaches it, and one action —
// with the reasons in plain sentences one tap away (<details>, which works without JavaScript).
import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { formatPlace, formatWageMillions } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { PlainMatch, Strength } from '#app/services/matching/explain.ts';
import type { SuggestedJob, SuggestedTraining } from '#app/services/matching/queries.server.ts';
import { GapNote } from '../pipeline/ApplyForm.tsx';
import { CourseFacts } from './SuggestionCards.tsx';

const strengthColors: Record<Strength, string> = { strong: 'teal', good: 'blue', possible: 'gray' };

export function StrengthBadge({ strength }: { strength: Strength }) {
  const t = useT();
  return (
    <Badge variant="light" color={strengthColors[strength]} tt="none" size="md">
      {t(`match.strength.${strength}`)}
    </Badge>
  );
}

/** Why it fits and what is missing, in plain sentences, behind one tap. */
function PlainReasons({ plain }: { plain: PlainMatch }) {
  const t = useT();
  if (!plain.good.length && !plain.missing.length) return null;
  return (
    <details>
      <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer' }}>
        {t('match.plain.why')}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {[...plain.good, ...plain.missing].map((sentence) => (
          <List.Item key={sentence}>{sentence}</List.Item>
        ))}
      </List>
    </details>
  );
}

function OwnCard(props: {
  id: string;
  href: string;
  title: string;
  offeredBy: string;
  facts: ReactNode;
  plain: PlainMatch;
  children?: ReactNode;
}) {
  const titleId = `${props.id}-title`;
  return (
    <Card withBorder component="article" padding="sm" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={3} size="h5" id={titleId}>
              <Anchor component={Link} to={props.href}>
                {props.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {props.offeredBy}
            </Text>
          </Stack>
          <StrengthBadge strength={props.plain.strength} />
        </Group>
        {props.facts}
        <PlainReasons plain={props.plain} />
        {props.children}
      </Stack>
    </Card>
  );
}

export function OwnJobCard({ item, action }: { item: SuggestedJob; action: ReactNode }) {
  const locale = useLocale();
  const { job } = item;
  return (
    <OwnCard
      id={`job-${job.id}`}
      href={`/jobs/${job.id}`}
      title={job.title}
      offeredBy={job.employer}
      plain={item.plain}
      facts={
        <Text size="sm">
          {formatPlace([job.communeName, job.provinceName])} ·{' '}
          <Text span fw={700} size="sm">
            {formatWageMillions(locale, job.wageMin, job.wageMax)}
          </Text>
        </Text>
      }
    >
      {item.gap ? <GapNote gap={item.gap} compact /> : null}
      {action}
    </OwnCard>
  );
}

export function OwnTrainingCard({ item, action }: { item: SuggestedTraining; action?: ReactNode }) {
  const { training } = item;
  return (
    <OwnCard
      id={`training-${training.id}`}
      href={`/training/${training.id}`}
      title={training.title}
      offeredBy={training.provider}
      plain={item.plain}
      facts={<CourseFacts training={training} />}
    >
      {action}
    </OwnCard>
  );
}
