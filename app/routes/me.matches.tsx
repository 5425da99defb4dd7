// /me/matches: the returnee's own suggested jobs and courses, as compact cards to scan on a phone:
// how strong each match is in words, the reasons in plain sentences one tap away, what a job still
// needs with the course that teaches it, and one action — apply, or ask for a seat (a form posting
// to /me/referrals, with the consent wording shown above its button), or where it already stands.
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Fragment } from 'react';
import { OwnJobCard, OwnTrainingCard } from '#app/components/matching/OwnSuggestionCards.tsx';
import { SuggestionSection } from '#app/components/matching/SuggestionCards.tsx';
import { ApplyAction } from '#app/components/pipeline/ApplyForm.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { applyForPostings } from '#app/adapters/pages/apply.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { returneeMatches } from '#app/services/matching/queries.server.ts';
import { maxJobLimit } from '#app/services/matching/matching.server.ts';
import { returneeOfUser } from '#app/services/caseload/access.server.ts';

const jobsPerStep = 10;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.title) : []);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:match:own');
  const locale = user.locale;
  const title = translate(locale, 'match.me.title');
  try {
    const returnee = await returneeOfUser(context.services.db, user.id);
    if (!returnee) return { title, matches: null, apply: null, more: null };
    // Ten at first (a phone's screenful of cards to scan), ten more a tap away.
    const asked = Number(new URL(request.url).searchParams.get('jobs'));
    const limit = Number.isInteger(asked) ? Math.min(maxJobLimit, Math.max(jobsPerStep, asked)) : jobsPerStep;
    const matches = await returneeMatches(context.services, user, returnee.id, { locale, limit });
    // Each suggestion's one action: apply or ask for a seat (with the words agreed to), or where it stands.
    const apply = await applyForPostings(
      context.services.db,
      user,
      {
        jobs: matches.jobs.map(({ job }) => ({ id: job.id, title: job.title, employer: job.employer })),
        courses: matches.training.map(({ training: c }) => ({ id: c.id, title: c.title, provider: c.provider, seatsLeft: c.seatsLeft })),
      },
      locale,
      { gaps: false },
    );
    return { title, matches, apply, more: matches.jobs.length === limit && limit < maxJobLimit ? limit + jobsPerStep : null };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}

export default function MyMatches() {
  const { title, matches, apply, more } = useLoaderData<typeof loader>();
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
            {matches.jobs.map((item, i) => {
              const mine = apply?.[item.job.id];
              return (
                <Fragment key={item.job.id}>
                  {/* Where "show more" lands. */}
                  {i > 0 && i % jobsPerStep === 0 ? <span id={`jobs-from-${i + 1}`} /> : null}
                  <OwnJobCard
                    item={item}
                    action={
                      mine ? <ApplyAction posting={{ kind: 'job', id: item.job.id, title: item.job.title }} apply={mine} compact /> : null
                    }
                  />
                </Fragment>
              );
            })}
            {more ? (
              <Anchor component={Link} to={`?jobs=${more}#jobs-from-${matches.jobs.length + 1}`}>
                {t('match.me.moreJobs')}
              </Anchor>
            ) : null}
          </SuggestionSection>
          <SuggestionSection
            id="suggested-training"
            title={t('match.training.title')}
            empty={t('match.training.empty')}
            count={matches.training.length}
          >
            {matches.training.map((item) => {
              const mine = apply?.[item.training.id];
              return (
                <OwnTrainingCard
                  key={item.training.id}
                  item={item}
                  action={
                    mine ? (
                      <ApplyAction posting={{ kind: 'training', id: item.training.id, title: item.training.title }} apply={mine} compact />
                    ) : null
                  }
                />
              );
            })}
          </SuggestionSection>
        </>
      )}
    </Stack>
  );
}
