// "Forgot your password?": with a mail server configured, someone with an e-mail sign-in asks for a
// single-use link (the same answer whether or not the address has an account); without one, and
// for phone sign-ins, the page says whom to ask: the job centre, or an administrator.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { getLocale } from '#app/adapters/session.server.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { mailerFor } from '#app/services/accounts/mail.server.ts';
import { requestPasswordReset, resetMail } from '#app/services/accounts/resets.server.ts';
import { resetLinkMinutes } from '#app/services/accounts/rules.ts';
import { forgotPasswordSchema } from '#app/services/accounts/schemas.ts';
import { ConflictError } from '#app/services/errors.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'reset.forgot.title');

export function loader({ context }: LoaderFunctionArgs) {
  return { mail: mailerFor(context.services.env) !== null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const values = await readForm(request);
  const mailer = mailerFor(context.services.env);
  return formCommand({
    services: context.services,
    locale,
    values,
    schema: forgotPasswordSchema,
    run: (tx, { email }) => {
      if (!mailer) throw new ConflictError('reset.forgot.noMail');
      return requestPasswordReset(tx, { email, clientIp: context.clientIp });
    },
    done: (reset, { email }) => {
      // Sent after the commit and not waited for: the answer (and its timing) is the same whether
      // or not the address has an account.
      if (reset && mailer) {
        mailer.send(resetMail(mailer, reset.user, reset.token)).catch((error: unknown) => {
          console.error(`password reset: the e-mail to account ${reset.user.id} could not be sent: ${String(error)}`);
        });
      }
      return { key: 'reset.forgot.sent', vars: { email, minutes: resetLinkMinutes } };
    },
  });
}

export default function ForgotPassword() {
  const t = useT();
  const { mail } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('reset.forgot.title')}</Title>
        {mail ? (
          <>
            <Text>{t('reset.forgot.intro')}</Text>
            {result?.ok ? (
              <Alert color="teal" role="status">
                {result.message}
              </Alert>
            ) : result?.formError && !result.fields ? (
              <Alert color="orange" role="alert">
                {result.formError}
              </Alert>
            ) : null}
            <Form method="post" noValidate>
              <Stack>
                <TextInput
                  name="email"
                  type="email"
                  inputMode="email"
                  autoComplete="username"
                  label={t('reset.forgot.email')}
                  required
                  defaultValue={result?.values?.email}
                  error={result?.fields?.email}
                />
                <Button type="submit" loading={navigation.state === 'submitting'}>
                  {t('reset.forgot.submit')}
                </Button>
              </Stack>
            </Form>
            <Text size="sm">{t('reset.forgot.phone')}</Text>
          </>
        ) : (
          <Alert color="blue" role="status">
            {t('reset.forgot.noMail')}
          </Alert>
        )}
        <Anchor component={Link} to="/login">
          {t('reset.backToSignIn')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
