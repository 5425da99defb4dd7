// A job's page (/jobs/:id): everything the employer said about the work, the employer, and how to
// apply — for a signed-in jobseeker the application itself (with its consent wording), where it
// stands, or what is still missing. Open jobs are public; a draft or closed one only for its
// organisation and staff.
import { Anchor, Badge, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatDay, formatPlace, formatWageFull, formatNumber } from '#lib/format.ts';
import {
  BackToSearch,
  Facts,
  NotPublicNotice,
  OrganisationSection,
  Place,
  PostingErrorBoundary,
  Prose,
  Section,
  VerificationBadge,
} from '#app/components/search/PostingParts.tsx';
import { applyForJob } from '#app/adapters/pages/apply.server.ts';
import { loadPostingPage } from '#app/adapters/pages/postings.server.ts';
import { PostingApply } from '#app/components/pipeline/ApplyForm.tsx';
import { pageTitle } from '#app/i18n/page-title.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { getJobDetail } from '#app/services/catalogue/queries.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(data.job.title) : titleMeta(matches, 'posting.notFoundTitle');

export function loader({ request, context, params }: LoaderFunctionArgs) {
  return loadPostingPage(
    request,
    context,
    (db, viewer) => getJobDetail(db, viewer, params.id ?? ''),
    (db, viewer, { job, organisation, isPublic }, locale) =>
      applyForJob(db, viewer, { id: job.id, title: job.title, employer: organisation.name, isPublic }, locale),
  );
}

export const ErrorBoundary = PostingErrorBoundary;

export default function JobPage() {
  const {
    job,
    isPublic,
    organisation,
    occupation,
    provinceName,
    communeName,
    requiredSkills,
    niceToHaveSkills,
    trainingLeadingHere,
    applicant,
    apply,
  } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const name = (named: { nameVi: string; nameEn: string }) => (locale === 'vi' ? named.nameVi : named.nameEn);
  const yesNo = (value: boolean) => t(value ? 'posting.yes' : 'posting.no');
  const skills = (list: { code: string; nameVi: string; nameEn: string }[]) =>
    list.length ? list.map(name).join(', ') : t('posting.notRequired');
  const hiddenReason =
    job.status !== 'open'
      ? t(`job.status.${job.status}`)
      : organisation.verificationStatus !== 'verified'
        ? t('posting.hidden.unverified')
        : t('posting.hidden.expired');

  return (
    <Stack gap="lg">
      <BackToSearch />
      {isPublic ? null : <NotPublicNotice reason={hiddenReason} />}
      <Stack gap={6}>
        <Title order={1}>{job.title}</Title>
        <Group gap="xs">
          <Text fw={600}>{organisation.name}</Text>
          <VerificationBadge status={organisation.verificationStatus} />
        </Group>
        <Group gap="xs">
          <Badge tt="none" variant="light" color="gray">
            {name(occupation)}
          </Badge>
          <Badge tt="none" variant="light">
            {t(`job.workType.${job.workType}`)}
          </Badge>
          {job.providesMeals ? (
            <Badge tt="none" variant="light" color="orange">
              {t('job.provides.meals')}
            </Badge>
          ) : null}
          {job.providesLodging ? (
            <Badge tt="none" variant="light" color="grape">
              {t('job.provides.lodging')}
            </Badge>
          ) : null}
        </Group>
      </Stack>

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Facts
                cols={1}
                items={[
                  [t('job.wage'), formatWageFull(locale, job.wageMin, job.wageMax)],
                  [t('job.openings'), t('job.openingsCount', { count: formatNumber(locale, job.openings) })],
                  [t('job.workType'), t(`job.workType.${job.workType}`)],
                  [t('job.place'), <Place address={job.address} area={formatPlace([communeName, provinceName])} />],
                  [t('job.startDate'), job.startDate ? formatDay(locale, job.startDate) : t('posting.notStated')],
                  [t('job.closingDate'), job.closingDate ? formatDay(locale, job.closingDate) : t('posting.notStated')],
                ]}
              />
            </Paper>
            <PostingApply posting={{ kind: 'job', id: job.id, title: job.title }} signedOut={applicant === 'signed-out'} apply={apply} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Section title={t('job.work')}>
              <Prose>{job.description}</Prose>
              <Facts
                items={[
                  [t('job.workingHours'), job.workingHours ?? t('posting.notStated')],
                  [t('job.benefits'), job.benefits ? <Prose>{job.benefits}</Prose> : t('posting.notStated')],
                ]}
              />
            </Section>
            <Section title={t('job.provides')}>
              <Facts
                cols={3}
                items={[
                  [t('job.offer.meals'), yesNo(job.providesMeals)],
                  [t('job.offer.lodging'), yesNo(job.providesLodging)],
                  [t('job.offer.travel'), yesNo(job.providesTravel)],
                  [t('job.offer.training'), yesNo(job.providesTraining)],
                  [t('job.offer.workClothes'), yesNo(job.providesWorkClothes)],
                ]}
              />
            </Section>
            <Section title={t('job.requirements')}>
              <Facts
                items={[
                  [t('job.minSchooling'), job.minSchooling ? t(`job.schooling.${job.minSchooling}`) : t('posting.notRequired')],
                  [t('job.certificate'), job.requiredCertificate ?? t('posting.notRequired')],
                  [
                    t('job.drivingLicence'),
                    job.drivingLicenceClass ? t('job.drivingLicenceClass', { class: job.drivingLicenceClass }) : t('posting.notRequired'),
                  ],
                  [t('job.recordCheck'), yesNo(job.recordCheck)],
                  [t('job.requiredSkills'), skills(requiredSkills)],
                  [t('job.niceToHaveSkills'), skills(niceToHaveSkills)],
                ]}
              />
            </Section>
            {trainingLeadingHere.length ? (
              <Section title={t('job.trainingLeadingHere')}>
                <List>
                  {trainingLeadingHere.map((slot) => (
                    <List.Item key={slot.id}>
                      <Anchor component={Link} to={`/training/${slot.id}`}>
                        {slot.title}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <OrganisationSection organisation={organisation} />
    </Stack>
  );
}
