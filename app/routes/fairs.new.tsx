// /fairs/new: an organiser creates a job fair in their own province — name, kind, commune and venue
// (or online), its hours, capacity, and when an unattended booth raises the alert and how long a
// called person has to come; every mistake is named beside its field at once.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData, FormValues } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { createFairWithSettings, newFairSchema } from '#app/services/fairs/organiser.server.ts';
import { listCommunes, provinceName } from '#app/services/reference/queries.server.ts';
import { fairKinds } from '#db/schema.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.new.title');

/** What the form starts with: a periodic fair, the alert after 10 minutes, 3 minutes' grace. */
const defaults: FormValues = { kind: 'periodic', emptyBoothMinutes: '10', noShowGraceMinutes: '3' };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:fair');
  if (!actor.provinceCode) return { ready: false as const };
  const { db } = context.services;
  const [province, communes] = await Promise.all([provinceName(db, actor.provinceCode), listCommunes(db, actor.provinceCode)]);
  return { ready: true as const, province, communes, kinds: fairKinds, defaults };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:fair');
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    schema: newFairSchema,
    run: (tx, input) => createFairWithSettings(tx, actor, input),
    done: (fair) => redirect(`/fairs/${fair.id}?created=1`),
  });
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ready: true }>;

function FairFields({ loaded, values, errors }: { loaded: Loaded; values: FormValues; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <TextInput
        name="name"
        label={t('fairOrg.field.name')}
        description={t('fairOrg.field.nameHint')}
        required
        maxLength={150}
        defaultValue={values.name ?? ''}
        error={errors.name}
      />
      <NativeSelect
        name="kind"
        label={t('fairOrg.field.kind')}
        required
        defaultValue={values.kind}
        error={errors.kind}
        data={loaded.kinds.map((k) => ({ value: k, label: t(`fairOrg.kind.${k}`) }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          name="communeCode"
          label={t('fairOrg.field.commune')}
          description={t('fairOrg.field.placeHint', { province: loaded.province ?? '' })}
          defaultValue={values.communeCode ?? ''}
          error={errors.communeCode}
          data={[{ value: '', label: t('fairOrg.field.chooseCommune') }, ...loaded.communes.map((c) => ({ value: c.code, label: c.name }))]}
        />
        <TextInput
          name="venueAddress"
          label={t('fairOrg.field.venue')}
          description={t('fairOrg.field.venueHint')}
          maxLength={300}
          defaultValue={values.venueAddress ?? ''}
          error={errors.venueAddress}
        />
        <TextInput
          name="startsAt"
          type="datetime-local"
          label={t('fairOrg.field.startsAt')}
          description={t('fairOrg.field.timeHint')}
          required
          defaultValue={values.startsAt ?? ''}
          error={errors.startsAt}
        />
        <TextInput
          name="endsAt"
          type="datetime-local"
          label={t('fairOrg.field.endsAt')}
          description={t('fairOrg.field.timeHint')}
          required
          defaultValue={values.endsAt ?? ''}
          error={errors.endsAt}
        />
        <TextInput
          name="capacity"
          label={t('fairOrg.field.capacity')}
          description={t('fairOrg.field.capacityHint')}
          inputMode="numeric"
          defaultValue={values.capacity ?? ''}
          error={errors.capacity}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          name="emptyBoothMinutes"
          label={t('fairOrg.field.emptyBoothMinutes')}
          description={t('fairOrg.field.emptyBoothHint')}
          inputMode="numeric"
          required
          defaultValue={values.emptyBoothMinutes ?? ''}
          error={errors.emptyBoothMinutes}
        />
        <TextInput
          name="noShowGraceMinutes"
          label={t('fairOrg.field.noShowGraceMinutes')}
          description={t('fairOrg.field.noShowGraceHint')}
          inputMode="numeric"
          required
          defaultValue={values.noShowGraceMinutes ?? ''}
          error={errors.noShowGraceMinutes}
        />
      </SimpleGrid>
    </>
  );
}

export default function NewFair() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  return (
    <Stack gap="md" maw={960} mx="auto">
      <Anchor component={Link} to="/fairs" size="sm">
        {t('fairOrg.back')}
      </Anchor>
      <Title order={1}>{t('fairOrg.new.title')}</Title>
      {!loaded.ready ? (
        <Alert color="yellow">{t('fairOrg.list.noProvince')}</Alert>
      ) : (
        <>
          <Text c="dimmed">{t('fairOrg.new.intro', { province: loaded.province ?? '' })}</Text>
          <FormAlert result={result} />
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <Form method="post" noValidate>
              <Stack>
                <FairFields loaded={loaded} values={{ ...loaded.defaults, ...result?.values }} errors={result?.fields ?? {}} />
                <div>
                  <Button type="submit" loading={navigation.state === 'submitting'}>
                    {t('fairOrg.new.submit')}
                  </Button>
                </div>
              </Stack>
            </Form>
          </Paper>
        </>
      )}
    </Stack>
  );
}
