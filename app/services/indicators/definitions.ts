// The employment indicators of DESIGN.md §6 computed from each returnee's dated facts: who is counted
// in an area, a period and at a fair, and the people behind every figure. Pure, the one definition.
import { ageBand, ageBands, isInPeriod, monthsOf, type Period } from '#app/services/indicators/periods.ts';
import { addMonths, isStablePlacement } from '#app/services/pipeline/rules.ts';
import type { sexes } from '#db/schema.ts';

/** One place the person lived, from a day on (until the next entry). */
export type Residence = { from: string; provinceCode: string; communeCode: string | null };

export type PlacementFacts = {
  hiredOn: string;
  startDate: string;
  /** The first day the person no longer worked there; null: not known to have ended. */
  endedOn: string | null;
  fairId: string | null;
  followUps: { month: number; stillEmployed: boolean; on: string }[];
};

/**
 * What the indicators need to know of one returnee, built from the dated events: every date is the
 * day a step really happened (a Vietnam calendar day 'YYYY-MM-DD'), not the day it was typed in.
 */
export type PersonFacts = {
  id: string;
  /** The day the person came back; null (unknown) keeps them out of every denominator. */
  releaseDate: string | null;
  /** The intake record; null: not received by the service. */
  intakeOn: string | null;
  caseStartedOn: string | null;
  /** The case closed; null: open. A closed case was managed until it closed. */
  closedOn: string | null;
  /** Where the person lived, oldest first. */
  residence: Residence[];
  sex: (typeof sexes)[number] | null;
  ethnicity: string | null;
  birthDate: string | null;
  /** The person's main trade, for the breakdown by occupation. */
  occupationCode: string | null;
  counselledOn: string[];
  courses: { completedOn: string | null; certifiedOn: string | null; fairId: string | null }[];
  referrals: { referredOn: string; fairId: string | null }[];
  placements: PlacementFacts[];
  /** Loan requests; `eligible` null: not decided yet. */
  loans: { askedOn: string; eligible: boolean | null; grantedOn: string | null }[];
  /** A counsellor closed the case as "detained again" (the only fact kept: no offence). */
  detainedAgainOn: string | null;
  /** Fairs the person had a ticket for. */
  fairIds: string[];
};

export type Area =
  | { kind: 'country' }
  | { kind: 'province'; code: string }
  | { kind: 'commune'; code: string }
  | { kind: 'plan'; communeCodes: readonly string[] };

