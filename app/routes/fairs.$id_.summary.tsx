// /fairs/:id/summary: the after-fair summary for the fair's organisers — registered, checked in and
// walk-ins; per booth and for the whole fair the people who joined, interviews, offers, hires,
// enrolments, no-shows, places left, the average and p90 wait and how good the wait estimates were
// — with the CSV and XLSX downloads (fairs.$id_.summary[.]csv.ts, fairs.$id_.summary[.]xlsx.ts).
import '#app/styles/data.css';
import { Anchor, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { fairHeader, requireOrganisersFair } from '#app/adapters/pages/fairs.server.ts';
import { FairLinks, FairStatusBadge, FairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { fairSummary } from '#app/services/fairs/summary.server.ts';
import type { PlaceFigures } from '#app/services/fairs/summary-figures.ts';
import { formatNumber, type Locale } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fair.summary.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const summary = await fairSummary(context.services.db, actor, fair.id).catch((error: unknown) => throwAsPage(error, actor.locale));
  return { fair: fairHeader(fair), summary };
}

/** A count or minutes as the page writes them; nothing to show is a dash. */
function figure(locale: Locale, value: number | null) {
  return value === null ? '—' : formatNumber(locale, value);
}

function FigureCells({ figures }: { figures: PlaceFigures }) {
  const locale = useLocale();
  const share = figures.withinToleranceShare === null ? null : Math.round(figures.withinToleranceShare * 1000) / 10;
  return (
    <>
      {[
        figures.visitors,
        figures.interviews,
        figures.offers,
        figures.hires,
        figures.enrolments,
        figures.noShows,
        figures.left,
        figures.averageWaitMinutes,
        figures.p90WaitMinutes,
        figures.meanAbsoluteErrorMinutes,
        share,
      ].map((value, i) => (
        <Table.Td key={i} ta="right">
          {figure(locale, value)}
        </Table.Td>
      ))}
    </>
  );
}

const columns = [
  'fair.summary.visitors',
  'fair.summary.interviews',
  'fair.summary.offers',
  'fair.summary.hires',
  'fair.summary.enrolments',
  'fair.summary.noShows',
  'fair.summary.left',
  'fair.summary.averageWait',
  'fair.summary.p90Wait',
  'fair.summary.estimateError',
  'fair.summary.estimateWithin',
] as const;

export default function FairSummaryPage() {
  const { fair, summary } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/fairs/${fair.id}`} size="sm">
        {fair.name}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{t('fair.summary.title')}</Title>
        <FairStatusBadge status={fair.status} large />
      </Group>
      <FairLinks fairId={fair.id} current="summary" />
      <Text c="dimmed">
        <FairWhen startsAt={fair.startsAt} endsAt={fair.endsAt} />
      </Text>
      <Text>{t('fair.summary.intro')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
        {(
          [
            ['fair.summary.registered', summary.registered],
            ['fair.summary.checkedIn', summary.checkedIn],
            ['fair.summary.walkIns', summary.walkIns],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <Text component="dt" c="dimmed" size="sm">
              {t(label)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {formatNumber(locale, value)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group gap="md">
        <Anchor href={`/fairs/${fair.id}/summary.csv`} download>
          {t('fair.summary.downloadCsv')}
        </Anchor>
        <Anchor href={`/fairs/${fair.id}/summary.xlsx`} download>
          {t('fair.summary.downloadXlsx')}
        </Anchor>
      </Group>
      {summary.booths.length === 0 ? (
        <Text>{t('fair.summary.noBooths')}</Text>
      ) : (
        <ScrollTable label={t('fair.summary.title')} minWidth={1100}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fair.summary.booth')}</Table.Th>
                <Table.Th>{t('fair.summary.organisation')}</Table.Th>
                {columns.map((key) => (
                  <Table.Th key={key} ta="right">
                    {t(key)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.booths.map((b) => (
                <Table.Tr key={b.boothId}>
                  <Table.Td>{b.number}</Table.Td>
                  <Table.Td>{b.organisation}</Table.Td>
                  <FigureCells figures={b} />
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td />
                <Table.Th scope="row">{t('fair.summary.total')}</Table.Th>
                <FigureCells figures={summary.total} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      )}
      <Text size="sm" c="dimmed">
        {t('fair.summary.waitNote')}
      </Text>
    </Stack>
  );
}
