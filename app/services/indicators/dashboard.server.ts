// The indicators dashboard as its reader may see it: for an area, a period (year, quarter, month,
// custom, reporting year) and optionally a fair — the figures against the plan's targets, the
// previous period's and the change, the trend month by month with its series breaks, breakdowns by
// commune, occupation, sex, ethnicity and age band, and the results of each fair held there. All
// from the stored facts (`indicator_facts`): the headline figures by the SQL aggregate, as the API's
// report; the rest by the one definition (`computeIndicators`, its breakdown and trend), protected on the server for readers without caseload rights (DESIGN.md §3, §6).
// `dashboardTables` turns it into the tables every output (page, CSV, XLSX, print) is made of.
import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { communes, fairs, occupations, provinces } from '#db/schema.ts';
import { isMessageKey, translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import { formatDateTime, formatDay, formatMonth, formatNumber, formatPercent } from '#lib/format.ts';
import type { Actor } from '../authorize.ts';
import { InputError } from '../errors.ts';
import { protectBreakdown } from './breakdown-protection.ts';
import {
  breakdown,
  breakdownKinds,
  computeIndicators,
  fairFilterText,
  managedText,
  trend,
  unknownGroup,
  type BreakdownKind,
  type IndicatorKey,
  type IndicatorOptions,
  type IndicatorRow,
} from './definitions.ts';
import { periodOf, previousChoice, type PeriodChoice } from './dashboard-periods.ts';
import { aggregateIndicators } from './aggregate.server.ts';
import { loadStoredFacts } from './facts-store.server.ts';
import type { Period } from './periods.ts';
import {
  planOf,
  planSummary,
  protect,
  readerScope,
  reportFigures,
  type IndicatorFigure,
  type ReaderScope,
  type ReportArea,
  type ShownCount,
} from './report.server.ts';
import { definitionChangesOf } from './definition-settings.server.ts';
import { seriesBreaks, type SeriesBreak } from './series-breaks.ts';
import { protectList, protectRate, type ProtectedCount } from './suppression.ts';
import { hiddenComplement, hiddenSmall, type OutputTable, type TableCell, type TableColumn } from './tables.ts';
import { targetStatus } from './targets.ts';

type Text = { vi: string; en: string };

export type DashboardQuery = {
  /** As the API's: "country", a province, a commune or "plan:<id>"; default the reader's province. */
  area?: string;
  period: PeriodChoice;
  fair?: string;
};

/** A count as shown in a breakdown: the number, "<5" for 1–4, or "×" for a count hidden so a small one cannot be worked out. */
export type CellCount = number | '<5' | '×';

/** One indicator's counts in a month, a group or a fair (no target: those are for the whole area and period). */
export type Counts = { key: IndicatorKey; numerator: CellCount; denominator: CellCount; value: number | null; unknown?: CellCount };

export type HeadlineFigure = IndicatorFigure & {
  previous: { numerator: ShownCount; denominator: ShownCount; value: number | null };
  /** The rate's change from the previous period, in percentage points; null when either rate is not shown. */
  change: number | null;
};

export type DashboardGroup = {
  /** The group's code (commune, occupation), value (sex, ethnicity, age band) or `unknown`. */
  group: string;
  /** Its name where the records give one (communes, occupations, ethnicities); otherwise the tables name it. */
  name: Text | null;
  figures: Counts[];
};

export type DashboardFair = { id: string; name: string; startsOn: string; figures: Counts[] };

export type Dashboard = {
  area: ReportArea;
  areaName: string;
  /** The province the area is in (null: the country). */
  provinceCode: string | null;
  plan: ReturnType<typeof planSummary>;
  period: PeriodChoice;
  from: string;
  to: string;
  previous: { from: string; to: string };
  fair: { id: string; name: string } | null;
  /** Counts of 1–4 hidden (and their complements in breakdowns): the reader has no caseload rights over the people. */
  protected: boolean;
  /** Whether counts link to the people behind them (caseload rights over the area's province). */
  drillDown: boolean;
  stableMonths: number;
  managed: Text;
  fairFilter: Text | null;
  figures: HeadlineFigure[];
  trend: { from: string; to: string; figures: Counts[] }[];
  breaks: SeriesBreak[];
  breakdowns: { kind: BreakdownKind; groups: DashboardGroup[] }[];
  /** Fairs held in the area during the period (not drafts), each with its own results. */
  fairs: DashboardFair[];
  asOf: string;
};

const cellOf = (count: ProtectedCount): CellCount =>
  'shown' in count ? count.shown : count.hidden === 'small' ? hiddenSmall : hiddenComplement;

/** Counts with the headline's rule (1–4 hidden when `hide`), as the trend and the fairs show them. */
function countsOf(rows: readonly IndicatorRow[], hide: boolean): Counts[] {
  return rows.map((row) => {
    const numerator = protect(row.numerator, hide);
    const denominator = protect(row.denominator, hide);
    const rate = protectRate(numerator, denominator);
    return {
      key: row.key,
      numerator: cellOf(numerator),
      denominator: cellOf(denominator),
      value: 'shown' in rate ? rate.shown : null,
      ...(row.unknown ? { unknown: cellOf(protect(row.unknown.count, hide)) } : {}),
    };
  });
}

/**
 * The counts of a series (the trend's months, the fairs). For a protected reader each indicator's
 * numerators, denominators and unknowns along the series are protected as a list whose total is
 * their sum: months that add up to the period (people who came back, hires) could otherwise give a
 * hidden month away from the period's figure.
 */
export function trendCounts(months: readonly { rows: IndicatorRow[] }[], hide: boolean): Counts[][] {
  if (!hide || months.length === 0) return months.map((month) => countsOf(month.rows, false));
  const series = (k: number, count: (row: IndicatorRow) => number) => protectList(months.map((month) => count(month.rows[k]))).counts;
  const protectedSeries = months[0].rows.map((row, k) => ({
    numerators: series(k, (r) => r.numerator),
    denominators: series(k, (r) => r.denominator),
    unknowns: row.unknown ? series(k, (r) => r.unknown?.count ?? 0) : null,
  }));
  return months.map((month, m) =>
    month.rows.map((row, k) => {
      const { numerators, denominators, unknowns } = protectedSeries[k];
      const rate = protectRate(numerators[m], denominators[m]);
      return {
        key: row.key,
        numerator: cellOf(numerators[m]),
        denominator: cellOf(denominators[m]),
        value: 'shown' in rate ? rate.shown : null,
        ...(unknowns ? { unknown: cellOf(unknowns[m]) } : {}),
      };
    }),
  );
}

/** The area's name: the province's or commune's, the plan's area, or the country. */
export async function areaNameOf(executor: Executor, scope: Pick<ReaderScope, 'area'>): Promise<string> {
  const { area } = scope;
  if (area.kind === 'country') return 'Việt Nam';
  if (area.kind === 'plan') return area.name;
  if (area.kind === 'province') {
    const [row] = await executor.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, area.code));
    return row?.name ?? area.code;
  }
  const [row] = await executor.select({ name: communes.name }).from(communes).where(eq(communes.code, area.code));
  return row?.name ?? area.code;
}

