// /me: a returnee's own profile. They see what their counsellor keeps for job matching, change their
// skills and wishes, and give or withdraw consent to an anonymised card; name, birth and return
// details stay with the counsellor. Nobody else's record is reachable from here.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Notice } from '#app/components/shell/Notice.tsx';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { NeedBadges } from '#app/components/caseload/Badges.tsx';
import { Detail } from '#app/components/Detail.tsx';
import { ConsentPanel } from '#app/components/caseload/ConsentPanel.tsx';
import { SkillRows, WishFields } from '#app/components/caseload/SkillAndWishFields.tsx';
import { formCommand, invalid, readForm } from '#app/adapters/form.server.ts';
import { caseloadOptions, patchFromForm, profileValues } from '#app/adapters/pages/caseload.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { returneeOfUser } from '#app/services/caseload/access.server.ts';
import { formatDay } from '#lib/format.ts';
import type { CaseActionData, FormValues, Skill } from '#app/components/caseload/types.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { listOccupations, listSkills } from '#app/services/reference/queries.server.ts';
import { cardConsentWordingKey } from '#app/services/caseload/rules.ts';
import { consentSchema, ownProfilePatchSchema } from '#app/services/caseload/schemas.ts';
import { getOwnProfile } from '#app/services/caseload/queries.server.ts';
import { ownJobCentreContact } from '#app/services/caseload/contact.server.ts';
import { JobCentreContact } from '#app/components/caseload/JobCentreContact.tsx';
import { setCardConsent, updateOwnProfile } from '#app/services/caseload/commands.server.ts';
import plain from '#app/components/plain.module.css';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'caseload.me.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:returnee:own');
  const { db } = context.services;
  const profile = await getOwnProfile(db, user);
  if (!profile) return { profile: null };
  const [occupations, skills, contact] = await Promise.all([listOccupations(db), listSkills(db), ownJobCentreContact(db, user)]);
  const everyTrade = new URL(request.url).searchParams.get('skills') === 'all';
  const ownTrades = skillsOfOwnTrades(profile, skills);
  return {
    profile,
    contact,
    values: profileValues(profile),
    occupations,
    // Hundreds of skills in every row's list is too long to scroll (and to send) on a phone.
    skills: everyTrade || !ownTrades ? skills : ownTrades,
    skillsOf: everyTrade ? ('every' as const) : ownTrades ? ('own' as const) : null,
    options: caseloadOptions,
    wording: translate('vi', cardConsentWordingKey),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:returnee:own');
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const common = { services: context.services, locale: actor.locale, values, target: intent, keys: 'path' as const };
  const own = await returneeOfUser(context.services.db, actor.id);
  if (!own) return invalid(actor.locale, { intent: translate(actor.locale, 'caseload.me.notLinked') }, values, { target: intent });
  if (intent === 'ownSkills' || intent === 'ownWishes') {
    const { input, shown } = patchFromForm(intent, values);
    return formCommand({
      ...common,
      shown,
      schema: ownProfilePatchSchema,
      input,
      run: (tx, patch) => updateOwnProfile(tx, actor, patch),
      done: () => 'caseload.saved',
    });
  }
  if (intent === 'consent') {
    return formCommand({
      ...common,
      schema: consentSchema,
      input: { granted: values.granted },
      run: (tx, { granted }) => setCardConsent(tx, actor, own.id, granted),
      done: (_, { granted }) => (granted ? 'caseload.me.consent.granted' : 'caseload.me.consent.withdrawn'),
    });
  }
  return invalid(actor.locale, { intent: translate(actor.locale, 'validation.invalid') }, values, { target: intent });
}

/**
 * The skills of the trades a person wants, has done, or has skills in (and those they have), or
 * null when no trade is known yet.
 */
function skillsOfOwnTrades(profile: NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>, skills: Skill[]) {
  const own = new Set(profile.skills.map((k) => k.code));
  const trades = new Set<string>([
    ...profile.wishes.occupations.map((o) => o.code),
    ...profile.workHistory.flatMap((h) => (h.occupation ? [h.occupation.code] : [])),
    ...skills.flatMap((s) => (own.has(s.code) && s.occupationCode ? [s.occupationCode] : [])),
  ]);
  if (trades.size === 0) return null;
  return skills.filter((s) => own.has(s.code) || (s.occupationCode !== null && trades.has(s.occupationCode)));
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
    <section className={plain.panel} aria-labelledby={headingId}>
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
    </section>
  );
}

export default function MyProfile() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<CaseActionData>();
  const t = useT();
  const locale = useLocale();
  if (!('values' in loaded) || !loaded.profile) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t('caseload.me.title')}</Title>
        <Notice color="yellow">{t('caseload.me.notLinked')}</Notice>
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
      <div className={plain.panel}>
        <dl className={`${plain.columns} ${plain.columnsTight}`}>
          <Detail label={t('caseload.field.fullName')} strong>
            {p.fullName}
          </Detail>
          <Detail label={t('caseload.me.area')}>{[p.communeName, p.provinceName].filter(Boolean).join(', ')}</Detail>
          <Detail label={t('caseload.field.needs')}>
            <NeedBadges needs={p.needs} />
          </Detail>
          <Detail label={t('caseload.field.availableFrom')}>{p.availableFrom ? formatDay(locale, p.availableFrom) : null}</Detail>
          <Detail label={t('caseload.me.counsellor')}>{p.counsellor?.fullName}</Detail>
        </dl>
        <Text size="sm" c="dimmed" mt="sm">
          {t('caseload.me.askCounsellor')}
        </Text>
      </div>
      <JobCentreContact contact={loaded.contact} />

      <OwnForm intent="ownSkills" title={t('caseload.me.skillsTitle')} loaded={loaded} result={result}>
        {(values, errors) => (
          <>
            {loaded.skillsOf ? (
              <Text size="sm">
                {loaded.skillsOf === 'own' ? `${t('caseload.me.skillsOfMyTrades')} ` : null}
                <Anchor component={Link} to={loaded.skillsOf === 'own' ? '/me?skills=all#section-ownSkills' : '/me#section-ownSkills'}>
                  {t(loaded.skillsOf === 'own' ? 'caseload.me.skillsOfEveryTrade' : 'caseload.me.skillsOfMyTradesOnly')}
                </Anchor>
              </Text>
            ) : null}
            <SkillRows values={values} errors={errors} skills={loaded.skills} occupations={loaded.occupations} options={loaded.options} />
          </>
        )}
      </OwnForm>

      <OwnForm intent="ownWishes" title={t('caseload.me.wishesTitle')} loaded={loaded} result={result}>
        {(values, errors) => <WishFields values={values} errors={errors} occupations={loaded.occupations} options={loaded.options} />}
      </OwnForm>

      <ConsentPanel shareCard={p.shareCard} lastAnswer={p.cardConsent} wording={loaded.wording} self result={result} />
    </Stack>
  );
}
