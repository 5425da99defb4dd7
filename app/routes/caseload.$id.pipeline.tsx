// /caseload/:id/pipeline ("Giới thiệu & theo dõi"): a counsellor's view of one person's jobs,
// training and support — suggest or refer a job (`?jobId=` pre-fills one, `?trainingSlotId=` a
// course, e.g. from the matches tab), move each referral on, record the follow-ups after a hire, apply for and move courses,
// open and move loan and legal-help cases — and the person's timeline. Every read and change goes
// through requireReturnee (province scope, audited).
import { Alert, Anchor, Checkbox, Divider, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { EnrolmentActions, FollowUps, SupportActions } from '#app/components/pipeline/CaseForms.tsx';
import {
  isReferralIntent,
  referralChangeInput,
  referralChangeSchema,
  referralDoneKeys,
  runForm,
} from '#app/components/pipeline/form.server.ts';
import { ReferralActions } from '#app/components/pipeline/ReferralActions.tsx';
import { EnrolmentStatusBadge, ReferralStatusBadge, SupportStatusBadge } from '#app/components/pipeline/StatusBadge.tsx';
import { TimelineList } from '#app/components/pipeline/TimelineList.tsx';
import { readForm, requireId, throwAsPage } from '#app/components/postings/form.server.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import type { FormActionData } from '#app/components/postings/types.ts';
import { formatDay, formatVnd, formatDateTime } from '#lib/format.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { errorResponse } from '#app/services/http.server.ts';
import {
  changeEnrolment,
  changeReferral,
  changeSupportCase,
  enrolmentChangeSchema,
  enrolmentsOfReturnee,
  followUpSchedule,
  followUpSchema,
  jobForReferral,
  recordFollowUp,
  referralConsentWording,
  referralsOfReturnee,
  startEnrolment,
  startEnrolmentSchema,
  startReferral,
  startReferralSchema,
  startSupportCase,
  startSupportSchema,
  supportCasesOfReturnee,
  supportChangeSchema,
  timelineOf,
} from '#app/services/pipeline.server.ts';
import { enrolmentTransitions, nextReferralStatuses, supportTransitions } from '#app/services/pipeline-rules.ts';
import { requireReturnee } from '#app/services/returnee-access.server.ts';
import { NotFoundError } from '#app/services/errors.server.ts';
import { isUuid } from '#app/services/fields.ts';
import { supportKinds } from '#db/schema.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'pipeline.case.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'update:referral:province');
  const returneeId = requireId(params.id, user.locale);
  const { db } = context.services;
  const returnee = await requireReturnee(db, user, returneeId, 'read', 'pipeline: case page').catch((e: unknown) =>
    throwAsPage(e, user.locale),
  );
  const url = new URL(request.url);
  const jobRef = url.searchParams.get('jobId') ?? '';
  const today = vietnamDate();
  const [referrals, enrolments, supportCases, timeline, chosenJob] = await Promise.all([
    referralsOfReturnee(db, returnee.id),
    enrolmentsOfReturnee(db, returnee.id),
    supportCasesOfReturnee(db, returnee.id),
    timelineOf(db, returnee.id, user.locale),
    isUuid(jobRef) ? jobForReferral(db, jobRef).catch(() => null) : null,
  ]);
  return {
    person: { id: returnee.id, fullName: returnee.fullName, status: returnee.status },
    chosenJob: chosenJob
      ? {
          id: chosenJob.id,
          title: chosenJob.title,
          employer: chosenJob.organisationName,
          isPublic: chosenJob.isPublic,
          consentWording: referralConsentWording(user.locale, chosenJob),
          alreadyThere: referrals.some((r) => r.jobId === chosenJob.id),
        }
      : null,
    referrals: referrals.map((r) => ({
      ...r,
      next: nextReferralStatuses('counsellor', r.status),
      consentWording: referralConsentWording(user.locale, { title: r.jobTitle, organisationName: r.employer }),
      followUps: r.placement
        ? followUpSchedule(r.placement.startDate, r.placement.followUps, r.placement.endedOn, today).map((mark) => {
            const recorded = r.placement!.followUps.find((f) => f.month === mark.month);
            const superseded = !recorded && r.placement!.followUps.some((f) => f.month > mark.month);
            return { ...mark, stillEmployed: recorded?.stillEmployed ?? null, superseded };
          })
        : [],
    })),
    enrolments: enrolments.map((e) => ({ ...e, next: enrolmentTransitions[e.status] })),
    supportCases: supportCases.map((c) => ({ ...c, next: supportTransitions[c.kind][c.status] ?? [] })),
    openSupportKinds: supportKinds.filter(
      (kind) => !supportCases.some((c) => c.kind === kind && (supportTransitions[kind][c.status]?.length ?? 0) > 0),
    ),
    timeline,
    /** `?trainingSlotId=` pre-fills the course to apply for (e.g. from the matches tab). */
    trainingRef: isUuid(url.searchParams.get('trainingSlotId') ?? '') ? url.searchParams.get('trainingSlotId') : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:referral:province');
  const returneeId = requireId(params.id, user.locale);
  const { db } = context.services;
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const locale = user.locale;

  if (intent === 'suggest') {
    return runForm(
      locale,
      values,
      'suggest',
      startReferralSchema,
      { jobId: values.jobId, returneeId, consent: values.consent },
      async (input) => {
        const { referral } = await startReferral(db, user, input);
        const job = await jobForReferral(db, referral.jobId);
        const key = referral.status === 'referred' ? 'pipeline.done.referredNow' : 'pipeline.done.suggested';
        return { key, vars: { job: job.title, employer: job.organisationName } };
      },
    );
  }
  if (isReferralIntent(intent)) {
    const referralId = requireId(values.referralId, locale);
    return runForm(locale, values, referralId, referralChangeSchema, referralChangeInput(intent, values), async (change) => {
      await requireOwnRecord(db, returneeId, referralId, 'referral');
      await changeReferral(db, user, referralId, change);
      return referralDoneKeys[intent];
    });
  }
  if (intent === 'followUp') {
    const placementId = requireId(values.placementId, locale);
    const input = { month: values.month, stillEmployed: values.stillEmployed, note: values.note, endedOn: values.endedOn };
    return runForm(locale, values, `${placementId}:${values.month}`, followUpSchema, input, async (followUp) => {
      await requireOwnRecord(db, returneeId, placementId, 'placement');
      await recordFollowUp(db, user, placementId, followUp);
      return { key: 'pipeline.done.followUp', vars: { month: followUp.month } };
    });
  }
  if (intent === 'applyTraining') {
    return runForm(
      locale,
      values,
      'applyTraining',
      startEnrolmentSchema,
      { trainingSlotId: values.trainingSlotId, returneeId },
      async (input) => {
        const { slot } = await startEnrolment(db, user, input);
        return { key: 'pipeline.done.trainingApplied', vars: { title: slot.title } };
      },
    );
  }
  if (intent.startsWith('enrolment:')) {
    const enrolmentId = requireId(values.enrolmentId, locale);
    return runForm(
      locale,
      values,
      enrolmentId,
      enrolmentChangeSchema,
      { status: intent.slice('enrolment:'.length), reason: values.reason },
      async (change) => {
        await requireOwnRecord(db, returneeId, enrolmentId, 'enrolment');
        await changeEnrolment(db, user, enrolmentId, change);
        return { key: 'pipeline.done.enrolment', vars: { status: translate(locale, `pipeline.enrolment.status.${change.status}`) } };
      },
    );
  }
  if (intent === 'openSupport') {
    return runForm(
      locale,
      values,
      'openSupport',
      startSupportSchema,
      { returneeId, kind: values.kind, note: values.note },
      async (input) => {
        await startSupportCase(db, user, input);
        return 'pipeline.done.supportOpened';
      },
    );
  }
  if (intent.startsWith('support:')) {
    const supportCaseId = requireId(values.supportCaseId, locale);
    const input = { status: intent.slice('support:'.length), amountVnd: values.amountVnd, note: values.note };
    return runForm(locale, values, supportCaseId, supportChangeSchema, input, async (change) => {
      await requireOwnRecord(db, returneeId, supportCaseId, 'support');
      await changeSupportCase(db, user, supportCaseId, change);
      return { key: 'pipeline.done.support', vars: { status: translate(locale, `pipeline.support.status.${change.status}`) } };
    });
  }
  throw errorResponse('invalid_input', translate(locale, 'validation.invalid'));
}

