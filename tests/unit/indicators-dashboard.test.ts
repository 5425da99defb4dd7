// The dashboard's pure parts: the periods it offers and the one each is compared with, the form's
// messages (all at once), the series breaks in a trend, and the protection of breakdowns — tried by
// the attacker `recoverableCells` on hand-made and on many random breakdowns.
import { expect, test } from 'vitest';
import { protectBreakdown, type CountPair } from '#app/services/indicators/breakdown-protection.ts';
import { choiceOf, periodFieldsSchema, periodOf, previousChoice, type PeriodChoice } from '#app/services/indicators/dashboard-periods.ts';
import type { IndicatorKey } from '#app/services/indicators/definitions.ts';
import { monthsOf, yearPeriod } from '#app/services/indicators/periods.ts';
import { seriesBreaks, type DefinitionChange } from '#app/services/indicators/series-breaks.ts';
import { recoverableCells, type ProtectedCount, type ProtectedTable } from '#app/services/indicators/suppression.ts';

test('each period and the one it is compared with: the year, quarter, month or reporting year before; a custom range of the same length just before', () => {
  const cases: [PeriodChoice, { from: string; to: string }, { from: string; to: string }][] = [
    [
      { kind: 'year', year: 2025 },
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2024-01-01', to: '2024-12-31' },
    ],
    [
      { kind: 'quarter', year: 2025, quarter: 1 },
      { from: '2025-01-01', to: '2025-03-31' },
      { from: '2024-10-01', to: '2024-12-31' },
    ],
    [
      { kind: 'quarter', year: 2025, quarter: 3 },
      { from: '2025-07-01', to: '2025-09-30' },
      { from: '2025-04-01', to: '2025-06-30' },
    ],
    [
      { kind: 'month', year: 2025, month: 3 },
      { from: '2025-03-01', to: '2025-03-31' },
      { from: '2025-02-01', to: '2025-02-28' },
    ],
    [
      { kind: 'month', year: 2025, month: 1 },
      { from: '2025-01-01', to: '2025-01-31' },
      { from: '2024-12-01', to: '2024-12-31' },
    ],
    [
      { kind: 'custom', from: '2025-03-10', to: '2025-03-19' },
      { from: '2025-03-10', to: '2025-03-19' },
      { from: '2025-02-28', to: '2025-03-09' },
    ],
    [
      { kind: 'reporting', year: 2025, end: { month: 12, day: 10 } },
      { from: '2024-12-11', to: '2025-12-10' },
      { from: '2023-12-11', to: '2024-12-10' },
    ],
  ];
  for (const [choice, period, previous] of cases) {
    expect({ choice, period: periodOf(choice), previous: periodOf(previousChoice(choice)) }).toEqual({ choice, period, previous });
  }
});

test('the period form: every wrong or missing field named at once; nothing chosen is this year', () => {
  const schema = periodFieldsSchema(2026);
  const issues = (input: Record<string, string>) =>
    Object.fromEntries(schema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []);
  expect(issues({ period: 'quarter', quarter: '5', year: '1990' })).toEqual({
    quarter: 'indicators.validation.quarter',
    year: 'indicators.validation.year',
  });
  expect(issues({ period: 'custom', from: '2025-02-30' })).toEqual({
    from: 'indicators.validation.from',
    to: 'indicators.validation.to',
  });
  expect(issues({ period: 'custom', from: '2025-05-01', to: '2025-04-01' })).toEqual({ to: 'indicators.validation.order' });
  expect(issues({ period: 'reporting', year: '2025', end: '13-40' })).toEqual({ end: 'indicators.validation.end' });
  expect(issues({ period: 'weekly' })).toEqual({ period: 'indicators.validation.period' });
  expect(choiceOf(schema.parse({}), 2026)).toEqual({ kind: 'year', year: 2026 });
  expect(choiceOf(schema.parse({ period: 'reporting', year: '2025', end: '12-10' }), 2026)).toEqual({
    kind: 'reporting',
    year: 2025,
    end: { month: 12, day: 10 },
  });
  expect(choiceOf(schema.parse({ period: 'month', year: '2025', month: '7' }), 2026)).toEqual({ kind: 'month', year: 2025, month: 7 });
});

test('series breaks: the 2025 reform in July for a province (not for the country); a definition change at the month it took effect', () => {
  const months = monthsOf(yearPeriod(2025));
  const change: DefinitionChange = {
    on: '2025-03-15',
    indicators: ['stable_job'],
    text: { vi: 'Từ 15/3/2025 việc làm ổn định tính theo mốc 12 tháng.', en: 'From 15 Mar 2025 a stable job is one held 12 months.' },
  };
  const breaks = seriesBreaks(months, { kind: 'province', code: '51' }, [change]);
  expect(breaks.map((b) => [b.kind, b.on, b.month, b.indicators])).toEqual([
    ['definition', '2025-03-15', 2, ['stable_job']],
    ['area', '2025-07-01', 6, 'all'],
  ]);
  expect(seriesBreaks(months, { kind: 'country' }, [change]).map((b) => b.kind)).toEqual(['definition']);
  // A trend that starts on the day of the change does not break: all of it is after.
  expect(seriesBreaks(monthsOf({ from: '2025-07-01', to: '2025-12-31' }), { kind: 'province', code: '51' }, [])).toEqual([]);
  expect(seriesBreaks(monthsOf(yearPeriod(2024)), { kind: 'province', code: '51' }, [change])).toEqual([]);
});

