// /employer/jobs/:id/pipeline: the employer's board for one of their own jobs (404 otherwise) — the
// candidates by step. An introduction request shows the anonymised card only; a name and phone
// appear once the person applied or consented to this referral. The employer records interview,
// offer, hire and "not hired" here; the matching page posts `intent=introduce` with a card's reference
// on this job (`cardRef`, resolved among the cards employers may see; never a person's id).
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import { doneWith, formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { referralChangeInput, referralDoneKeys } from '#app/adapters/pages/pipeline.server.ts';
import { isReferralIntent } from '#app/adapters/pages/referral-intents.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { CandidateCardFacts } from '#app/components/CandidateCardFacts.tsx';
import { ReferralActions } from '#app/components/pipeline/ReferralActions.tsx';
import { ReferralStatusBadge } from '#app/components/pipeline/StatusBadge.tsx';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { formatDay, formatVnd, formatDateTime, formatNumber } from '#lib/format.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { jobPipeline } from '#app/services/pipeline/queries/referrals.server.ts';
import { startReferralSchema, referralChangeSchema } from '#app/services/pipeline/schemas.ts';
import { employerBoardStatuses, nextReferralStatuses } from '#app/services/pipeline/rules.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'pipeline.board.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:referral:own');
  const jobId = requireId(params.id, user.locale);
  const board = await jobPipeline(context.services.db, user, jobId).catch((error: unknown) => throwAsPage(error, user.locale));
  return {
    job: board.job,
    sections: employerBoardStatuses.map((status) => ({
      status,
      entries: board.entries.filter((e) => e.status === status).map((e) => ({ ...e, next: nextReferralStatuses('employer', e.status) })),
    })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:referral:own');
  const jobId = requireId(params.id, user.locale);
  const values = await readForm(request);
  const intent = values.intent;
  if (intent === 'introduce') {
    return formCommand({
      services: context.services,
      locale: user.locale,
      values: values,
      target: values.cardRef ?? '',
      schema: startReferralSchema,
      input: { jobId, cardRef: values.cardRef },
      run: async (tx, input) => {
        // The same answer whether or not a referral existed: the employer learns nothing from it.
        await startReferral(tx, user, input);
        return doneWith('pipeline.done.introductionRequested');
      },
      done: (message) => message,
    });
  }
  if (!isReferralIntent(intent) || intent === 'refer' || intent === 'withdraw') {
    throw errorResponse('invalid_input', translate(user.locale, 'validation.invalid'));
  }
  const referralId = requireId(values.referralId, user.locale);
  // The referral must belong to this job: the board of one job never moves another's.
  const board = await jobPipeline(context.services.db, user, jobId).catch((error: unknown) => throwAsPage(error, user.locale));
  if (!board.entries.some((e) => e.id === referralId)) throw errorResponse('not_found', translate(user.locale, 'error.notFound'));
  return formCommand({
    services: context.services,
    locale: user.locale,
    values,
    target: referralId,
    schema: referralChangeSchema,
    input: referralChangeInput(intent, values),
    run: async (tx, change) => {
      await changeReferral(tx, user, referralId, change);
      return doneWith(referralDoneKeys[intent]);
    },
    done: (message) => message,
  });
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type Entry = Loaded['sections'][number]['entries'][number];

function EntryCard({ entry, index, result }: { entry: Entry; index: number; result?: FormActionData }) {
  const t = useT();
  const locale = useLocale();
  const label = entry.candidate?.name ?? t('pipeline.board.anonymous', { number: index });
  return (
    <Paper withBorder p="sm" component="article" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          {entry.candidate ? (
            <Stack gap={0}>
              <Text fw={600}>{entry.candidate.name}</Text>
              {entry.candidate.phone ? (
                <Anchor href={`tel:${entry.candidate.phone}`} size="sm">
                  {entry.candidate.phone}
                </Anchor>
              ) : null}
            </Stack>
          ) : (
            <Text fw={600}>{label}</Text>
          )}
          <ReferralStatusBadge status={entry.status} />
        </Group>
        {entry.status === 'introduction_requested' ? (
          <Text size="sm" c="dimmed">
            {entry.card ? t('pipeline.board.awaitingConsent') : t('pipeline.board.cardHidden')}
          </Text>
        ) : null}
        {entry.status === 'withdrawn' ? (
          <Text size="sm" c="dimmed">
            {t('pipeline.board.withdrawnNote')}
          </Text>
        ) : null}
        {entry.card ? <CandidateCardFacts card={entry.card} /> : null}
        {entry.interviewAt && entry.status === 'interview_scheduled' ? (
          <Text size="sm">{t('pipeline.board.interviewAt', { date: formatDateTime(locale, entry.interviewAt) })}</Text>
        ) : null}
        {entry.placement ? (
          <Text size="sm">
            {t('pipeline.board.placement', {
              date: formatDay(locale, entry.placement.startDate),
              wage: formatVnd(locale, entry.placement.wageVnd),
              contract: t(`pipeline.contract.${entry.placement.contractType}`),
            })}
          </Text>
        ) : null}
        {entry.reason ? <Text size="sm">{t('timeline.reason', { reason: entry.reason })}</Text> : null}
        <Text size="xs" c="dimmed">
          {t('pipeline.board.updated', { date: formatDateTime(locale, entry.updatedAt) })}
        </Text>
        <FormAlert result={result?.target === entry.id ? result : undefined} />
        <ReferralActions referralId={entry.id} next={entry.next} result={result} label={label} />
      </Stack>
    </Paper>
  );
}

export default function EmployerJobPipeline() {
  const { job, sections } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  const total = sections.reduce((sum, s) => sum + s.entries.length, 0);
  const known = new Set(sections.flatMap((s) => s.entries.map((e) => e.id)));
  const pageResult = result && (!result.target || !known.has(result.target)) ? result : undefined;
  let anonymous = 0;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/employer/jobs/${job.id}`} size="sm">
        {t('pipeline.board.backToJob')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('pipeline.board.title')}</Title>
        <Group gap="xs">
          <Text fw={600}>{job.title}</Text>
          <Text c="dimmed">· {job.organisationName}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('pipeline.board.intro')}
        </Text>
      </Stack>
      <FormAlert result={pageResult} />
      {total === 0 ? (
        <Alert color="blue" variant="light">
          {t('pipeline.board.empty')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {sections
          .filter((s) => s.entries.length > 0)
          .map((section) => (
            <Stack key={section.status} gap="xs" component="section" aria-labelledby={`section-${section.status}`}>
              <Group gap="xs">
                <Title order={2} size="h4" id={`section-${section.status}`}>
                  {t(`pipeline.status.${section.status}`)}
                </Title>
                <Badge variant="light" color="gray">
                  {formatNumber(locale, section.entries.length)}
                </Badge>
              </Group>
              {section.entries.map((entry) => (
                <EntryCard key={entry.id} entry={entry} index={entry.candidate ? 0 : ++anonymous} result={result} />
              ))}
            </Stack>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