export const indicatorKeys = [
  'received',
  'counselled',
  'trained',
  'trained_certified',
  'referred',
  'placed',
  'stable_job',
  'loan',
  'reoffended',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

/** The indicators whose steps carry the fair they happened at: the only ones counted for one fair. */
export const fairIndicatorKeys: readonly IndicatorKey[] = ['trained', 'trained_certified', 'referred', 'placed', 'stable_job'];

export type IndicatorOptions = {
  period: Period;
  area: Area;
  /** Count only steps taken at this fair, among managed people who had a ticket for it. */
  fairId?: string | null;
  /** Months after the start that make a job stable (STABLE_JOB_MONTHS). */
  stableMonths?: number;
  /** Whether the province records reoffending (a province can switch it off). */
  reoffending: boolean;
};

export type IndicatorRow = {
  key: IndicatorKey;
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when nobody is in the denominator. */
  value: number | null;
  numeratorIds: string[];
  denominatorIds: string[];
  /** stable_job only: people whose job reached the mark in the period with nothing recorded to say whether it lasted. */
  unknown?: { count: number; ids: string[] };
};

type Text = { vi: string; en: string };

/** Who "managed" is: the denominator of every indicator but `received` (and, narrowed, `loan`). */
export const managedText: Text = {
  vi: 'Người đang được quản lý: người đã trở về và đã có hồ sơ tiếp nhận đến ngày cuối kỳ, có hồ sơ chưa đóng trước ngày đầu kỳ, được tính theo nơi cư trú vào ngày cuối kỳ.',
  en: 'Managed returnees: people back by the last day of the period with an intake record by then and a case not closed before its first day, counted where they lived on its last day.',
};

/** How a fair narrows the figures. */
export const fairFilterText: Text = {
  vi: 'Theo phiên chợ: chỉ tính các bước diễn ra tại phiên chợ đó, trên số người đang được quản lý có vé tham dự phiên chợ.',
  en: 'For one fair: only the steps taken at that fair count, out of the managed returnees who had a ticket for it.',
};

/** One sentence per indicator, shown next to its figure; `{months}` is the stable-job months. */
export const definitionText: Record<IndicatorKey, Text> = {
  received: {
    vi: 'Số người trở về trong kỳ đã có hồ sơ tiếp nhận đến ngày cuối kỳ, trên tổng số người trở về trong kỳ.',
    en: 'Returnees who came back in the period and had an intake record by its last day, out of all who came back in the period.',
  },
  counselled: {
    vi: 'Số người đang được quản lý được tư vấn ít nhất một lần trong kỳ, trên tổng số người đang được quản lý.',
    en: 'Managed returnees counselled at least once in the period, out of all managed returnees.',
  },
  trained: {
    vi: 'Số người đang được quản lý hoàn thành một khóa học nghề trong kỳ, trên tổng số người đang được quản lý.',
    en: 'Managed returnees who completed a vocational course in the period, out of all managed returnees.',
  },
  trained_certified: {
    vi: 'Số người đang được quản lý được cấp chứng chỉ nghề trong kỳ, trên tổng số người đang được quản lý.',
    en: 'Managed returnees awarded a vocational certificate in the period, out of all managed returnees.',
  },
  referred: {
    vi: 'Số người đang được quản lý được giới thiệu đến ít nhất một việc làm trong kỳ, trên tổng số người đang được quản lý.',
    en: 'Managed returnees referred to at least one job in the period, out of all managed returnees.',
  },
  placed: {
    vi: 'Số người đang được quản lý được tuyển dụng vào một việc làm trong kỳ, trên tổng số người đang được quản lý.',
    en: 'Managed returnees hired for a job in the period, out of all managed returnees.',
  },
  stable_job: {
    vi: 'Số người đang được quản lý có một việc làm mà mốc {months} tháng kể từ ngày bắt đầu rơi vào trong kỳ và được xác nhận vẫn đang làm tại mốc đó (qua theo dõi, hoặc nghỉ việc sau mốc), trên tổng số người đang được quản lý; việc làm chưa có thông tin theo dõi được tính riêng là chưa rõ.',
    en: 'Managed returnees with a job whose {months}-month mark after its start fell in the period and who were known to be still in it at the mark (by a follow-up, or an end after the mark), out of all managed returnees; jobs with nothing recorded are counted apart as unknown.',
  },
  loan: {
    vi: 'Số người đang được quản lý được vay vốn ưu đãi trong kỳ, trên số người đang được quản lý đã đề nghị vay và đủ điều kiện vay.',
    en: 'Managed returnees granted a social-policy loan in the period, out of the managed returnees who asked for one and were found eligible.',
  },
  reoffended: {
    vi: 'Số người đang được quản lý có hồ sơ được đóng trong kỳ vì bị bắt giữ trở lại, trên tổng số người đang được quản lý.',
    en: 'Managed returnees whose case was closed in the period because they were detained again, out of all managed returnees.',
  },
};

const defaultStableMonths = 6;

/** The rows `computeIndicators` gives for these options, in order. */
export function indicatorKeysFor(options: Pick<IndicatorOptions, 'fairId' | 'reoffending'>): IndicatorKey[] {
  const keys = options.fairId != null ? fairIndicatorKeys : indicatorKeys;
  return keys.filter((key) => key !== 'reoffended' || options.reoffending);
}

/**
 * Where the person lived on `day`: the latest entry from that day or before; before the first entry,
 * the first known address (it stands for the time before it was written down); null with no address.
 */
export function residenceOn(person: Pick<PersonFacts, 'residence'>, day: string): Residence | null {
  let inForce: Residence | null = null;
  let earliest: Residence | null = null;
  for (const entry of person.residence) {
    if (entry.from <= day && (inForce === null || entry.from >= inForce.from)) inForce = entry;
    if (earliest === null || entry.from < earliest.from) earliest = entry;
  }
  return inForce ?? earliest;
}

function livesIn(area: Area): (residence: Residence | null) => boolean {
  switch (area.kind) {
    case 'country':
      return () => true;
    case 'province':
      return (residence) => residence?.provinceCode === area.code;
    case 'commune':
      return (residence) => residence?.communeCode === area.code;
    case 'plan': {
      const communes = new Set(area.communeCodes);
      return (residence) => residence?.communeCode != null && communes.has(residence.communeCode);
    }
  }
}

/**
 * Managed over `period` (the area aside): back by its end (a known release date), with an intake by
 * its end, and a case not closed before its start. People back before the period count while managed.
 */
export function isManaged(person: PersonFacts, period: Period) {
  return (
    person.releaseDate !== null &&
    person.releaseDate <= period.to &&
    person.intakeOn !== null &&
    person.intakeOn <= period.to &&
    (person.closedOn === null || person.closedOn >= period.from)
  );
}

export type StableOutcome = 'stable' | 'not_stable' | 'unknown';

/**
 * Whether a placement lasted to its mark (start + `stableMonths`), by the pipeline's rule
 * (`isStablePlacement`): stable when known to have lasted; not stable when it ended by the mark or a
 * follow-up up to the mark found the person gone; otherwise unknown (nobody recorded it), never stable.
 */
export function stableOutcome(placement: PlacementFacts, stableMonths: number): StableOutcome {
  const mark = addMonths(placement.startDate, stableMonths);
  if (isStablePlacement(placement, stableMonths, mark)) return 'stable';
  if (placement.endedOn !== null) return 'not_stable';
  if (placement.followUps.some((followUp) => followUp.month <= stableMonths && !followUp.stillEmployed)) return 'not_stable';
  return 'unknown';
}

type Tally = { numeratorIds: string[]; denominatorIds: string[] };

/**
 * The indicators for `options.area` over `options.period` (rows in `indicatorKeysFor(options)`
 * order), each person counted once per indicator, in the area where they lived on the period's last
 * day. Ids are in the order of `people`.
 */
export function computeIndicators(people: readonly PersonFacts[], options: IndicatorOptions): IndicatorRow[] {
  const { period, fairId = null, stableMonths = defaultStableMonths } = options;
  if (!Number.isInteger(stableMonths) || stableMonths < 1) {
    throw new RangeError(`stableMonths must be a whole number of months ≥ 1, not ${stableMonths}`);
  }
  const keys = indicatorKeysFor(options);
  const tallies = new Map<IndicatorKey, Tally>(keys.map((key) => [key, { numeratorIds: [], denominatorIds: [] }]));
  const stableUnknownIds: string[] = [];
  // Counts a person in an indicator's denominator (and numerator); a no-op for an indicator not asked for.
  const count = (key: IndicatorKey, id: string, inNumerator: boolean) => {
    const tally = tallies.get(key);
    if (!tally) return;
    tally.denominatorIds.push(id);
    if (inNumerator) tally.numeratorIds.push(id);
  };
  const inArea = livesIn(options.area);
  const atTheFair = (step: { fairId: string | null }) => fairId === null || step.fairId === fairId;
  const inPeriod = (day: string | null) => isInPeriod(day, period);

  for (const person of people) {
    if (!inArea(residenceOn(person, period.to))) continue;
    const { id } = person;
    if (inPeriod(person.releaseDate)) count('received', id, person.intakeOn !== null && person.intakeOn <= period.to);
    if (!isManaged(person, period)) continue;
    if (fairId !== null && !person.fairIds.includes(fairId)) continue;

    const courses = person.courses.filter(atTheFair);
    const placements = person.placements.filter(atTheFair);
    count('counselled', id, person.counselledOn.some(inPeriod));
    count(
      'trained',
      id,
      courses.some(({ completedOn }) => inPeriod(completedOn)),
    );
    count(
      'trained_certified',
      id,
      courses.some(({ certifiedOn }) => inPeriod(certifiedOn)),
    );
    count(
      'referred',
      id,
      person.referrals.some((referral) => atTheFair(referral) && inPeriod(referral.referredOn)),
    );
    count(
      'placed',
      id,
      placements.some(({ hiredOn }) => inPeriod(hiredOn)),
    );

    const outcomes = placements
      .filter((placement) => inPeriod(addMonths(placement.startDate, stableMonths)))
      .map((placement) => stableOutcome(placement, stableMonths));
    count('stable_job', id, outcomes.includes('stable'));
    if (outcomes.includes('unknown') && !outcomes.includes('stable')) stableUnknownIds.push(id);

    if (person.loans.some((loan) => loan.askedOn <= period.to && loan.eligible === true)) {
      count(
        'loan',
        id,
        person.loans.some((loan) => inPeriod(loan.grantedOn)),
      );
    }
    count('reoffended', id, inPeriod(person.detainedAgainOn));
  }

  return keys.map((key) => {
    const { numeratorIds, denominatorIds } = tallies.get(key)!;
    const row: IndicatorRow = {
      key,
      numerator: numeratorIds.length,
      denominator: denominatorIds.length,
      value: denominatorIds.length === 0 ? null : numeratorIds.length / denominatorIds.length,
      numeratorIds,
      denominatorIds,
    };
    if (key === 'stable_job') row.unknown = { count: stableUnknownIds.length, ids: stableUnknownIds };
    return row;
  });
}

export const breakdownKinds = ['commune', 'occupation', 'sex', 'ethnicity', 'age_band'] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

/** The group of people whose commune, occupation, sex, ethnicity or age is not known. */
export const unknownGroup = 'unknown';

export type BreakdownGroup = { group: string; rows: IndicatorRow[] };

/** The group a person falls in, as of the period's last day (commune lived in, age reached). */
function groupOf(person: PersonFacts, by: BreakdownKind, on: string): string | null {
  switch (by) {
    case 'commune':
      return residenceOn(person, on)?.communeCode ?? null;
    case 'occupation':
      return person.occupationCode;
    case 'sex':
      return person.sex;
    case 'ethnicity':
      return person.ethnicity;
    case 'age_band':
      return ageBand(person.birthDate, on);
  }
}

/**
 * The indicators per group (`unknownGroup` for people whose value is not known): groups with someone
 * in a denominator, in Vietnamese alphabetical order (age bands youngest first), the unknown group last. Every person is
 * in one group, so each group's counts add up to `computeIndicators`'s.
 */
export function breakdown(people: readonly PersonFacts[], options: IndicatorOptions, by: BreakdownKind): BreakdownGroup[] {
  const groups = new Map<string, PersonFacts[]>();
  for (const person of people) {
    const group = groupOf(person, by, options.period.to) ?? unknownGroup;
    const members = groups.get(group);
    if (members) members.push(person);
    else groups.set(group, [person]);
  }
  const bandOrder: readonly string[] = ageBands;
  const rank = (group: string) => (group === unknownGroup ? Infinity : by === 'age_band' ? bandOrder.indexOf(group) : 0);
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'))
    .map((group) => ({ group, rows: computeIndicators(groups.get(group)!, options) }))
    .filter(({ rows }) => rows.some((row) => row.denominator > 0));
}

export type TrendMonth = { period: Period; rows: IndicatorRow[] };

/**
 * The indicators month by month over the period (`monthsOf`): each month is a period of its own, so
 * who is managed and where they live are taken at that month's last day.
 */
export function trend(people: readonly PersonFacts[], options: IndicatorOptions): TrendMonth[] {
  return monthsOf(options.period).map((month) => ({ period: month, rows: computeIndicators(people, { ...options, period: month }) }));
}
