// /caseload/new: a counsellor opens a record for a person of their province — who they are, where
// they live, when they return (up to three months ahead: pre-release intake) and what help they ask
// for. Nothing about any offence is asked or kept. A phone already on another person's record is
// a second step: who looks after that record is shown, and the counsellor opens it or goes on.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { NeedsField, PersonFields } from '#app/components/caseload/ProfileFields.tsx';
import { echo, formCommand, readForm } from '#app/adapters/form.server.ts';
import { caseloadOptions, formFields, pick } from '#app/adapters/pages/caseload.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import type { CaseActionData } from '#app/components/caseload/types.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { counsellorPlace } from '#app/services/caseload/queries.server.ts';
import { createReturnee } from '#app/services/caseload/commands.server.ts';
import type { PhoneHolder } from '#app/services/caseload/queries.server.ts';
import { intakeSchema } from '#app/services/caseload/schemas.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'caseload.new.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'create:returnee:province');
  if (!user.provinceCode) return { place: null };
  const place = await counsellorPlace(context.services.db, user);
  return { place, options: caseloadOptions };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'create:returnee:province');
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    target: 'intake',
    keys: 'path',
    schema: intakeSchema,
    input: { ...pick(values, formFields.intake), confirmSharedPhone: values.confirmSharedPhone },
    run: (tx, intake) => createReturnee(tx, actor, intake),
    done: (result) =>
      result.returnee
        ? redirect(`/caseload/${result.returnee.id}?created=1`)
        : Response.json({ sharedPhone: result.sharedPhone, values: echo(values) } satisfies IntakeActionData),
  });
}

type IntakeActionData = CaseActionData & { sharedPhone?: PhoneHolder[] };

/** The second step when the phone is on another person's record: who looks after it, open it or go on. */
function SharedPhone({ holders }: { holders: PhoneHolder[] }) {
  const t = useT();
  return (
    <Alert color="orange" role="alert" title={t('caseload.intake.phoneShared')}>
      <Stack gap="sm">
        <List spacing={4}>
          {holders.map((h, i) => (
            <List.Item key={h.returneeId ?? i}>
              {h.counsellorName
                ? t('caseload.intake.phoneHolder', { counsellor: h.counsellorName, province: h.provinceName })
                : t('caseload.intake.phoneHolderNoCounsellor', { province: h.provinceName })}
              {h.returneeId && h.fullName ? (
                <>
                  {' — '}
                  <Anchor component={Link} to={`/caseload/${h.returneeId}`}>
                    {t('caseload.intake.openRecord', { name: h.fullName })}
                  </Anchor>
                </>
              ) : null}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('caseload.intake.phoneSharedHelp')}</Text>
        <Group>
          <Button type="submit" form="intake-form" name="confirmSharedPhone" value="on" color="orange">
            {t('caseload.intake.confirmSharedPhone')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export default function NewReturnee() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<IntakeActionData>();
  const t = useT();
  if (!loaded.place) {
    return (
      <Stack>
        <Title order={1}>{t('caseload.new.title')}</Title>
        <Alert color="yellow">{t('caseload.noProvince')}</Alert>
      </Stack>
    );
  }
  const values = result?.values ?? {};
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/caseload" size="sm">
        {t('caseload.back')}
      </Anchor>
      <Title order={1}>{t('caseload.new.title')}</Title>
      <Text>{t('caseload.new.intro')}</Text>
      <Alert color="blue" variant="light" title={t('caseload.new.preReleaseTitle')}>
        {t('caseload.new.preRelease')}
      </Alert>
      {result?.sharedPhone ? <SharedPhone holders={result.sharedPhone} /> : <FormAlert result={result} />}
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Form method="post" noValidate id="intake-form">
          <Stack>
            <PersonFields
              values={values}
              errors={result?.fields}
              communes={loaded.place.communes}
              options={loaded.options}
              provinceName={loaded.place.provinceName}
            />
            <NeedsField values={values} errors={result?.fields} options={loaded.options} />
            <TextInput
              name="availableFrom"
              type="date"
              label={t('caseload.field.availableFrom')}
              description={t('caseload.hint.availableFrom')}
              defaultValue={values.availableFrom ?? ''}
              error={result?.fields?.availableFrom}
              maw={320}
            />
            <Group>
              <IntentButton intent="intake">{t('caseload.new.submit')}</IntentButton>
            </Group>
          </Stack>
        </Form>
      </Paper>
    </Stack>
  );
}
