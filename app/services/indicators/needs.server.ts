// The monthly needs report the plans ask districts for ("định kỳ hằng tháng … thông tin về nhu cầu
// học nghề, nhu cầu tìm kiếm việc làm"): for a month and a province, by commune, how many managed
// people need training, a job, a loan, legal help — protected for readers without caseload rights —
// and, for staff with them, the lists of names and needs that districts send (an audited read).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { caseEvents, communes, provinces, returnees, supportCases } from '#db/schema.ts';
import { formatDateTime, formatMonth } from '#lib/format.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { isSupportOpen } from '../pipeline/rules.ts';
import { isManaged, residenceOn, type PersonFacts } from './definitions.ts';
import { loadPersonFacts } from './facts.server.ts';
import { monthPeriod, type Period } from './periods.ts';
import { protectTable, type ProtectedCount } from './suppression.ts';
import { hiddenComplement, hiddenSmall, type OutputTable, type TableCell } from './tables.ts';

export const needKinds = ['training', 'job', 'loan', 'legal'] as const;
export type NeedKind = (typeof needKinds)[number];

/** The page's query: a month (2015-01 to this month; default this month) and, for administrators, a province. */
export function needsQuerySchema(thisMonth: string) {
  return z.object({
    month: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, 'needs.validation.month')
        .refine((m) => m >= '2015-01' && m <= thisMonth, 'needs.validation.month')
        .optional(),
    ),
    province: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .trim()
        .regex(/^\d{2}$/, 'needs.validation.province')
        .optional(),
    ),
  });
}

export type PersonNeeds = { id: string; fullName: string; needs: NeedKind[] };
export type CommuneNeeds = { communeCode: string | null; communeName: string | null; people: PersonNeeds[] };

export type MonthlyNeeds = {
  provinceCode: string;
  provinceName: string;
  month: string;
  period: Period;
  /** Whether counts of 1–4 (and what would give them away) are hidden: the reader has no caseload rights. */
  protected: boolean;
  /** Communes (by name; the unknown commune last) with their counts per need, and the province's totals. */
  rows: { communeCode: string | null; communeName: string | null; counts: ProtectedCount[] }[];
  totals: ProtectedCount[];
  /** The people behind the counts, by commune — only for staff with caseload rights over the province. */
  lists: CommuneNeeds[] | null;
  asOf: string;
};

/** What a support request (loan, legal help) was on `day`: the status of its last step that took effect by then, or null (not asked yet). */
function statusOn(steps: { toStatus: string | null; effectiveOn: string }[], day: string) {
  let status: string | null = null;
  for (const step of steps) if (step.effectiveOn <= day && step.toStatus) status = step.toStatus;
  return status;
}

/**
 * The needs of one managed person on the period's last day (the definition in words is on the page,
 * `needs.definition.*`): a need recorded on the person's record counts unless met by then — training
 * by a completed course, a job by one under way — and a loan or legal help counts while a request is
 * open, or while the record asks for it and no request was made.
 */
export function needsOn(
  person: Pick<PersonFacts, 'courses' | 'placements'>,
  recorded: readonly string[],
  requests: { kind: 'loan' | 'legal'; steps: { toStatus: string | null; effectiveOn: string }[] }[],
  day: string,
): NeedKind[] {
  const needs: NeedKind[] = [];
  if (recorded.includes('training') && !person.courses.some((c) => c.completedOn !== null && c.completedOn <= day)) needs.push('training');
  const working = person.placements.some((p) => p.startDate <= day && (p.endedOn === null || p.endedOn > day));
  if (recorded.includes('job') && !working) needs.push('job');
  for (const kind of ['loan', 'legal'] as const) {
    const asked = requests.filter((r) => r.kind === kind).map((r) => statusOn(r.steps, day));
    const open = asked.some((status) => status !== null && isSupportOpen(kind, status as never));
    const everAsked = asked.some((status) => status !== null);
    if (open || (recorded.includes(kind) && !everAsked)) needs.push(kind);
  }
  return needs;
}

const shownOf = (count: ProtectedCount): TableCell =>
  'shown' in count ? count.shown : count.hidden === 'small' ? hiddenSmall : hiddenComplement;

/**
 * The month's needs by commune in `provinceCode` (the reader's province by default). Readers of the
 * province's indicators get the counts (protected unless they hold caseload rights there); staff
 * with caseload rights also get the lists, and that read is audited with the people listed.
 */
