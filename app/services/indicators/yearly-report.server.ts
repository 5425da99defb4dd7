// The yearly report in the usual Vietnamese administrative form (the Đồng Tháp report in the seeds):
// the issuing body and number, I. the situation, II. the results — the indicator table against the
// plan's targets, filled from the figures — III. shortcomings and IV. next year's direction. The
// written parts are saved per area and year (`saveReportText`, audited in the caller's transaction).
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { communes, indicatorPlans, indicatorReportTexts, provinces, reportSections, users } from '#db/schema.ts';
import { audit } from '../audit.server.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { text } from '../fields.ts';
import { dashboardTableIds, dashboardTables, indicatorDashboard, type Dashboard } from './dashboard.server.ts';
import type { OutputTable } from './tables.ts';
import { areaCode } from './report.server.ts';

export type ReportSection = (typeof reportSections)[number];

/** How long each written part may be: a line for the header, pages for the prose. */
export const sectionLimits: Record<ReportSection, number> = {
  issuer: 200,
  number: 60,
  situation: 10_000,
  shortcomings: 10_000,
  direction: 10_000,
};

/** The page's query: a year (2015 to this year) and an area (blank: the reader's province, or the country). */
export function reportQuerySchema(thisYear: number) {
  return z.object({
    year: z.coerce
      .number({ error: 'reports.validation.year' })
      .int('reports.validation.year')
      .min(2015, 'reports.validation.year')
      .max(thisYear, 'reports.validation.year')
      .optional(),
    area: z.preprocess((v) => (v === '' ? undefined : v), areaCode.optional()),
  });
}

const sectionText = (section: ReportSection) =>
  z.preprocess((v) => (v === undefined || v === null ? '' : v), text().max(sectionLimits[section], `reports.validation.${section}`));

/** The written parts as posted: every part (blank clears it), with the report's area and year. */
export function reportTextSchema(thisYear: number) {
  return z.object({
    area: areaCode,
    year: z.coerce
      .number({ error: 'reports.validation.year' })
      .int('reports.validation.year')
      .min(2015, 'reports.validation.year')
      .max(thisYear + 1, 'reports.validation.year'),
    ...(Object.fromEntries(reportSections.map((section) => [section, sectionText(section)])) as Record<
      ReportSection,
      ReturnType<typeof sectionText>
    >),
  });
}
export type ReportTextInput = z.output<ReturnType<typeof reportTextSchema>>;

/** An area's province (null: the country) and its name as a report heads it. */
async function areaOf(
  executor: Executor,
  code: string,
): Promise<{ provinceCode: string | null; name: string; provinceName: string | null }> {
  if (code === 'country') return { provinceCode: null, name: 'Việt Nam', provinceName: null };
  if (code.startsWith('plan:')) {
    const [plan] = await executor
      .select({
        provinceCode: indicatorPlans.provinceCode,
        name: indicatorPlans.name,
        areaName: indicatorPlans.areaName,
        province: provinces.name,
      })
      .from(indicatorPlans)
      .innerJoin(provinces, eq(provinces.code, indicatorPlans.provinceCode))
      .where(eq(indicatorPlans.id, code.slice(5)));
    if (!plan) throw new NotFoundError('indicators.area.unknown');
    return { provinceCode: plan.provinceCode, name: plan.areaName ?? plan.province, provinceName: plan.province };
  }
  if (code.length === 2) {
    const [province] = await executor.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, code));
    if (!province) throw new NotFoundError('indicators.area.unknown');
    return { provinceCode: code, name: province.name, provinceName: province.name };
  }
  const [commune] = await executor
    .select({ name: communes.name, provinceCode: communes.provinceCode, province: provinces.name })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(eq(communes.code, code));
  if (!commune) throw new NotFoundError('indicators.area.unknown');
  return { provinceCode: commune.provinceCode, name: `${commune.name}, ${commune.province}`, provinceName: commune.province };
}

/** The scope check for writing an area's report: the province's staff, or administrators (the country too). */
function authorizeWrite(actor: Actor, provinceCode: string | null) {
  if (provinceCode === null) {
    if (authorize(actor, 'update:indicator-report') !== 'any') throw new NotFoundError('indicators.area.unknown');
  } else authorize(actor, 'update:indicator-report', { provinceCode }, { outOfScope: 'indicators.area.unknown' });
}

