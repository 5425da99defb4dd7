// The frame of the four posting pages (new/edit job, new/edit course): heading, verification
// notice, the form with "Lưu nháp" / "Đăng tin" (or "Lưu thay đổi"), and the status buttons.
import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Form, Link } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';
import { FormAlert, IntentButton, JobStatusBadge, TrainingStatusBadge } from './FormParts.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';

type Status = 'draft' | 'open' | 'closed' | 'filled';

type Props = {
  kind: 'job' | 'training';
  title: string;
  /** Undefined on the "new" pages. */
  status?: Status;
  organisation: { name: string; verificationStatus: 'pending' | 'verified' | 'refused' } | null;
  notice?: string | null;
  result: FormActionData | undefined;
  /** The public page of a saved posting. */
  publicHref?: string;
  /** A course's seat requests (its provider follows them there). */
  requestsHref?: string;
  children: React.ReactNode;
};

export function PostingPage({ kind, title, status, organisation, notice, result, publicHref, requestsHref, children }: Props) {
  const t = useT();
  const draft = status === undefined || status === 'draft';
  return (
    <Stack gap="md" maw={960} mx="auto">
      <Anchor component={Link} to="/employer" size="sm">
        {t('employer.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{title}</Title>
        {status ? (
          kind === 'job' ? (
            <JobStatusBadge status={status} />
          ) : (
            <TrainingStatusBadge status={status === 'filled' ? 'closed' : status} />
          )
        ) : null}
      </Group>
      {organisation ? <Text c="dimmed">{organisation.name}</Text> : <Alert color="yellow">{t('organisation.none')}</Alert>}
      {organisation && organisation.verificationStatus !== 'verified' ? (
        <Alert color="yellow" role="note">
          {t('postingForm.unverifiedNote')}
        </Alert>
      ) : null}
      {notice && !result ? (
        <Alert color="teal" role="status">
          {notice}
        </Alert>
      ) : null}
      {status ? <StatusActions kind={kind} status={status} publicHref={publicHref} /> : null}
      {requestsHref ? (
        <Anchor component={Link} to={requestsHref}>
          {t('journey.provider.link')}
        </Anchor>
      ) : null}
      <FormAlert result={result} />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Form method="post" noValidate>
          <Stack>
            {children}
            <Group>
              {draft ? (
                <>
                  <IntentButton intent="save" variant="default">
                    {t('postingForm.saveDraft')}
                  </IntentButton>
                  <IntentButton intent="publish">{t('postingForm.publish')}</IntentButton>
                </>
              ) : (
                <IntentButton intent="save">{t('postingForm.saveChanges')}</IntentButton>
              )}
            </Group>
          </Stack>
        </Form>
      </Paper>
    </Stack>
  );
}

/** Close / filled / reopen, as the status allows (a draft is published from the form itself). */
function StatusActions({ kind, status, publicHref }: { kind: 'job' | 'training'; status: Status; publicHref?: string }) {
  const t = useT();
  return (
    <Group gap="sm">
      {status !== 'draft' ? (
        <Form method="post">
          <Group gap="sm">
            {status === 'open' ? (
              <>
                <IntentButton intent="close" variant="light" color="red">
                  {kind === 'job' ? t('postingForm.closeJob') : t('postingForm.closeCourse')}
                </IntentButton>
                {kind === 'job' ? (
                  <IntentButton intent="fill" variant="light" color="blue">
                    {t('postingForm.markFilled')}
                  </IntentButton>
                ) : null}
              </>
            ) : (
              <IntentButton intent="reopen" variant="light" color="teal">
                {t('postingForm.reopen')}
              </IntentButton>
            )}
          </Group>
        </Form>
      ) : null}
      {publicHref ? (
        <Anchor component={Link} to={publicHref}>
          {t('postingForm.viewPublic')}
        </Anchor>
      ) : null}
    </Group>
  );
}
