// /employer/jobs/:id/candidates: for the job's own employer, anonymised cards of the people who
// agreed to share one and fit the job best, each with why, and an "Đề nghị giới thiệu" button (it
// posts the card's reference on this job — a pseudonym, never the person's id — to the job's
// pipeline, where the counsellor asks the person's consent to that introduction).
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { CandidateCardView } from '#app/components/matching/CandidateCardView.tsx';
import { SuggestionSection } from '#app/components/matching/SuggestionCards.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ForbiddenError } from '#app/services/errors.ts';
import { jobCandidates } from '#app/services/matching/queries.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.title) : []);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:candidate:own');
  const locale = user.locale;
  try {
    const result = await jobCandidates(context.services, user, params.id ?? '', { locale });
    // An employer only ever gets cards; anything else is a bug, and shows nothing.
    if (result.view !== 'cards') throw new ForbiddenError('read:candidate:own');
    return { title: translate(locale, 'match.employer.title', { job: result.job.title }), job: result.job, candidates: result.candidates };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}

function IntroduceButton({ jobId, cardRef, rank }: { jobId: string; cardRef: string; rank: number }) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('cardRef') === cardRef;
  return (
    <Form method="post" action={`/employer/jobs/${jobId}/pipeline`}>
      <input type="hidden" name="intent" value="introduce" />
      <input type="hidden" name="cardRef" value={cardRef} />
      <Button type="submit" loading={busy} aria-label={t('match.employer.introduceLabel', { rank })}>
        {t('match.employer.introduce')}
      </Button>
    </Form>
  );
}

export default function JobCandidates() {
  const { title, job, candidates } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/employer/jobs/${job.id}`} size="sm">
        ← {t('match.employer.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{t('match.employer.intro')}</Text>
      {job.public ? null : (
        <Alert color="yellow" role="status">
          {t('match.employer.notOpen')}
        </Alert>
      )}
      <SuggestionSection id="candidates" title={t('match.employer.cards')} empty={t('match.employer.empty')} count={candidates.length}>
        {candidates.map((item) => (
          <CandidateCardView
            key={item.card.ref}
            item={item}
            action={<IntroduceButton jobId={job.id} cardRef={item.card.ref} rank={item.rank} />}
          />
        ))}
      </SuggestionSection>
    </Stack>
  );
}
