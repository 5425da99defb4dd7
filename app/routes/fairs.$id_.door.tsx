// /fairs/:id/door: the door screen. Check a ticket in by its code — typed (works without JavaScript)
// or scanned with the camera where the browser can read QR codes — once only, a second time saying
// when it was; and act for a person without a phone: find their ticket by code, show their queue
// numbers (a slip to print or read out) and queue them at the booth and job they choose, the consent
// wording read out to them and kept.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { doneWith, formCommand, readForm } from '#app/adapters/form.server.ts';
import { doorBooths, doorCheckIn, fairHeader, newFormKey, requireOrganisersFair } from '#app/adapters/pages/fairs.server.ts';
import { DoorBooths, DoorPerson } from '#app/components/fairs/organiser/DoorPerson.tsx';
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
import { joinQueueSchema, leaveQueueSchema } from '#app/services/fairs/schemas.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.door.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const { db } = context.services;
  const url = new URL(request.url);
  const code = (url.searchParams.get('code') ?? '').trim().slice(0, 20);
  const page = {
    fair: fairHeader(fair),
    doorOpen: doorOpen.includes(fair.status),
    code,
    checkedInNow: url.searchParams.get('checkedIn') === '1',
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
      booths: blocker ? [] : await doorBooths(db, actor, fair.id, ticket.id),
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
    case 'join':
      return formCommand({
        ...common,
        target: 'join',
        schema: joinQueueSchema,
        input: {
          fairId: fair.id,
          ticketId: values.ticketId,
          boothId: values.boothId,
          jobId: values.jobId,
          trainingSlotId: values.trainingSlotId,
          consentWording: values.consentWording,
          idempotencyKey: values.idempotencyKey,
        },
        run: (tx, input) => joinQueue(tx, actor, input),
        done: ({ answer }) => doneWith('fairOrg.door.joined', { booth: answer.boothNumber, number: answer.number }),
      });
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
          <Form method="post" noValidate>
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
        {loaded.found === false ? (
          <Alert color="orange" role="alert">
            {t('fairOrg.door.notFound', { code: loaded.code.toUpperCase() })}
          </Alert>
        ) : null}
        {person ? (
          <>
            <FormAlert result={result} />
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
                <DoorBooths
                  booths={person.booths}
                  ticketId={person.view.ticket.id}
                  formKey={loaded.formKey}
                  queuedBoothIds={person.view.places.map((p) => p.boothId)}
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
  const result = useActionData<FormActionData>();
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
      <Proxy loaded={loaded} result={result?.target === 'join' ? result : undefined} />
    </Stack>
  );
}
