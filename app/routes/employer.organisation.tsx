// /employer/organisation: the employer edits their organisation's details; after a refusal,
// saving sends it back to the counsellors for verification.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { domainFailure, formOptions, invalid, placeLists, readForm, throwAsPage } from '#app/components/postings/form.server.ts';
import { FormAlert, VerificationBadge } from '#app/components/postings/FormParts.tsx';
import { OrganisationFields } from '#app/components/postings/OrganisationFields.tsx';
import type { FormActionData, FormValues } from '#app/components/postings/types.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useT } from '#app/i18n/use-t.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { NotFoundError } from '#app/services/errors.server.ts';
import { parseWith } from '#app/services/http.server.ts';
import { organisationOf, organisationSchema, updateOwnOrganisation } from '#app/services/organisations.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'employer.organisation.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:organisation:own');
  const { db } = context.services;
  const organisation = await organisationOf(db, user.id);
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
  const user = await requirePermission(request, context, 'update:organisation:own');
  const values = await readForm(request);
  const parsed = parseWith(organisationSchema, values, user.locale);
  if (!parsed.ok) return invalid(user.locale, parsed.fields, values);
  try {
    const before = await organisationOf(context.services.db, user.id);
    const updated = await updateOwnOrganisation(context.services.db, user, parsed.data);
    const resubmitted = before?.verificationStatus === 'refused' && updated.verificationStatus === 'pending';
    return data<FormActionData>({
      ok: true,
      message: translate(user.locale, resubmitted ? 'employer.organisation.resubmitted' : 'employer.organisation.saved'),
    });
  } catch (error) {
    return domainFailure(error, user.locale, values);
  }
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
