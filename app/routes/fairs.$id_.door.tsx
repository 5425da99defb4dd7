// /fairs/:id/door: the door screen. Check a ticket in by its code — typed (works without JavaScript)
// or scanned with the camera where the browser can read QR codes — once only, a second time saying
// when it was; register a walk-in (a name is enough; nothing about the past) and check them in; and
// act for a person without a phone: find their ticket by code, show their queue numbers (a slip to
// print or read out) and queue them at the booth and job they choose, the consent wording read out
// to them and kept.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { doneWith, echo, formCommand, readForm } from '#app/adapters/form.server.ts';
import { doorBooths, doorCheckIn, fairHeader, newFormKey, requireOrganisersFair } from '#app/adapters/pages/fairs.server.ts';
import { DoorPerson } from '#app/components/fairs/organiser/DoorPerson.tsx';
import { FairBooths } from '#app/components/fairs/people/FairBooths.tsx';
import { FairLinks, FairStatusBadge, FormKey } from '#app/components/fairs/organiser/FairParts.tsx';
import { ScanButton } from '#app/components/fairs/organiser/ScanButton.tsx';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useT } from '#app/i18n/use-t.ts';
import { joinQueue, leaveQueue } from '#app/services/fairs/commands.server.ts';
import { ticketByCode } from '#app/services/fairs/organiser.server.ts';
import { personView } from '#app/services/fairs/queries.server.ts';
import { doorOpen, queuesOpen, queuesPerPerson } from '#app/services/fairs/rules.ts';
import { joinQueueSchema, leaveQueueSchema, walkInSchema } from '#app/services/fairs/schemas.ts';
import { registerWalkIn } from '#app/services/fairs/walk-ins.server.ts';
import type { PhoneHolder } from '#app/services/caseload/queries.server.ts';
import { listCommunes } from '#app/services/reference/queries.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.door.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const { db } = context.services;
  const url = new URL(request.url);
  const code = (url.searchParams.get('code') ?? '').trim().slice(0, 20);
  const walkIn = url.searchParams.get('walkIn');
  const page = {
    fair: fairHeader(fair),
    doorOpen: doorOpen.includes(fair.status),
    code,
    checkedInNow: url.searchParams.get('checkedIn') === '1',
    walkIn: walkIn === 'new' || walkIn === 'known' ? walkIn : null,
    communes: doorOpen.includes(fair.status) ? await listCommunes(db, fair.provinceCode) : [],
    formKey: newFormKey(),
  };
  const ticket = code ? await ticketByCode(db, fair.id, code) : null;
  if (!ticket) return { ...page, found: code ? false : null, person: null };
  const view = await personView(db, actor, fair.id, ticket.id);
  const blocker = !queuesOpen.includes(fair.status)
    ? ('fairOrg.door.queuesClosed' as const)
    : fair.kind !== 'online' && !ticket.checkedInAt
      ? ('fairOrg.door.notCheckedIn' as const)
      : view.places.length >= queuesPerPerson
        ? ('fairOrg.door.full' as const)
        : null;
  return {
    ...page,
    found: true,
    person: {
      view,
      checkedInAt: ticket.checkedInAt?.toISOString() ?? null,
      blocker,
      booths: blocker ? [] : await doorBooths(db, actor, fair.id),
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const values = await readForm(request);
  const common = { services: context.services, locale: actor.locale, values };
  switch (values.intent) {
    case 'checkIn':
      return doorCheckIn(context, actor, fair, values);
    case 'walkIn':
      return formCommand({
        ...common,
        target: 'walkIn',
        schema: walkInSchema,
        input: {
          fairId: fair.id,
          fullName: values.fullName,
          phone: values.phone,
          birthDate: values.birthDate,
          sex: values.sex,
          communeCode: values.communeCode,
          confirmSharedPhone: values.confirmSharedPhone,
          idempotencyKey: values.idempotencyKey,
        },
        run: (tx, input) => registerWalkIn(tx, actor, input),
        done: ({ answer }) =>
          'sharedPhone' in answer
            ? Response.json({ sharedPhone: answer.sharedPhone, values: echo(values), target: 'walkIn' } satisfies DoorActionData)
            : redirect(`/fairs/${fair.id}/door?${new URLSearchParams({ code: answer.code, walkIn: answer.newTicket ? 'new' : 'known' })}`),
      });
    case 'join': {
      // The person the page shows (`?code=`, kept in the form's address): the door queues them.
      const ticket = await ticketByCode(context.services.db, fair.id, new URL(request.url).searchParams.get('code') ?? '');
      if (!ticket) throw errorResponse('not_found', translate(actor.locale, 'fair.ticket.notFound'));
      return formCommand({
        ...common,
        target: 'join',
        schema: joinQueueSchema,
        input: {
          fairId: fair.id,
          ticketId: ticket.id,
          boothId: values.boothId,
          jobId: values.jobId,
          trainingSlotId: values.trainingSlotId,
          consentWording: values.consentWording,
          idempotencyKey: values.idempotencyKey,
        },
        run: (tx, input) => joinQueue(tx, actor, input),
        done: ({ answer }) => doneWith('fairOrg.door.joined', { booth: answer.boothNumber, number: answer.number }),
      });
    }
    case 'leave':
      return formCommand({
        ...common,
        target: 'join',
        schema: leaveQueueSchema,
        input: { fairId: fair.id, placeId: values.placeId, idempotencyKey: values.idempotencyKey },
        run: (tx, input) => leaveQueue(tx, actor, input),
        done: () => 'fairOrg.door.left',
      });
    default:
      throw errorResponse('invalid_input', translate(actor.locale, 'validation.invalid'));
  }
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
/** A walk-in whose phone is on another person's record comes back with who looks after that record. */
type DoorActionData = FormActionData & { sharedPhone?: PhoneHolder[] };

/** Someone who came without a ticket: the fewest fields a record needs, nothing about the past. */
function WalkIn({ loaded, result }: { loaded: Loaded; result?: DoorActionData }) {
  const t = useT();
  if (!loaded.doorOpen) return null;
  const values = result?.values ?? {};
  const errors = result?.fields ?? {};
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="door-walk-in">
      <Stack gap="sm">
        <Title order={2} size="h3" id="door-walk-in">
          {t('fairOrg.door.walkIn')}
        </Title>
        <Text size="sm">{t('fairOrg.door.walkInIntro')}</Text>
        {result?.sharedPhone ? (
          <Alert color="orange" role="alert" title={t('caseload.intake.phoneShared')}>
            <Stack gap="xs">
              <List spacing={4}>
                {result.sharedPhone.map((holder, i) => (
                  <List.Item key={i}>
                    {holder.counsellorName
                      ? t('caseload.intake.phoneHolder', { counsellor: holder.counsellorName, province: holder.provinceName })
                      : t('caseload.intake.phoneHolderNoCounsellor', { province: holder.provinceName })}
                  </List.Item>
                ))}
              </List>
              <Text size="sm">{t('fairOrg.door.walkInShared')}</Text>
              <div>
                <Button type="submit" form="walk-in-form" name="confirmSharedPhone" value="on" color="orange">
                  {t('fairOrg.door.walkInConfirm')}
                </Button>
              </div>
            </Stack>
          </Alert>
        ) : (
          <FormAlert result={result} />
        )}
        <Form method="post" noValidate id="walk-in-form" key={loaded.formKey}>
          <input type="hidden" name="intent" value="walkIn" />
          <FormKey value={`${loaded.formKey}:walkIn`} />
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                name="fullName"
                label={t('caseload.field.fullName')}
                required
                maxLength={120}
                autoComplete="off"
                defaultValue={values.fullName ?? ''}
                error={errors.fullName}
              />
              <TextInput
                name="phone"
                type="tel"
                label={t('caseload.field.phone')}
                description={t('fairOrg.door.walkInPhoneHint')}
                autoComplete="off"
                maxLength={30}
                defaultValue={values.phone ?? ''}
                error={errors.phone}
              />
              <TextInput
                name="birthDate"
                type="date"
                label={t('caseload.field.birthDate')}
                description={t('fairOrg.door.walkInBirthHint')}
                defaultValue={values.birthDate ?? ''}
                error={errors.birthDate}
              />
              <NativeSelect
                name="sex"
                label={t('caseload.field.sex')}
                defaultValue={values.sex ?? ''}
                error={errors.sex}
                data={[
                  { value: '', label: t('caseload.choose') },
                  ...(['female', 'male', 'other'] as const).map((sex) => ({ value: sex, label: t(`caseload.sex.${sex}`) })),
                ]}
              />
              <NativeSelect
                name="communeCode"
                label={t('caseload.field.commune')}
                defaultValue={values.communeCode ?? ''}
                error={errors.communeCode}
                data={[
                  { value: '', label: t('caseload.chooseCommune') },
                  ...loaded.communes.map((c) => ({ value: c.code, label: c.name })),
                ]}
              />
            </SimpleGrid>
            <div>
              <Button type="submit">{t('fairOrg.door.walkInSubmit')}</Button>
            </div>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

function CheckIn({ loaded, result }: { loaded: Loaded; result?: FormActionData }) {
  const t = useT();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="door-check-in">
      <Stack gap="sm">
        <Title order={2} size="h3" id="door-check-in">
          {t('fairOrg.door.checkIn')}
        </Title>
        {loaded.checkedInNow && !result ? (
          <Alert color="teal" role="status">
            {t('fairOrg.door.checkedIn', { code: loaded.code })}
          </Alert>
        ) : null}
        <FormAlert result={result} />
        {loaded.doorOpen ? (
          <Form method="post" noValidate key={loaded.formKey}>
            <input type="hidden" name="intent" value="checkIn" />
            <FormKey value={`${loaded.formKey}:checkIn`} />
            <Stack gap="sm">
              <Group align="flex-start" gap="sm">
                <TextInput
                  name="code"
                  label={t('fairOrg.door.code')}
                  description={t('fairOrg.door.codeHint')}
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  maxLength={20}
                  defaultValue={result?.values?.code ?? ''}
                  error={result?.fields?.code}
                  styles={{ input: { fontSize: '1.25rem', letterSpacing: '0.15em', textTransform: 'uppercase' } }}
                />
              </Group>
              <Group gap="sm">
                <Button type="submit">{t('fairOrg.door.checkInSubmit')}</Button>
              </Group>
              <ScanButton field="code" />
            </Stack>
          </Form>
        ) : (
          <Text c="dimmed">{t('fairOrg.door.closed')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Proxy({ loaded, result }: { loaded: Loaded; result?: FormActionData }) {
  const t = useT();
  const person = loaded.person;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="door-proxy">
      <Stack gap="sm">
        <Title order={2} size="h3" id="door-proxy">
          {t('fairOrg.door.proxy')}
        </Title>
        <Text size="sm">{t('fairOrg.door.proxyIntro')}</Text>
        <Form method="get" role="search" aria-labelledby="door-proxy">
          <Group align="flex-end" gap="sm">
            <TextInput
              name="code"
              label={t('fairOrg.door.code')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              defaultValue={loaded.code}
            />
            <Button type="submit" variant="default">
              {t('fairOrg.door.find')}
            </Button>
          </Group>
        </Form>
        {loaded.walkIn && loaded.person && !result ? (
          <Alert color="teal" role="status">
            {t(loaded.walkIn === 'new' ? 'fairOrg.door.walkInDone' : 'fairOrg.door.walkInKnown', { code: loaded.code.toUpperCase() })}
          </Alert>
        ) : null}
        {loaded.found === false ? (
          <Alert color="orange" role="alert">
            {t('fairOrg.door.notFound', { code: loaded.code.toUpperCase() })}
          </Alert>
        ) : null}
        {person ? (
          <>
            <FormAlert result={result} />
            {result?.fields ? (
              // The join forms' fields are hidden: their messages are listed here.
              <List size="sm" c="red.9">
                {Object.values(result.fields).map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            ) : null}
            {person.checkedInAt ? null : <Text fw={500}>{t('fairOrg.door.notCheckedIn')}</Text>}
            <DoorPerson view={person.view} formKey={loaded.formKey} />
            {person.blocker ? (
              person.blocker === 'fairOrg.door.notCheckedIn' ? null : (
                <Text c="dimmed">{t(person.blocker)}</Text>
              )
            ) : (
              <>
                <Title order={3} size="h4">
                  {t('fairOrg.door.queueAt')}
                </Title>
                <Text size="sm">{t('fairOrg.door.readWording')}</Text>
                <FairBooths
                  booths={person.booths}
                  headingLevel={4}
                  join={{ formKey: loaded.formKey, queuedBoothIds: person.view.places.map((p) => p.boothId), proxy: true }}
                />
              </>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

export default function FairDoor() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<DoorActionData>();
  const t = useT();
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/fairs/${loaded.fair.id}`} size="sm">
        {loaded.fair.name}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{t('fairOrg.door.title')}</Title>
        <FairStatusBadge status={loaded.fair.status} large />
      </Group>
      <FairLinks fairId={loaded.fair.id} current="door" />
      <CheckIn loaded={loaded} result={result?.target === 'checkIn' ? result : undefined} />
      <WalkIn loaded={loaded} result={result?.target === 'walkIn' ? result : undefined} />
      <Proxy loaded={loaded} result={result?.target === 'join' ? result : undefined} />
    </Stack>
  );
}
