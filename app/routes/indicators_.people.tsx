// /indicators/people: the people behind one count of the indicators dashboard (an indicator's
// numerator, denominator or unknown stable jobs; for an area, a period, a fair, a breakdown's group),
// for staff with caseload rights over the province only: a page of names with their commune, each a
// plain link to the record. The viewing is audited (its ids), in one transaction with the read.
// Everyone else: 403 (or 404 for another province's area). Plain links: works without JavaScript.
import '#app/styles/data.css';
import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { parseWith } from '#app/adapters/answers.ts';
import { inTransaction } from '#app/adapters/context.server.ts';
import { queryValues, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { Pager } from '#app/components/Pager.tsx';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate, type MessageKey } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { groupLabel, groupNames } from '#app/services/indicators/dashboard.server.ts';
import { indicatorPeople, peopleQuerySchema } from '#app/services/indicators/people.server.ts';
import { formatDateTime, formatDay, formatNumber } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'indicators.peopleTitle');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:returnee:province');
  const parsed = parseWith(peopleQuerySchema, queryValues(new URL(request.url)), actor.locale);
  if (!parsed.ok) return { invalid: parsed.fields, people: null };
  const query = parsed.data;
  const { db, env } = context.services;
  const people = await inTransaction(context.services, (tx) =>
    indicatorPeople(tx, actor, query, { stableMonths: env.STABLE_JOB_MONTHS }),
  ).catch((error: unknown) => throwAsPage(error, actor.locale));
  const t = (key: MessageKey) => translate(actor.locale, key);
  let group: string | null = null;
  if (query.by && query.group !== undefined) {
    const names = await groupNames(db, query.by, [query.group]);
    group = groupLabel(actor.locale, query.by, { group: query.group, name: names.get(query.group) ?? null, figures: [] });
  }
  const back = new URLSearchParams({ period: 'custom', from: query.from, to: query.to });
  if (query.area) back.set('area', query.area);
  if (query.fair) back.set('fair', query.fair);
  return {
    invalid: null,
    people,
    what: {
      indicator: t(`indicators.key.${query.indicator}` as MessageKey),
      part: t(`indicators.part.${query.part}` as MessageKey),
      group,
    },
    back: `/indicators?${back}`,
    /** The list is read now: it includes every step committed before it. */
    asOf: new Date().toISOString(),
  };
}

export default function IndicatorPeoplePage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!data.people) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('indicators.peopleTitle')}</Title>
        <Alert color="red" role="alert">
          <Stack gap={4}>
            {Object.entries(data.invalid ?? {}).map(([field, message]) => (
              <Text key={field} size="sm">
                {message}
              </Text>
            ))}
          </Stack>
        </Alert>
        <Anchor component={Link} to="/indicators">
          {t('indicators.back')}
        </Anchor>
      </Stack>
    );
  }
  const { people, what } = data;
  return (
    <Stack gap="md">
      <Title order={1}>{t('indicators.peopleTitle')}</Title>
      <Text>
        {t('indicators.peopleWhat', {
          indicator: what!.indicator,
          part: what!.part,
          count: formatNumber(locale, people.total),
          area: people.areaName,
          from: formatDay(locale, people.query.from),
          to: formatDay(locale, people.query.to),
        })}{' '}
        {what!.group ? t('indicators.peopleGroup', { group: what!.group }) : null}
      </Text>
      {people.erased > 0 ? <Text size="sm">{t('indicators.peopleErased', { count: formatNumber(locale, people.erased) })}</Text> : null}
      <Text size="sm" c="dimmed">
        {t('indicators.peopleAudit')} {t('indicators.asOf', { time: formatDateTime(locale, data.asOf!) })}
      </Text>
      {people.rows.length ? (
        <ScrollTable label={t('indicators.peopleTitle')} minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.col.name')}</Table.Th>
                <Table.Th scope="col">{t('indicators.col.commune')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.rows.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/caseload/${person.id}`}>
                      {person.fullName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{person.communeName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : (
        <Text>{t('indicators.peopleNone')}</Text>
      )}
      <Pager page={people.page} pages={people.pages} />
      <Anchor component={Link} to={data.back!}>
        {t('indicators.back')}
      </Anchor>
    </Stack>
  );
}
