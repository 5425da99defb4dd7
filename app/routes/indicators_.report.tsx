// /indicators/report?year=&area=: the yearly report in the usual Vietnamese administrative form —
// issuing body and number, the national motto, place and date, the title, I. the situation, II. the
// results (the indicator table against the plan's targets, from the figures), III. shortcomings,
// IV. next year's direction — printable on A4 (print-report.css). The written parts are saved per
// area and year by the province's staff with a plain POST form; works without JavaScript.
import '#app/styles/forms.css';
import '#app/styles/print-report.css';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, parseFilter, queryValues, readForm, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ReportTable } from '#app/components/indicators/ReportTable.tsx';
import { useHydrated } from '#app/components/use-hydrated.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { translate } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { plansOf } from '#app/services/indicators/plans.server.ts';
import {
  reportQuerySchema,
  reportTextSchema,
  saveReportText,
  yearlyReport,
  type ReportSection,
} from '#app/services/indicators/yearly-report.server.ts';
import { listCommunes, listProvinces, provinceName } from '#app/services/reference/queries.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { formatDateTime } from '#lib/format.ts';
import { FormAlert } from '#app/components/postings/FormParts.tsx';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'reports.title');

const thisYear = () => Number(vietnamDate().slice(0, 4));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:indicator');
  const { db, env } = context.services;
  const { data, fields } = parseFilter(reportQuerySchema(thisYear()), queryValues(new URL(request.url)), actor.locale);
  const year = data.year ?? thisYear();
  const report = await yearlyReport(
    db,
    actor,
    { area: data.area, year },
    { stableMonths: env.STABLE_JOB_MONTHS, locale: actor.locale },
  ).catch((error: unknown) => throwAsPage(error, actor.locale));
  // The areas to choose from: the reader's province, its plan areas and communes; the country and its provinces for administrators.
  const [communes, plans, provinces, ownProvince] = actor.provinceCode
    ? await Promise.all([listCommunes(db, actor.provinceCode), plansOf(db, actor.provinceCode), [], provinceName(db, actor.provinceCode)])
    : await Promise.all([[], [], listProvinces(db), null]);
  const areas = actor.provinceCode
    ? [
        { value: actor.provinceCode, label: ownProvince ?? actor.provinceCode },
        ...plans.filter((p) => p.communeCodes.length > 0).map((p) => ({ value: `plan:${p.id}`, label: p.areaName ?? p.name })),
        ...communes.map((c) => ({ value: c.code, label: c.name })),
      ]
    : [
        { value: 'country', label: translate(actor.locale, 'reports.country') },
        ...provinces.map((p) => ({ value: p.code, label: p.name })),
      ];
  const today = vietnamDate();
  return {
    report,
    year,
    years: Array.from({ length: thisYear() - 2015 + 1 }, (_, i) => thisYear() - i),
    areas,
    today: { day: today.slice(8, 10), month: today.slice(5, 7), year: today.slice(0, 4) },
    invalid: fields,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:indicator-report');
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    schema: reportTextSchema(thisYear()),
    run: (tx, input) => saveReportText(tx, actor, input),
    done: () => 'reports.saved',
  });
}

/** The place on the date line: the province without "Tỉnh" / "Thành phố". */
const placeName = (province: string | null) => (province ?? '……').replace(/^(Tỉnh|Thành phố)\s+/, '');

/** Written text as paragraphs (a line break starts one); a placeholder when nothing is written. */
function Prose({ text }: { text: string | undefined }) {
  const t = useT();
  const paragraphs = (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="report-empty">{t('reports.empty')}</p>;
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="report-prose">
          {paragraph}
        </p>
      ))}
    </>
  );
}

/** "Print / save as PDF" once JavaScript runs; before that (or without it), how to print from the browser. */
function PrintButton() {
  const t = useT();
  return useHydrated() ? (
    <Button type="button" variant="light" onClick={() => window.print()}>
      {t('reports.print')}
    </Button>
  ) : (
    <Text size="sm">{t('reports.printNoJs')}</Text>
  );
}

const proseSections = ['situation', 'shortcomings', 'direction'] as const satisfies readonly ReportSection[];

