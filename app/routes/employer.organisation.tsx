// /employer/organisation: the employer edits their organisation's details; after a refusal,
// saving sends it back to the counsellors for verification.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { formCommand, readForm, throwAsPage } from '#app/adapters/form.server.ts';
import { formOptions, placeLists } from '#app/adapters/pages/postings.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FormAlert, VerificationBadge } from '#app/components/postings/FormParts.tsx';
import { OrganisationFields } from '#app/components/postings/OrganisationFields.tsx';
import { type FormActionData, type FormValues } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { updateOwnOrganisation } from '#app/services/organisations/commands.server.ts';
import { organisationOf } from '#app/services/organisations/queries.server.ts';
import { organisationSchema } from '#app/services/organisations/schemas.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'employer.organisation.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:organisation');
  const { db } = context.services;
  const organisation = await organisationOf(db, user);
  if (!organisation) throwAsPage(new NotFoundError('organisation.none'), user.locale);
  const values: FormValues = Object.fromEntries(
    (
      [
        'kind',
        'name',
        'taxCode',
        'sector',
        'provinceCode',
        'communeCode',
        'address',
        'contactName',
        'contactPhone',
        'contactEmail',
        'hiringStatement',
      ] as const
    ).map((k) => [k, organisation[k] ?? '']),
  );
  return {
    values,
    status: organisation.verificationStatus,
    refusalReason: organisation.refusalReason,
    kinds: formOptions.organisationKinds,
    ...(await placeLists(db, organisation.provinceCode)),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:organisation');
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values: await readForm(request),
    schema: organisationSchema,
    run: (tx, input) => updateOwnOrganisation(tx, actor, input),
    done: ({ resubmitted }) => (resubmitted ? 'employer.organisation.resubmitted' : 'employer.organisation.saved'),
  });
}

export default function EditOrganisation() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const navigation = useNavigation();
  const submitting = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  return (
    <Paper maw={820} mx="auto" p={{ base: 'sm', sm: 'lg' }} withBorder>
      <Stack>
        <Anchor component={Link} to="/employer" size="sm">
          {t('employer.back')}
        </Anchor>
        <Group gap="sm">
          <Title order={1}>{t('employer.organisation.title')}</Title>
          <VerificationBadge status={loaded.status} />
        </Group>
        {loaded.status === 'refused' ? (
          <Alert color="red" title={t('employer.refusedTitle')}>
            <Text>{loaded.refusalReason ?? ''}</Text>
            <Text mt="xs">{t('employer.organisation.resubmitHint')}</Text>
          </Alert>
        ) : null}
        <FormAlert result={result} />
        <Form method="post" noValidate>
          <Stack>
            <OrganisationFields
              values={{ ...loaded.values, ...result?.values }}
              errors={result?.fields}
              provinces={loaded.provinces}
              communes={loaded.communes}
              kinds={loaded.kinds}
            />
            <Group>
              <Button type="submit" loading={submitting}>
                {loaded.status === 'refused' ? t('employer.organisation.resubmit') : t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}
