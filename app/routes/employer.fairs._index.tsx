// /employer/fairs: an employer's or training provider's job fairs. Each invitation (until the fair
// ends) is answered here — accepted with the booth's staff chosen among the organisation's
// members, the open jobs and courses the booth shows and, at an online fair, the call link shown to
// the person being seen; or declined — and can be answered again. Every mistake is named at once,
// beside its field. The fairs they take part in link to the booth's desk for its named staff.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { doneWith, formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { newFormKey } from '#app/adapters/pages/fairs.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { PlainBadge } from '#app/components/PlainBadge.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useT } from '#app/i18n/use-t.ts';
import { invitationsOf } from '#app/services/fairs/people.server.ts';
import { answerInvitationSchema } from '#app/services/fairs/schemas.ts';
import { answerInvitation } from '#app/services/fairs/setup.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairPeople.employer.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:booth');
  const { booths, choices } = await invitationsOf(context.services.db, user).catch((e: unknown) => throwAsPage(e, user.locale));
  return { booths, choices, formKey: newFormKey() };
}

/** Ticked checkboxes of one name, as ids (the form helper joins repeated names with commas). */
const idsOf = (value: string | undefined) => (value ?? '').split(',').filter(Boolean);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'update:booth');
  const values = await readForm(request);
  if (values.intent !== 'accept' && values.intent !== 'decline') {
    throw errorResponse('invalid_input', translate(user.locale, 'validation.invalid'));
  }
  const boothId = requireId(values.boothId, user.locale);
  // Only an invitation of the user's own organisations answers here (another's looks missing).
  const { booths } = await invitationsOf(context.services.db, user).catch((e: unknown) => throwAsPage(e, user.locale));
  const booth = booths.find((b) => b.boothId === boothId);
  if (!booth) throw errorResponse('not_found', translate(user.locale, 'fair.booth.notFound'));
  const accept = values.intent === 'accept';
  return formCommand({
    services: context.services,
    locale: user.locale,
    values,
    target: boothId,
    schema: answerInvitationSchema,
    input: {
      fairId: booth.fair.id,
      boothId,
      accept,
      staffUserIds: accept ? idsOf(values.staffUserIds) : [],
      jobIds: accept ? idsOf(values.jobIds) : [],
      trainingSlotIds: accept ? idsOf(values.trainingSlotIds) : [],
      callLink: accept ? values.callLink : undefined,
      // One key for the form, told apart by the button pressed.
      idempotencyKey: values.idempotencyKey ? `${values.idempotencyKey}:${values.intent}` : undefined,
    },
    run: async (tx, input) => {
      await answerInvitation(tx, user, input);
      return doneWith(accept ? 'fairPeople.employer.accepted' : 'fairPeople.employer.declined', {
        number: booth.number,
        fair: booth.fair.name,
      });
    },
    done: (message) => message,
  });
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type Invitation = Loaded['booths'][number];

const statusColour = { invited: 'blue', accepted: 'teal', declined: 'gray' } as const;

