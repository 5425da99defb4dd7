// /caseload/:id: one person's record for their counsellor — a summary, the forms for personal
// details, skills/certificates/experience and wishes/needs, the consent to share an anonymised
// card (with the wording shown), counselling notes, the person's sign-in and the timeline. The
// record is read once per view (one audit row); each form changes only its own fields.
import { Alert, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { AccountPanel } from '#app/components/caseload/AccountPanel.tsx';
import { CaseStatusBadge } from '#app/components/caseload/Badges.tsx';
import { ConsentPanel } from '#app/components/caseload/ConsentPanel.tsx';
import { NotesPanel } from '#app/components/caseload/NotesPanel.tsx';
import { CertificateRows, HistoryRows, NeedsField, PersonFields, SkillRows, WishFields } from '#app/components/caseload/ProfileFields.tsx';
import {
  caseFailure,
  caseloadOptions,
  failed,
  patchFromForm,
  pick,
  profileValues,
  type ProfileIntent,
} from '#app/components/caseload/form.server.ts';
import { daysSince } from '#app/components/caseload/format.ts';
import { formatDay, formatVnd } from '#lib/format.ts';
import type { CaseActionData, FormValues } from '#app/components/caseload/types.ts';
import { readForm, requireId, throwAsPage } from '#app/components/postings/form.server.ts';
import { TimelineList } from '#app/components/pipeline/TimelineList.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { pageTitle } from '#app/i18n/page-title.ts';
import { translate, type MessageKey } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { parseWith } from '#app/services/http.server.ts';
import { listOccupations, listSkills } from '#app/services/provinces.server.ts';
import {
  accountSchema,
  addNote,
  ageOn,
  cardConsentWordingKey,
  consentSchema,
  counsellorPlace,
  createReturneeAccount,
  getCaseFile,
  noteSchema,
  profilePatchSchema,
  setCardConsent,
  updateReturneeProfile,
} from '#app/services/returnees.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.profile.fullName ?? '');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, 'read:returnee:province');
  const id = requireId(params.id, user.locale);
  const { db } = context.services;
  const file = await getCaseFile(db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
  const [place, occupations, skills] = await Promise.all([counsellorPlace(db, user), listOccupations(db), listSkills(db)]);
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
    options: caseloadOptions,
    wording: translate('vi', cardConsentWordingKey),
    notice: created ? translate(user.locale, 'caseload.new.created') : null,
  };
}

const profileIntents: readonly ProfileIntent[] = ['details', 'experience', 'wishes'];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, context, 'update:returnee:province');
  const id = requireId(params.id, user.locale);
  const { db } = context.services;
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const ok = (key: MessageKey, extra: Partial<CaseActionData> = {}, vars: Record<string, string> = {}) =>
    data<CaseActionData>({ ok: true, message: translate(user.locale, key, vars), target: intent, ...extra });
  try {
    if ((profileIntents as readonly string[]).includes(intent)) {
      const { input, shown } = patchFromForm(intent as ProfileIntent, values);
      // "Placed" is shown but not set by hand: an unchanged status is simply not sent.
      if (input.status !== undefined && input.status === values.statusWas) delete input.status;
      const parsed = parseWith(profilePatchSchema, input, user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, shown, intent);
      await updateReturneeProfile(db, user, id, parsed.data);
      return ok('caseload.saved');
    }
    if (intent === 'consent') {
      const parsed = parseWith(consentSchema, { granted: values.granted }, user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, values, intent);
      await setCardConsent(db, user, id, parsed.data.granted);
      return ok(parsed.data.granted ? 'caseload.consent.granted' : 'caseload.consent.withdrawn');
    }
    if (intent === 'note') {
      const parsed = parseWith(noteSchema, pick(values, ['contactDate', 'text']), user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, values, intent);
      await addNote(db, user, id, parsed.data);
      return ok('caseload.notes.added');
    }
    if (intent === 'account') {
      const parsed = parseWith(accountSchema, pick(values, ['phone', 'method', 'password']), user.locale);
      if (!parsed.ok) return failed(user.locale, parsed.fields, values, intent);
      const account = await createReturneeAccount(db, user, id, parsed.data);
      return ok(
        'caseload.account.created',
        { oneTimeCode: account.oneTimeCode ?? undefined, phone: account.phone },
        { phone: account.phone },
      );
    }
    return failed(user.locale, { intent: translate(user.locale, 'validation.invalid') }, values, intent);
  } catch (error) {
    return caseFailure(error, user.locale, values, intent);
  }
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function Summary({ loaded }: { loaded: Loaded }) {
  const t = useT();
  const locale = useLocale();
  const p = loaded.profile;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" spacing="sm" m={0}>
        <Detail label={t('caseload.field.birthDate')}>
          {p.birthDate
            ? `${formatDay(p.birthDate)}${loaded.age !== null ? ` (${t('caseload.profile.age', { age: loaded.age })})` : ''}`
            : null}
        </Detail>
        <Detail label={t('caseload.field.sex')}>{p.sex ? t(`caseload.sex.${p.sex}`) : null}</Detail>
        <Detail label={t('caseload.field.ethnicity')}>{p.ethnicity}</Detail>
        <Detail label={t('caseload.field.phone')}>{p.phone}</Detail>
        <Detail label={t('caseload.field.commune')}>{[p.communeName, p.provinceName].filter(Boolean).join(', ')}</Detail>
        <Detail label={t('caseload.field.releaseDate')}>
          {p.releaseDate ? `${formatDay(p.releaseDate)}${p.releaseKind ? ` · ${t(`caseload.releaseKind.${p.releaseKind}`)}` : ''}` : null}
        </Detail>
        <Detail label={t('caseload.profile.counsellor')}>{p.counsellor?.fullName}</Detail>
        <Detail label={t('caseload.profile.lastContact')}>
          {p.lastContactAt ? t('caseload.lastContact.daysAgo', { days: daysSince(p.lastContactAt) }) : t('caseload.lastContact.never')}
        </Detail>
        <Detail label={t('caseload.col.card')}>{p.shareCard ? t('caseload.card.shared') : t('caseload.card.notShared')}</Detail>
        <Detail label={t('caseload.section.account')}>{p.account ? p.account.phone : t('caseload.account.none')}</Detail>
        <Detail label={t('caseload.field.availableFrom')}>{p.availableFrom ? formatDay(p.availableFrom) : null}</Detail>
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
          {t('caseload.profile.preReleaseNote', { date: formatDay(p.releaseDate) })}
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
          <PersonFields
            values={values}
            errors={errors}
            communes={loaded.place.communes}
            options={loaded.options}
            provinceName={loaded.place.provinceName}
            extra
          />
        )}
      </ProfileForm>

      <AccountPanel account={p.account} phone={p.phone} options={loaded.options} result={result} />

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
