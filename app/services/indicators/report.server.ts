// The indicators as a reader gets them (the API now; the dashboard and exports next): for an area,
// a period and a fair, each figure with its numerator, denominator and definition, computed from
// the records on the days the steps took effect. Who may read which area is the one authorisation
// path (`read:indicator`: a province's staff their province, administrators the country); a reader
// without caseload rights over the people counted gets counts of 1–4 as "<5" and no rate built on
// one, and no reoffending figure at all (DESIGN.md §3, §6).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '#db/client.ts';
import { communes, indicatorPlans } from '#db/schema.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { InputError, NotFoundError } from '../errors.ts';
import { calendarDate } from '../fields.ts';
import { aggregateIndicators, type AggregateRow } from './aggregate.server.ts';
import { definitionText, managedText, type Area, type IndicatorKey } from './definitions.ts';
import { customPeriod } from './periods.ts';
import { plansOf } from './plans.server.ts';
import { reoffendingEnabled } from './settings.server.ts';
import { targetStatus, type Target, type TargetStatus } from './targets.ts';
import { largestSmallCount, protectRate, type ProtectedCount } from './suppression.ts';

/** "country", a province (2 digits), a commune (5 digits) or a plan's area ("plan:<id>"). */
export const areaCode = z
  .string()
  .trim()
  .regex(/^(country|\d{2}|\d{5}|plan:[0-9a-f-]{36})$/, 'indicators.validation.area');

export const indicatorQuerySchema = z
  .object({
    area: areaCode
      .optional()
      .describe(
        '"country", a province code (2 digits), a commune code (5 digits) or "plan:<id>" (a plan’s area); default: the reader’s province',
      ),
    from: calendarDate('indicators.validation.from').describe('First day of the period (YYYY-MM-DD)'),
    to: calendarDate('indicators.validation.to').describe('Last day of the period (YYYY-MM-DD)'),
    fair: z.uuid('indicators.validation.fair').optional().describe('Count only the steps taken at this fair'),
  })
  .refine((q) => q.to >= q.from && q.to <= `${Number(q.from.slice(0, 4)) + 5}${q.from.slice(4)}`, {
    path: ['to'],
    message: 'indicators.validation.order',
  });
export type IndicatorQuery = z.output<typeof indicatorQuerySchema>;

/** The dashboard's (and its files') area and fair, as its GET form sends them: a blank box is "not chosen". */
export const dashboardPlaceSchema = z.object({
  area: z.preprocess((value) => (value === '' ? undefined : value), indicatorQuerySchema.shape.area),
  fair: z.preprocess((value) => (value === '' ? undefined : value), indicatorQuerySchema.shape.fair),
});

/** The dashboard's filter: a year (the last six) and an area of the reader's province (blank: all of it). */
export function indicatorPageSchema(thisYear: number) {
  return z.object({
    year: z.coerce
      .number({ error: 'indicators.validation.year' })
      .int('indicators.validation.year')
      .min(thisYear - 5, 'indicators.validation.year')
      .max(thisYear, 'indicators.validation.year')
      .optional(),
    area: z.preprocess((v) => (v === '' ? undefined : v), areaCode.optional()),
  });
}

/** A count as shown: the number, or "<5" for 1–4 to a reader without rights over the people. */
export type ShownCount = number | '<5';

export type IndicatorFigure = {
  key: IndicatorKey;
  numerator: ShownCount;
  denominator: ShownCount;
  /** numerator / denominator; null when nobody is counted or when a count behind it is hidden. */
  value: number | null;
  /** stable_job: jobs that reached the mark with nothing recorded to say whether they lasted. */
  unknown?: ShownCount;
  definition: { vi: string; en: string };
  /** The plan's target for it, and where the figure stands (rates as fractions). */
  target?: Target;
  status?: TargetStatus;
};

export type ReportArea = { kind: 'country' } | { kind: 'province' | 'commune'; code: string } | { kind: 'plan'; id: string; name: string };

export type IndicatorReport = {
  area: ReportArea;
  /** The plan whose targets the figures are held against: the plan asked for, or the province's whole-province plan in force that year. */
  plan: { id: string; name: string; decisionNumber: string | null; areaName: string | null } | null;
  from: string;
  to: string;
  fairId: string | null;
  /** Whether counts of 1–4 are hidden (the reader has no caseload rights over the people). */
  protected: boolean;
  managed: { vi: string; en: string };
  figures: IndicatorFigure[];
  /** When the figures were read: they include every step committed before it. */
  asOf: string;
};

/** The area asked for: its province (the scope it is read under), the definition's area, and a plan asked for by its area. */
async function resolveArea(executor: Executor, actor: Actor, asked: string | undefined) {
  const code = asked ?? actor.provinceCode ?? 'country';
  if (code === 'country')
    return { area: { kind: 'country' } as const, counted: { kind: 'country' } as Area, provinceCode: null, plan: null };
  if (code.length === 2)
    return { area: { kind: 'province', code } as const, counted: { kind: 'province', code } as Area, provinceCode: code, plan: null };
  if (code.startsWith('plan:')) {
    const [plan] = await executor
      .select()
      .from(indicatorPlans)
      .where(eq(indicatorPlans.id, code.slice(5)));
    if (!plan) throw new InputError({ area: 'indicators.area.unknown' });
    const counted: Area = plan.communeCodes.length
      ? { kind: 'plan', communeCodes: plan.communeCodes }
      : { kind: 'province', code: plan.provinceCode };
    return {
      area: { kind: 'plan', id: plan.id, name: plan.areaName ?? plan.name } as const,
      counted,
      provinceCode: plan.provinceCode,
      plan,
    };
  }
  const [commune] = await executor.select({ provinceCode: communes.provinceCode }).from(communes).where(eq(communes.code, code));
  if (!commune) throw new InputError({ area: 'indicators.area.unknown' });
  return {
    area: { kind: 'commune', code } as const,
    counted: { kind: 'commune', code } as Area,
    provinceCode: commune.provinceCode,
    plan: null,
  };
}

