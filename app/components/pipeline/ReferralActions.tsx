// The next steps of one referral as small forms, only those the viewer may take from its status:
// refer (with the consent wording read to the person), schedule an interview, offer, hire (start
// date, wage, contract), not hired (reason), withdraw. Used by the employer's board and the
// counsellor's page; each form posts `intent` and `referralId` to the page's own action.
import { EffectiveOnInput } from './EffectiveOnInput.tsx';
import '#app/styles/forms.css';
import { Checkbox, Group, NativeSelect, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { Form } from '@remix-run/react';
import { IntentButton } from '#app/components/postings/FormParts.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { useT } from '#app/i18n/use-t.ts';
import type { ReferralStatus } from '#app/services/pipeline/rules.ts';
import { intentOf, type ReferralIntent } from '../../adapters/pages/referral-intents.ts';

const contractTypes = ['indefinite', 'fixed_term', 'seasonal', 'probation'] as const;

type Props = {
  referralId: string;
  /** Statuses the viewer may move this referral to now. */
  next: readonly ReferralStatus[];
  /** The answer of the last form sent on the page, shown here when it was for this referral. */
  result?: FormActionData;
  /** The words read to the person before referring (counsellor only). */
  consentWording?: string;
  /** The person already consented (they applied): referring needs no new consent. */
  hasConsent?: boolean;
  /** Pre-fill for the wage when hiring (VND per month). */
  wageHint?: number;
  /** What the buttons' labels name, for screen readers when a page lists several people. */
  label: string;
};

export function ReferralActions({ referralId, next, result, consentWording, hasConsent, wageHint, label }: Props) {
  const t = useT();
  const mine = result?.target === referralId ? result : undefined;
  const values = mine && !mine.ok ? (mine.values ?? {}) : {};
  const fields = mine?.fields ?? {};
  const intents = next.map((status) => intentOf[status]).filter((i): i is ReferralIntent => Boolean(i));
  if (!intents.length) return null;
  const scope = { name: 'referralId', value: referralId };
  const button = (intent: ReferralIntent, color?: string) => (
    <IntentButton
      intent={intent}
      scope={scope}
      size="sm"
      color={color}
      variant={color ? 'light' : 'filled'}
      aria-label={`${t(`pipeline.action.${intent}`)}: ${label}`}
    >
      {t(`pipeline.action.${intent}`)}
    </IntentButton>
  );
  const frame = (intent: ReferralIntent, children: React.ReactNode) => (
    <Paper key={intent} withBorder p="xs" radius="sm">
      <Form method="post" noValidate>
        <input type="hidden" name="referralId" value={referralId} />
        {children}
      </Form>
    </Paper>
  );

  return (
    <Stack gap="xs">
      {intents.map((intent) => {
        switch (intent) {
          case 'refer':
            return frame(
              intent,
              <Stack gap="xs">
                {hasConsent ? null : (
                  <Checkbox
                    name="consent"
                    value="on"
                    label={consentWording}
                    error={fields.consent}
                    defaultChecked={values.consent === 'on'}
                  />
                )}
                <EffectiveOnInput value={values.effectiveOn} error={fields.effectiveOn} />
                <Group>{button(intent)}</Group>
              </Stack>,
            );
          case 'interview':
            return frame(
              intent,
              <Group align="end" wrap="wrap">
                <TextInput
                  type="datetime-local"
                  name="interviewAt"
                  label={t('pipeline.field.interviewAt')}
                  required
                  defaultValue={values.interviewAt ?? ''}
                  error={fields.interviewAt}
                />
                {button(intent)}
              </Group>,
            );
          case 'offer':
            return frame(intent, <Group>{button(intent)}</Group>);
          case 'hire':
            return frame(
              intent,
              <Stack gap="xs">
                <Group align="start" wrap="wrap">
                  <TextInput
                    type="date"
                    name="startDate"
                    label={t('pipeline.field.startDate')}
                    required
                    defaultValue={values.startDate ?? ''}
                    error={fields.startDate}
                  />
                  <TextInput
                    name="wageVnd"
                    inputMode="numeric"
                    label={t('pipeline.field.wageVnd')}
                    required
                    defaultValue={values.wageVnd ?? (wageHint ? String(wageHint) : '')}
                    error={fields.wageVnd}
                  />
                  <NativeSelect
                    name="contractType"
                    label={t('pipeline.field.contractType')}
                    required
                    defaultValue={values.contractType ?? 'fixed_term'}
                    error={fields.contractType}
                    data={contractTypes.map((c) => ({ value: c, label: t(`pipeline.contract.${c}`) }))}
                  />
                  <EffectiveOnInput value={values.effectiveOn} error={fields.effectiveOn} />
                </Group>
                <Group>{button(intent, 'teal')}</Group>
              </Stack>,
            );
          case 'notHired':
            return frame(
              intent,
              <Stack gap="xs">
                <Textarea
                  name="reason"
                  label={t('pipeline.field.notHiredReason')}
                  description={t('pipeline.field.notHiredReasonHint')}
                  required
                  autosize
                  minRows={1}
                  maxLength={500}
                  defaultValue={values.reason ?? ''}
                  error={fields.reason}
                />
                <Group>{button(intent, 'red')}</Group>
              </Stack>,
            );
          case 'withdraw':
            return frame(
              intent,
              <Stack gap="xs">
                <Textarea
                  name="reason"
                  label={t('pipeline.field.withdrawReason')}
                  autosize
                  minRows={1}
                  maxLength={500}
                  defaultValue={values.reason ?? ''}
                  error={fields.reason}
                />
                <Group>{button(intent, 'gray')}</Group>
              </Stack>,
            );
        }
      })}
    </Stack>
  );
}