/** The fairs held in the area (a commune's or a plan's: in its communes) that started within the period, drafts left out. */
async function fairsIn(executor: Executor, scope: ReaderScope, period: Period) {
  const day = sql<string>`(${fairs.startsAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const { area, counted, provinceCode } = scope;
  const where = and(
    ne(fairs.status, 'draft'),
    gte(day, period.from),
    lte(day, period.to),
    provinceCode === null ? undefined : eq(fairs.provinceCode, provinceCode),
    area.kind === 'commune' ? eq(fairs.communeCode, area.code) : undefined,
    counted.kind === 'plan' ? inArray(fairs.communeCode, [...counted.communeCodes]) : undefined,
  );
  const rows = await executor
    .select({ id: fairs.id, name: fairs.name, startsOn: day })
    .from(fairs)
    .where(where)
    .orderBy(fairs.startsAt)
    .limit(200);
  return rows.map((row) => ({ ...row, startsOn: String(row.startsOn) }));
}

/** The names of a breakdown's groups that the records hold (communes, occupations; ethnicities are their own names). */
export async function groupNames(executor: Executor, kind: BreakdownKind, groups: readonly string[]): Promise<Map<string, Text>> {
  const codes = groups.filter((group) => group !== unknownGroup);
  if (codes.length === 0) return new Map();
  if (kind === 'commune') {
    const rows = await executor.select({ code: communes.code, name: communes.name }).from(communes).where(inArray(communes.code, codes));
    return new Map(rows.map((row) => [row.code, { vi: row.name, en: row.name }]));
  }
  if (kind === 'occupation') {
    const rows = await executor
      .select({ code: occupations.code, vi: occupations.nameVi, en: occupations.nameEn })
      .from(occupations)
      .where(inArray(occupations.code, codes));
    return new Map(rows.map((row) => [row.code, { vi: row.vi, en: row.en }]));
  }
  if (kind === 'ethnicity') return new Map(codes.map((code) => [code, { vi: code, en: code }]));
  return new Map();
}

/** The change of a rate in percentage points, rounded to a tenth; null without both rates. */
export function changeInPoints(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null;
  return Math.round((value - previous) * 1000) / 10;
}

/**
 * Everything the dashboard shows, for `actor`: 404 for an area outside their scope (as the API),
 * 400 for a fair that is not held there. The headline figures are the SQL aggregate's, as
 * `indicatorReport`'s (the API), so the page, the API and every export agree; the trend, the
 * breakdowns and the fairs are the definition's over the same stored rows.
 */
export async function indicatorDashboard(
  executor: Executor,
  actor: Actor,
  query: DashboardQuery,
  /** `headlineOnly`: the figures alone (the yearly report's), with no trend, breakdowns or fairs read or worked out. */
  options: { stableMonths: number; now?: Date; headlineOnly?: boolean },
): Promise<Dashboard> {
  const scope = await readerScope(executor, actor, query.area);
  const { area, counted, provinceCode, mayName, reoffending } = scope;
  const hide = !mayName;
  const asOf = (options.now ?? new Date()).toISOString();
  const period = periodOf(query.period);
  const previousPeriod = periodOf(previousChoice(query.period));

  const storedFacts = options.headlineOnly
    ? null
    : loadStoredFacts(executor, provinceCode === null ? 'country' : { provinceCodes: [provinceCode] });
  // Read beside the rest; should the page fail before it is awaited, its failure is not left unhandled.
  storedFacts?.catch(() => undefined);
  const [plan, areaName, heldFairs, changes] = await Promise.all([
    planOf(executor, scope, period.from, period.to),
    areaNameOf(executor, scope),
    fairsIn(executor, scope, period),
    definitionChangesOf(executor),
  ]);
  let fair: { id: string; name: string } | null = null;
  if (query.fair) {
    const found = heldFairs.find((f) => f.id === query.fair);
    if (!found) throw new InputError({ fair: 'indicators.fair.unknown' });
    fair = { id: found.id, name: found.name };
  }

  const base: IndicatorOptions = {
    period,
    area: counted,
    fairId: query.fair ?? null,
    stableMonths: options.stableMonths,
    // Reoffending is only for staff with caseload rights over the people (never to anyone else),
    // where the province counts it.
    reoffending,
  };
  // The headline figures from the SQL aggregate (what the API answers), the rest from the same stored facts.
  const [rows, previousRows] = await Promise.all([
    aggregateIndicators(executor, base),
    aggregateIndicators(executor, { ...base, period: previousPeriod }),
  ]);
  const current = reportFigures(rows, hide, plan, options.stableMonths);
  const previous = reportFigures(previousRows, hide, null, options.stableMonths);
  const figures: HeadlineFigure[] = current.map((figure, i) => ({
    ...figure,
    previous: { numerator: previous[i].numerator, denominator: previous[i].denominator, value: previous[i].value },
    change: changeInPoints(figure.value, previous[i].value),
  }));
  const headline = {
    area,
    areaName,
    provinceCode,
    plan: planSummary(plan),
    period: query.period,
    from: period.from,
    to: period.to,
    previous: previousPeriod,
    fair,
    protected: hide,
    drillDown: mayName,
    stableMonths: options.stableMonths,
    managed: managedText,
    fairFilter: fair ? fairFilterText : null,
    figures,
    asOf,
  };
  if (storedFacts === null) return { ...headline, trend: [], breaks: [], breakdowns: [], fairs: [] };

  const facts = await storedFacts;
  const months = trend(facts, base);
  const breakdowns = await Promise.all(
    // The whole country is not broken down by its 3,321 communes (a province's are what a reader compares).
    breakdownKinds
      .filter((kind) => kind !== 'commune' || area.kind !== 'country')
      .map(async (kind) => {
        const groups = breakdown(facts, base, kind);
        const safe = protectBreakdown(
          groups.map((group) => group.rows),
          rows,
          hide,
        );
        const names = await groupNames(
          executor,
          kind,
          groups.map((g) => g.group),
        );
        return {
          kind,
          groups: groups.map((group, g): DashboardGroup => ({
            group: group.group,
            name: names.get(group.group) ?? null,
            figures: safe.groups[g].map((pair) => {
              const rate = protectRate(pair.numerator, pair.denominator);
              return {
                key: pair.key,
                numerator: cellOf(pair.numerator),
                denominator: cellOf(pair.denominator),
                value: 'shown' in rate ? rate.shown : null,
              };
            }),
          })),
        };
      }),
  );

  return {
    ...headline,
    trend: trendCounts(months, hide).map((figures, m) => ({ from: months[m].period.from, to: months[m].period.to, figures })),
    breaks: seriesBreaks(
      months.map((m) => m.period),
      counted,
      changes,
    ),
    breakdowns,
    // The fairs' results are protected together, like the months: fairs' hires may add up to the period's.
    fairs: trendCounts(
      heldFairs.map((f) => ({ rows: computeIndicators(facts, { ...base, fairId: f.id }) })),
      hide,
    ).map((figures, i) => ({ id: heldFairs[i].id, name: heldFairs[i].name, startsOn: heldFairs[i].startsOn, figures })),
  };
}

// ── The tables ──────────────────────────────────────────────────────────────────────────────────

/** The tables' ids, for links and files: the figures, the trend, one per breakdown, the fairs. */
export const dashboardTableIds = {
  figures: 'figures',
  trend: 'trend',
  fairs: 'fairs',
  breakdown: (kind: BreakdownKind) => `by_${kind}`,
} as const;

const count = (value: CellCount | undefined): TableCell => (value === undefined ? null : value);

/** A month's label: "Tháng 3/2025" for a calendar month, else its first and last days. */
export function monthLabel(locale: Locale, month: { from: string; to: string }) {
  const calendar = month.from.endsWith('-01') && month.to.slice(0, 7) === month.from.slice(0, 7);
  return calendar
    ? translate(locale, 'indicators.monthLabel', { month: formatMonth(locale, month.from) })
    : `${formatDay(locale, month.from)} – ${formatDay(locale, month.to)}`;
}

/** The change in words, with an arrow: "↑ tăng 2,5 điểm %", not colour alone. */
export function changeText(locale: Locale, change: number | null) {
  if (change === null) return translate(locale, 'indicators.change.none');
  if (change === 0) return translate(locale, 'indicators.change.same');
  const points = formatNumber(locale, Math.abs(change));
  return translate(locale, change > 0 ? 'indicators.change.up' : 'indicators.change.down', { points });
}

/** A group's name in `locale`. */
export function groupLabel(locale: Locale, kind: BreakdownKind, group: DashboardGroup) {
  if (group.group === unknownGroup) return translate(locale, 'indicators.group.unknown');
  if (group.name) return group.name[locale];
  const key = kind === 'sex' ? `caseload.sex.${group.group}` : kind === 'age_band' ? `indicators.ageBand.${group.group}` : null;
  // A group asked for by a link may be anything: named as it is when it is not one of the values.
  return key !== null && isMessageKey(key) ? translate(locale, key) : group.group;
}

/** Per indicator: its count, denominator and rate columns (for the trend, breakdowns and fairs). */
function countColumns(locale: Locale, keys: readonly IndicatorKey[]): TableColumn[] {
  return keys.flatMap((key) => {
    const indicator = translate(locale, `indicators.key.${key}` as MessageKey);
    return [
      { key: `${key}.numerator`, label: translate(locale, 'indicators.column.keyNumerator', { indicator }), kind: 'count' as const },
      { key: `${key}.denominator`, label: translate(locale, 'indicators.column.keyDenominator', { indicator }), kind: 'count' as const },
      { key: `${key}.rate`, label: translate(locale, 'indicators.column.keyRate', { indicator }), kind: 'rate' as const },
    ];
  });
}

const countCells = (figures: readonly Counts[]): TableCell[] => figures.flatMap((f) => [count(f.numerator), count(f.denominator), f.value]);

/** What "<5" and "×" mean, for a protected reader's tables. */
function protectionNotes(locale: Locale, dashboard: Dashboard) {
  return dashboard.protected ? [translate(locale, 'indicators.note.hidden')] : [];
}

/**
 * The dashboard as tables in `locale`, already protected: the figures (indicator, numerator,
 * denominator, rate, unknown stable jobs, target, status, previous rate, change), the trend by month
 * (with the series breaks marked), one per breakdown, and the fairs' results.
 */
export function dashboardTables(dashboard: Dashboard, locale: Locale): OutputTable[] {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const keys = dashboard.figures.map((f) => f.key);
  const period = t('indicators.note.period', {
    area: dashboard.areaName,
    from: formatDay(locale, dashboard.from),
    to: formatDay(locale, dashboard.to),
    previousFrom: formatDay(locale, dashboard.previous.from),
    previousTo: formatDay(locale, dashboard.previous.to),
  });
  const asOf = t('indicators.asOf', { time: formatDateTime(locale, dashboard.asOf) });
  const hidden = protectionNotes(locale, dashboard);
  const fairNote = dashboard.fair && dashboard.fairFilter ? [`${dashboard.fair.name}: ${dashboard.fairFilter[locale]}`] : [];

  const figures: OutputTable = {
    id: dashboardTableIds.figures,
    title: t('indicators.table.figures'),
    columns: [
      { key: 'indicator', label: t('indicators.column.indicator'), kind: 'text' },
      { key: 'numerator', label: t('indicators.column.numerator'), kind: 'count' },
      { key: 'denominator', label: t('indicators.column.denominator'), kind: 'count' },
      { key: 'rate', label: t('indicators.column.rate'), kind: 'rate' },
      { key: 'unknown', label: t('indicators.column.unknown'), kind: 'count' },
      { key: 'target', label: t('indicators.column.target'), kind: 'text' },
      { key: 'status', label: t('indicators.column.status'), kind: 'text' },
      { key: 'previousRate', label: t('indicators.column.previousRate'), kind: 'rate' },
      { key: 'change', label: t('indicators.column.change'), kind: 'text' },
    ],
    rows: dashboard.figures.map((f) => [
      t(`indicators.key.${f.key}` as MessageKey),
      count(f.numerator),
      count(f.denominator),
      f.value,
      count(f.unknown),
      f.target ? targetLabel(locale, f.target) : null,
      f.target ? t(`indicators.status.${f.status ?? targetStatus(f.value, f.target)}` as MessageKey) : null,
      f.previous.value,
      changeText(locale, f.change),
    ]),
    notes: [
      period,
      ...fairNote,
      `${t('indicators.column.denominator')}: ${dashboard.managed[locale]}`,
      ...dashboard.figures.map((f) => `${t(`indicators.key.${f.key}` as MessageKey)}: ${f.definition[locale]}`),
      ...hidden,
      asOf,
    ],
  };

  const breakAt = new Map<number, SeriesBreak[]>();
  for (const b of dashboard.breaks) breakAt.set(b.month, [...(breakAt.get(b.month) ?? []), b]);
  const trendTable: OutputTable = {
    id: dashboardTableIds.trend,
    title: t('indicators.table.trend'),
    columns: [
      { key: 'month', label: t('indicators.column.month'), kind: 'text' },
      ...countColumns(locale, keys),
      { key: 'break', label: t('indicators.column.break'), kind: 'text' },
    ],
    rows: dashboard.trend.map((month, i) => [
      monthLabel(locale, month),
      ...countCells(month.figures),
      breakAt.has(i)
        ? breakAt
            .get(i)!
            .map((b) => t('indicators.break.marker', { date: formatDay(locale, b.on) }))
            .join('; ')
        : null,
    ]),
    notes: [...dashboard.breaks.map((b) => b.text[locale]), t('indicators.note.trend'), ...hidden, asOf],
  };

  const breakdownTables = dashboard.breakdowns.map(({ kind, groups }): OutputTable => ({
    id: dashboardTableIds.breakdown(kind),
    title: t(`indicators.table.by.${kind}` as MessageKey),
    columns: [{ key: 'group', label: t(`indicators.column.group.${kind}` as MessageKey), kind: 'text' }, ...countColumns(locale, keys)],
    rows: groups.map((group) => [groupLabel(locale, kind, group), ...countCells(group.figures)]),
    notes: [period, ...fairNote, ...hidden, asOf],
  }));

  const fairKeys = dashboard.fairs[0]?.figures.map((f) => f.key) ?? [];
  const fairTable: OutputTable = {
    id: dashboardTableIds.fairs,
    title: t('indicators.table.fairs'),
    columns: [
      { key: 'fair', label: t('indicators.column.fair'), kind: 'text' },
      { key: 'date', label: t('indicators.column.fairDate'), kind: 'text' },
      ...countColumns(locale, fairKeys),
    ],
    rows: dashboard.fairs.map((f) => [f.name, formatDay(locale, f.startsOn), ...countCells(f.figures)]),
    notes: [fairFilterText[locale], ...hidden, asOf],
  };

  return [figures, trendTable, ...breakdownTables, fairTable];
}

/** The plan's target in words: "20–25 %", or "below 1 %". */
export function targetLabel(locale: Locale, target: NonNullable<IndicatorFigure['target']>) {
  const percent = (fraction: number) => formatPercent(locale, fraction);
  if (target.direction === 'below') return translate(locale, 'indicators.target.below', { limit: percent(target.limit) });
  return target.low === target.high
    ? translate(locale, 'indicators.target.atLeast', { low: percent(target.low) })
    : translate(locale, 'indicators.target.band', { low: percent(target.low), high: percent(target.high) });
}
