// /indicators: the employment indicators of the reader's province (or one of its communes; the
// country for administrators) for a year — each figure with its rate, numerator and denominator,
// its definition beside it, and for a stable job how many are unknown. Counts of 1–4 show as "<5"
// to readers without caseload rights over the people. A plain GET form: works without JavaScript.
// (Next: other periods, targets, trends, breakdowns, drill-down and exports — issue 12.)
import '#app/styles/forms.css';
import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { parseFilter, queryValues, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { indicatorPageSchema, indicatorReport, type IndicatorFigure, type ShownCount } from '#app/services/indicators/report.server.ts';
import { plansOf } from '#app/services/indicators/plans.server.ts';
import type { Target } from '#app/services/indicators/targets.ts';
import { listCommunes } from '#app/services/reference/queries.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { formatDateTime, formatNumber, formatPercent, type Locale } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'indicators.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const { db, env } = context.services;
  const thisYear = Number(vietnamDate().slice(0, 4));
  const { data, fields } = parseFilter(indicatorPageSchema(thisYear), queryValues(new URL(request.url)), actor.locale);
  const year = data.year ?? thisYear;
  const report = await indicatorReport(
    db,
    actor,
    { area: data.area, from: `${year}-01-01`, to: `${year}-12-31` },
    { stableMonths: env.STABLE_JOB_MONTHS },
  ).catch((error: unknown) => throwAsPage(error, actor.locale));
  const [communes, plans] = actor.provinceCode
    ? await Promise.all([listCommunes(db, actor.provinceCode), plansOf(db, actor.provinceCode)])
    : [[], []];
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const planAreas = plans.filter((p) => p.communeCodes.length > 0).map((p) => ({ value: `plan:${p.id}`, label: p.areaName ?? p.name }));
  return { report, year, years, communes, planAreas, area: data.area ?? '', invalid: fields };
}

function count(locale: Locale, value: ShownCount) {
  return value === '<5' ? '<5' : formatNumber(locale, value);
}

/** The plan's target in words: "20–25 %", or "below 1 %". */
function targetText(t: ReturnType<typeof useT>, locale: Locale, target: Target) {
  return target.direction === 'below'
    ? t('indicators.target.below', { limit: formatPercent(locale, target.limit) })
    : target.low === target.high
      ? t('indicators.target.atLeast', { low: formatPercent(locale, target.low) })
      : t('indicators.target.band', { low: formatPercent(locale, target.low), high: formatPercent(locale, target.high) });
}

const statusColour = { ahead: 'teal', on_target: 'green', close: 'yellow', behind: 'red', no_data: 'gray' } as const;

function FigureTile({ figure }: { figure: IndicatorFigure }) {
  const t = useT();
  const locale = useLocale();
  const label = t(`indicators.key.${figure.key}`);
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {label}
        </Title>
        <Text size="xl" fw={700}>
          {figure.value === null ? '—' : formatPercent(locale, figure.value)}
        </Text>
        <Text size="sm">
          {t('indicators.fraction', { numerator: count(locale, figure.numerator), denominator: count(locale, figure.denominator) })}
        </Text>
        {figure.target && figure.status ? (
          <Text size="sm">
            {targetText(t, locale, figure.target)} ·{' '}
            <Badge component="span" color={statusColour[figure.status]} variant="light">
              {t(`indicators.status.${figure.status}`)}
            </Badge>
          </Text>
        ) : null}
        {figure.unknown !== undefined ? <Text size="sm">{t('indicators.unknown', { count: count(locale, figure.unknown) })}</Text> : null}
        <Text size="xs" c="dimmed">
          {figure.definition[locale]}
        </Text>
      </Stack>
    </Paper>
  );
}

export default function IndicatorsPage() {
  const { report, year, years, communes, planAreas, area, invalid } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="md">
      <Title order={1}>{t('indicators.title')}</Title>
      <Form method="get">
        <Group align="flex-end">
          <NativeSelect
            name="year"
            label={t('indicators.year')}
            defaultValue={String(year)}
            data={years.map(String)}
            error={invalid.year}
          />
          {communes.length ? (
            <NativeSelect
              name="area"
              label={t('indicators.area')}
              defaultValue={area}
              error={invalid.area}
              data={[
                { value: '', label: t('indicators.wholeProvince') },
                ...planAreas,
                ...communes.map((c) => ({ value: c.code, label: c.name })),
              ]}
            />
          ) : null}
          <Button type="submit">{t('indicators.show')}</Button>
        </Group>
      </Form>
      {report.protected ? (
        <Alert color="blue" role="note">
          {t('indicators.protected')}
        </Alert>
      ) : null}
      {report.plan ? (
        <Text size="sm">{t('indicators.plan', { name: report.plan.name, decision: report.plan.decisionNumber ?? '—' })}</Text>
      ) : null}
      <Text size="sm">{report.managed[locale]}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {report.figures.map((figure) => (
          <FigureTile key={figure.key} figure={figure} />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('indicators.asOf', { time: formatDateTime(locale, report.asOf) })}
      </Text>
    </Stack>
  );
}
