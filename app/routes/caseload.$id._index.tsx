// /caseload/:id: one person's record for their counsellor — a summary, the forms for personal
// details, skills/certificates/experience and wishes/needs, the consent to share an anonymised
// card (with the wording shown), counselling notes, the person's sign-in, a transfer to another
// province and the timeline. The record is read once per view (one audit row); each form changes
// only its own fields. After a transfer the record is no longer the counsellor's: back to the caseload.
import '#app/styles/forms.css';
import { Alert, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Detail } from '#app/components/Detail.tsx';
import { AccountPanel } from '#app/components/caseload/AccountPanel.tsx';
import { CaseStatusBadge } from '#app/components/caseload/Badges.tsx';
import { ConsentPanel } from '#app/components/caseload/ConsentPanel.tsx';
import { NotesPanel } from '#app/components/caseload/NotesPanel.tsx';
import { TransferPanel } from '#app/components/caseload/TransferPanel.tsx';
import { CertificateRows, HistoryRows, NeedsField, PersonFields } from '#app/components/caseload/ProfileFields.tsx';
import { SkillRows, WishFields } from '#app/components/caseload/SkillAndWishFields.tsx';
import { caseloadOptions, patchFromForm, pick, profileValues, type ProfileIntent } from '#app/adapters/pages/caseload.server.ts';
import { daysSince } from '#app/components/caseload/format.ts';
import { formatDay, formatVnd } from '#lib/format.ts';
import type { CaseActionData, FormValues } from '#app/components/caseload/types.ts';
import { formCommand, invalid, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { TimelineList } from '#app/components/pipeline/TimelineList.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { pageTitle } from '#app/i18n/page-title.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { vietnamDate } from '#lib/dates.ts';
import { listCommunes, listOccupations, listProvinces, listSkills } from '#app/services/reference/queries.server.ts';
import { accountSchema, consentSchema, noteSchema, profilePatchSchema, transferSchema } from '#app/services/caseload/schemas.ts';
import {
  addNote,
  createReturneeAccount,
  setCardConsent,
  transferReturnee,
  updateReturneeProfile,
} from '#app/services/caseload/commands.server.ts';
import { ageOn, cardConsentWordingKey } from '#app/services/caseload/rules.ts';
import { counsellorPlace, getCaseFile } from '#app/services/caseload/queries.server.ts';
import { resetReturneeSignIn } from '#app/services/accounts/resets.server.ts';
import { z } from 'zod';

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.profile.fullName ?? '');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:returnee:province');
  const id = requireId(params.id, user.locale);
  const { db } = context.services;
  const file = await getCaseFile(db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
  const [place, occupations, skills, provinces] = await Promise.all([
    counsellorPlace(db, user),
    listOccupations(db),
    listSkills(db),
    listProvinces(db),
  ]);
  const today = vietnamDate();
  const created = new URL(request.url).searchParams.get('created') === '1';
  return {
    ...file,
    values: profileValues(file.profile),
    age: file.profile.birthDate ? ageOn(file.profile.birthDate, today) : null,
    today,
    place,
    occupations,
    skills,
    /** Where the record may be transferred: any province but its own. */
    provinces: provinces.filter((p) => p.code !== file.profile.provinceCode),
    options: caseloadOptions,
    wording: translate('vi', cardConsentWordingKey),
    notice: created ? translate(user.locale, 'caseload.new.created') : null,
  };
}