export async function monthlyNeeds(
  executor: Executor,
  actor: Actor,
  query: { month: string; provinceCode: string },
  options: { now?: Date } = {},
): Promise<MonthlyNeeds> {
  const { provinceCode, month } = query;
  authorize(actor, 'read:indicator', { provinceCode }, { outOfScope: 'indicators.area.unknown' });
  const mayName = can(actor, 'read:returnee', { provinceCode });
  const [province] = await executor.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode));
  const period = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const asOf = (options.now ?? new Date()).toISOString();

  const facts = await loadPersonFacts(executor, { provinceCodes: [provinceCode] });
  const managed = facts
    .map((person) => ({ person, residence: residenceOn(person, period.to) }))
    .filter(({ person, residence }) => residence?.provinceCode === provinceCode && isManaged(person, period));
  const ids = managed.map(({ person }) => person.id);

  const [records, requests, requestSteps] = ids.length
    ? await Promise.all([
        executor
          .select({ id: returnees.id, fullName: returnees.fullName, needs: returnees.needs })
          .from(returnees)
          .where(inArray(returnees.id, ids)),
        executor
          .select({ id: supportCases.id, returneeId: supportCases.returneeId, kind: supportCases.kind })
          .from(supportCases)
          .where(inArray(supportCases.returneeId, ids)),
        executor
          .select({ subjectId: caseEvents.subjectId, toStatus: caseEvents.toStatus, effectiveOn: caseEvents.effectiveOn })
          .from(caseEvents)
          .where(and(inArray(caseEvents.returneeId, ids), inArray(caseEvents.kind, ['loan', 'legal'])))
          .orderBy(asc(caseEvents.effectiveOn), asc(caseEvents.at), asc(caseEvents.id)),
      ])
    : [[], [], []];
  const recordOf = new Map(records.map((r) => [r.id, r]));
  const stepsOf = new Map<string, { toStatus: string | null; effectiveOn: string }[]>();
  for (const step of requestSteps) {
    if (!step.subjectId) continue;
    const list = stepsOf.get(step.subjectId) ?? [];
    list.push(step);
    stepsOf.set(step.subjectId, list);
  }

  const byCommune = new Map<string | null, PersonNeeds[]>();
  for (const { person, residence } of managed) {
    const record = recordOf.get(person.id);
    if (!record) continue;
    const own = requests.filter((r) => r.returneeId === person.id).map((r) => ({ kind: r.kind, steps: stepsOf.get(r.id) ?? [] }));
    const needs = needsOn(person, record.needs, own, period.to);
    const commune = residence?.communeCode ?? null;
    const list = byCommune.get(commune) ?? [];
    list.push({ id: person.id, fullName: record.fullName, needs });
    byCommune.set(commune, list);
  }
  const codes = [...byCommune.keys()].filter((code): code is string => code !== null);
  const names = new Map(
    codes.length
      ? (await executor.select({ code: communes.code, name: communes.name }).from(communes).where(inArray(communes.code, codes))).map(
          (c) => [c.code, c.name],
        )
      : [],
  );
  const order = [...byCommune.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'vi'),
  );
  const counts = order.map((code) => needKinds.map((kind) => byCommune.get(code)!.filter((p) => p.needs.includes(kind)).length));
  const sums = needKinds.map((_, i) => counts.reduce((total, line) => total + line[i], 0));

  let rowCounts: ProtectedCount[][];
  let totals: ProtectedCount[];
  if (mayName || order.length === 0) {
    rowCounts = counts.map((line) => line.map((shown) => ({ shown })));
    totals = sums.map((shown) => ({ shown }));
  } else {
    const table = protectTable({ rows: order.map(String), columns: [...needKinds], cells: counts });
    rowCounts = table.cells;
    totals = table.columnTotals;
  }

  let lists: CommuneNeeds[] | null = null;
  if (mayName) {
    lists = order.map((code) => ({
      communeCode: code,
      communeName: code === null ? null : (names.get(code) ?? code),
      people: byCommune
        .get(code)!
        .filter((p) => p.needs.length > 0)
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
    }));
    const listed = lists.flatMap((l) => l.people.map((p) => p.id));
    await writeAudit(executor, actor, {
      action: 'list',
      entityType: 'returnee',
      reason: 'needs-report',
      details: { month, provinceCode, ids: listed },
    });
  }

  return {
    provinceCode,
    provinceName: province?.name ?? provinceCode,
    month,
    period,
    protected: !mayName,
    rows: order.map((code, i) => ({
      communeCode: code,
      communeName: code === null ? null : (names.get(code) ?? code),
      counts: rowCounts[i],
    })),
    totals,
    lists,
    asOf,
  };
}

/** "11/2026" in Vietnamese, "2026-11" in English. */
/** The report as output tables (the counts; the lists when the reader may see them), for the page and the downloads. */
export function needsTables(report: MonthlyNeeds, locale: Locale): OutputTable[] {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const month = formatMonth(locale, report.month);
  const communeLabel = (name: string | null) => name ?? t('needs.unknownCommune');
  const definition = (['who', 'training', 'job', 'loan', 'legal', 'current'] as const).map((part) => t(`needs.definition.${part}`));
  const counts: OutputTable = {
    id: 'needs-by-commune',
    title: t('needs.tableTitle', { month }),
    columns: [
      { key: 'commune', label: t('needs.commune'), kind: 'text' },
      ...needKinds.map((kind) => ({ key: kind, label: t(`needs.kind.${kind}`), kind: 'count' as const })),
    ],
    rows: [
      ...report.rows.map((row) => [communeLabel(row.communeName), ...row.counts.map(shownOf)]),
      [`${t('needs.total')} (${report.provinceName})`, ...report.totals.map(shownOf)],
    ],
    notes: [
      ...definition,
      ...(report.protected ? [t('needs.protected')] : []),
      t('needs.asOf', { time: formatDateTime(locale, report.asOf) }),
    ],
  };
  if (!report.lists) return [counts];
  const list: OutputTable = {
    id: 'needs-people',
    title: t('needs.listTitle', { month }),
    columns: [
      { key: 'commune', label: t('needs.commune'), kind: 'text' },
      { key: 'name', label: t('needs.person'), kind: 'text' },
      { key: 'needs', label: t('needs.personNeeds'), kind: 'text' },
    ],
    rows: report.lists.flatMap((commune) =>
      commune.people.map((person) => [
        communeLabel(commune.communeName),
        person.fullName,
        person.needs.map((kind) => t(`needs.kind.${kind}`)).join('; '),
      ]),
    ),
    notes: [t('needs.asOf', { time: formatDateTime(locale, report.asOf) })],
  };
  return [counts, list];
}
