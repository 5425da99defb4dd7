// The page a reset e-mail links to: choose a new password (typed twice). The link's token works
// once, until it expires; using it signs the account out everywhere, then sends to the sign-in page.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { getLocale } from '#app/adapters/session.server.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { resetPasswordWithToken, usableReset } from '#app/services/accounts/resets.server.ts';
import { resetPasswordSchema } from '#app/services/accounts/schemas.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'reset.choose.title');

// The token is in this page's address: it is never sent on to another site.
export const headers: HeadersFunction = () => ({ 'Referrer-Policy': 'no-referrer' });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const reset = token.length >= 20 && token.length <= 200 ? await usableReset(context.services.db, token) : null;
  return { token: reset ? token : null, email: reset?.email ?? null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale,
    values: { token: values.token ?? '' },
    input: values,
    schema: resetPasswordSchema,
    run: (tx, input) => resetPasswordWithToken(tx, { token: input.token, password: input.password, clientIp: context.clientIp }),
    done: () => redirect('/login?with=email&reset=done'),
  });
}

function LinkGone() {
  const t = useT();
  return (
    <>
      <Alert color="orange" role="alert">
        {t('reset.invalidLink')}
      </Alert>
      <Anchor component={Link} to="/forgot-password">
        {t('reset.askAgain')}
      </Anchor>
    </>
  );
}

export default function ResetPassword() {
  const t = useT();
  const { token, email } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  // A link used or expired while the page was open answers with the same message.
  const gone = !token || (result?.conflict && !result.fields);
  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('reset.choose.title')}</Title>
        {gone ? (
          <LinkGone />
        ) : (
          <>
            <Text>{t('reset.choose.intro', { email: email ?? '' })}</Text>
            {result?.fields ? (
              <Alert color="red" role="alert">
                {result.formError}
              </Alert>
            ) : null}
            <Form method="post" noValidate>
              <Stack>
                <input type="hidden" name="token" value={token} />
                {/* Lets a password manager file the new password under the right account. */}
                <input type="hidden" name="username" autoComplete="username" value={email ?? ''} />
                <PasswordInput
                  name="password"
                  label={t('reset.choose.password')}
                  autoComplete="new-password"
                  required
                  error={result?.fields?.password}
                />
                <PasswordInput
                  name="confirm"
                  label={t('reset.choose.confirm')}
                  autoComplete="new-password"
                  required
                  error={result?.fields?.confirm}
                />
                <Button type="submit" loading={navigation.state === 'submitting'}>
                  {t('reset.choose.submit')}
                </Button>
              </Stack>
            </Form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
