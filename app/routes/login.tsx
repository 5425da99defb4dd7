// The sign-in page: email (staff, employers) or phone number (jobseekers) and password.
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { getLocale, getUser, localeCookie, signInForRequest, signInSchema } from '#app/services/auth.server.ts';
import { parseWith, type FieldErrors } from '#app/services/http.server.ts';
import { safeRedirect } from '#app/services/redirect.ts';

export const meta: MetaFunction = () => pageTitle('Đăng nhập');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

type ActionData = { formError?: string; fields?: FieldErrors; login?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = await getLocale(request);
  const login = String(form.get('login') ?? '');
  const parsed = parseWith(signInSchema, { login, password: form.get('password') ?? '' }, locale);
  if (!parsed.ok) {
    return data<ActionData>({ fields: parsed.fields, login }, { status: 400 });
  }
  const result = await signInForRequest(request, context, parsed.data);
  if (!result.ok) {
    const status = result.code === 'rate_limited' ? 429 : result.code === 'forbidden' ? 403 : 401;
    return data<ActionData>({ formError: result.message, login }, { status, headers: result.headers });
  }
  return redirect(safeRedirect(form.get('redirectTo')), {
    headers: [
      ['Set-Cookie', result.setCookie],
      // The account's language wins from now on.
      ['Set-Cookie', await localeCookie.serialize(result.user.locale)],
    ],
  });
}

export default function LoginPage() {
  const t = useT();
  const actionData = useActionData<ActionData>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const submitting = navigation.state === 'submitting';
  return (
    <Paper maw={440} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('signIn.title')}</Title>
        <Text c="dimmed">{t('signIn.intro')}</Text>
        {actionData?.formError ? (
          <Alert color="red" title={t('signIn.failed')} role="alert">
            {actionData.formError}
          </Alert>
        ) : null}
        <Form method="post" noValidate>
          <Stack>
            <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
            <TextInput
              name="login"
              label={t('signIn.login')}
              autoComplete="username"
              inputMode="email"
              required
              autoFocus
              defaultValue={actionData?.login}
              error={actionData?.fields?.login}
            />
            <PasswordInput
              name="password"
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              error={actionData?.fields?.password}
            />
            <Button type="submit" loading={submitting}>
              {submitting ? t('signIn.submitting') : t('signIn.submit')}
            </Button>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}
