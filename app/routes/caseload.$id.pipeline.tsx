// /caseload/:id/pipeline ("Giới thiệu & theo dõi"): a counsellor's view of one person's jobs,
// training and support — suggest or refer a job (`?jobId=` pre-fills one, `?trainingSlotId=` a
// course, e.g. from the matches tab), move each referral on, record the follow-ups after a hire, apply for and move courses,
// open and move loan and legal-help cases — and the person's timeline. Every read and change goes
// through requireReturnee (province scope, audited).
import '#app/styles/forms.css';
import { Alert, Anchor, Checkbox, Divider, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import { doneWith, formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { referralChangeInput, referralDoneKeys } from '#app/adapters/pages/pipeline.server.ts';
import { isReferralIntent } from '#app/adapters/pages/referral-intents.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { EnrolmentActions, FollowUps, SupportActions } from '#app/components/pipeline/CaseForms.tsx';
import { ReferralActions } from '#app/components/pipeline/ReferralActions.tsx';
import { EnrolmentStatusBadge, ReferralStatusBadge, SupportStatusBadge } from '#app/components/pipeline/StatusBadge.tsx';
import { TimelineList } from '#app/components/pipeline/TimelineList.tsx';
import { EffectiveOnInput } from '#app/components/pipeline/EffectiveOnInput.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { formatDay, formatVnd, formatDateTime } from '#lib/format.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { vietnamDate } from '#lib/dates.ts';
import { changeEnrolment, startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import {
  enrolmentChangeSchema,
  followUpSchema,
  startEnrolmentSchema,
  startReferralSchema,
  startSupportSchema,
  supportChangeSchema,
  referralChangeSchema,
} from '#app/services/pipeline/schemas.ts';
import { enrolmentsOfReturnee } from '#app/services/pipeline/queries/enrolments.server.ts';
import { followUpSchedule } from '#app/services/pipeline/queries/placements.server.ts';
import { jobForReferral } from '#app/services/pipeline/access.server.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { referralConsentWording } from '#app/services/pipeline/consent.ts';
import { referralsOfReturnee } from '#app/services/pipeline/queries/referrals.server.ts';
import { supportCasesOfReturnee } from '#app/services/pipeline/queries/support.server.ts';
import { timelineOf } from '#app/services/pipeline/queries/timeline.server.ts';
import { enrolmentTransitions, nextReferralStatuses, supportTransitions } from '#app/services/pipeline/rules.ts';
import { requireReturnee } from '#app/services/caseload/access.server.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { isUuid } from '#app/services/fields.ts';
import { supportKinds } from '#db/schema.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'pipeline.case.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:referral:province');
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
    timelineOf(db, returnee.id, user.locale, { audience: 'staff' }),
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
  const user = await requireUserWithPermission(request, context, 'update:referral:province');
  const returneeId = requireId(params.id, user.locale);
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const locale = user.locale;

  if (intent === 'suggest') {
    return formCommand({
      services: context.services,
      locale,
      values,
      target: 'suggest',
      schema: startReferralSchema,
      input: { jobId: values.jobId, returneeId, consent: values.consent, effectiveOn: values.effectiveOn },
      run: async (tx, input) => {
        const { referral } = await startReferral(tx, user, input);
        const job = await jobForReferral(tx, referral.jobId);
        const key = referral.status === 'referred' ? 'pipeline.done.referredNow' : 'pipeline.done.suggested';
        return doneWith(key, { job: job.title, employer: job.organisationName });
      },
      done: (message) => message,
    });
  }
  if (isReferralIntent(intent)) {
    const referralId = requireId(values.referralId, locale);
    return formCommand({
      services: context.services,
      locale,
      values,
      target: referralId,
      schema: referralChangeSchema,
      input: referralChangeInput(intent, values),
      run: async (tx, change) => {
        await requireOwnRecord(tx, returneeId, referralId, 'referral');
        await changeReferral(tx, user, referralId, change);
        return doneWith(referralDoneKeys[intent]);
      },
      done: (message) => message,
    });
  }
  if (intent === 'followUp') {
    const placementId = requireId(values.placementId, locale);
    const input = {
      month: values.month,
      stillEmployed: values.stillEmployed,
      note: values.note,
      endedOn: values.endedOn,
      effectiveOn: values.effectiveOn,
    };
    return formCommand({
      services: context.services,
      locale,
      values,
      target: `${placementId}:${values.month}`,
      schema: followUpSchema,
      input,
      run: async (tx, followUp) => {
        await requireOwnRecord(tx, returneeId, placementId, 'placement');
        await recordFollowUp(tx, user, placementId, followUp);
        return doneWith('pipeline.done.followUp', { month: followUp.month });
      },
      done: (message) => message,
    });
  }
  if (intent === 'applyTraining') {
    return formCommand({
      services: context.services,
      locale,
      values,
      target: 'applyTraining',
      schema: startEnrolmentSchema,
      input: { trainingSlotId: values.trainingSlotId, returneeId },
      run: async (tx, input) => {
        const { slot } = await startEnrolment(tx, user, input);
        return doneWith('pipeline.done.trainingApplied', { title: slot.title });
      },
      done: (message) => message,
    });
  }
  if (intent.startsWith('enrolment:')) {
    const enrolmentId = requireId(values.enrolmentId, locale);
    return formCommand({
      services: context.services,
      locale,
      values,
      target: enrolmentId,
      schema: enrolmentChangeSchema,
      input: { status: intent.slice('enrolment:'.length), reason: values.reason, effectiveOn: values.effectiveOn },
      run: async (tx, change) => {
        await requireOwnRecord(tx, returneeId, enrolmentId, 'enrolment');
        await changeEnrolment(tx, user, enrolmentId, change);
        return doneWith('pipeline.done.enrolment', { status: translate(locale, `pipeline.enrolment.status.${change.status}`) });
      },
      done: (message) => message,
    });
  }
  if (intent === 'openSupport') {
    return formCommand({
      services: context.services,
      locale,
      values,
      target: 'openSupport',
      schema: startSupportSchema,
      input: { returneeId, kind: values.kind, note: values.note },
      run: async (tx, input) => {
        await startSupportCase(tx, user, input);
        return doneWith('pipeline.done.supportOpened');
      },
      done: (message) => message,
    });
  }
  if (intent.startsWith('support:')) {
    const supportCaseId = requireId(values.supportCaseId, locale);
    const input = {
      status: intent.slice('support:'.length),
      amountVnd: values.amountVnd,
      note: values.note,
      effectiveOn: values.effectiveOn,
    };
    return formCommand({
      services: context.services,
      locale,
      values,
      target: supportCaseId,
      schema: supportChangeSchema,
      input,
      run: async (tx, change) => {
        await requireOwnRecord(tx, returneeId, supportCaseId, 'support');
        await changeSupportCase(tx, user, supportCaseId, change);
        return doneWith('pipeline.done.support', { status: translate(locale, `pipeline.support.status.${change.status}`) });
      },
      done: (message) => message,
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
            {chosen ? <EffectiveOnInput value={values.effectiveOn} error={mine?.fields?.effectiveOn} /> : null}
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
                        date: formatDay(locale, r.placement.startDate),
                        wage: formatVnd(locale, r.placement.wageVnd),
                        contract: t(`pipeline.contract.${r.placement.contractType}`),
                      })}
                    </Text>
                    {r.placement.endedOn ? (
                      <Text size="sm">{t('pipeline.case.endedOn', { date: formatDay(locale, r.placement.endedOn) })}</Text>
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
                    {e.startDate ? ` · ${t('pipeline.case.courseStarts', { date: formatDay(locale, e.startDate) })}` : ''}
                  </Text>
                </Stack>
                <EnrolmentStatusBadge status={e.status} />
              </Group>
              <FormAlert result={result?.target === e.id ? result : undefined} />
              <EnrolmentActions enrolmentId={e.id} next={e.next} label={e.title} result={result} />
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