export default function YearlyReportPage() {
  const { report, year, years, areas, today, invalid } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const errors = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  const valueOf = (section: ReportSection) => typed?.[section] ?? report.texts[section] ?? '';
  const plan = report.plan;
  const subject = plan
    ? t('reports.subjectPlan', { plan: plan.name, year, area: report.areaName })
    : t('reports.subject', { year, area: report.areaName });
  return (
    <Stack gap="lg">
      <Stack gap="sm" className="no-print">
        <Title order={1}>{t('reports.title')}</Title>
        <Form method="get" aria-label={t('reports.choose')}>
          <Group align="flex-end">
            <NativeSelect name="year" label={t('reports.year')} defaultValue={String(year)} data={years.map(String)} error={invalid.year} />
            <NativeSelect name="area" label={t('reports.area')} defaultValue={report.areaCode} data={areas} error={invalid.area} />
            <Button type="submit">{t('reports.show')}</Button>
          </Group>
        </Form>
        <PrintButton />
      </Stack>

      <article className="report-document" aria-labelledby="report-heading">
        <div className="report-masthead">
          <div className="report-issuer">
            <p className="report-issuer-name">{report.texts.issuer ?? '……………………'}</p>
            <p>{t('reports.number', { number: report.texts.number ?? '……/BC-……' })}</p>
          </div>
          <div className="report-nation">
            <p className="report-nation-name">{t('reports.nation')}</p>
            <p className="report-motto">{t('reports.motto')}</p>
            <p className="report-date">
              {t('reports.placeDate', { place: placeName(report.provinceName), day: today.day, month: today.month, year: today.year })}
            </p>
          </div>
        </div>
        <h2 id="report-heading" className="report-heading">
          {t('reports.heading')}
        </h2>
        <p className="report-subject">{subject}</p>

        <section aria-labelledby="part-situation">
          <h3 id="part-situation">{t('reports.section.situation')}</h3>
          <Prose text={report.texts.situation} />
        </section>
        <section aria-labelledby="part-results">
          <h3 id="part-results">{t('reports.section.results')}</h3>
          <p>
            {t('reports.resultsIntro', {
              time: formatDateTime(locale, report.asOf),
              plan: plan ? `${plan.name}${plan.decisionNumber ? ` (${plan.decisionNumber})` : ''}` : t('reports.noPlan'),
            })}
          </p>
          <ReportTable table={report.results} minWidth={900} />
        </section>
        <section aria-labelledby="part-shortcomings">
          <h3 id="part-shortcomings">{t('reports.section.shortcomings')}</h3>
          <Prose text={report.texts.shortcomings} />
        </section>
        <section aria-labelledby="part-direction">
          <h3 id="part-direction">{t('reports.section.direction', { year: year + 1 })}</h3>
          <Prose text={report.texts.direction} />
        </section>
        <div className="report-signature">
          <p>{t('reports.signature')}</p>
        </div>
      </article>

      {report.mayEdit ? (
        <Paper withBorder p="md" component="section" aria-labelledby="report-edit" className="no-print">
          <Form method="post">
            <Stack>
              <Title order={2} size="h3" id="report-edit">
                {t('reports.edit')}
              </Title>
              <Text size="sm">{t('reports.editIntro')}</Text>
              <FormAlert result={result} />
              <input type="hidden" name="area" value={report.areaCode} />
              <input type="hidden" name="year" value={year} />
              <TextInput
                name="issuer"
                label={t('reports.field.issuer')}
                description={t('reports.field.issuerHint')}
                defaultValue={valueOf('issuer')}
                error={errors.issuer}
              />
              <TextInput
                name="number"
                label={t('reports.field.number')}
                description={t('reports.field.numberHint')}
                defaultValue={valueOf('number')}
                error={errors.number}
              />
              {proseSections.map((section) => (
                <Textarea
                  key={section}
                  name={section}
                  label={t(`reports.field.${section}`)}
                  description={t('reports.field.proseHint')}
                  defaultValue={valueOf(section)}
                  error={errors[section]}
                  autosize
                  minRows={5}
                />
              ))}
              <Group>
                <Button type="submit" loading={navigation.state === 'submitting'}>
                  {t('reports.save')}
                </Button>
                {report.lastChange ? (
                  <Text size="sm" c="dimmed">
                    {t('reports.lastChange', { time: formatDateTime(locale, report.lastChange.at), name: report.lastChange.by ?? '—' })}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </Form>
        </Paper>
      ) : null}
    </Stack>
  );
}
