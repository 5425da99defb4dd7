// /me: a returnee's own profile. They see what their counsellor keeps for job matching, change their
// skills and wishes, and give or withdraw consent to an anonymised card; name, birth and return
// details stay with the counsellor. Nobody else's record is reachable from here.
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { NeedBadges } from '#app/components/caseload/Badges.tsx';
import { ConsentPanel } from '#app/components/caseload/ConsentPanel.tsx';
import { SkillRows, WishFields } from '#app/components/caseload/ProfileFields.tsx';
import { caseFailure, caseloadOptions, failed, patchFromForm, profileValues } from '#app/components/caseload/form.server.ts';
import { formatDay } from '#lib/format.ts';
import type { CaseActionData, FormValues } from '#app/components/caseload/types.ts';
import { readForm } from '#app/components/postings/form.server.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useT } from '#app/i18n/use-t.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { parseWith } from '#app/services/http.server.ts';
import { listOccupations, listSkills } from '#app/services/provinces.server.ts';
import {
  cardConsentWordingKey,
  consentSchema,
  getOwnProfile,
  ownProfilePatchSchema,
  setCardConsent,
  updateOwnProfile,
} from '#app/services/returnees.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'caseload.me.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'update:returnee:own');
  const { db } = context.services;
  const profile = await getOwnProfile(db, user);
  if (!profile) return { profile: null };
  const [occupations, skills] = await Promise.all([listOccupations(db), listSkills(db)]);
  return {
    profile,
    values: profileValues(profile),
    occupations,
    skills,
    options: caseloadOptions,
    wording: translate('vi', cardConsentWordingKey),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:returnee:own');
  const { db } = context.services;
  const values = await readForm(request);
  const intent = values.intent ?? '';
  try {
    const own = await getOwnProfile(db, user);
    if (!own) return failed(user.locale, { intent: translate(user.locale, 'caseload.me.notLinked') }, values, intent);
    if (intent === 'ownSkills' || intent === 'ownWishes') {
      const { input, shown } = patchFromForm(intent, values);
      const parsed = parseWith(ownProfilePatchSchema, input, user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, shown, intent);
      await updateOwnProfile(db, user, parsed.data);
      return data<CaseActionData>({ ok: true, message: translate(user.locale, 'caseload.saved'), target: intent });
    }
    if (intent === 'consent') {
      const parsed = parseWith(consentSchema, { granted: values.granted }, user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, values, intent);
      await setCardConsent(db, user, own.id, parsed.data.granted);
      const key = parsed.data.granted ? 'caseload.me.consent.granted' : 'caseload.me.consent.withdrawn';
      return data<CaseActionData>({ ok: true, message: translate(user.locale, key), target: intent });
    }
    return failed(user.locale, { intent: translate(user.locale, 'validation.invalid') }, values, intent);
  } catch (error) {
    return caseFailure(error, user.locale, values, intent);
  }
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { values: unknown }>;

function OwnForm({
  intent,
  title,
  loaded,
  result,
  children,
}: {
  intent: 'ownSkills' | 'ownWishes';
  title: string;
  loaded: Loaded;
  result?: CaseActionData;
  children: (values: FormValues, errors: Record<string, string> | undefined) => React.ReactNode;
}) {
  const t = useT();
  const mine = result?.target === intent ? result : undefined;
  const refused = mine && !mine.ok ? mine : undefined;
  const base =
    intent === 'ownSkills' ? Object.fromEntries(Object.entries(loaded.values).filter(([k]) => !k.startsWith('skills.'))) : loaded.values;
  const values = refused?.values ? { ...base, ...refused.values } : loaded.values;
  const headingId = `section-${intent}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <FormAlert result={mine} />
        <Form method="post" noValidate key={`${loaded.profile.updatedAt}:${Object.keys(refused?.fields ?? {}).join('|')}`}>
          <Stack>
            {children(values, refused?.fields)}
            <Group>
              <IntentButton intent={intent}>{t('common.save')}</IntentButton>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

export default function MyProfile() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<CaseActionData>();
  const t = useT();
  if (!('values' in loaded) || !loaded.profile) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t('caseload.me.title')}</Title>
        <Alert color="yellow">{t('caseload.me.notLinked')}</Alert>
      </Stack>
    );
  }
  const p = loaded.profile;
  return (
    <Stack gap="md" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('caseload.me.title')}</Title>
        <Text>{t('caseload.me.intro')}</Text>
      </Stack>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="sm" m={0}>
          <div>
            <Text size="sm" c="dimmed" component="dt">
              {t('caseload.field.fullName')}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {p.fullName}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed" component="dt">
              {t('caseload.me.area')}
            </Text>
            <Text component="dd" m={0}>
              {[p.communeName, p.provinceName].filter(Boolean).join(', ')}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed" component="dt">
              {t('caseload.field.needs')}
            </Text>
            <Text component="dd" m={0}>
              <NeedBadges needs={p.needs} />
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed" component="dt">
              {t('caseload.field.availableFrom')}
            </Text>
            <Text component="dd" m={0}>
              {p.availableFrom ? formatDay(p.availableFrom) : '—'}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed" component="dt">
              {t('caseload.me.counsellor')}
            </Text>
            <Text component="dd" m={0}>
              {p.counsellor?.fullName ?? '—'}
            </Text>
          </div>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('caseload.me.askCounsellor')}
        </Text>
      </Paper>

      <OwnForm intent="ownSkills" title={t('caseload.me.skillsTitle')} loaded={loaded} result={result}>
        {(values, errors) => (
          <SkillRows values={values} errors={errors} skills={loaded.skills} occupations={loaded.occupations} options={loaded.options} />
        )}
      </OwnForm>

      <OwnForm intent="ownWishes" title={t('caseload.me.wishesTitle')} loaded={loaded} result={result}>
        {(values, errors) => <WishFields values={values} errors={errors} occupations={loaded.occupations} options={loaded.options} />}
      </OwnForm>

      <ConsentPanel shareCard={p.shareCard} lastAnswer={p.cardConsent} wording={loaded.wording} self result={result} />
    </Stack>
  );
}
