// /fairs: the organiser's job fairs in their province — name, kind, dates, place, status, booths and
// tickets — 20 a page, the latest first, with the way to create one.
import '#app/styles/data.css';
import { Alert, Anchor, Box, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FairStatusBadge, FairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { Pager } from '#app/components/Pager.tsx';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { organiserFairs } from '#app/services/fairs/organiser.server.ts';
import { formatNumber } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.list.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:fair');
  const page = Math.min(500, Math.max(1, Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10) || 1));
  const list = await organiserFairs(context.services.db, actor, { page });
  if (!list) return { ready: false as const };
  return {
    ready: true as const,
    province: list.provinceName,
    total: list.total,
    page: list.page,
    pages: list.pages,
    fairs: list.rows.map((f) => ({
      ...f,
      startsAt: f.startsAt.toISOString(),
      endsAt: f.endsAt.toISOString(),
      place: f.kind === 'online' ? null : [f.venueAddress, f.communeName].filter(Boolean).join(', '),
    })),
  };
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ready: true }>;
type Row = Loaded['fairs'][number];

function Place({ fair }: { fair: Row }) {
  const t = useT();
  return <>{fair.place === null ? t('fairOrg.kind.online') : fair.place || '—'}</>;
}

function FairList({ fairs }: { fairs: Row[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Box visibleFrom="sm">
        <ScrollTable label={t('fairOrg.list.title')} minWidth={820}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fairOrg.field.name')}</Table.Th>
                <Table.Th>{t('fairOrg.field.kind')}</Table.Th>
                <Table.Th>{t('fairOrg.list.when')}</Table.Th>
                <Table.Th>{t('fairOrg.list.place')}</Table.Th>
                <Table.Th>{t('fairOrg.list.status')}</Table.Th>
                <Table.Th>{t('fairOrg.list.booths')}</Table.Th>
                <Table.Th>{t('fairOrg.list.tickets')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fairs.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/fairs/${f.id}`} fw={500}>
                      {f.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`fairOrg.kind.${f.kind}`)}</Table.Td>
                  <Table.Td>
                    <FairWhen startsAt={f.startsAt} endsAt={f.endsAt} />
                  </Table.Td>
                  <Table.Td>
                    <Place fair={f} />
                  </Table.Td>
                  <Table.Td>
                    <FairStatusBadge status={f.status} />
                  </Table.Td>
                  <Table.Td>{formatNumber(locale, f.booths)}</Table.Td>
                  <Table.Td>{formatNumber(locale, f.tickets)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Box>
      {/* Phones: one card per fair. */}
      <Stack gap="xs" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {fairs.map((f) => (
          <Paper key={f.id} withBorder p="sm" component="li">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Anchor component={Link} to={`/fairs/${f.id}`} fw={600}>
                {f.name}
              </Anchor>
              <FairStatusBadge status={f.status} />
            </Group>
            <Text size="sm">
              {t(`fairOrg.kind.${f.kind}`)} · <FairWhen startsAt={f.startsAt} endsAt={f.endsAt} />
            </Text>
            <Text size="sm" c="dimmed">
              <Place fair={f} />
            </Text>
            <Text size="sm">
              {t('fairOrg.list.counts', { booths: formatNumber(locale, f.booths), tickets: formatNumber(locale, f.tickets) })}
            </Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

export default function Fairs() {
  const loaded = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!loaded.ready) {
    return (
      <Stack>
        <Title order={1}>{t('fairOrg.list.title')}</Title>
        <Alert color="yellow">{t('fairOrg.list.noProvince')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('fairOrg.list.title')}</Title>
          <Text c="dimmed">{t('fairOrg.list.intro', { province: loaded.province })}</Text>
        </Stack>
        <Button component={Link} to="/fairs/new">
          {t('fairOrg.new.title')}
        </Button>
      </Group>
      {loaded.total === 0 ? (
        <Alert color="blue" variant="light">
          {t('fairOrg.list.empty')}
        </Alert>
      ) : (
        <>
          <Text fw={500} role="status">
            {t('fairOrg.list.total', { count: formatNumber(locale, loaded.total) })}
          </Text>
          <FairList fairs={loaded.fairs} />
          <Pager page={loaded.page} pages={loaded.pages} />
        </>
      )}
    </Stack>
  );
}
