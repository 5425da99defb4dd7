// The sign-in page. Jobseekers sign in with a phone number (the field brings up the number keypad);
// staff and employers follow a link (no JavaScript needed) to the same form with an email field.
// Either field accepts either kind of login. Below the form: how each kind of user gets an account.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { parseWith, type FieldErrors } from '#app/adapters/answers.ts';
import { getActor, getLocale, localeCookie, signInForRequest } from '#app/adapters/session.server.ts';
import { signInSchema } from '#app/services/accounts/schemas.ts';
import { safeRedirect } from '#app/services/redirect.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'signIn.title');

type Mode = 'phone' | 'email';

function modeOf(value: unknown): Mode {
  return value === 'email' ? 'email' : 'phone';
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getActor(request, context);
  if (user) throw redirect(safeRedirect(url.searchParams.get('redirectTo')));
  return { mode: modeOf(url.searchParams.get('with')), passwordChanged: url.searchParams.get('reset') === 'done' };
}

type ActionData = { formError?: string; fields?: FieldErrors; login?: string; mode?: Mode };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = await getLocale(request);
  const login = String(form.get('login') ?? '');
  const mode = modeOf(form.get('mode'));
  const parsed = parseWith(signInSchema, { login, password: form.get('password') ?? '' }, locale);
  if (!parsed.ok) {
    return data<ActionData>({ fields: parsed.fields, login, mode }, { status: 400 });
  }
  const result = await signInForRequest(request, context, parsed.data);
  if (!result.ok) {
    const { status, message, headers } = result.answer;
    return data<ActionData>({ formError: message, login, mode }, { status, headers });
  }
  return redirect(safeRedirect(form.get('redirectTo')), {
    headers: [
      ['Set-Cookie', result.setCookie],
      // The account's language (which the one chosen before signing in has just become) from now on.
      ['Set-Cookie', await localeCookie.serialize(result.user.locale)],
    ],
  });
}

/** How each kind of user gets an account: said on the page, so nobody is left at a closed door. */
function HowToGetAnAccount() {
  const t = useT();
  return (
    <Stack gap="xs" component="section" aria-labelledby="no-account-title">
      <Title order={2} size="h4" id="no-account-title">
        {t('signIn.noAccount.title')}
      </Title>
      <Text size="sm">{t('signIn.noAccount.jobseeker')}</Text>
      <Text size="sm">
        {t('signIn.noAccount.employer')}{' '}
        <Anchor component={Link} to="/employers/register">
          {t('signIn.noAccount.register')}
        </Anchor>
        .
      </Text>
      <Text size="sm">{t('signIn.noAccount.staff')}</Text>
    </Stack>
  );
}

export default function LoginPage() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const submitting = navigation.state === 'submitting';
  const mode = actionData?.mode ?? loaded.mode;
  const redirectTo = searchParams.get('redirectTo') ?? '/';
  const switchTo = new URLSearchParams({ ...(redirectTo !== '/' ? { redirectTo } : {}), ...(mode === 'phone' ? { with: 'email' } : {}) });
  const switchQuery = switchTo.toString();
  return (
    <Paper maw={440} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('signIn.title')}</Title>
        <Text c="dimmed">{t('signIn.intro')}</Text>
        {loaded.passwordChanged && !actionData ? (
          <Alert color="teal" role="status">
            {t('signIn.passwordChanged')}
          </Alert>
        ) : null}
        {actionData?.formError ? (
          <Alert color="red" title={t('signIn.failed')} role="alert">
            {actionData.formError}
          </Alert>
        ) : null}
        <Form method="post" noValidate>
          <Stack>
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <input type="hidden" name="mode" value={mode} />
            <TextInput
              // A new field when the mode changes, so the browser brings up the right keyboard.
              key={mode}
              name="login"
              {...(mode === 'phone'
                ? { type: 'tel', inputMode: 'tel', autoComplete: 'tel', label: t('signIn.phone'), description: t('signIn.phoneHint') }
                : { type: 'email', inputMode: 'email', autoComplete: 'username', label: t('signIn.email') })}
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
        <Anchor component={Link} to={`/login${switchQuery ? `?${switchQuery}` : ''}`} replace>
          {mode === 'phone' ? t('signIn.useEmail') : t('signIn.usePhone')}
        </Anchor>
        <Anchor component={Link} to="/forgot-password">
          {t('signIn.forgot')}
        </Anchor>
        <Divider />
        <HowToGetAnAccount />
      </Stack>
    </Paper>
  );
}