/** A group of checkboxes (the browser sends each ticked one under `name`), its mistake below it. */
function Choices({
  id,
  name,
  legend,
  options,
  checked,
  error,
  empty,
}: {
  id: string;
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  checked: readonly string[];
  error?: string;
  empty: string;
}) {
  const errorId = `${id}-${name}-error`;
  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>{legend}</legend>
      <Stack gap={6}>
        {options.length === 0 ? <Text size="sm">{empty}</Text> : null}
        {options.map((o) => (
          <Checkbox key={o.id} name={name} value={o.id} label={o.label} defaultChecked={checked.includes(o.id)} />
        ))}
        {error ? (
          <Text id={errorId} c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </fieldset>
  );
}

function InvitationCard({
  booth,
  choices,
  formKey,
  result,
}: {
  booth: Invitation;
  choices: Loaded['choices'][string];
  formKey: string;
  result?: FormActionData;
}) {
  const t = useT();
  const mine = result?.target === booth.boothId ? result : undefined;
  const refused = mine && !mine.ok ? mine : undefined;
  const typed = refused?.values;
  const checked = (name: 'staffUserIds' | 'jobIds' | 'trainingSlotIds') => (typed ? idsOf(typed[name]) : booth[name]);
  const headingId = `booth-${booth.boothId}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {booth.fair.name}
            </Title>
            <Text size="sm">
              <FairWhen startsAt={booth.fair.startsAt} endsAt={booth.fair.endsAt} /> · {booth.fair.place ?? t('fairPeople.online')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('fairPeople.booth.label', { booth: booth.number, organisation: booth.organisation })}
            </Text>
          </Stack>
          <PlainBadge colour={statusColour[booth.status]}>{t(`fairPeople.employer.status.${booth.status}`)}</PlainBadge>
        </Group>
        {booth.status === 'accepted' ? (
          booth.staffed ? (
            <Group>
              <Button component={Link} to={`/employer/fairs/${booth.fair.id}`}>
                {t('fairPeople.employer.openDesk')}
              </Button>
            </Group>
          ) : (
            <Text size="sm">{t('fairPeople.employer.notStaff')}</Text>
          )
        ) : null}
        <FormAlert result={mine} />
        <Form method="post" noValidate>
          <input type="hidden" name="boothId" value={booth.boothId} />
          <input type="hidden" name="idempotencyKey" value={`${formKey}:${booth.boothId}`} />
          <Stack gap="md">
            <Choices
              id={booth.boothId}
              name="staffUserIds"
              legend={t('fairPeople.employer.staff')}
              options={choices.members.map((m) => ({ id: m.userId, label: m.fullName }))}
              checked={checked('staffUserIds')}
              error={refused?.fields?.staffUserIds}
              empty={t('fairPeople.employer.noMembers')}
            />
            <Choices
              id={booth.boothId}
              name="jobIds"
              legend={t('fairPeople.employer.jobs')}
              options={choices.jobs.map((j) => ({ id: j.id, label: j.title }))}
              checked={checked('jobIds')}
              error={refused?.fields?.jobIds}
              empty={t('fairPeople.employer.noJobs')}
            />
            <Choices
              id={booth.boothId}
              name="trainingSlotIds"
              legend={t('fairPeople.employer.courses')}
              options={choices.courses.map((c) => ({ id: c.id, label: c.title }))}
              checked={checked('trainingSlotIds')}
              error={refused?.fields?.trainingSlotIds}
              empty={t('fairPeople.employer.noCourses')}
            />
            {booth.fair.online ? (
              <TextInput
                name="callLink"
                type="url"
                label={t('fairPeople.employer.callLink')}
                description={t('fairPeople.employer.callLinkHint')}
                defaultValue={typed ? (typed.callLink ?? '') : (booth.callLink ?? '')}
                error={refused?.fields?.callLink}
              />
            ) : null}
            <Group>
              <IntentButton intent="accept" scope={{ name: 'boothId', value: booth.boothId }}>
                {t(booth.status === 'accepted' ? 'fairPeople.employer.saveAnswer' : 'fairPeople.employer.accept')}
              </IntentButton>
              {booth.status !== 'declined' ? (
                <IntentButton intent="decline" variant="default" scope={{ name: 'boothId', value: booth.boothId }}>
                  {t('fairPeople.employer.decline')}
                </IntentButton>
              ) : null}
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

export default function EmployerFairs() {
  const { booths, choices, formKey } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const taking = booths.filter((b) => b.status === 'accepted');
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{t('fairPeople.employer.title')}</Title>
        <Text>{t('fairPeople.employer.intro')}</Text>
      </Stack>
      {taking.length ? (
        <Stack gap="xs" component="section" aria-labelledby="taking-part">
          <Title order={2} size="h3" id="taking-part">
            {t('fairPeople.employer.takingPart')}
          </Title>
          <Stack gap={4}>
            {taking.map((b) => (
              <Text key={b.boothId}>
                {b.staffed ? (
                  <Anchor component={Link} to={`/employer/fairs/${b.fair.id}`} fw={600}>
                    {b.fair.name}
                  </Anchor>
                ) : (
                  <b>{b.fair.name}</b>
                )}{' '}
                — {t('fairPeople.booth.label', { booth: b.number, organisation: b.organisation })}
              </Text>
            ))}
          </Stack>
        </Stack>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="invitations">
        <Title order={2} size="h3" id="invitations">
          {t('fairPeople.employer.invitations')}
        </Title>
        {booths.length === 0 ? <Alert color="blue">{t('fairPeople.employer.none')}</Alert> : null}
        {booths.map((b) => (
          <InvitationCard key={b.boothId} booth={b} choices={choices[b.organisationId]} formKey={formKey} result={result} />
        ))}
      </Stack>
    </Stack>
  );
}
