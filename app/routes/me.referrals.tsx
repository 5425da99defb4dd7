// /me/referrals: the person follows every job referral and course application, each with its
// status in plain words and dates, and their timeline. Other pages apply here: a form posting
// `intent=apply` with `jobId` (job pages, /me/matches) or `intent=applyTraining` with
// `trainingSlotId`; applying records the person's consent to share their name and phone with that
// employer, with the words shown beside the button (`applyConsentWording`).
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import { doneWith, formCommand, readForm, requireId } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { TimelineList } from '#app/components/pipeline/TimelineList.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { formatDay, formatDateTime } from '#lib/format.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { applyConsentWording } from '#app/services/pipeline/consent.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { enrolmentsOfReturnee } from '#app/services/pipeline/queries/enrolments.server.ts';
import { jobForReferral } from '#app/services/pipeline/access.server.ts';
import { referralChangeSchema, startEnrolmentSchema, startReferralSchema } from '#app/services/pipeline/schemas.ts';
import { referralsOfReturnee } from '#app/services/pipeline/queries/referrals.server.ts';
import { startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { timelineOf } from '#app/services/pipeline/queries/timeline.server.ts';
import { nextReferralStatuses } from '#app/services/pipeline/rules.ts';
import { returneeOfUser } from '#app/services/caseload/access.server.ts';
import { ownJobCentreContact } from '#app/services/caseload/contact.server.ts';
import { JobCentreContact } from '#app/components/caseload/JobCentreContact.tsx';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'pipeline.me.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'create:application:own');
  const { db } = context.services;
  const returnee = await returneeOfUser(db, user.id);
  if (!returnee) return { record: false as const };
  const [referrals, enrolments, timeline, contact] = await Promise.all([
    referralsOfReturnee(db, returnee.id),
    enrolmentsOfReturnee(db, returnee.id),
    timelineOf(db, returnee.id, user.locale, 50),
    ownJobCentreContact(db, user),
  ]);
  return {
    record: true as const,
    contact,
    referrals: referrals.map((r) => ({
      id: r.id,
      status: r.status,
      jobId: r.jobId,
      jobTitle: r.jobTitle,
      employer: r.employer,
      interviewAt: r.interviewAt,
      startDate: r.placement?.startDate ?? null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      canApply: nextReferralStatuses('returnee', r.status).includes('requested'),
      canWithdraw: nextReferralStatuses('returnee', r.status).includes('withdrawn'),
      applyWording: applyConsentWording(user.locale, { title: r.jobTitle, organisationName: r.employer }),
    })),
    enrolments,
    timeline,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'create:application:own');
  const values = await readForm(request);
  const locale = user.locale;
  switch (values.intent) {
    case 'apply':
      return formCommand({
        services: context.services,
        locale,
        values,
        target: 'apply',
        schema: startReferralSchema,
        input: { jobId: values.jobId },
        run: async (tx, input) => {
          await startReferral(tx, user, input);
          const job = await jobForReferral(tx, input.jobId);
          return doneWith('pipeline.done.applied', { job: job.title });
        },
        done: (message) => message,
      });
    case 'applyTraining':
      return formCommand({
        services: context.services,
        locale,
        values,
        target: 'apply',
        schema: startEnrolmentSchema,
        input: { trainingSlotId: values.trainingSlotId },
        run: async (tx, input) => {
          const { slot } = await startEnrolment(tx, user, input);
          return doneWith('pipeline.done.trainingApplied', { title: slot.title });
        },
        done: (message) => message,
      });
    case 'withdraw': {
      const referralId = requireId(values.referralId, locale);
      return formCommand({
        services: context.services,
        locale,
        values,
        target: referralId,
        schema: referralChangeSchema,
        input: { status: 'withdrawn', reason: values.reason },
        run: async (tx, change) => {
          await changeReferral(tx, user, referralId, change);
          return doneWith('pipeline.done.withdrawn');
        },
        done: (message) => message,
      });
    }
    default:
      throw errorResponse('invalid_input', translate(locale, 'validation.invalid'));
  }
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { record: true }>;

function ReferralItem({ referral: r, result }: { referral: Loaded['referrals'][number]; result?: FormActionData }) {
  const t = useT();
  const locale = useLocale();
  const status =
    r.status === 'interview_scheduled' && r.interviewAt
      ? t('pipeline.me.status.interview_scheduled', { date: formatDateTime(locale, r.interviewAt) })
      : r.status === 'hired' && r.startDate
        ? t('pipeline.me.status.hiredFrom', { date: formatDay(r.startDate) })
        : t(`pipeline.me.status.${r.status}`);
  return (
    <Paper withBorder p="md" component="article" aria-label={r.jobTitle}>
      <Stack gap="xs">
        <Stack gap={0}>
          <Anchor component={Link} to={`/jobs/${r.jobId}`} fw={600} size="lg">
            {r.jobTitle}
          </Anchor>
          <Text c="dimmed">{r.employer}</Text>
        </Stack>
        <Text fw={600} c={r.status === 'hired' ? 'teal' : undefined}>
          {status}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pipeline.me.since', { date: formatDateTime(locale, r.updatedAt) })}
        </Text>
        <FormAlert result={result?.target === r.id ? result : undefined} />
        {r.canApply ? (
          <Form method="post" noValidate>
            <input type="hidden" name="jobId" value={r.jobId} />
            <Stack gap="xs">
              <Text size="sm">{r.applyWording}</Text>
              <Group>
                <IntentButton
                  intent="apply"
                  scope={{ name: 'jobId', value: r.jobId }}
                  aria-label={`${t('pipeline.action.apply')}: ${r.jobTitle}`}
                >
                  {t('pipeline.action.apply')}
                </IntentButton>
              </Group>
            </Stack>
          </Form>
        ) : null}
        {r.canWithdraw ? (
          <Form method="post" noValidate>
            <input type="hidden" name="referralId" value={r.id} />
            <Stack gap="xs">
              <Textarea name="reason" label={t('pipeline.field.withdrawReason')} autosize minRows={1} maxLength={500} />
              <Group>
                <IntentButton
                  intent="withdraw"
                  variant="light"
                  color="gray"
                  scope={{ name: 'referralId', value: r.id }}
                  aria-label={`${t('pipeline.action.withdraw')}: ${r.jobTitle}`}
                >
                  {t('pipeline.action.withdraw')}
                </IntentButton>
              </Group>
            </Stack>
          </Form>
        ) : null}
      </Stack>
    </Paper>
  );
}

export default function MyReferrals() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  if (!loaded.record) {
    return (
      <Stack>
        <Title order={1}>{t('pipeline.me.title')}</Title>
        <FormAlert result={result} />
        <Alert color="yellow">{t('pipeline.me.noRecord')}</Alert>
      </Stack>
    );
  }
  const { referrals, enrolments, timeline } = loaded;
  const pageResult = result?.target === 'apply' ? result : undefined;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('pipeline.me.title')}</Title>
      <FormAlert result={pageResult} />
      <JobCentreContact contact={loaded.contact} />

      <Stack gap="sm" component="section" aria-labelledby="my-jobs">
        <Title order={2} size="h3" id="my-jobs">
          {t('pipeline.me.jobsTitle')}
        </Title>
        {referrals.length === 0 ? (
          <Stack gap="xs" align="start">
            <Text>{t('pipeline.me.noReferrals')}</Text>
            <Button component={Link} to="/search">
              {t('pipeline.me.findJobs')}
            </Button>
          </Stack>
        ) : (
          referrals.map((r) => <ReferralItem key={r.id} referral={r} result={result} />)
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="my-training">
        <Title order={2} size="h3" id="my-training">
          {t('pipeline.me.trainingTitle')}
        </Title>
        {enrolments.length === 0 ? (
          <Stack gap="xs" align="start">
            <Text>{t('pipeline.me.noEnrolments')}</Text>
            <Button component={Link} to="/search?kind=training" variant="light">
              {t('pipeline.me.findTraining')}
            </Button>
          </Stack>
        ) : (
          enrolments.map((e) => (
            <Paper key={e.id} withBorder p="md" component="article" aria-label={e.title}>
              <Stack gap={4}>
                <Anchor component={Link} to={`/training/${e.trainingSlotId}`} fw={600} size="lg">
                  {e.title}
                </Anchor>
                <Text c="dimmed">
                  {e.provider}
                  {e.startDate ? ` · ${t('pipeline.case.courseStarts', { date: formatDay(e.startDate) })}` : ''}
                </Text>
                <Text fw={600} c={e.status === 'certified' ? 'teal' : undefined}>
                  {t(`pipeline.me.enrolment.${e.status}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('pipeline.me.since', { date: formatDateTime(locale, e.updatedAt) })}
                </Text>
              </Stack>
            </Paper>
          ))
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="my-timeline">
        <Title order={2} size="h3" id="my-timeline">
          {t('pipeline.me.timelineTitle')}
        </Title>
        <TimelineList entries={timeline} />
      </Stack>
    </Stack>
  );
}
