// /fairs/:id: an organiser runs a fair of their province — its details, the status moves it can make
// now (open registration, start, pause, resume, end), announcements, the booths with each invited
// organisation's answer, and inviting verified employers and training providers found by name.
// Every command's form carries the idempotency key this page load made, so a double press acts once.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { Alert, Anchor, Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { doneWith, formCommand, readForm, requireId } from '#app/adapters/form.server.ts';
import { fairHeader, newFormKey, requireOrganisersFair, type FairHeader } from '#app/adapters/pages/fairs.server.ts';
import { Detail } from '#app/components/Detail.tsx';
import { PlainBadge } from '#app/components/PlainBadge.tsx';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { FairLinks, FairStatusBadge, FairWhen, FormKey } from '#app/components/fairs/organiser/FairParts.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { boothsOfFair, fairAnnouncements, inviteNamed, organisationsToInvite, ticketCounts } from '#app/services/fairs/organiser.server.ts';
import { announceSchema, fairStatusSchema, inviteBoothSchema } from '#app/services/fairs/schemas.ts';
import { announce, setFairStatus } from '#app/services/fairs/setup.server.ts';
import { formatDateTime, formatNumber } from '#lib/format.ts';
import css from '#app/components/plain.module.css';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.fair.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { fair } = await requireOrganisersFair(request, context, params);
  const { db } = context.services;
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const [booths, tickets, announcements, found] = await Promise.all([
    boothsOfFair(db, fair.id),
    ticketCounts(db, fair.id),
    fairAnnouncements(db, fair.id),
    q ? organisationsToInvite(db, fair, q) : [],
  ]);
  return {
    fair: fairHeader(fair),
    created: url.searchParams.get('created') === '1',
    booths,
    tickets,
    announcements: announcements.map((a) => ({ ...a, at: a.at.toISOString() })),
    q,
    found,
    formKey: newFormKey(),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const values = await readForm(request);
  const common = { services: context.services, locale: actor.locale, values };
  switch (values.intent) {
    case 'status':
      return formCommand({
        ...common,
        target: 'status',
        schema: fairStatusSchema,
        input: { fairId: fair.id, status: values.status, idempotencyKey: values.idempotencyKey },
        run: (tx, input) => setFairStatus(tx, actor, input),
        done: (_moved, input) => doneWith('fairOrg.moved', { status: translate(actor.locale, `fairOrg.status.${input.status}`) }),
      });
    case 'announce':
      return formCommand({
        ...common,
        target: 'announce',
        schema: announceSchema,
        input: { fairId: fair.id, message: values.message, idempotencyKey: values.idempotencyKey },
        run: (tx, input) => announce(tx, actor, input),
        done: () => 'fairOrg.announce.done',
      });
    case 'invite': {
      const organisationId = requireId(values.organisationId, actor.locale);
      return formCommand({
        ...common,
        target: 'invite',
        schema: inviteBoothSchema,
        input: { fairId: fair.id, organisationId, idempotencyKey: values.idempotencyKey },
        run: (tx, input) => inviteNamed(tx, actor, input),
        done: (invited) => doneWith('fairOrg.invite.done', { name: invited.name, number: invited.number }),
      });
    }
    default:
      throw errorResponse('invalid_input', translate(actor.locale, 'validation.invalid'));
  }
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function resultFor(result: FormActionData | undefined, target: string) {
  return result?.target === target ? result : undefined;
}

function Details({ fair, tickets }: { fair: FairHeader; tickets: Loaded['tickets'] }) {
  const t = useT();
  const locale = useLocale();
  const place = fair.kind === 'online' ? t('fairOrg.kind.online') : [fair.venueAddress, fair.communeName].filter(Boolean).join(', ');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fair-details">
      <Title order={2} size="h3" id="fair-details" mb="sm">
        {t('fairOrg.fair.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="xs" m={0}>
        <Detail label={t('fairOrg.field.kind')}>{t(`fairOrg.kind.${fair.kind}`)}</Detail>
        <Detail label={t('fairOrg.list.when')}>
          <FairWhen startsAt={fair.startsAt} endsAt={fair.endsAt} />
        </Detail>
        <Detail label={t('fairOrg.list.place')}>{place}</Detail>
        <Detail label={t('fairOrg.field.capacity')}>
          {fair.capacity === null ? t('fairOrg.fair.noLimit') : formatNumber(locale, fair.capacity)}
        </Detail>
        <Detail label={t('fairOrg.field.emptyBoothMinutes')}>{t('fairOrg.minutes', { minutes: fair.emptyBoothMinutes })}</Detail>
        <Detail label={t('fairOrg.field.noShowGraceMinutes')}>{t('fairOrg.minutes', { minutes: fair.noShowGraceMinutes })}</Detail>
        <Detail label={t('fairOrg.fair.registered')}>{formatNumber(locale, tickets.registered)}</Detail>
        <Detail label={t('fairOrg.counter.checkedIn')}>{formatNumber(locale, tickets.checkedIn)}</Detail>
        <Detail label={t('fairOrg.fair.walkIns')}>{formatNumber(locale, tickets.walkIns)}</Detail>
      </SimpleGrid>
    </Paper>
  );
}

/** The moves the fair can make now, each its own button; ending is said to be final. */
function StatusMoves({ fair, formKey, result }: { fair: FairHeader; formKey: string; result?: FormActionData }) {
  const t = useT();
  const label = (to: FairHeader['moves'][number]) =>
    to === 'live' && fair.status === 'paused' ? t('fairOrg.move.resume') : t(`fairOrg.move.${to}`);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fair-status">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="fair-status">
            {t('fairOrg.move.title')}
          </Title>
          <FairStatusBadge status={fair.status} />
        </Group>
        <FormAlert result={result} />
        {fair.moves.length === 0 ? (
          <Text c="dimmed">{t('fairOrg.move.none')}</Text>
        ) : (
          <Group gap="sm">
            {fair.moves.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="status" value={to} />
                <FormKey value={`${formKey}:status:${to}`} />
                <IntentButton
                  intent="status"
                  scope={{ name: 'status', value: to }}
                  color={to === 'ended' ? 'red' : to === 'paused' ? 'orange' : undefined}
                  variant={to === 'ended' ? 'light' : 'filled'}
                >
                  {label(to)}
                </IntentButton>
              </Form>
            ))}
          </Group>
        )}
        {fair.moves.includes('ended') ? (
          <Text size="sm" c="dimmed">
            {t('fairOrg.move.endHint')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Announcements({ loaded, result }: { loaded: Loaded; result?: FormActionData }) {
  const t = useT();
  const locale = useLocale();
  const open = loaded.fair.status !== 'ended';
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fair-announce">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fair-announce">
          {t('fairOrg.announce.title')}
        </Title>
        <FormAlert result={result} />
        {open ? (
          // A new key after each answer: the form starts afresh once its announcement went out.
          <Form method="post" noValidate key={loaded.formKey}>
            <FormKey value={`${loaded.formKey}:announce`} />
            <Stack gap="sm">
              <Textarea
                name="message"
                label={t('fairOrg.announce.label')}
                description={t('fairOrg.announce.hint')}
                autosize
                minRows={2}
                maxLength={300}
                defaultValue={result?.ok ? '' : (result?.values?.message ?? '')}
                error={result?.fields?.message}
              />
              <div>
                <IntentButton intent="announce">{t('fairOrg.announce.submit')}</IntentButton>
              </div>
            </Stack>
          </Form>
        ) : null}
        <Title order={3} size="h5">
          {t('fairOrg.announce.recent')}
        </Title>
        {loaded.announcements.length === 0 ? (
          <Text c="dimmed">{t('fairOrg.announce.none')}</Text>
        ) : (
          <ul className={css.list}>
            {loaded.announcements.map((a) => (
              <li key={a.seq}>
                <Text span size="sm" c="dimmed">
                  {formatDateTime(locale, a.at)}
                </Text>{' '}
                {a.message}
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}

const answerColours = { invited: 'gray', accepted: 'teal', declined: 'red' } as const;

function Booths({ booths }: { booths: Loaded['booths'] }) {
  const t = useT();
  const locale = useLocale();
  const shows = (b: Loaded['booths'][number]) => [...b.jobs, ...b.courses].map((p) => p.title).join('; ') || '—';
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fair-booths">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fair-booths">
          {t('fairOrg.booths.title')}
        </Title>
        {booths.length === 0 ? (
          <Text c="dimmed">{t('fairOrg.booths.empty')}</Text>
        ) : (
          <>
            <Box visibleFrom="sm">
              <ScrollTable label={t('fairOrg.booths.title')} minWidth={720}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('fairOrg.booths.number')}</Table.Th>
                      <Table.Th>{t('fairOrg.booths.organisation')}</Table.Th>
                      <Table.Th>{t('fairOrg.booths.answer')}</Table.Th>
                      <Table.Th>{t('fairOrg.booths.staff')}</Table.Th>
                      <Table.Th>{t('fairOrg.booths.shows')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {booths.map((b) => (
                      <Table.Tr key={b.id}>
                        <Table.Td>{b.number}</Table.Td>
                        <Table.Td>
                          {b.organisation}
                          <Text size="xs" c="dimmed">
                            {t(`register.kind.${b.organisationKind}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <PlainBadge colour={answerColours[b.status]}>{t(`fairOrg.booths.status.${b.status}`)}</PlainBadge>
                        </Table.Td>
                        <Table.Td>{formatNumber(locale, b.staff)}</Table.Td>
                        <Table.Td>{shows(b)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Box>
            <Stack gap="xs" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {booths.map((b) => (
                <Paper key={b.id} withBorder p="sm" component="li">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Text fw={600}>{t('fairOrg.board.booth', { number: b.number })}</Text>
                    <PlainBadge colour={answerColours[b.status]}>{t(`fairOrg.booths.status.${b.status}`)}</PlainBadge>
                  </Group>
                  <Text size="sm">{b.organisation}</Text>
                  <Text size="sm" c="dimmed">
                    {t('fairOrg.booths.staff')}: {formatNumber(locale, b.staff)} · {shows(b)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Search verified organisations by name (a GET form), and invite one (each its own form). */
function Invite({ loaded, result }: { loaded: Loaded; result?: FormActionData }) {
  const t = useT();
  if (loaded.fair.status === 'ended') return null;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fair-invite">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fair-invite">
          {t('fairOrg.invite.title')}
        </Title>
        <FormAlert result={result} />
        <Form method="get" role="search" aria-labelledby="fair-invite">
          <Group align="flex-end" gap="sm">
            <TextInput name="q" type="search" label={t('fairOrg.invite.search')} defaultValue={loaded.q} maxLength={100} />
            <Button type="submit" variant="default">
              {t('fairOrg.invite.find')}
            </Button>
          </Group>
        </Form>
        {loaded.q && loaded.found.length === 0 ? <Text c="dimmed">{t('fairOrg.invite.none')}</Text> : null}
        {loaded.found.length > 0 ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {loaded.found.map((o) => (
              <Paper key={o.id} withBorder p="xs" component="li">
                <Form method="post">
                  <input type="hidden" name="organisationId" value={o.id} />
                  <FormKey value={`${loaded.formKey}:${o.id}`} />
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <Text fw={500}>{o.name}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`register.kind.${o.kind}`)} · {o.provinceName}
                      </Text>
                    </div>
                    <IntentButton
                      intent="invite"
                      size="sm"
                      scope={{ name: 'organisationId', value: o.id }}
                      aria-label={t('fairOrg.invite.buttonLabel', { name: o.name })}
                    >
                      {t('fairOrg.invite.button')}
                    </IntentButton>
                  </Group>
                </Form>
              </Paper>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

export default function FairPage() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/fairs" size="sm">
        {t('fairOrg.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{loaded.fair.name}</Title>
        <FairStatusBadge status={loaded.fair.status} large />
      </Group>
      <FairLinks fairId={loaded.fair.id} current="fair" />
      {loaded.created && !result ? (
        <Alert color="teal" role="status">
          {t('fairOrg.created')}
        </Alert>
      ) : null}
      <Details fair={loaded.fair} tickets={loaded.tickets} />
      <StatusMoves fair={loaded.fair} formKey={loaded.formKey} result={resultFor(result, 'status')} />
      <Announcements loaded={loaded} result={resultFor(result, 'announce')} />
      <Booths booths={loaded.booths} />
      <Invite loaded={loaded} result={resultFor(result, 'invite')} />
    </Stack>
  );
}
