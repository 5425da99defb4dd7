// /me/referrals: the person follows every job referral and course application, each with its
// status in plain words and dates, and their timeline. Other pages apply here: a form posting
// `intent=apply` with `jobId` (job pages, search results, /me/matches) or `intent=applyTraining`
// with `trainingSlotId`; applying records the person's consent to share their name and phone with
// that employer, with the words shown beside the button (`applyConsentWording`). Each application
// offers what its status allows: apply (again, after a withdrawal), or stop — a withdrawal, or
// saying no to a counsellor's suggestion — confirmed first on a page of its own (`?stop=<id>`).
import '#app/styles/forms.css';
import { Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import { doneWith, formCommand, readForm, requireId } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ApplyForm } from '#app/components/pipeline/ApplyForm.tsx';
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
import { nextReferralStatuses, type ReferralStatus } from '#app/services/pipeline/rules.ts';
import { referralStatusText } from '#app/services/pipeline/status-text.ts';
import { returneeOfUser } from '#app/services/caseload/access.server.ts';
import { ownJobCentreContact } from '#app/services/caseload/contact.server.ts';
import { JobCentreContact } from '#app/components/caseload/JobCentreContact.tsx';
import { Notice } from '#app/components/shell/Notice.tsx';

/** Stopping before ever applying is saying no to a suggestion (or to an employer's question), not a withdrawal. */
const declines = (status: ReferralStatus) => status === 'suggested' || status === 'introduction_requested';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'pipeline.me.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'create:application:own');
  const { db } = context.services;
  const returnee = await returneeOfUser(db, user.id);
  if (!returnee) return { record: false as const };
  const [referrals, enrolments, timeline, contact] = await Promise.all([
    referralsOfReturnee(db, returnee.id),
    enrolmentsOfReturnee(db, returnee.id),
    timelineOf(db, returnee.id, user.locale, { audience: 'person', limit: 50 }),
    ownJobCentreContact(db, user),
  ]);
  const items = referrals.map((r) => {
    const next = nextReferralStatuses('returnee', r.status);
    return {
      id: r.id,
      status: r.status,
      statusText: referralStatusText(user.locale, {
        status: r.status,
        interviewAt: r.interviewAt,
        startDate: r.placement?.startDate ?? null,
        applied: r.consent,
      }),
      jobId: r.jobId,
      jobTitle: r.jobTitle,
      employer: r.employer,
      updatedAt: r.updatedAt,
      canApply: next.includes('requested'),
      /** Apply again (after a withdrawal or a "no") rather than a first time. */
      again: r.status === 'withdrawn',
      stop: next.includes('withdrawn') ? (declines(r.status) ? ('decline' as const) : ('withdraw' as const)) : null,
      applyWording: applyConsentWording(user.locale, { title: r.jobTitle, organisationName: r.employer }),
    };
  });
  // The confirmation step of a withdrawal (or a "no"), when asked for one the person may still make.
  const stopId = new URL(request.url).searchParams.get('stop');
  const confirm = items.find((r) => r.id === stopId && r.stop !== null) ?? null;
  return { record: true as const, contact, referrals: items, confirm, enrolments, timeline };
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
          return doneWith('journey.done.seatAsked', { title: slot.title });
        },
        done: (message) => message,
      });
    case 'withdraw':
    case 'decline': {
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
          return doneWith(values.intent === 'decline' ? 'journey.done.declined' : 'pipeline.done.withdrawn');
        },
        done: (message) => message,
      });
    }
    default:
      throw errorResponse('invalid_input', translate(locale, 'validation.invalid'));
  }
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { record: true }>;
type Item = Loaded['referrals'][number];

function ReferralItem({ referral: r, result }: { referral: Item; result?: FormActionData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Paper withBorder p="md" component="article" aria-label={r.jobTitle} id={`referral-${r.id}`}>
      <Stack gap="xs">
        <Stack gap={0}>
          <Anchor component={Link} to={`/jobs/${r.jobId}`} fw={600} size="lg">
            {r.jobTitle}
          </Anchor>
          <Text c="dimmed">{r.employer}</Text>
        </Stack>
        <Text fw={600} c={r.status === 'hired' ? 'teal.9' : undefined}>
          {r.statusText}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pipeline.me.since', { date: formatDateTime(locale, r.updatedAt) })}
        </Text>
        <FormAlert result={result?.target === r.id ? result : undefined} />
        {r.canApply ? (
          <ApplyForm posting={{ kind: 'job', id: r.jobId, title: r.jobTitle }} wording={r.applyWording} again={r.again} />
        ) : null}
        {r.stop ? (
          <Group>
            <Button
              component={Link}
              to={`/me/referrals?${new URLSearchParams({ stop: r.id })}#stop`}
              variant="default"
              aria-label={`${t(r.stop === 'decline' ? 'journey.action.decline' : 'pipeline.action.withdraw')}: ${r.jobTitle}`}
            >
              {t(r.stop === 'decline' ? 'journey.action.decline' : 'pipeline.action.withdraw')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The second step of a withdrawal (or a "no"): what it means, an optional reason, yes or go back. */
function ConfirmStop({ referral: r }: { referral: Item }) {
  const t = useT();
  const decline = r.stop === 'decline';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stop" shadow="sm">
      <Form method="post" action="/me/referrals" noValidate>
        <input type="hidden" name="referralId" value={r.id} />
        <Stack gap="sm">
          <Title order={2} size="h3" id="stop">
            {t(decline ? 'journey.confirm.declineTitle' : 'journey.confirm.withdrawTitle', { job: r.jobTitle })}
          </Title>
          <Text>{t(decline ? 'journey.confirm.declineBody' : 'journey.confirm.withdrawBody', { employer: r.employer })}</Text>
          <Textarea name="reason" label={t('pipeline.field.withdrawReason')} autosize minRows={1} maxLength={500} />
          <Group>
            <IntentButton intent={decline ? 'decline' : 'withdraw'} color="red" scope={{ name: 'referralId', value: r.id }}>
              {t(decline ? 'journey.confirm.declineYes' : 'journey.confirm.withdrawYes')}
            </IntentButton>
            <Button component={Link} to={`/me/referrals#referral-${r.id}`} variant="default">
              {t('journey.confirm.no')}
            </Button>
          </Group>
        </Stack>
      </Form>
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
        <Notice color="yellow">{t('pipeline.me.noRecord')}</Notice>
      </Stack>
    );
  }
  const { referrals, enrolments, timeline, confirm } = loaded;
  const pageResult = result?.target === 'apply' ? result : undefined;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('pipeline.me.title')}</Title>
      <FormAlert result={pageResult} />
      <JobCentreContact contact={loaded.contact} />
      {confirm && !result ? <ConfirmStop referral={confirm} /> : null}

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
                  {e.startDate ? ` · ${t('pipeline.case.courseStarts', { date: formatDay(locale, e.startDate) })}` : ''}
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
