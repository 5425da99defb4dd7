// /indicators/needs?month=YYYY-MM: the monthly needs report — by commune of the reader's province
// (administrators choose one), how many managed people need training, a job, a loan, legal help,
// with how it is counted in words; protected for readers without caseload rights; for staff with
// them, the lists of names and needs that districts send (an audited read). CSV and XLSX of the
// same tables. A plain GET form: works without JavaScript.
import '#app/styles/forms.css';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { parseFilter, queryValues, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ReportTable } from '#app/components/indicators/ReportTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { monthlyNeeds, needsQuerySchema, needsTables } from '#app/services/indicators/needs.server.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { formatMonth } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'needs.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const { db } = context.services;
  const thisMonth = vietnamDate().slice(0, 7);
  const { data, fields } = parseFilter(needsQuerySchema(thisMonth), queryValues(new URL(request.url)), actor.locale);
  const month = data.month ?? thisMonth;
  const provinceCode = data.province ?? actor.provinceCode;
  // Administrators (no province of their own) choose one.
  const provinces = actor.provinceCode ? [] : await listProvinces(db);
  if (!provinceCode) return { month, province: '', provinces, report: null, tables: [], invalid: fields };
  const report = await monthlyNeeds(db, actor, { month, provinceCode }).catch((error: unknown) => throwAsPage(error, actor.locale));
  return {
    month,
    province: provinceCode,
    provinces,
    report: { provinceName: report.provinceName, protected: report.protected, empty: report.rows.length === 0 },
    tables: needsTables(report, actor.locale),
    invalid: fields,
  };
}

export default function MonthlyNeedsPage() {
  const { month, province, provinces, report, tables, invalid } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const query = new URLSearchParams({ month, ...(provinces.length && province ? { province } : {}) }).toString();
  return (
    <Stack gap="md">
      <Title order={1}>{t('needs.title')}</Title>
      <Form method="get">
        <Group align="flex-end">
          <TextInput type="month" name="month" label={t('needs.month')} defaultValue={month} error={invalid.month} w={200} />
          {provinces.length ? (
            <NativeSelect
              name="province"
              label={t('needs.province')}
              defaultValue={province}
              error={invalid.province}
              data={[{ value: '', label: t('needs.chooseProvince') }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
            />
          ) : null}
          <Button type="submit">{t('needs.show')}</Button>
        </Group>
      </Form>
      {report ? (
        <>
          <Title order={2} size="h3">
            {t('needs.heading', { month: formatMonth(locale, month), province: report.provinceName })}
          </Title>
          {report.protected ? (
            <Alert color="blue" role="note">
              {t('needs.protected')}
            </Alert>
          ) : null}
          {report.empty ? <Text>{t('needs.none')}</Text> : null}
          <Group gap="md" aria-label={t('exports.label')} role="group">
            <Anchor href={`/indicators/needs.csv?${query}`}>{t('exports.csv')}</Anchor>
            <Anchor href={`/indicators/needs.xlsx?${query}`}>{t('exports.xlsx')}</Anchor>
          </Group>
          {tables.map((table, i) => (
            <Stack key={table.id} gap="xs">
              {i === 1 ? (
                <>
                  <Title order={2} size="h3">
                    {t('needs.lists')}
                  </Title>
                  <Text size="sm">{t('needs.listsIntro')}</Text>
                </>
              ) : null}
              <ReportTable table={table} minWidth={i === 0 ? 560 : 480} />
            </Stack>
          ))}
        </>
      ) : null}
    </Stack>
  );
}
