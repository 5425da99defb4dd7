// /verification: a counsellor checks the employers and training providers registered in their own
// province and verifies them, or refuses with a reason the employer will read; recent decisions
// are listed below the queue.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Detail } from '#app/components/Detail.tsx';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { Pager } from '#app/components/Pager.tsx';
import { formCommand, readForm, requireId } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FormAlert, IntentButton, VerificationBadge } from '#app/components/postings/FormParts.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { formatDateTime, formatNumber } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { decideVerification } from '#app/services/organisations/commands.server.ts';
import { verificationQueue } from '#app/services/organisations/queries.server.ts';
import { verificationDecisionSchema } from '#app/services/organisations/schemas.ts';
import { listCommunes } from '#app/services/reference/queries.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'verification.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'verify:organisation');
  const { db } = context.services;
  const page = Math.min(500, Math.max(1, Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10) || 1));
  const queue = await verificationQueue(db, actor, { page });
  if (!queue) return { province: null };
  const communes = await listCommunes(db, queue.provinceCode);
  const communeName = new Map(communes.map((c) => [c.code, c.name]));
  const show = (o: (typeof queue.pending)[number]) => ({
    id: o.id,
    kind: o.kind,
    name: o.name,
    taxCode: o.taxCode,
    sector: o.sector,
    commune: o.communeCode ? (communeName.get(o.communeCode) ?? o.communeCode) : null,
    address: o.address,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    hiringStatement: o.hiringStatement,
    createdAt: o.createdAt.toISOString(),
  });
  return {
    province: queue.provinceName,
    pending: queue.pending.map(show),
    total: queue.total,
    page: queue.page,
    pages: Math.max(1, Math.ceil(queue.total / queue.perPage)),
    recent: queue.recentDecisions.map((o) => ({
      id: o.id,
      name: o.name,
      status: o.verificationStatus,
      decidedAt: o.verifiedAt?.toISOString() ?? null,
      reason: o.refusalReason,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'verify:organisation');
  const values = await readForm(request);
  const organisationId = requireId(values.organisationId, actor.locale);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    target: organisationId,
    schema: verificationDecisionSchema,
    input: { decision: values.intent, reason: values.reason },
    run: (tx, decision) => decideVerification(tx, actor, organisationId, decision),
    done: (decided) => ({
      key: decided.verificationStatus === 'verified' ? 'verification.verifiedDone' : 'verification.refusedDone',
      vars: { name: decided.name },
    }),
  });
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { pending: unknown }>;

function PendingCard({
  organisation: o,
  province,
  result,
}: {
  organisation: Loaded['pending'][number];
  province: string;
  result?: FormActionData;
}) {
  const t = useT();
  const locale = useLocale();
  const mine = result?.target === o.id ? result : undefined;
  const headingId = `org-${o.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {o.name}
          </Title>
          <Badge variant="light">{t(`register.kind.${o.kind}`)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs" m={0}>
          <Detail label={t('register.taxCode')}>{o.taxCode}</Detail>
          <Detail label={t('register.sector')}>{o.sector}</Detail>
          <Detail label={t('posting.address')}>{[o.address, o.commune, province].filter(Boolean).join(', ')}</Detail>
          <Detail label={t('verification.registeredAt')}>{formatDateTime(locale, o.createdAt)}</Detail>
          <Detail label={t('register.contactName')}>{o.contactName}</Detail>
          <Detail label={t('register.contactPhone')}>
            {o.contactPhone ? <Anchor href={`tel:${o.contactPhone}`}>{o.contactPhone}</Anchor> : null}
          </Detail>
          <Detail label={t('register.contactEmail')}>
            {o.contactEmail ? <Anchor href={`mailto:${o.contactEmail}`}>{o.contactEmail}</Anchor> : null}
          </Detail>
        </SimpleGrid>
        <Detail label={t('register.hiringStatement')}>{o.hiringStatement}</Detail>
        <FormAlert result={mine} />
        <Form method="post" noValidate>
          <input type="hidden" name="organisationId" value={o.id} />
          <Stack gap="sm">
            <Textarea
              name="reason"
              label={t('verification.reason')}
              description={t('verification.reasonHint')}
              autosize
              minRows={2}
              maxLength={500}
              defaultValue={mine?.values?.reason ?? ''}
              error={mine?.fields?.reason ?? mine?.fields?.decision}
            />
            <Group>
              <IntentButton
                intent="verify"
                color="teal"
                scope={{ name: 'organisationId', value: o.id }}
                aria-label={`${t('verification.verify')}: ${o.name}`}
              >
                {t('verification.verify')}
              </IntentButton>
              <IntentButton
                intent="refuse"
                color="red"
                variant="light"
                scope={{ name: 'organisationId', value: o.id }}
                aria-label={`${t('verification.refuse')}: ${o.name}`}
              >
                {t('verification.refuse')}
              </IntentButton>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}

export default function Verification() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  if (!('pending' in loaded) || loaded.province === null) {
    return (
      <Stack>
        <Title order={1}>{t('verification.title')}</Title>
        <Alert color="yellow">{t('verification.noProvince')}</Alert>
      </Stack>
    );
  }
  // A decision on an organisation that has left the queue still needs its message shown.
  const orphan = result?.target && !loaded.pending.some((o) => o.id === result.target) ? result : undefined;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('verification.title')}</Title>
        <Text>{t('verification.intro', { province: loaded.province })}</Text>
      </Stack>
      <FormAlert result={orphan} />
      <Title order={2} size="h3">
        {t('verification.pendingTitle', { count: formatNumber(locale, loaded.total) })}
      </Title>
      {loaded.pending.length === 0 ? (
        <Alert color="teal" variant="light">
          {loaded.total === 0 ? t('verification.empty') : t('employer.noMoreOnPage')}
        </Alert>
      ) : (
        loaded.pending.map((o) => <PendingCard key={o.id} organisation={o} province={loaded.province} result={result} />)
      )}
      <Pager page={loaded.page} pages={loaded.pages} />

      <Title order={2} size="h3">
        {t('verification.recentTitle')}
      </Title>
      {loaded.recent.length === 0 ? (
        <Text c="dimmed">{t('verification.noRecent')}</Text>
      ) : (
        <ScrollTable label={t('verification.recentTitle')} minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('register.orgName')}</Table.Th>
                <Table.Th>{t('employer.col.status')}</Table.Th>
                <Table.Th>{t('verification.decidedAt')}</Table.Th>
                <Table.Th>{t('verification.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loaded.recent.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <VerificationBadge status={o.status} />
                  </Table.Td>
                  <Table.Td>{o.decidedAt ? formatDateTime(locale, o.decidedAt) : '—'}</Table.Td>
                  <Table.Td>{o.reason ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