const profileIntents: readonly ProfileIntent[] = ['details', 'experience', 'wishes'];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:returnee:province');
  const id = requireId(params.id, actor.locale);
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const common = { services: context.services, locale: actor.locale, values, target: intent, keys: 'path' as const };
  if ((profileIntents as readonly string[]).includes(intent)) {
    const { input, shown } = patchFromForm(intent as ProfileIntent, values);
    // "Placed" is shown but not set by hand: an unchanged status is simply not sent.
    if (input.status !== undefined && input.status === values.statusWas) delete input.status;
    // The closing reason and date sit beside the status on the form: they count only with a closing.
    if (input.status !== 'closed') {
      delete input.closeReason;
      delete input.closedOn;
    }
    return formCommand({
      ...common,
      shown,
      schema: profilePatchSchema,
      input,
      run: (tx, patch) => updateReturneeProfile(tx, actor, id, patch),
      done: () => 'caseload.saved',
    });
  }
  if (intent === 'consent') {
    return formCommand({
      ...common,
      schema: consentSchema,
      input: { granted: values.granted, effectiveOn: values.effectiveOn },
      run: (tx, { granted, effectiveOn }) => setCardConsent(tx, actor, id, granted, effectiveOn),
      done: (_, { granted }) => (granted ? 'caseload.consent.granted' : 'caseload.consent.withdrawn'),
    });
  }
  if (intent === 'note') {
    return formCommand({
      ...common,
      schema: noteSchema,
      input: pick(values, ['contactDate', 'text']),
      run: (tx, note) => addNote(tx, actor, id, note),
      done: () => 'caseload.notes.added',
    });
  }
  if (intent === 'account') {
    return formCommand({
      ...common,
      schema: accountSchema,
      input: pick(values, ['phone', 'method', 'password']),
      run: (tx, account) => createReturneeAccount(tx, actor, id, account),
      done: (account) => ({
        key: 'caseload.account.created',
        vars: { phone: account.phone },
        extra: { secret: account.oneTimeCode ?? undefined, phone: account.phone },
      }),
    });
  }
  if (intent === 'transfer') {
    const input = pick(values, ['provinceCode', 'communeCode', 'effectiveOn', 'note']);
    // Without JavaScript the communes of the chosen province arrive with the first refusal.
    const communes = /^\d{2}$/.test(input.provinceCode ?? '') ? await listCommunes(context.services.db, input.provinceCode) : [];
    return formCommand({
      ...common,
      schema: transferSchema,
      input,
      failureExtra: { communes },
      run: (tx, transfer) => transferReturnee(tx, actor, id, transfer),
      // The record has left the counsellor's province: its page is no longer theirs to open.
      done: (transfer) => redirect(`/caseload?transferred=${transfer.provinceCode}`),
    });
  }
  if (intent === 'resetAccount') {
    return formCommand({
      ...common,
      schema: z.object({}),
      input: {},
      run: (tx) => resetReturneeSignIn(tx, actor, id),
      done: (reset) => ({
        key: 'caseload.account.resetDone',
        vars: { phone: reset.phone ?? '' },
        extra: { secret: reset.oneTimeCode, phone: reset.phone ?? undefined },
      }),
    });
  }
  return invalid(actor.locale, { intent: translate(actor.locale, 'validation.invalid') }, values, { target: intent });
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function Summary({ loaded }: { loaded: Loaded }) {
  const t = useT();
  const locale = useLocale();
  const p = loaded.profile;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" spacing="sm" m={0}>
        <Detail label={t('caseload.field.birthDate')}>
          {p.birthDate
            ? `${formatDay(locale, p.birthDate)}${loaded.age !== null ? ` (${t('caseload.profile.age', { age: loaded.age })})` : ''}`
            : null}
        </Detail>
        <Detail label={t('caseload.field.sex')}>{p.sex ? t(`caseload.sex.${p.sex}`) : null}</Detail>
        <Detail label={t('caseload.field.ethnicity')}>{p.ethnicity}</Detail>
        <Detail label={t('caseload.field.phone')}>{p.phone}</Detail>
        <Detail label={t('caseload.field.commune')}>{[p.communeName, p.provinceName].filter(Boolean).join(', ')}</Detail>
        <Detail label={t('caseload.field.releaseDate')}>
          {p.releaseDate
            ? `${formatDay(locale, p.releaseDate)}${p.releaseKind ? ` · ${t(`caseload.releaseKind.${p.releaseKind}`)}` : ''}`
            : null}
        </Detail>
        <Detail label={t('caseload.profile.counsellor')}>{p.counsellor?.fullName}</Detail>
        <Detail label={t('caseload.profile.lastContact')}>
          {p.lastContactAt ? t('caseload.lastContact.daysAgo', { days: daysSince(p.lastContactAt) }) : t('caseload.lastContact.never')}
        </Detail>
        <Detail label={t('caseload.col.card')}>{p.shareCard ? t('caseload.card.shared') : t('caseload.card.notShared')}</Detail>
        <Detail label={t('caseload.section.account')}>{p.account ? p.account.phone : t('caseload.account.none')}</Detail>
        <Detail label={t('caseload.field.availableFrom')}>{p.availableFrom ? formatDay(locale, p.availableFrom) : null}</Detail>
        <Detail label={t('caseload.field.wageFloor')}>{p.wishes.wageFloor ? formatVnd(locale, p.wishes.wageFloor) : null}</Detail>
      </SimpleGrid>
    </Paper>
  );
}

function withoutRows(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/^(skills|certificates|workHistory)\./.test(k)));
}

