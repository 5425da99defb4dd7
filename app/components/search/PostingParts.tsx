// Pieces shared by the job and training pages: labelled facts, the organisation behind the
// posting, the "not public" notice and the not-found page (how to apply: pipeline/ApplyForm.tsx).
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, isRouteErrorResponse, useRouteError } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useT } from '#app/i18n/use-t.ts';
import { Detail } from '../Detail.tsx';

/** Label/value pairs as a <dl>: one column on phones, `cols` on wider screens. */
export function Facts({ items, cols = 2 }: { items: [label: string, value: ReactNode][]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map(([label, value]) => (
        <Detail key={label} label={label} strong>
          {value}
        </Detail>
      ))}
    </SimpleGrid>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Text as the employer typed it: keep their line breaks. */
export function Prose({ children }: { children: string }) {
  return <Text style={{ whiteSpace: 'pre-line' }}>{children}</Text>;
}

/** The street address (when given) above the commune and province. */
export function Place({ address, area }: { address: string | null; area: string }) {
  return address ? (
    <>
      {address}
      <br />
      {area}
    </>
  ) : (
    area
  );
}

type VerificationStatus = 'pending' | 'verified' | 'refused';

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = useT();
  return (
    <Badge
      color={status === 'verified' ? 'teal' : status === 'pending' ? 'yellow' : 'red'}
      variant={status === 'verified' ? 'filled' : 'light'}
    >
      {t(`home.employer.${status}`)}
    </Badge>
  );
}

export function OrganisationSection({
  organisation,
}: {
  organisation: { name: string; sector: string; verificationStatus: VerificationStatus; hiringStatement: string | null };
}) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organisation-title">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('posting.employer.title')}
        </Text>
        <Group gap="xs">
          <Title order={2} size="h3" id="organisation-title">
            {organisation.name}
          </Title>
          <VerificationBadge status={organisation.verificationStatus} />
        </Group>
        <Text size="sm">{t('posting.employer.sector', { sector: organisation.sector })}</Text>
        {organisation.hiringStatement ? (
          <Stack gap={4}>
            <Text fw={600}>{t('posting.employer.statement')}</Text>
            <Text component="blockquote" fs="italic" m={0} style={{ whiteSpace: 'pre-line' }}>
              {organisation.hiringStatement}
            </Text>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function NotPublicNotice({ reason }: { reason: string }) {
  const t = useT();
  return (
    <Alert color="yellow" role="status">
      {t('posting.notPublic', { reason })}
    </Alert>
  );
}

export function BackToSearch() {
  const t = useT();
  return (
    <Anchor component={Link} to="/search" size="sm">
      ← {t('posting.backToSearch')}
    </Anchor>
  );
}

/** The detail pages' error page: a friendly "not found" with a way back to the search. */
export function PostingErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Stack maw={640} mt="xl" gap="md">
      <Title order={1}>{notFound ? t('posting.notFoundTitle') : t('error.server')}</Title>
      {notFound ? <Text size="lg">{t('posting.notFound')}</Text> : null}
      <Group>
        <Button component={Link} to="/search">
          {t('posting.searchOthers')}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t('error.backHome')}
        </Button>
      </Group>
    </Stack>
  );
}
