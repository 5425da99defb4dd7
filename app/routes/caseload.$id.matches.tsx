// /caseload/:id/matches (the "Gợi ý việc làm" tab of caseload.$id.tsx): for a counsellor of the
// person's province, the jobs and courses that fit them best, each with why and what is missing, a
// "Giới thiệu" link per job and an enrol link per course to the person's pipeline tab, and courses
// for the skills their best jobs need. Reading it is audited.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { GapSuggestions, JobSuggestionCard, SuggestionSection, TrainingSuggestionCard } from '#app/components/matching/SuggestionCards.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { returneeMatches } from '#app/services/matching/queries.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.title) : []);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:match:province');
  const locale = user.locale;
  try {
    const matches = await returneeMatches(context.services, user, params.id ?? '', { locale });
    return { title: translate(locale, 'match.caseload.title', { name: matches.returnee.fullName }), matches };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}

export default function CaseloadMatches() {
  const { title, matches } = useLoaderData<typeof loader>();
  const t = useT();
  const id = matches.returnee.id;
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {matches.exact ? null : (
        <Alert color="yellow" role="status">
          {t('match.inexact')}
        </Alert>
      )}
      <SuggestionSection id="suggested-jobs" title={t('match.jobs.title')} empty={t('match.jobs.empty')} count={matches.jobs.length}>
        {matches.jobs.map((item) => (
          <JobSuggestionCard
            key={item.job.id}
            item={item}
            action={
              <Button
                component={Link}
                to={`/caseload/${id}/pipeline?${new URLSearchParams({ jobId: item.job.id })}`}
                aria-label={t('match.caseload.referLabel', { job: item.job.title })}
              >
                {t('match.caseload.refer')}
              </Button>
            }
          />
        ))}
      </SuggestionSection>
      <SuggestionSection
        id="training-for-gaps"
        title={t('match.gaps.title')}
        empty={t('match.gaps.empty')}
        count={matches.trainingForGaps.length}
      >
        <GapSuggestions items={matches.trainingForGaps} />
      </SuggestionSection>
      <SuggestionSection
        id="suggested-training"
        title={t('match.training.title')}
        empty={t('match.training.empty')}
        count={matches.training.length}
      >
        {matches.training.map((item) => (
          <TrainingSuggestionCard
            key={item.training.id}
            item={item}
            action={
              <Button
                component={Link}
                variant="light"
                to={`/caseload/${id}/pipeline?${new URLSearchParams({ trainingSlotId: item.training.id })}`}
                aria-label={t('match.caseload.enrolLabel', { course: item.training.title })}
              >
                {t('match.caseload.enrol')}
              </Button>
            }
          />
        ))}
      </SuggestionSection>
      <Text size="sm" c="dimmed">
        {t('match.me.intro')}
      </Text>
    </Stack>
  );
}
