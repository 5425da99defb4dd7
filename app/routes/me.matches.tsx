// /me/matches: the returnee's own suggested jobs and courses, each with why it fits and what is
// missing, and an "Ứng tuyển" button per job (it posts to /me/referrals, which records the request
// their counsellor sees, and the consent worded beside the button).
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData, useNavigation } from '@remix-run/react';
import { GapSuggestions, JobSuggestionCard, SuggestionSection, TrainingSuggestionCard } from '#app/components/matching/SuggestionCards.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { returneeMatches } from '#app/services/matching/queries.server.ts';
import { applyConsentWording } from '#app/services/pipeline/consent.ts';
import { returneeOfUser } from '#app/services/caseload/access.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.title) : []);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:match:own');
  const locale = user.locale;
  const title = translate(locale, 'match.me.title');
  try {
    const returnee = await returneeOfUser(context.services.db, user.id);
    if (!returnee) return { title, matches: null, applyWording: {} as Record<string, string> };
    const matches = await returneeMatches(context.services, user, returnee.id, { locale });
    // Applying shares the person's name and phone with that employer: the words they agree to.
    const applyWording = Object.fromEntries(
      matches.jobs.map(({ job }) => [job.id, applyConsentWording(locale, { title: job.title, organisationName: job.employer })]),
    );
    return { title, matches, applyWording };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}

function ApplyButton({ jobId, title, wording }: { jobId: string; title: string; wording: string }) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('jobId') === jobId;
  return (
    <Form method="post" action="/me/referrals" style={{ width: '100%' }}>
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="jobId" value={jobId} />
      <Stack gap="xs">
        <Text size="sm">{wording}</Text>
        <Group justify="flex-end">
          <Button type="submit" loading={busy} aria-label={t('match.me.applyLabel', { job: title })}>
            {t('match.me.apply')}
          </Button>
        </Group>
      </Stack>
    </Form>
  );
}

export default function MyMatches() {
  const { title, matches, applyWording } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {matches === null ? (
        <Alert color="yellow">{t('match.me.noProfile')}</Alert>
      ) : (
        <>
          <Text>{t('match.me.intro')}</Text>
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
                action={<ApplyButton jobId={item.job.id} title={item.job.title} wording={applyWording[item.job.id] ?? ''} />}
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
              <TrainingSuggestionCard key={item.training.id} item={item} />
            ))}
          </SuggestionSection>
        </>
      )}
    </Stack>
  );
}
