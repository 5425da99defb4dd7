// The counsellor's smaller pipeline forms on a person's page: a placement's follow-ups (1, 3, 6,
// 12 months), an enrolment's next steps, and a loan or legal-help case's next steps.
import '#app/styles/forms.css';
import { Group, Paper, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Form } from '@remix-run/react';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { EffectiveOnInput } from './EffectiveOnInput.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { formatDay } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { EnrolmentStatus, SupportStatus } from '#app/services/pipeline/rules.ts';

type Mark = { month: number; dueDate: string; done: boolean; due: boolean; stillEmployed: boolean | null; superseded: boolean };

/** The four follow-up marks of a placement; the one due now has its form. */
export function FollowUps({
  placementId,
  marks,
  result,
  label,
}: {
  placementId: string;
  marks: Mark[];
  result?: FormActionData;
  label: string;
}) {
  const t = useT();
  const locale = useLocale();
  const target = (month: number) => `${placementId}:${month}`;
  const markId = (month: number) => `follow-up-${placementId}-${month}`;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('pipeline.followUp.title')}
      </Text>
      {marks.map((m) => {
        const mine = result?.target === target(m.month) ? result : undefined;
        const values = mine && !mine.ok ? (mine.values ?? {}) : {};
        return (
          // A named group per mark: its question and fields are told apart from the other marks'.
          <Paper key={m.month} withBorder p="xs" radius="sm" role="group" aria-labelledby={markId(m.month)}>
            <Stack gap={4}>
              <Group justify="space-between" wrap="wrap">
                <Text size="sm" id={markId(m.month)}>
                  {t('pipeline.followUp.mark', { month: m.month, date: formatDay(locale, m.dueDate) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {m.done
                    ? t(m.stillEmployed ? 'pipeline.followUp.stillEmployed' : 'pipeline.followUp.notEmployed')
                    : m.superseded
                      ? t('pipeline.followUp.skipped')
                      : m.due
                        ? ''
                        : t('pipeline.followUp.notYet')}
                </Text>
              </Group>
              {/* The answer to this mark's form: done, or why not (e.g. already recorded by a colleague). */}
              <FormAlert result={mine} />
              {m.due && !m.superseded ? (
                <Form method="post" noValidate>
                  <input type="hidden" name="placementId" value={placementId} />
                  <input type="hidden" name="month" value={m.month} />
                  <Stack gap="xs">
                    <Radio.Group
                      name="stillEmployed"
                      label={t('pipeline.followUp.question')}
                      error={mine?.fields?.stillEmployed}
                      defaultValue={values.stillEmployed}
                    >
                      <Group gap="md" mt={4}>
                        <Radio value="yes" label={t('pipeline.followUp.stillEmployed')} />
                        <Radio value="no" label={t('pipeline.followUp.notEmployed')} />
                      </Group>
                    </Radio.Group>
                    <Group align="start" wrap="wrap">
                      <TextInput
                        type="date"
                        name="endedOn"
                        label={t('pipeline.field.endedOn')}
                        defaultValue={values.endedOn ?? ''}
                        error={mine?.fields?.endedOn}
                      />
                      <EffectiveOnInput value={values.effectiveOn} error={mine?.fields?.effectiveOn} />
                      <Textarea
                        name="note"
                        label={t('pipeline.field.note')}
                        autosize
                        minRows={1}
                        maxLength={500}
                        defaultValue={values.note ?? ''}
                        error={mine?.fields?.note}
                        style={{ flex: 1, minWidth: 200 }}
                      />
                    </Group>
                    <Group>
                      <IntentButton
                        intent="followUp"
                        size="sm"
                        scope={{ name: 'placementId', value: placementId }}
                        aria-label={`${t('pipeline.action.followUp')}: ${label}, ${m.month}`}
                      >
                        {t('pipeline.action.followUp')}
                      </IntentButton>
                    </Group>
                  </Stack>
                </Form>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The next steps of an enrolment, one button each (enrolling takes a seat); completion and the certificate take their day. */
export function EnrolmentActions({
  enrolmentId,
  next,
  label,
  result,
}: {
  enrolmentId: string;
  next: readonly EnrolmentStatus[];
  label: string;
  result?: FormActionData;
}) {
  const t = useT();
  if (!next.length) return null;
  const mine = result?.target === enrolmentId ? result : undefined;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      {next.includes('completed') || next.includes('certified') ? (
        <EffectiveOnInput value={mine && !mine.ok ? mine.values?.effectiveOn : undefined} error={mine?.fields?.effectiveOn} />
      ) : null}
      <Group gap="xs">
        {next.map((status) => (
          <IntentButton
            key={status}
            intent={`enrolment:${status}`}
            size="xs"
            variant={status === 'dropped_out' ? 'light' : 'filled'}
            color={status === 'dropped_out' ? 'gray' : undefined}
            scope={{ name: 'enrolmentId', value: enrolmentId }}
            aria-label={`${t(`pipeline.enrolment.action.${status}`)}: ${label}`}
          >
            {t(`pipeline.enrolment.action.${status}`)}
          </IntentButton>
        ))}
      </Group>
    </Form>
  );
}

/** The next steps of a loan or legal-help case; "granted" asks for the amount. */
export function SupportActions({
  supportCaseId,
  next,
  result,
  label,
}: {
  supportCaseId: string;
  next: readonly SupportStatus[];
  result?: FormActionData;
  label: string;
}) {
  const t = useT();
  if (!next.length) return null;
  const mine = result?.target === supportCaseId ? result : undefined;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="supportCaseId" value={supportCaseId} />
      <Stack gap="xs">
        {next.includes('granted') ? (
          <TextInput
            name="amountVnd"
            inputMode="numeric"
            label={t('pipeline.field.amountVnd')}
            defaultValue={mine?.values?.amountVnd ?? ''}
            error={mine?.fields?.amountVnd}
            maw={260}
          />
        ) : null}
        <EffectiveOnInput value={mine && !mine.ok ? mine.values?.effectiveOn : undefined} error={mine?.fields?.effectiveOn} />
        <Group gap="xs">
          {next.map((status) => (
            <IntentButton
              key={status}
              intent={`support:${status}`}
              size="xs"
              variant={status === 'not_eligible' || status === 'refused' ? 'light' : 'filled'}
              scope={{ name: 'supportCaseId', value: supportCaseId }}
              aria-label={`${t(`pipeline.support.action.${status}`)}: ${label}`}
            >
              {t(`pipeline.support.action.${status}`)}
            </IntentButton>
          ))}
        </Group>
      </Stack>
    </Form>
  );
}