/** A form on one person's page changes only that person's records (else 404, like a stranger's). */
async function requireOwnRecord(
  db: Parameters<typeof referralsOfReturnee>[0],
  returneeId: string,
  id: string,
  kind: 'referral' | 'placement' | 'enrolment' | 'support',
) {
  const found =
    kind === 'referral' || kind === 'placement'
      ? (await referralsOfReturnee(db, returneeId)).some((r) => (kind === 'referral' ? r.id === id : r.placement?.id === id))
      : kind === 'enrolment'
        ? (await enrolmentsOfReturnee(db, returneeId)).some((e) => e.id === id)
        : (await supportCasesOfReturnee(db, returneeId)).some((c) => c.id === id);
  if (!found) throw new NotFoundError();
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function SuggestJob({ chosen, result }: { chosen: Loaded['chosenJob']; result?: FormActionData }) {
  const t = useT();
  const mine = result?.target === 'suggest' ? result : undefined;
  const values = mine && !mine.ok ? (mine.values ?? {}) : {};
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="suggest-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="suggest-title">
          {t('pipeline.case.suggestTitle')}
        </Title>
        <FormAlert result={mine} />
        {chosen ? (
          <Text>
            {t('pipeline.case.chosenJob', { job: chosen.title, employer: chosen.employer })}{' '}
            <Anchor component={Link} to={`/jobs/${chosen.id}`} size="sm">
              ↗
            </Anchor>
          </Text>
        ) : null}
        {chosen && !chosen.isPublic ? <Alert color="yellow">{t('pipeline.job.notOpen')}</Alert> : null}
        <Form method="post" noValidate>
          <Stack gap="sm">
            {chosen ? (
              <input type="hidden" name="jobId" value={chosen.id} />
            ) : (
              <TextInput
                name="jobId"
                label={t('pipeline.field.jobRef')}
                description={t('pipeline.field.jobRefHint')}
                defaultValue={values.jobId ?? ''}
                error={mine?.fields?.jobId}
              />
            )}
            {chosen ? (
              <Checkbox
                name="consent"
                value="on"
                label={chosen.consentWording}
                description={t('pipeline.field.consentNowHint')}
                defaultChecked={values.consent === 'on'}
              />
            ) : null}
            <Group>
              <IntentButton intent="suggest">{t('pipeline.action.suggest')}</IntentButton>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

export default function CasePipeline() {
  const { person, chosenJob, referrals, enrolments, supportCases, openSupportKinds, timeline, trainingRef } =
    useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  const trainingResult = result?.target === 'applyTraining' ? result : undefined;
  const supportResult = result?.target === 'openSupport' ? result : undefined;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{person.fullName}</Title>
        <Text c="dimmed">
          {t('pipeline.case.title')} · {t('pipeline.case.caseStatus', { status: t(`pipeline.caseStatus.${person.status}`) })}
        </Text>
      </Stack>

      <SuggestJob chosen={chosenJob && !chosenJob.alreadyThere ? chosenJob : null} result={result} />

      <Stack gap="sm" component="section" aria-labelledby="referrals-title">
        <Title order={2} size="h3" id="referrals-title">
          {t('pipeline.case.referralsTitle')}
        </Title>
        {referrals.length === 0 ? <Text c="dimmed">{t('pipeline.case.noReferrals')}</Text> : null}
        {referrals.map((r) => {
          const label = `${r.jobTitle} — ${r.employer}`;
          return (
            <Paper key={r.id} withBorder p="md" component="article" aria-label={label} id={`referral-${r.id}`}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/jobs/${r.jobId}`} fw={600}>
                      {r.jobTitle}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {r.employer}
                    </Text>
                  </Stack>
                  <ReferralStatusBadge status={r.status} />
                </Group>
                {r.consent ? (
                  <Text size="sm" c="teal">
                    {t('pipeline.case.consentGiven')}
                  </Text>
                ) : null}
                {r.interviewAt && r.status === 'interview_scheduled' ? (
                  <Text size="sm">{t('pipeline.board.interviewAt', { date: formatDateTime(locale, r.interviewAt) })}</Text>
                ) : null}
                {r.reason ? <Text size="sm">{t('timeline.reason', { reason: r.reason })}</Text> : null}
                {r.placement ? (
                  <>
                    <Text size="sm">
                      {t('pipeline.board.placement', {
                        date: formatDay(r.placement.startDate),
                        wage: formatVnd(locale, r.placement.wageVnd),
                        contract: t(`pipeline.contract.${r.placement.contractType}`),
                      })}
                    </Text>
                    {r.placement.endedOn ? (
                      <Text size="sm">{t('pipeline.case.endedOn', { date: formatDay(r.placement.endedOn) })}</Text>
                    ) : null}
                    <FollowUps placementId={r.placement.id} marks={r.followUps} result={result} label={label} />
                  </>
                ) : null}
                <FormAlert result={result?.target === r.id ? result : undefined} />
                <ReferralActions
                  referralId={r.id}
                  next={r.next}
                  result={result}
                  consentWording={r.consentWording}
                  hasConsent={r.consent}
                  label={label}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>

      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="training-title">
        <Title order={2} size="h3" id="training-title">
          {t('pipeline.case.trainingTitle')}
        </Title>
        {enrolments.length === 0 ? <Text c="dimmed">{t('pipeline.case.noEnrolments')}</Text> : null}
        {enrolments.map((e) => (
          <Paper key={e.id} withBorder p="sm" component="article" aria-label={e.title}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={0}>
                  <Anchor component={Link} to={`/training/${e.trainingSlotId}`} fw={600}>
                    {e.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {e.provider}
                    {e.startDate ? ` · ${t('pipeline.case.courseStarts', { date: formatDay(e.startDate) })}` : ''}
                  </Text>
                </Stack>
                <EnrolmentStatusBadge status={e.status} />
              </Group>
              <FormAlert result={result?.target === e.id ? result : undefined} />
              <EnrolmentActions enrolmentId={e.id} next={e.next} label={e.title} />
            </Stack>
          </Paper>
        ))}
        <FormAlert result={trainingResult} />
        <Form method="post" noValidate>
          <Group align="end" wrap="wrap">
            <TextInput
              name="trainingSlotId"
              label={t('pipeline.field.trainingRef')}
              description={t('pipeline.field.trainingRefHint')}
              defaultValue={trainingResult && !trainingResult.ok ? (trainingResult.values?.trainingSlotId ?? '') : (trainingRef ?? '')}
              error={trainingResult?.fields?.trainingSlotId}
              style={{ flex: 1, minWidth: 240 }}
            />
            <IntentButton intent="applyTraining" variant="light">
              {t('pipeline.action.applyTraining')}
            </IntentButton>
          </Group>
        </Form>
      </Stack>

      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="support-title">
        <Title order={2} size="h3" id="support-title">
          {t('pipeline.case.supportTitle')}
        </Title>
        {supportCases.length === 0 ? <Text c="dimmed">{t('pipeline.case.noSupport')}</Text> : null}
        {supportCases.map((c) => (
          <Paper key={c.id} withBorder p="sm" component="article" aria-label={t(`pipeline.support.kind.${c.kind}`)}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>{t(`pipeline.support.kind.${c.kind}`)}</Text>
                <SupportStatusBadge status={c.status} />
              </Group>
              {c.amountVnd ? <Text size="sm">{t('pipeline.support.amount', { amount: formatVnd(locale, c.amountVnd) })}</Text> : null}
              {c.note ? <Text size="sm">{c.note}</Text> : null}
              <FormAlert result={result?.target === c.id ? result : undefined} />
              <SupportActions supportCaseId={c.id} next={c.next} result={result} label={t(`pipeline.support.kind.${c.kind}`)} />
            </Stack>
          </Paper>
        ))}
        {openSupportKinds.length ? (
          <>
            <FormAlert result={supportResult} />
            <Form method="post" noValidate>
              <Group align="end" wrap="wrap">
                <NativeSelect
                  name="kind"
                  label={t('pipeline.field.supportKind')}
                  data={openSupportKinds.map((kind) => ({ value: kind, label: t(`pipeline.support.kind.${kind}`) }))}
                  error={supportResult?.fields?.kind}
                  style={{ flex: 1, minWidth: 240 }}
                />
                <Textarea
                  name="note"
                  label={t('pipeline.field.note')}
                  autosize
                  minRows={1}
                  maxLength={500}
                  style={{ flex: 1, minWidth: 200 }}
                />
                <IntentButton intent="openSupport" variant="light">
                  {t('pipeline.action.openSupport')}
                </IntentButton>
              </Group>
            </Form>
          </>
        ) : null}
      </Stack>

      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="timeline-title">
        <Title order={2} size="h3" id="timeline-title">
          {t('pipeline.case.timelineTitle')}
        </Title>
        <TimelineList entries={timeline} />
      </Stack>
    </Stack>
  );
}
