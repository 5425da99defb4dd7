// Consent to share an anonymised card with employers: the exact wording the person hears or reads,
// the current answer with who recorded it and when, and one button to record the other answer.
// Used by the counsellor (recording the person's answer) and by the person on /me.
import '#app/styles/data.css';
import { Blockquote, Group, Stack, Text, Title } from '@mantine/core';
import { Notice } from '#app/components/shell/Notice.tsx';
import { Form } from '@remix-run/react';
import { formatDateTime } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { EffectiveOnInput } from '#app/components/pipeline/EffectiveOnInput.tsx';
import type { CaseActionData } from './types.ts';
import plain from '#app/components/plain.module.css';

type Props = {
  shareCard: boolean;
  lastAnswer: { granted: boolean; at: string; recordedBy: string | null } | null;
  /** The Vietnamese wording as it reads today, which is stored with the answer (answers keep the wording of their day). */
  wording: string;
  self: boolean;
  result?: CaseActionData;
};

export function ConsentPanel({ shareCard, lastAnswer, wording, self, result }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className={plain.panel} aria-labelledby="consent-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="consent-title">
          {t('caseload.section.consent')}
        </Title>
        <Text size="sm">{self ? t('caseload.me.consentIntro') : t('caseload.consent.intro')}</Text>
        <Blockquote color="blue" p="sm" lang="vi">
          {wording}
        </Blockquote>
        {locale !== 'vi' ? (
          <Text size="sm" c="dimmed">
            {t('caseload.consent.translation')} {t('caseload.consent.cardWording')}
          </Text>
        ) : null}
        <Notice color={shareCard ? 'teal' : 'gray'} role="status">
          {shareCard
            ? t(self ? 'caseload.me.consent.on' : 'caseload.consent.on')
            : t(self ? 'caseload.me.consent.off' : 'caseload.consent.off')}
          {lastAnswer ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('caseload.consent.last', { when: formatDateTime(locale, lastAnswer.at), who: lastAnswer.recordedBy ?? '—' })}
            </Text>
          ) : null}
        </Notice>
        <FormAlert result={result?.target === 'consent' ? result : undefined} />
        <Form method="post">
          <input type="hidden" name="granted" value={shareCard ? 'no' : 'yes'} />
          {self ? null : (
            <EffectiveOnInput
              value={result?.target === 'consent' && !result.ok ? result.values?.effectiveOn : undefined}
              error={result?.target === 'consent' ? result.fields?.effectiveOn : undefined}
            />
          )}
          <Group>
            <IntentButton intent="consent" color={shareCard ? 'red' : 'teal'} variant={shareCard ? 'light' : 'filled'}>
              {shareCard
                ? t(self ? 'caseload.me.consent.withdraw' : 'caseload.consent.withdraw')
                : t(self ? 'caseload.me.consent.grant' : 'caseload.consent.grant')}
            </IntentButton>
          </Group>
        </Form>
      </Stack>
    </section>
  );
}
