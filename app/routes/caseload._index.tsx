// /caseload: a counsellor's caseload in their own province, with filters (needs, status, commune,
// last contact, recent release, name or phone), 20 per page and a total. Viewing it is audited.
// After a transfer (?transferred=<province>) it says where the record went.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Box,
} from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { Pager } from '#app/components/Pager.tsx';
import { CaseStatusBadge, NeedBadges } from '#app/components/caseload/Badges.tsx';
import { caseloadOptions } from '#app/adapters/pages/caseload.server.ts';
import { daysSince, split } from '#app/components/caseload/format.ts';
import { formatDay, formatNumber } from '#lib/format.ts';
import { titleMeta } from '#app/components/postings/meta.ts';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { listCommunes, provinceName } from '#app/services/reference/queries.server.ts';
import { caseloadFilterSchema } from '#app/services/caseload/schemas.ts';
import { listCaseload } from '#app/services/caseload/queries.server.ts';
import { parseFilter, queryValues } from '#app/adapters/form.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'caseload.title');

const filterNames = ['q', 'status', 'needs', 'communeCode', 'noContactDays', 'contactedWithinDays', 'releasedWithinDays', 'sort'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:returnee:province');
  if (!user.provinceCode) return { province: null };
  const { db } = context.services;
  const raw = queryValues(new URL(request.url));
  // A filter that does not parse is left out and marked beside its field; the others still apply.
  const { data: filter, fields: invalid } = parseFilter(caseloadFilterSchema, raw, user.locale);
  const transferredTo = new URL(request.url).searchParams.get('transferred');
  const [result, communes, transferredName] = await Promise.all([
    listCaseload(db, user, filter),
    listCommunes(db, user.provinceCode),
    /^\d{2}$/.test(transferredTo ?? '') ? provinceName(db, transferredTo) : null,
  ]);
  const values = Object.fromEntries(filterNames.map((n) => [n, raw[n] ?? '']));
  const filtered = filterNames.some((n) => n !== 'sort' && values[n]);
  return {
    ...result,
    province: result.provinceName,
    communes,
    values,
    filtered,
    invalid: Object.keys(invalid).length ? invalid : null,
    /** The province a record was just transferred to (the notice after a transfer). */
    transferredTo: transferredName,
    options: caseloadOptions,
  };
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { rows: unknown }>;

function LastContact({ at }: { at: string | null }) {
  const t = useT();
  if (!at)
    return (
      <Text c="orange.9" span>
        {t('caseload.lastContact.never')}
      </Text>
    );
  const days = daysSince(at);
  return <>{days === 0 ? t('caseload.lastContact.today') : t('caseload.lastContact.daysAgo', { days })}</>;
}

function Filters({ loaded }: { loaded: Loaded }) {
  const t = useT();
  const { values, options, communes } = loaded;
  const needs = split(values.needs);
  const errors = loaded.invalid ?? {};
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Form method="get" role="search" aria-label={t('caseload.filters.title')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput name="q" type="search" label={t('caseload.filter.q')} defaultValue={values.q} maxLength={100} error={errors.q} />
            <NativeSelect
              name="status"
              label={t('caseload.filter.status')}
              defaultValue={values.status}
              error={errors.status}
              data={[
                { value: '', label: t('caseload.filter.anyStatus') },
                ...options.caseloadStatuses.map((s) => ({ value: s, label: t(`caseload.status.${s}`) })),
              ]}
            />
            <NativeSelect
              name="communeCode"
              label={t('caseload.filter.commune')}
              defaultValue={values.communeCode}
              error={errors.communeCode}
              data={[{ value: '', label: t('caseload.filter.anyCommune') }, ...communes.map((c) => ({ value: c.code, label: c.name }))]}
            />
            <NativeSelect
              name="sort"
              label={t('caseload.filter.sort')}
              defaultValue={values.sort}
              error={errors.sort}
              data={options.caseloadSorts.map((s) => ({ value: s === 'name' ? '' : s, label: t(`caseload.sort.${s}`) }))}
            />
            <TextInput
              name="noContactDays"
              label={t('caseload.filter.noContactDays')}
              description={t('caseload.filter.daysHint')}
              inputMode="numeric"
              defaultValue={values.noContactDays}
              error={errors.noContactDays}
            />
            <TextInput
              name="contactedWithinDays"
              label={t('caseload.filter.contactedWithinDays')}
              description={t('caseload.filter.daysHint')}
              inputMode="numeric"
              defaultValue={values.contactedWithinDays}
              error={errors.contactedWithinDays}
            />
            <TextInput
              name="releasedWithinDays"
              label={t('caseload.filter.releasedWithinDays')}
              description={t('caseload.filter.daysHint')}
              inputMode="numeric"
              defaultValue={values.releasedWithinDays}
              error={errors.releasedWithinDays}
            />
          </SimpleGrid>
          <div role="group" aria-labelledby="needs-filter-label" aria-describedby={errors.needs ? 'needs-filter-error' : undefined}>
            <Text id="needs-filter-label" size="sm" fw={500} mb={4}>
              {t('caseload.filter.needs')}
            </Text>
            {errors.needs ? (
              <Text id="needs-filter-error" size="sm" c="red.9" mb={4}>
                {errors.needs}
              </Text>
            ) : null}
            <Group gap="lg">
              {options.needs.map((n) => (
                <Checkbox key={n} name="needs" value={n} label={t(`caseload.need.${n}`)} defaultChecked={needs.includes(n)} />
              ))}
            </Group>
          </div>
          <Group>
            <Button type="submit">{t('caseload.filter.apply')}</Button>
            {loaded.filtered ? (
              <Anchor component={Link} to="/caseload">
                {t('caseload.clearFilters')}
              </Anchor>
            ) : null}
          </Group>
        </Stack>
      </Form>
    </Paper>
  );
}

function Results({ loaded }: { loaded: Loaded }) {
  const t = useT();
  const locale = useLocale();
  const { rows } = loaded;
  if (rows.length === 0) {
    return (
      <Alert color="blue" variant="light">
        {loaded.total > 0 ? t('employer.noMoreOnPage') : loaded.filtered ? t('caseload.emptyFiltered') : t('caseload.empty')}
      </Alert>
    );
  }
  const status = (r: Loaded['rows'][number]) => (
    <Stack gap={2} align="flex-start">
      <CaseStatusBadge status={r.status} />
      {r.status === 'pre_release' && r.releaseDate ? (
        <Text size="xs" c="dimmed">
          {t('caseload.returnsOn', { date: formatDay(locale, r.releaseDate) })}
        </Text>
      ) : null}
    </Stack>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <ScrollTable label={t('caseload.title')} minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseload.col.name')}</Table.Th>
                <Table.Th>{t('caseload.col.commune')}</Table.Th>
                <Table.Th>{t('caseload.col.status')}</Table.Th>
                <Table.Th>{t('caseload.col.needs')}</Table.Th>
                <Table.Th>{t('caseload.col.lastContact')}</Table.Th>
                <Table.Th>{t('caseload.col.card')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/caseload/${r.id}`} fw={500}>
                      {r.fullName}
                    </Anchor>
                    {r.phone ? (
                      <Text size="sm" c="dimmed">
                        {r.phone}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{r.communeName ?? '—'}</Table.Td>
                  <Table.Td>{status(r)}</Table.Td>
                  <Table.Td>
                    <NeedBadges needs={r.needs} />
                  </Table.Td>
                  <Table.Td>
                    <LastContact at={r.lastContactAt} />
                  </Table.Td>
                  <Table.Td>{r.shareCard ? t('caseload.card.shared') : t('caseload.card.notShared')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Box>
      {/* Phones: one card per person instead of a wide table. */}
      <Stack gap="xs" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((r) => (
          <Paper key={r.id} withBorder p="sm" component="li">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Anchor component={Link} to={`/caseload/${r.id}`} fw={600}>
                  {r.fullName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[r.communeName, r.phone].filter(Boolean).join(' · ') || '—'}
                </Text>
              </div>
              {status(r)}
            </Group>
            <Group gap="xs" mt="xs">
              <NeedBadges needs={r.needs} />
            </Group>
            <Text size="sm" mt={4}>
              {t('caseload.col.lastContact')}: <LastContact at={r.lastContactAt} />
            </Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

export default function Caseload() {
  const loaded = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!('rows' in loaded)) {
    return (
      <Stack>
        <Title order={1}>{t('caseload.title')}</Title>
        <Alert color="yellow">{t('caseload.noProvince')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('caseload.title')}</Title>
          <Text c="dimmed">{t('caseload.intro', { province: loaded.province })}</Text>
        </Stack>
        <Button component={Link} to="/caseload/new">
          {t('caseload.new')}
        </Button>
      </Group>
      {loaded.transferredTo ? (
        <Alert color="teal" role="status">
          {t('caseload.transfer.done', { province: loaded.transferredTo })}
        </Alert>
      ) : null}
      <Filters loaded={loaded} />
      {loaded.invalid ? (
        <Alert color="orange" role="alert" title={t('caseload.filter.invalid')}>
          {t('caseload.filter.othersApplied')}
        </Alert>
      ) : null}
      <Text fw={500} role="status">
        {t('caseload.total', { count: formatNumber(locale, loaded.total) })}
      </Text>
      <Results loaded={loaded} />
      <Pager page={loaded.page} pages={loaded.pages} />
    </Stack>
  );
}
