// /employers/register: an employer or training provider opens an account and registers their
// organisation (pending until a counsellor of its province verifies it), then lands signed in on
// /employer. A hidden honeypot field turns away form-filling bots without telling them why.
import '#app/styles/forms.css';
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { formOptions, placeLists } from '#app/adapters/pages/postings.server.ts';
import { getActor, getLocale, signInForRequest } from '#app/adapters/session.server.ts';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { OrganisationFields } from '#app/components/postings/OrganisationFields.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { can } from '#app/services/authorize.ts';
import { registerEmployer } from '#app/services/organisations/commands.server.ts';
import { employerRegistrationSchema } from '#app/services/organisations/schemas.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'register.title');

/** The honeypot: invisible to people, tempting to bots. */
const honeypot = 'website';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
  if (user) throw redirect(can(user, 'create:job') ? '/employer' : '/');
  return { ...(await placeLists(context.services.db, null)), kinds: formOptions.organisationKinds };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const values = await readForm(request);
  if (values[honeypot]) return redirect('/');
  return formCommand({
    services: context.services,
    locale,
    values,
    schema: employerRegistrationSchema,
    run: (tx, input) => registerEmployer(tx, input, { locale, clientIp: context.clientIp }),
    done: async (_, input) => {
      const signedIn = await signInForRequest(request, context, { login: { email: input.accountEmail }, password: input.password });
      // The account exists either way; if signing in is refused (e.g. rate limit), the sign-in page takes over.
      if (!signedIn.ok) return redirect('/login?redirectTo=%2Femployer%3Fregistered%3D1');
      return redirect('/employer?registered=1', { headers: { 'Set-Cookie': signedIn.setCookie } });
    },
  });
}

export default function RegisterEmployer() {
  const { provinces, communes, kinds } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const navigation = useNavigation();
  const values = result?.values ?? {};
  const errors = result?.fields ?? {};
  const submitting = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  return (
    <Paper maw={820} mx="auto" p={{ base: 'sm', sm: 'lg' }} withBorder>
      <Stack>
        <Title order={1}>{t('register.title')}</Title>
        <Text>{t('register.intro')}</Text>
        <Alert color="blue" variant="light">
          {t('register.verificationNote')}
        </Alert>
        <FormAlert result={result} />
        <Form method="post" noValidate>
          <Stack>
            <Fieldset legend={t('register.accountSection')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  name="accountName"
                  label={t('register.accountName')}
                  required
                  autoComplete="name"
                  defaultValue={values.accountName ?? ''}
                  error={errors.accountName}
                />
                <TextInput
                  name="accountEmail"
                  type="email"
                  label={t('register.accountEmail')}
                  description={t('register.accountEmailHint')}
                  required
                  autoComplete="email"
                  defaultValue={values.accountEmail ?? ''}
                  error={errors.accountEmail}
                />
                <PasswordInput
                  name="password"
                  label={t('register.password')}
                  description={t('register.passwordHint')}
                  required
                  autoComplete="new-password"
                  error={errors.password}
                />
              </SimpleGrid>
            </Fieldset>
            <OrganisationFields values={values} errors={errors} provinces={provinces} communes={communes} kinds={kinds} />
            <VisuallyHidden aria-hidden>
              <label>
                {t('register.honeypot')}
                <input type="text" name={honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
              </label>
            </VisuallyHidden>
            <Button type="submit" size="md" loading={submitting}>
              {t('register.submit')}
            </Button>
            <Text size="sm">
              {t('register.haveAccount')}{' '}
              <Anchor component={Link} to="/login?redirectTo=%2Femployer">
                {t('nav.signIn')}
              </Anchor>
            </Text>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}
