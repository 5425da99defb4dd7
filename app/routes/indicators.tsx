// /indicators: the employment indicators dashboard of the reader's province (or one of its communes,
// a plan's area; the country for administrators) for a year, a quarter, a month, a custom range or a
// reporting year, optionally at one fair — a tile per indicator (rate, numerator / denominator, the
// definition, target and status, the change from the previous period in words), the trend month by
// month with its series breaks, breakdowns by commune, occupation, sex, ethnicity and age band, and
// each fair's results. Every figure is in a table built and protected on the server (what works
// without JavaScript and for screen readers); charts load in the browser beside them. Counts link to
// the people behind them for staff with caseload rights; the others see "<5" and "×" and no links.
import '#app/styles/forms.css';
import { Alert, Anchor, Badge, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { lazy, Suspense } from 'react';
import { parseFilter, queryValues, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { DashboardTable } from '#app/components/indicators/DashboardTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useHydrated } from '#app/components/use-hydrated.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { choiceOf, periodFieldsSchema, periodKinds, yearsOffered } from '#app/services/indicators/dashboard-periods.ts';
import { dashboardTables, indicatorDashboard, type Dashboard, type HeadlineFigure } from '#app/services/indicators/dashboard.server.ts';
import { drillLink } from '#app/services/indicators/drill-links.ts';
import { plansOf } from '#app/services/indicators/plans.server.ts';
import { dashboardPlaceSchema, type ShownCount } from '#app/services/indicators/report.server.ts';
import { InputError } from '#app/services/errors.ts';
import { listCommunes, listProvinces } from '#app/services/reference/queries.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { formatDateTime, formatDay, formatNumber, formatPercent, type Locale } from '#lib/format.ts';
import type { TableCell } from '#app/services/indicators/tables.ts';

const TrendChart = lazy(() => import('#app/components/indicators/DashboardCharts.tsx').then((m) => ({ default: m.TrendChart })));
const BreakdownChart = lazy(() => import('#app/components/indicators/DashboardCharts.tsx').then((m) => ({ default: m.BreakdownChart })));

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'indicators.title');

const fieldNames = ['period', 'year', 'quarter', 'month', 'from', 'to', 'end', 'area', 'fair'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const { db, env } = context.services;
  const thisYear = Number(vietnamDate().slice(0, 4));
  const values = queryValues(new URL(request.url));
  // Every field that does not parse is named beside it at once; the others still apply.
  const period = parseFilter(periodFieldsSchema(thisYear), values, actor.locale);
  const place = parseFilter(dashboardPlaceSchema, values, actor.locale);
  const invalid: Record<string, string> = { ...period.fields, ...place.fields };
  const choice = choiceOf(period.data, thisYear);
  const query = { area: place.data.area, period: choice, fair: place.data.fair };
  const options = { stableMonths: env.STABLE_JOB_MONTHS };
  const dashboard = await indicatorDashboard(db, actor, query, options).catch((error: unknown) => {
    if (error instanceof InputError && error.fields.fair) {
      invalid.fair = translate(actor.locale, error.fields.fair);
      return indicatorDashboard(db, actor, { ...query, fair: undefined }, options);
    }
    return throwAsPage(error, actor.locale);
  });
  // The areas to choose from: the reader's province's (or, for a reader of the country, every
  // province, and the communes and plan areas of the province shown).
  const province = actor.provinceCode ?? dashboard.provinceCode;
  const [communes, plans, provinces] = await Promise.all([
    province ? listCommunes(db, province) : [],
    province ? plansOf(db, province) : [],
    actor.provinceCode ? [] : listProvinces(db),
  ]);
  const planAreas = plans.filter((p) => p.communeCodes.length > 0).map((p) => ({ value: `plan:${p.id}`, label: p.areaName ?? p.name }));
  return {
    report: dashboard,
    tables: dashboardTables(dashboard, actor.locale),
    year: 'year' in choice ? choice.year : thisYear,
    years: Array.from({ length: yearsOffered }, (_, i) => thisYear - i),
    communes,
    planAreas,
    provinces,
    values: Object.fromEntries(fieldNames.map((name) => [name, values[name] ?? ''])) as Record<(typeof fieldNames)[number], string>,
    area: place.data.area ?? '',
    invalid,
  };
}

function count(locale: Locale, value: ShownCount | '×') {
  return typeof value === 'number' ? formatNumber(locale, value) : value;
}

const statusColour = { ahead: 'teal', on_target: 'green', close: 'yellow', behind: 'red', no_data: 'gray' } as const;

/** A count, as a link to the people behind it when the reader may see them. */
function CountLink({ value, href }: { value: ShownCount; href: string | null }) {
  const locale = useLocale();
  const text = count(locale, value);
  return href && typeof value === 'number' && value > 0 ? (
    <Anchor component={Link} to={href}>
      {text}
    </Anchor>
  ) : (
    <>{text}</>
  );
}

/** The tile of one indicator; `row` is its row of the figures table (the target and the change in words). */
function FigureTile({ figure, index, dashboard, row }: { figure: HeadlineFigure; index: number; dashboard: Dashboard; row: TableCell[] }) {
  const t = useT();
  const locale = useLocale();
  const label = t(`indicators.key.${figure.key}`);
  const link = (part: string) => drillLink(dashboard, 'figures', index, part);
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap={4}>
        <Title order={3} size="h4">
          {label}
        </Title>
        <Text size="xl" fw={700}>
          {figure.value === null ? '—' : formatPercent(locale, figure.value)}
        </Text>
        <Text size="sm">
          <CountLink value={figure.numerator} href={link('numerator')} /> {t('indicators.of')}{' '}
          <CountLink value={figure.denominator} href={link('denominator')} /> {t('indicators.people')}
        </Text>
        <Text size="sm">
          {row[8]}{' '}
          {figure.previous.value !== null ? t('indicators.previous', { rate: formatPercent(locale, figure.previous.value) }) : null}
        </Text>
        {figure.target && figure.status ? (
          <Text size="sm">
            {row[5]} ·{' '}
            <Badge component="span" color={statusColour[figure.status]} variant="light">
              {t(`indicators.status.${figure.status}`)}
            </Badge>
          </Text>
        ) : null}
        {figure.unknown !== undefined ? (
          <Text size="sm">
            {t('indicators.unknownLabel')} <CountLink value={figure.unknown} href={link('unknown')} /> {t('indicators.unknownNote')}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {figure.definition[locale]}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The rates of some indicators as chart points (in %; null where not shown). */
function points(items: { label: string; figures: { key: string; value: number | null }[] }[], keys: string[]) {
  return items.map((item) => ({
    label: item.label,
    ...Object.fromEntries(
      keys.map((key) => {
        const value = item.figures.find((f) => f.key === key)?.value ?? null;
        return [key, value === null ? null : Math.round(value * 1000) / 10];
      }),
    ),
  }));
}

export default function IndicatorsPage() {
  const { report, tables, year, years, communes, planAreas, provinces, values, area, invalid } = useLoaderData<typeof loader>();
  const dashboard = report as unknown as Dashboard;
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const table = (id: string) => tables.find((x) => x.id === id)!;
  const linkOf = (id: string) => (row: number, column: string) => drillLink(dashboard, id, row, column);
  const keys = dashboard.figures.map((f) => f.key);
  const chartKeys = keys.filter((k) => ['counselled', 'trained', 'placed', 'stable_job', 'loan'].includes(k));
  const series = chartKeys.map((key) => ({ name: key, label: t(`indicators.key.${key}`) }));
  const barKeys = keys.filter((k) => k === 'placed' || k === 'stable_job');
  const barSeries = barKeys.map((key) => ({ name: key, label: t(`indicators.key.${key}`) }));
  // Labels come from the server's tables: the months (the trend's first column), the groups (each breakdown's).
  const monthLabels = table('trend').rows.map((row) => String(row[0]));
  const labelled = <T,>(items: T[], id: string) => items.map((item, i) => ({ ...item, label: String(table(id).rows[i]?.[0] ?? '') }));
  const breakRows = new Set(dashboard.breaks.map((b) => b.month));
  const option = (value: string, label: string) => ({ value, label });
  // The files hold the tables shown here: the same query string, without the fields the page set aside.
  const exportQuery = new URLSearchParams(Object.entries(values).filter(([name, value]) => value !== '' && !(name in invalid))).toString();
  return (
    <Stack gap="md">
      <Title order={1}>{t('indicators.title')}</Title>
      <Form method="get" aria-label={t('indicators.filter')}>
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              name="period"
              label={t('indicators.period')}
              defaultValue={values.period || 'year'}
              error={invalid.period}
              data={periodKinds.map((kind) => option(kind, t(`indicators.period.${kind}`)))}
            />
            <NativeSelect
              name="year"
              label={t('indicators.year')}
              defaultValue={values.year || String(years[0])}
              data={years.map(String)}
              error={invalid.year}
            />
            <NativeSelect
              name="quarter"
              label={t('indicators.quarter')}
              defaultValue={values.quarter}
              error={invalid.quarter}
              data={[option('', '—'), ...[1, 2, 3, 4].map((q) => option(String(q), t('indicators.quarterN', { quarter: q })))]}
            />
            <NativeSelect
              name="month"
              label={t('indicators.month')}
              defaultValue={values.month}
              error={invalid.month}
              data={[option('', '—'), ...Array.from({ length: 12 }, (_, i) => option(String(i + 1), String(i + 1)))]}
            />
          </Group>
          <Group align="flex-end" wrap="wrap">
            <TextInput type="date" name="from" label={t('indicators.from')} defaultValue={values.from} error={invalid.from} />
            <TextInput type="date" name="to" label={t('indicators.to')} defaultValue={values.to} error={invalid.to} />
            <TextInput
              name="end"
              label={t('indicators.end')}
              description={t('indicators.endHint')}
              placeholder="12-10"
              defaultValue={values.end}
              error={invalid.end}
            />
          </Group>
          <Group align="flex-end" wrap="wrap">
            {communes.length || provinces.length ? (
              <NativeSelect
                name="area"
                label={t('indicators.area')}
                defaultValue={provinces.length && !area ? 'country' : area}
                error={invalid.area}
                data={[
                  ...(provinces.length
                    ? [option('country', t('indicators.country')), ...provinces.map((p) => option(p.code, p.name))]
                    : [option('', t('indicators.wholeProvince'))]),
                  ...planAreas,
                  ...communes.map((c) => option(c.code, c.name)),
                ]}
              />
            ) : null}
            <NativeSelect
              name="fair"
              label={t('indicators.fair')}
              defaultValue={dashboard.fair?.id ?? ''}
              error={invalid.fair}
              data={[
                option('', t('indicators.allFairs')),
                ...dashboard.fairs.map((f) => option(f.id, `${f.name} (${formatDay(locale, f.startsOn)})`)),
              ]}
            />
            <Button type="submit">{t('indicators.show')}</Button>
          </Group>
        </Stack>
      </Form>

      <Text>
        {t('indicators.showing', {
          area: dashboard.areaName,
          from: formatDay(locale, dashboard.from),
          to: formatDay(locale, dashboard.to),
          previousFrom: formatDay(locale, dashboard.previous.from),
          previousTo: formatDay(locale, dashboard.previous.to),
        })}
        {dashboard.fair ? ` ${t('indicators.atFair', { fair: dashboard.fair.name })}` : null}
      </Text>
      <Group gap="md" role="group" aria-label={t('exports.label')}>
        <Anchor href={`/indicators/export.csv?${exportQuery}`}>{t('exports.csv')}</Anchor>
        <Anchor href={`/indicators/export.xlsx?${exportQuery}`}>{t('exports.xlsx')}</Anchor>
        <Anchor component={Link} to={`/indicators/report?${new URLSearchParams({ year: String(year), ...(area ? { area } : {}) })}`}>
          {t('reports.nav')}
        </Anchor>
        <Anchor component={Link} to="/indicators/needs">
          {t('needs.nav')}
        </Anchor>
      </Group>
      {dashboard.protected ? (
        <Alert color="blue" role="note">
          {t('indicators.protected')} {t('indicators.protectedBreakdowns')}
        </Alert>
      ) : null}
      {dashboard.plan ? (
        <Text size="sm">{t('indicators.plan', { name: dashboard.plan.name, decision: dashboard.plan.decisionNumber ?? '—' })}</Text>
      ) : null}
      <Text size="sm">{dashboard.managed[locale]}</Text>
      {dashboard.fairFilter ? <Text size="sm">{dashboard.fairFilter[locale]}</Text> : null}

      <Title order={2}>{t('indicators.table.figures')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {dashboard.figures.map((figure, i) => (
          <FigureTile key={figure.key} figure={figure} index={i} dashboard={dashboard} row={table('figures').rows[i]} />
        ))}
      </SimpleGrid>
      <DashboardTable table={table('figures')} linkOf={linkOf('figures')} />

      <Title order={2}>{t('indicators.table.trend')}</Title>
      {dashboard.breaks.length ? (
        <Alert color="orange" role="note" title={t('indicators.breaks')}>
          <List size="sm">
            {dashboard.breaks.map((b) => (
              <List.Item key={`${b.kind}-${b.on}`}>
                {monthLabels[b.month]}: {b.text[locale]}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {hydrated && series.length ? (
        <Suspense fallback={null}>
          <TrendChart
            data={points(labelled(dashboard.trend, 'trend'), chartKeys)}
            series={series}
            breaks={dashboard.breaks.map((b) => ({ month: monthLabels[b.month], label: t('indicators.breakShort') }))}
            summary={t('indicators.chart.trend', { indicators: series.map((s) => s.label).join(', ') })}
          />
        </Suspense>
      ) : null}
      <DashboardTable table={table('trend')} linkOf={linkOf('trend')} markedRows={breakRows} />

      {dashboard.breakdowns.map(({ kind, groups }) => {
        const id = `by_${kind}`;
        const title = table(id).title;
        return (
          <Stack key={kind} gap="xs">
            <Title order={2}>{title}</Title>
            {hydrated && groups.length > 1 && barSeries.length ? (
              <Suspense fallback={null}>
                <BreakdownChart
                  data={points(labelled(groups, id), barKeys)}
                  series={barSeries}
                  summary={t('indicators.chart.breakdown', { indicators: barSeries.map((s) => s.label).join(', '), by: title })}
                />
              </Suspense>
            ) : null}
            <DashboardTable table={table(id)} linkOf={linkOf(id)} />
          </Stack>
        );
      })}

      <Title order={2}>{t('indicators.table.fairs')}</Title>
      {dashboard.fairs.length ? <DashboardTable table={table('fairs')} linkOf={linkOf('fairs')} /> : <Text>{t('indicators.noFairs')}</Text>}

      <Text size="xs" c="dimmed">
        {t('indicators.asOf', { time: formatDateTime(locale, dashboard.asOf) })}
      </Text>
    </Stack>
  );
}