/** A count as protected for the reader: 1–4 hidden when `hide`. */
export function protect(count: number, hide: boolean): ProtectedCount {
  return hide && count >= 1 && count <= largestSmallCount ? { hidden: 'small' } : { shown: count };
}

export const shown = (count: ProtectedCount): ShownCount => ('shown' in count ? count.shown : '<5');

/**
 * What the reader may read for an area: where it is counted, its province, whether the reader may
 * see the people (caseload rights: exact counts, drill-down), and whether reoffending is counted for
 * them (caseload rights, and the province has not switched the indicator off).
 */
export type ReaderScope = Awaited<ReturnType<typeof resolveArea>> & { mayName: boolean; reoffending: boolean };

/** The area asked for (default: the reader's province) checked against `read:indicator`: the country needs `any`; a province or one of its communes, that province. */
export async function readerScope(executor: Executor, actor: Actor, askedArea: string | undefined): Promise<ReaderScope> {
  const resolved = await resolveArea(executor, actor, askedArea);
  const { provinceCode } = resolved;
  if (provinceCode === null) {
    if (authorize(actor, 'read:indicator') !== 'any') throw new NotFoundError('indicators.area.unknown');
  } else authorize(actor, 'read:indicator', { provinceCode }, { outOfScope: 'indicators.area.unknown' });
  const mayName = provinceCode !== null && can(actor, 'read:returnee', { provinceCode });
  const reoffending = mayName && (await reoffendingEnabled(executor, provinceCode));
  return { ...resolved, mayName, reoffending };
}

/** The plan the figures are held against: the plan asked for, or the province's whole-province plan in force in the period's year (a period within one year). */
export async function planOf(executor: Executor, scope: ReaderScope, from: string, to: string) {
  const { area, provinceCode, plan: askedPlan } = scope;
  const year = Number(from.slice(0, 4));
  const sameYear = to.startsWith(String(year));
  // A plan asked for by its area holds the figures against its targets only in a year it is in force.
  return askedPlan
    ? ((await plansOf(executor, askedPlan.provinceCode, year)).find((p) => p.id === askedPlan.id) ?? null)
    : provinceCode !== null && area.kind === 'province' && sameYear
      ? ((await plansOf(executor, provinceCode, year)).find((p) => p.communeCodes.length === 0) ?? null)
      : null;
}

/** The figures as the reader gets them: counts of 1–4 hidden when `hide`, no rate on a hidden count, each held against the plan's target. */
export function reportFigures(
  rows: readonly AggregateRow[],
  hide: boolean,
  plan: { targets: Partial<Record<IndicatorKey, Target>> } | null,
  stableMonths: number,
): IndicatorFigure[] {
  return rows.map((row): IndicatorFigure => {
    const numerator = protect(row.numerator, hide);
    const denominator = protect(row.denominator, hide);
    const rate = protectRate(numerator, denominator);
    const definition = definitionText[row.key];
    const target = plan?.targets[row.key];
    return {
      key: row.key,
      numerator: shown(numerator),
      denominator: shown(denominator),
      value: 'shown' in rate ? rate.shown : null,
      ...(row.unknown !== undefined ? { unknown: shown(protect(row.unknown, hide)) } : {}),
      definition: {
        vi: definition.vi.replace('{months}', String(stableMonths)),
        en: definition.en.replace('{months}', String(stableMonths)),
      },
      ...(target ? { target, status: targetStatus('shown' in rate ? rate.shown : null, target) } : {}),
    };
  });
}

/** The plan as a report names it. */
export function planSummary(plan: { id: string; name: string; decisionNumber: string | null; areaName: string | null } | null) {
  return plan ? { id: plan.id, name: plan.name, decisionNumber: plan.decisionNumber, areaName: plan.areaName } : null;
}

export async function indicatorReport(
  executor: Executor,
  actor: Actor,
  query: IndicatorQuery,
  options: { stableMonths: number; now?: Date },
): Promise<IndicatorReport> {
  const scope = await readerScope(executor, actor, query.area);
  const { area, counted, mayName, reoffending } = scope;
  const asOf = (options.now ?? new Date()).toISOString();

  const rows = await aggregateIndicators(executor, {
    period: customPeriod(query.from, query.to),
    area: counted,
    fairId: query.fair ?? null,
    stableMonths: options.stableMonths,
    // Reoffending is only for staff with caseload rights over the people (never to anyone else),
    // where the province counts it.
    reoffending,
  });
  const plan = await planOf(executor, scope, query.from, query.to);
  return {
    area,
    plan: planSummary(plan),
    from: query.from,
    to: query.to,
    fairId: query.fair ?? null,
    protected: !mayName,
    managed: managedText,
    figures: reportFigures(rows, !mayName, plan, options.stableMonths),
    asOf,
  };
}