/** One of the profile's forms: its own answer above it, its fields, its save button. */
function ProfileForm({
  intent,
  title,
  save,
  loaded,
  result,
  children,
}: {
  intent: ProfileIntent;
  title: string;
  save: string;
  loaded: Loaded;
  result?: CaseActionData;
  children: (values: FormValues, errors: Record<string, string> | undefined) => React.ReactNode;
}) {
  const mine = result?.target === intent ? result : undefined;
  const failedHere = mine && !mine.ok ? mine : undefined;
  // After a refusal, the form shows what was sent (list rows as the service numbered them).
  const values = failedHere?.values ? { ...withoutRows(loaded.values), ...failedHere.values } : loaded.values;
  const headingId = `section-${intent}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <FormAlert result={mine} />
        {/* Re-drawn from the stored record after each save, and from the answer after a refusal. */}
        <Form method="post" noValidate key={`${loaded.profile.updatedAt}:${Object.keys(failedHere?.fields ?? {}).join('|')}`}>
          <Stack>
            {children(values, failedHere?.fields)}
            <Group>
              <IntentButton intent={intent}>{save}</IntentButton>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

export default function CaseFile() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<CaseActionData>();
  const t = useT();
  const locale = useLocale();
  const p = loaded.profile;
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Title order={1}>{p.fullName}</Title>
        <CaseStatusBadge status={p.caseloadStatus} />
      </Group>
      {loaded.notice && !result ? (
        <Alert color="teal" role="status">
          {loaded.notice}
        </Alert>
      ) : null}
      {p.preRelease && p.releaseDate ? (
        <Alert color="grape" variant="light">
          {t('caseload.profile.preReleaseNote', { date: formatDay(locale, p.releaseDate) })}
        </Alert>
      ) : null}
      <Summary loaded={loaded} />

      <ProfileForm
        intent="wishes"
        title={t('caseload.section.wishesAndNeeds')}
        save={t('caseload.saveWishes')}
        loaded={loaded}
        result={result}
      >
        {(values, errors) => (
          <>
            <NeedsField values={values} errors={errors} options={loaded.options} />
            <TextInput
              name="availableFrom"
              type="date"
              label={t('caseload.field.availableFrom')}
              description={t('caseload.hint.availableFrom')}
              defaultValue={values.availableFrom ?? ''}
              error={errors?.availableFrom}
              maw={320}
            />
            <WishFields values={values} errors={errors} occupations={loaded.occupations} options={loaded.options} />
          </>
        )}
      </ProfileForm>

      <ProfileForm
        intent="experience"
        title={t('caseload.section.experience')}
        save={t('caseload.saveExperience')}
        loaded={loaded}
        result={result}
      >
        {(values, errors) => (
          <>
            <SkillRows values={values} errors={errors} skills={loaded.skills} occupations={loaded.occupations} options={loaded.options} />
            <CertificateRows values={values} errors={errors} />
            <HistoryRows values={values} errors={errors} occupations={loaded.occupations} />
          </>
        )}
      </ProfileForm>

      <ConsentPanel shareCard={p.shareCard} lastAnswer={p.cardConsent} wording={loaded.wording} self={false} result={result} />

      <NotesPanel notes={loaded.notes} today={loaded.today} result={result} />

      <ProfileForm intent="details" title={t('caseload.section.details')} save={t('caseload.saveDetails')} loaded={loaded} result={result}>
        {(values, errors) => (
          <>
            <PersonFields
              values={values}
              errors={errors}
              communes={loaded.place.communes}
              options={loaded.options}
              provinceName={loaded.place.provinceName}
              extra
            />
            <TextInput
              name="movedOn"
              type="date"
              label={t('caseload.field.movedOn')}
              description={t('caseload.hint.movedOn')}
              defaultValue={values.movedOn ?? ''}
              max={loaded.today}
              error={errors?.movedOn}
              maw={320}
            />
          </>
        )}
      </ProfileForm>

      <AccountPanel account={p.account} fullName={p.fullName} phone={p.phone} options={loaded.options} result={result} />

      <TransferPanel
        key={`${result?.target === 'transfer' ? (result.values?.provinceCode ?? '') : ''}:${Object.keys(result?.target === 'transfer' ? (result.fields ?? {}) : {}).join('|')}`}
        provinces={loaded.provinces}
        result={result}
      />

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="timeline-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="timeline-title">
            {t('caseload.section.timeline')}
          </Title>
          <TimelineList entries={loaded.timeline} />
        </Stack>
      </Paper>
    </Stack>
  );
}
