// The sign-in page: email (staff, employers) or phone number (jobseekers) and password.
import '#app/styles/forms.css';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { parseWith, type FieldErrors } from '#app/adapters/answers.ts';
import { getActor, getLocale, localeCookie, signInForRequest } from '#app/adapters/session.server.ts';
import { signInSchema } from '#app/services/accounts/schemas.ts';
import { safeRedirect } from '#app/services/redirect.ts';

export const meta: MetaFunction = () => pageTitle('Đăng nhập');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
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
    const { status, message, headers } = result.answer;
    return data<ActionData>({ formError: message, login }, { status, headers });
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
              // The page's one task is this form, so the cursor starts in its first field.
              // eslint-disable-next-line jsx-a11y/no-autofocus
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