const managedKeys: IndicatorKey[] = ['counselled', 'placed'];

function pairs(rows: [number, number][], keys: IndicatorKey[] = managedKeys): CountPair[] {
  return rows.map(([numerator, denominator], i) => ({ key: keys[i], numerator, denominator }));
}

function totalsOf(groups: CountPair[][]): CountPair[] {
  return groups[0].map((first, k) => ({
    key: first.key,
    numerator: groups.reduce((sum, g) => sum + g[k].numerator, 0),
    denominator: groups.reduce((sum, g) => sum + g[k].denominator, 0),
  }));
}

test('a breakdown by commune: a small count hidden with complements, a denominator hidden in one indicator hidden in all, nothing recoverable', () => {
  // Three communes; counselled 2 of 12 in the first: "<5" and enough around it hidden.
  const groups = [
    pairs([
      [2, 12],
      [6, 12],
    ]),
    pairs([
      [9, 20],
      [10, 20],
    ]),
    pairs([
      [7, 15],
      [8, 15],
    ]),
  ];
  const safe = protectBreakdown(groups, totalsOf(groups));
  expect(safe.groups[0][0].numerator).toEqual({ hidden: 'small' });
  for (const table of safe.tables) expect(recoverableCells(table)).toEqual([]);
  // The managed count of each commune is hidden alike in both indicators.
  const denominators = (k: number) => safe.groups.map((g) => JSON.stringify(g[k].denominator));
  expect(denominators(0)).toEqual(denominators(1));
  // The totals are the headline's: shown (none is 1–4).
  expect(safe.totals.map((t) => [t.numerator, t.denominator])).toEqual([
    [{ shown: 18 }, { shown: 47 }],
    [{ shown: 24 }, { shown: 47 }],
  ]);
  // Without protection (staff with caseload rights) everything shows.
  const open = protectBreakdown(groups, totalsOf(groups), false);
  expect(open.groups[0][0].numerator).toEqual({ shown: 2 });
});

const small = (n: number) => n >= 1 && n <= 4;
const hiddenAs = (n: number): ProtectedCount => ({ hidden: small(n) ? 'small' : 'complement' });

/**
 * What a reader learns from the headline's totals alone (every group's count hidden): the most any
 * protection can keep (a breakdown of one group is its totals).
 */
function knownFromTotals(groups: CountPair[][], totals: CountPair[], k: number) {
  const group = (n: number) => (n > 0 ? hiddenAs(n) : { shown: n });
  const { numerator: N, denominator: D } = totals[k];
  const table: ProtectedTable = {
    rows: groups.map(String),
    columns: ['numerator', 'rest'],
    cells: groups.map((g) => [group(g[k].numerator), group(g[k].denominator - g[k].numerator)]),
    rowTotals: groups.map((g) => group(g[k].denominator)),
    columnTotals: [small(N) ? hiddenAs(N) : { shown: N }, D - N > 0 && (small(N) || small(D)) ? hiddenAs(D - N) : { shown: D - N }],
    grandTotal: small(D) ? hiddenAs(D) : { shown: D },
  };
  return recoverableCells(table);
}

test('random breakdowns: nothing hidden can be worked out in any indicator beyond what the totals give away, and shared denominators are hidden alike', () => {
  let seed = 12;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const keys: IndicatorKey[] = ['counselled', 'trained', 'placed', 'loan'];
  for (let round = 0; round < 70; round++) {
    // Mostly a few groups (sexes, age bands), some as many as a province's communes.
    const groupCount = 1 + random(round < 60 ? 8 : 60);
    const groups = Array.from({ length: groupCount }, () => {
      const managed = random(3) === 0 ? random(5) : random(30);
      const asked = random(managed + 1);
      return keys.map((key) => {
        const denominator = key === 'loan' ? asked : managed;
        return { key, numerator: random(denominator + 1), denominator };
      });
    });
    const safe = protectBreakdown(groups, totalsOf(groups));
    const totals = totalsOf(groups);
    safe.tables.forEach((table, k) => {
      const inherent = new Set(knownFromTotals(groups, totals, k).map((c) => `${c.row}:${c.column}`));
      const beyond = recoverableCells(table).filter((c) => !inherent.has(`${c.row}:${c.column}`));
      expect({ round, k, beyond }).toEqual({ round, k, beyond: [] });
    });
    for (let k = 1; k < 3; k++) {
      expect(safe.groups.map((g) => g[k].denominator)).toEqual(safe.groups.map((g) => g[0].denominator));
    }
  }
});