/**
 * Saves the written parts of an area's yearly report (each given part replaces the last; a blank
 * one is removed), for staff who may read that area's indicators and write its report; audited.
 */
export async function saveReportText(tx: Executor, actor: Actor, input: ReportTextInput) {
  authorize(actor, 'update:indicator-report');
  const area = await areaOf(tx, input.area);
  authorizeWrite(actor, area.provinceCode);
  authorize(actor, 'read:indicator', area.provinceCode === null ? undefined : { provinceCode: area.provinceCode }, {
    outOfScope: 'indicators.area.unknown',
  });
  const written = reportSections.filter((section) => input[section] !== '');
  const cleared = reportSections.filter((section) => input[section] === '');
  if (written.length) {
    await tx
      .insert(indicatorReportTexts)
      .values(written.map((section) => ({ areaCode: input.area, year: input.year, section, text: input[section], updatedById: actor.id })))
      .onConflictDoUpdate({
        target: [indicatorReportTexts.areaCode, indicatorReportTexts.year, indicatorReportTexts.section],
        set: { text: sql`excluded.text`, updatedById: actor.id, updatedAt: new Date() },
        setWhere: sql`${indicatorReportTexts.text} is distinct from excluded.text`,
      });
  }
  for (const section of cleared) {
    await tx
      .delete(indicatorReportTexts)
      .where(
        and(
          eq(indicatorReportTexts.areaCode, input.area),
          eq(indicatorReportTexts.year, input.year),
          eq(indicatorReportTexts.section, section),
        ),
      );
  }
  await audit(tx, {
    actorUserId: actor.id,
    action: 'update',
    entityType: 'indicator_report',
    entityId: `${input.area}:${input.year}`,
    ipAddress: actor.clientIp,
    details: { written, cleared },
  });
}

export type ReportTexts = Partial<Record<ReportSection, string>>;

export type YearlyReport = {
  areaCode: string;
  year: number;
  areaName: string;
  /** The province whose name heads the place-and-date line (null: the country). */
  provinceName: string | null;
  /** The plan the figures are held against, and when they were read. */
  plan: Dashboard['plan'];
  asOf: string;
  /** Part II: the dashboard's figures table (the year against the plan's targets and the year before), protected for the reader. */
  results: OutputTable;
  texts: ReportTexts;
  /** The last change of the written parts: who and when. */
  lastChange: { by: string | null; at: string } | null;
  /** Whether the reader may change the written parts. */
  mayEdit: boolean;
};

/**
 * The yearly report of an area the reader may read the indicators of: the year's figures (the
 * dashboard's figures table, so the same numbers, protected alike, as /indicators and its files),
 * the written parts, and whether the reader may write them.
 */
export async function yearlyReport(
  executor: Executor,
  actor: Actor,
  query: { area?: string; year: number },
  options: { stableMonths: number; now?: Date; locale: Locale },
): Promise<YearlyReport> {
  authorize(actor, 'read:indicator');
  const code = query.area ?? actor.provinceCode ?? 'country';
  const area = await areaOf(executor, code);
  const dashboard = await indicatorDashboard(
    executor,
    actor,
    { area: code, period: { kind: 'year', year: query.year } },
    { ...options, headlineOnly: true },
  );
  const results = dashboardTables(dashboard, options.locale).find((table) => table.id === dashboardTableIds.figures)!;
  const rows = await executor
    .select({
      section: indicatorReportTexts.section,
      text: indicatorReportTexts.text,
      at: indicatorReportTexts.updatedAt,
      by: users.fullName,
    })
    .from(indicatorReportTexts)
    .leftJoin(users, eq(users.id, indicatorReportTexts.updatedById))
    .where(and(eq(indicatorReportTexts.areaCode, code), eq(indicatorReportTexts.year, query.year)));
  const last = rows.reduce<(typeof rows)[number] | null>((latest, row) => (latest === null || row.at > latest.at ? row : latest), null);
  const mayEdit =
    area.provinceCode === null
      ? can(actor, 'update:indicator-report:any')
      : can(actor, 'update:indicator-report', { provinceCode: area.provinceCode });
  return {
    areaCode: code,
    year: query.year,
    areaName: area.name,
    provinceName: area.provinceName,
    plan: dashboard.plan,
    asOf: dashboard.asOf,
    results,
    texts: Object.fromEntries(rows.map((row) => [row.section, row.text])),
    lastChange: last ? { by: last.by, at: last.at.toISOString() } : null,
    mayEdit,
  };
}
