// The person's own sign-in: shown when it exists; otherwise the counsellor creates it with a phone
// number and either an initial password or a generated 8-digit code, which is shown here once.
// An existing sign-in can be reset (a link, then a confirmation the server renders): a new code
// replaces the password and the person is signed out everywhere.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { Alert, Anchor, Code, Group, Paper, PasswordInput, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Form, Link, useLocation } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import type { CaseActionData, CaseloadOptions } from './types.ts';

type Props = {
  account: { phone: string | null } | null;
  /** The person's name, in the reset confirmation. */
  fullName: string;
  phone: string | null;
  options: CaseloadOptions;
  result?: CaseActionData;
};

/** The reset, in two steps without JavaScript: a link to the confirmation, then the confirming form. */
function ResetSignIn({ fullName }: { fullName: string }) {
  const t = useT();
  const location = useLocation();
  const confirming = new URLSearchParams(location.search).get('resetAccount') === '1';
  if (!confirming) {
    return (
      <div>
        <Anchor component={Link} to="?resetAccount=1#account-title" preventScrollReset>
          {t('caseload.account.reset')}
        </Anchor>
      </div>
    );
  }
  return (
    // Posted to the page without the query, so the answer shows the code, not the question again.
    <Form method="post" action={`${location.pathname}?index`}>
      <Stack gap="xs">
        <Text>{t('caseload.account.resetConfirm', { name: fullName })}</Text>
        <Group>
          <IntentButton intent="resetAccount" color="orange">
            {t('caseload.account.resetYes')}
          </IntentButton>
          <Anchor component={Link} to={location.pathname}>
            {t('common.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </Form>
  );
}

export function AccountPanel({ account, fullName, phone, options, result }: Props) {
  const t = useT();
  const mine = result?.target === 'account' || result?.target === 'resetAccount' ? result : undefined;
  const failed = mine && !mine.ok ? mine : undefined;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="account-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="account-title">
          {t('caseload.section.account')}
        </Title>
        {mine?.ok ? (
          <Alert color="teal" role="status">
            <Stack gap="xs">
              <Text>{mine.message}</Text>
              {mine.secret ? (
                <>
                  <Text fw={600}>
                    {t('caseload.account.code')}{' '}
                    <Code fz="xl" aria-label={mine.secret.split('').join(' ')}>
                      {mine.secret}
                    </Code>
                  </Text>
                  <Text size="sm">{t('caseload.account.codeOnce')}</Text>
                </>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {account ? (
          <>
            <Text>{t('caseload.account.has', { phone: account.phone ?? '—' })}</Text>
            {failed ? <FormAlert result={failed} /> : null}
            <ResetSignIn fullName={fullName} />
          </>
        ) : (
          <>
            <Text size="sm">{t('caseload.account.intro')}</Text>
            <FormAlert result={failed} />
            <Form method="post" autoComplete="off">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    name="phone"
                    type="tel"
                    inputMode="tel"
                    label={t('caseload.account.phone')}
                    required
                    defaultValue={failed?.values?.phone ?? phone ?? ''}
                    error={failed?.fields?.phone}
                  />
                </SimpleGrid>
                <Radio.Group
                  name="method"
                  label={t('caseload.account.method')}
                  defaultValue={failed?.values?.method ?? 'code'}
                  error={failed?.fields?.method}
                >
                  <Stack gap="xs" mt={4}>
                    {options.accountMethods.map((m) => (
                      <Radio key={m} value={m} label={t(`caseload.account.method.${m}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <PasswordInput
                    name="password"
                    label={t('caseload.account.password')}
                    description={t('caseload.account.passwordHint')}
                    autoComplete="new-password"
                    error={failed?.fields?.password}
                  />
                </SimpleGrid>
                <div>
                  <IntentButton intent="account">{t('caseload.account.create')}</IntentButton>
                </div>
              </Stack>
            </Form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
