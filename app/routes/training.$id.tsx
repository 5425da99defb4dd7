// A training course's page (/training/:id): level, length, schedule, places, cost and who pays,
// certificate, dates, the job it leads to, the provider, and how to enrol — for a signed-in
// jobseeker the request for a seat itself (with its consent wording) or where it stands. Open
// courses are public; a draft or closed one only for its organisation and staff.
import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatDay, formatPlace, formatVnd, formatNumber } from '#lib/format.ts';
import {
  BackToSearch,
  Facts,
  NotPublicNotice,
  OrganisationSection,
  Place,
  PostingErrorBoundary,
  Section,
  VerificationBadge,
} from '#app/components/search/PostingParts.tsx';
import { applyForCourse } from '#app/adapters/pages/apply.server.ts';
import { loadPostingPage } from '#app/adapters/pages/postings.server.ts';
import { PostingApply } from '#app/components/pipeline/ApplyForm.tsx';
import { pageTitle } from '#app/i18n/page-title.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { getTrainingDetail } from '#app/services/catalogue/queries.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(data.slot.title) : titleMeta(matches, 'posting.notFoundTitle');

export function loader({ request, context, params }: LoaderFunctionArgs) {
  return loadPostingPage(
    request,
    context,
    (db, viewer) => getTrainingDetail(db, viewer, params.id ?? ''),
    (db, viewer, { slot, organisation, isPublic }, locale) =>
      applyForCourse(
        db,
        viewer,
        { id: slot.id, title: slot.title, provider: organisation.name, isPublic, seatsLeft: slot.seatsLeft },
        locale,
      ),
  );
}

export const ErrorBoundary = PostingErrorBoundary;

export default function TrainingPage() {
  const { slot, isPublic, organisation, occupation, provinceName, communeName, leadsTo, applicant, apply } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  const notStated = t('posting.notStated');
  const hiddenReason =
    slot.status !== 'open'
      ? t(`training.status.${slot.status}`)
      : organisation.verificationStatus !== 'verified'
        ? t('posting.hidden.unverified')
        : t('posting.hidden.expired');

  return (
    <Stack gap="lg">
      <BackToSearch />
      {isPublic ? null : <NotPublicNotice reason={hiddenReason} />}
      <Stack gap={6}>
        <Title order={1}>{slot.title}</Title>
        <Group gap="xs">
          <Text fw={600}>{organisation.name}</Text>
          <VerificationBadge status={organisation.verificationStatus} />
        </Group>
        <Group gap="xs">
          <Badge tt="none" variant="light" color="gray">
            {locale === 'vi' ? occupation.nameVi : occupation.nameEn}
          </Badge>
          <Badge tt="none" variant="light">
            {t(`training.level.${slot.level}`)}
          </Badge>
          <Badge tt="none" variant="light" color={slot.funding === 'free' ? 'teal' : 'blue'}>
            {t(`training.funding.${slot.funding}`)}
          </Badge>
        </Group>
      </Stack>

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Facts
                cols={1}
                items={[
                  [t('training.startDate'), slot.startDate ? formatDay(locale, slot.startDate) : notStated],
                  [t('training.enrolmentDeadline'), slot.enrolmentDeadline ? formatDay(locale, slot.enrolmentDeadline) : notStated],
                  [t('training.seats'), t('training.seatsLeft', { left: n(slot.seatsLeft), seats: n(slot.seats) })],
                  [t('training.cost'), slot.costVnd === 0 ? t('training.funding.free') : formatVnd(locale, slot.costVnd)],
                  [t('training.funding'), t(`training.funding.${slot.funding}`)],
                  [t('training.place'), <Place address={slot.address} area={formatPlace([communeName, provinceName])} />],
                ]}
              />
            </Paper>
            <PostingApply
              posting={{ kind: 'training', id: slot.id, title: slot.title }}
              signedOut={applicant === 'signed-out'}
              apply={apply}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Section title={t('training.course')}>
              <Facts
                items={[
                  [t('training.level'), t(`training.level.${slot.level}`)],
                  [t('training.duration'), t('training.durationDays', { count: n(slot.durationDays) })],
                  [t('training.schedule'), slot.schedule ?? notStated],
                  [t('training.certificate'), slot.certificate ?? notStated],
                ]}
              />
            </Section>
            <Section title={t('training.leadsTo')}>
              {leadsTo ? (
                <Anchor component={Link} to={`/jobs/${leadsTo.id}`} fw={500}>
                  {leadsTo.title}
                </Anchor>
              ) : (
                <Text>{t('training.leadsToNone')}</Text>
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <OrganisationSection organisation={organisation} />
    </Stack>
  );
}
