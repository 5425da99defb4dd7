// The people behind an indicator's count (the drill-down): for staff with caseload rights over the
// area's province only — everyone else gets 403 (a role that never may) or 404 (another province)
// — a page of names with their commune and a link to the record, the viewing audited with the ids
// shown like any list of records (DESIGN.md §3). A person who withdrew their consent is still
// counted and still listed here: only to those with rights over them.
import { asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '#db/client.ts';
import { communes, returnees } from '#db/schema.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { calendarDate } from '../fields.ts';
import { breakdown, breakdownKinds, computeIndicators, indicatorKeys, type IndicatorOptions, type PersonFacts } from './definitions.ts';
import { areaNameOf } from './dashboard.server.ts';
import { loadStoredFacts } from './facts-store.server.ts';
import { customPeriod } from './periods.ts';
import { areaCode, readerScope, type ReportArea } from './report.server.ts';

export const peopleParts = ['numerator', 'denominator', 'unknown'] as const;
export type PeoplePart = (typeof peopleParts)[number];

export const peoplePageSize = 50;

const blank = (value: unknown) => (value === '' ? undefined : value);

/** Which count: an area, a period and a fair (as the API's), an indicator and its part, a breakdown's group, a page. */
export const peopleQuerySchema = z
  .object({
    area: z.preprocess(blank, areaCode.optional()),
    from: calendarDate('indicators.validation.from'),
    to: calendarDate('indicators.validation.to'),
    fair: z.preprocess(blank, z.uuid('indicators.validation.fair').optional()),
    indicator: z.enum(indicatorKeys, { error: 'indicators.validation.indicator' }),
    part: z.preprocess(blank, z.enum(peopleParts, { error: 'indicators.validation.part' }).default('numerator')),
    by: z.preprocess(blank, z.enum(breakdownKinds, { error: 'indicators.validation.group' }).optional()),
    group: z.preprocess(blank, z.string().trim().max(100, 'indicators.validation.group').optional()),
    page: z.preprocess(
      blank,
      z.coerce
        .number({ error: 'indicators.validation.page' })
        .int('indicators.validation.page')
        .min(1, 'indicators.validation.page')
        .max(10_000, 'indicators.validation.page')
        .default(1),
    ),
  })
  .refine((q) => q.to >= q.from && q.to <= `${Number(q.from.slice(0, 4)) + 5}${q.from.slice(4)}`, {
    path: ['to'],
    message: 'indicators.validation.order',
  });
export type PeopleQuery = z.output<typeof peopleQuerySchema>;

export type PersonRow = { id: string; fullName: string; communeName: string | null };

export type IndicatorPeople = {
  area: ReportArea;
  areaName: string;
  query: PeopleQuery;
  /** Everyone behind the count (the count itself). */
  total: number;
  /** Of them, people whose identity was erased since: still counted, named nowhere. */
  erased: number;
  rows: PersonRow[];
  page: number;
  pages: number;
};

/**
 * One page of the people behind a count, for `actor` with `read:returnee` over the area's province
 * (the country has no one province: nobody drills into it). The ids shown are audited.
 */
export async function indicatorPeople(
  executor: Executor,
  actor: Actor,
  query: PeopleQuery,
  options: { stableMonths: number; facts?: readonly PersonFacts[] },
): Promise<IndicatorPeople> {
  const scope = await readerScope(executor, actor, query.area);
  const { area, counted, provinceCode } = scope;
  // Staff of the province only: 403 for a role that never reads records, 404 outside the province.
  authorize(actor, 'read:returnee', provinceCode === null ? undefined : { provinceCode });
  if (provinceCode === null) throw new NotFoundError('indicators.area.unknown');

  const facts = options.facts ?? (await loadStoredFacts(executor, { provinceCodes: [provinceCode] }));
  const base: IndicatorOptions = {
    period: customPeriod(query.from, query.to),
    area: counted,
    fairId: query.fair ?? null,
    stableMonths: options.stableMonths,
    reoffending: scope.reoffending,
  };
  const rows =
    query.by === undefined
      ? computeIndicators(facts, base)
      : (breakdown(facts, base, query.by).find((g) => g.group === query.group)?.rows ?? computeIndicators([], base));
  const row = rows.find((r) => r.key === query.indicator);
  if (!row) throw new NotFoundError('indicators.area.unknown');
  const ids = query.part === 'numerator' ? row.numeratorIds : query.part === 'denominator' ? row.denominatorIds : (row.unknown?.ids ?? []);

  const pages = Math.max(1, Math.ceil(ids.length / peoplePageSize));
  const page = Math.min(query.page, pages);
  const [{ named }] = ids.length
    ? await executor.select({ named: count() }).from(returnees).where(inArray(returnees.id, ids))
    : [{ named: 0 }];
  const people = ids.length
    ? await executor
        .select({ id: returnees.id, fullName: returnees.fullName, communeName: communes.name })
        .from(returnees)
        .leftJoin(communes, eq(communes.code, returnees.communeCode))
        .where(inArray(returnees.id, ids))
        .orderBy(asc(returnees.fullName), asc(returnees.id))
        .limit(peoplePageSize)
        .offset((page - 1) * peoplePageSize)
    : [];
  await writeAudit(executor, actor, {
    action: 'list',
    entityType: 'returnee',
    reason: 'indicators',
    details: { query: { ...query, page }, ids: people.map((p) => p.id) },
  });
  return {
    area,
    areaName: await areaNameOf(executor, scope),
    query: { ...query, page },
    total: ids.length,
    erased: ids.length - named,
    rows: people,
    page,
    pages,
  };
}
