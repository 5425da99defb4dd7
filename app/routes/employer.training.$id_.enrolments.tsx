// /employer/training/:id/enrolments: a training provider's requests and learners for one of its own
// courses (404 otherwise). A person who asked for a seat themself appears by name and phone (they
// agreed to it, with the words shown beside the button); one their counsellor put forward appears
// without them. The provider enrols (a seat is taken), records completion and the certificate, or
// that the person left — the same pipeline steps, rules and timeline as the counsellor's.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import { doneWith, formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { EnrolmentActions } from '#app/components/pipeline/CaseForms.tsx';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { changeEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { courseEnrolments } from '#app/services/pipeline/queries/enrolments.server.ts';
import { enrolmentChangeSchema } from '#app/services/pipeline/schemas.ts';
import { formatDateTime, formatNumber } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'journey.provider.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:training');
  const id = requireId(params.id, user.locale);
  return courseEnrolments(context.services.db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:training');
  const id = requireId(params.id, user.locale);
  const values = await readForm(request);
  const intent = values.intent ?? '';
  if (!intent.startsWith('enrolment:')) throw errorResponse('invalid_input', translate(user.locale, 'validation.invalid'));
  const enrolmentId = requireId(values.enrolmentId, user.locale);
  // The enrolment must be on this course: one course's page never moves another's.
  const { entries } = await courseEnrolments(context.services.db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
  if (!entries.some((e) => e.id === enrolmentId)) throw errorResponse('not_found', translate(user.locale, 'error.notFound'));
  return formCommand({
    services: context.services,
    locale: user.locale,
    values,
    target: enrolmentId,
    schema: enrolmentChangeSchema,
    input: { status: intent.slice('enrolment:'.length), reason: values.reason },
    run: async (tx, change) => {
      await changeEnrolment(tx, user, enrolmentId, change);
      return doneWith('pipeline.done.enrolment', { status: translate(user.locale, `pipeline.enrolment.status.${change.status}`) });
    },
    done: (message) => message,
  });
}

export default function CourseEnrolments() {
  const { course, entries } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/employer/training/${course.id}`} size="sm">
        {t('journey.provider.back')}
      </Anchor>
      <Title order={1}>{t('journey.provider.heading', { course: course.title })}</Title>
      <Text>{t('training.seatsLeft', { left: n(course.seatsLeft), seats: n(course.seats) })}</Text>
      {entries.length === 0 ? <Text c="dimmed">{t('journey.provider.empty')}</Text> : null}
      {entries.map((e, i) => {
        const label = e.person?.name ?? t('journey.provider.anonymous', { number: n(i + 1) });
        return (
          <Paper key={e.id} withBorder p="md" component="article" aria-label={label}>
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600}>{label}</Text>
                <Text fw={600}>{t(`pipeline.enrolment.status.${e.status}`)}</Text>
              </Group>
              {e.person?.phone ? <Text size="sm">{t('journey.provider.phone', { phone: e.person.phone })}</Text> : null}
              {e.person ? null : (
                <Text size="sm" c="dimmed">
                  {t('journey.provider.viaCounsellor')}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {t('pipeline.me.since', { date: formatDateTime(locale, e.updatedAt) })}
              </Text>
              <FormAlert result={result?.target === e.id ? result : undefined} />
              <EnrolmentActions enrolmentId={e.id} next={e.next} label={label} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
