// One search result as a card: what, who, where, how much and when, linking to the posting's page;
// with an action slot (a signed-in jobseeker's "apply" / "ask for a seat").
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { JobDocument, TrainingDocument } from '#search/documents.ts';
import { formatDay, formatPlace, formatVnd, formatWageMillions, formatNumber } from '#lib/format.ts';

/** Results carry no description (see search/query.ts). */
type Hit<D> = Omit<D, 'description'> & { distanceKm?: number };

function Where({ hit }: { hit: Hit<JobDocument | TrainingDocument> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Text size="sm">
      {formatPlace([hit.communeName, hit.provinceName])}
      {hit.distanceKm !== undefined ? ` · ${t('search.card.distance', { km: formatNumber(locale, hit.distanceKm) })}` : null}
    </Text>
  );
}

function Heading({ to, title, employer }: { to: string; title: string; employer: string }) {
  return (
    <Stack gap={2}>
      <Title order={3} size="h4">
        <Anchor component={Link} to={to} prefetch="intent">
          {title}
        </Anchor>
      </Title>
      <Text size="sm" fw={500} c="dimmed">
        {employer}
      </Text>
    </Stack>
  );
}

export function JobCard({ hit, occupation, action }: { hit: Hit<JobDocument>; occupation: string; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Card withBorder component="article" padding="md">
      <Stack gap="xs">
        <Heading to={`/jobs/${hit.id}`} title={hit.title} employer={hit.employer} />
        <Where hit={hit} />
        <Text fw={700}>{formatWageMillions(locale, hit.wageMin, hit.wageMax)}</Text>
        <Group gap="xs">
          <Badge tt="none" variant="light" color="gray">
            {occupation}
          </Badge>
          <Badge tt="none" variant="light">
            {t(`job.workType.${hit.workType}`)}
          </Badge>
          {hit.providesMeals ? (
            <Badge tt="none" variant="light" color="orange">
              {t('job.provides.meals')}
            </Badge>
          ) : null}
          {hit.providesLodging ? (
            <Badge tt="none" variant="light" color="grape">
              {t('job.provides.lodging')}
            </Badge>
          ) : null}
        </Group>
        {hit.startDate ? (
          <Text size="sm" c="dimmed">
            {t('search.card.starts', { date: formatDay(locale, hit.startDate) })}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Card>
  );
}

export function TrainingCard({ hit, occupation, action }: { hit: Hit<TrainingDocument>; occupation: string; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  return (
    <Card withBorder component="article" padding="md">
      <Stack gap="xs">
        <Heading to={`/training/${hit.id}`} title={hit.title} employer={hit.employer} />
        <Where hit={hit} />
        <Text fw={700}>
          {hit.costVnd === 0 ? t('training.funding.free') : `${formatVnd(locale, hit.costVnd)} · ${t(`training.funding.${hit.funding}`)}`}
        </Text>
        <Group gap="xs">
          <Badge tt="none" variant="light" color="gray">
            {occupation}
          </Badge>
          <Badge tt="none" variant="light">
            {t(`training.level.${hit.level}`)}
          </Badge>
          <Badge tt="none" variant="light" color="blue">
            {t('training.durationDays', { count: n(hit.durationDays) })}
          </Badge>
          <Badge tt="none" variant="light" color={hit.seatsLeft > 0 ? 'teal' : 'red'}>
            {t('training.seatsLeft', { left: n(hit.seatsLeft), seats: n(hit.seats) })}
          </Badge>
        </Group>
        {hit.startDate ? (
          <Text size="sm" c="dimmed">
            {t('search.card.starts', { date: formatDay(locale, hit.startDate) })}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Card>
  );
}
