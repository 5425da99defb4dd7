// Small-count protection of a breakdown (the indicators by commune, sex, …) for readers without
// caseload rights: each indicator is a table of groups × (in the numerator, the rest) whose row
// totals are the groups' denominators — shared by every indicator with the same denominators, so
// a denominator hidden in one table is hidden in all — and whose totals are the headline figures
// (shown unless 1–4, as the headline shows them). Cells are hidden ("<5" for 1–4, "×" for a
// complement) until `recoverableCells` finds nothing in any table that the totals alone (the
// headline) would not give away. Pure.
import type { IndicatorKey } from './definitions.ts';
import { largestSmallCount, protectTable, recoverableCells, type ProtectedCount, type ProtectedTable } from './suppression.ts';

export type CountPair = { key: IndicatorKey; numerator: number; denominator: number };

export type ProtectedPair = { key: IndicatorKey; numerator: ProtectedCount; denominator: ProtectedCount };

export type ProtectedBreakdown = {
  /** Per group (in the order given), per indicator. */
  groups: ProtectedPair[][];
  /** The whole area's figures per indicator (the tables' totals). */
  totals: ProtectedPair[];
  /** The table each indicator was checked as (for the tests' attacker). */
  tables: ProtectedTable[];
};

const isSmall = (count: number) => count >= 1 && count <= largestSmallCount;
const asHidden = (count: number): ProtectedCount => ({ hidden: isSmall(count) ? 'small' : 'complement' });

/**
 * Protects a breakdown: `groups[g]` the group's counts per indicator, `totals` the whole area's, in
 * the same indicator order; every group's counts add up to the totals (people in no group have a
 * group of their own). Nothing is hidden when `hide` is false.
 */
export function protectBreakdown(groups: readonly CountPair[][], totals: readonly CountPair[], hide = true): ProtectedBreakdown {
  const keys = totals.map((total) => total.key);
  const G = groups.length;
  const num = (k: number, g: number) => groups[g][k].numerator;
  const den = (k: number, g: number) => groups[g][k].denominator;
  const rest = (k: number, g: number) => den(k, g) - num(k, g);
  // Indicators with the same denominators share them (and their hiding): a family per vector.
  const familyOf = new Map<string, number>();
  const family = keys.map((_, k) => {
    const vector = JSON.stringify([...groups.map((_, g) => den(k, g)), totals[k].denominator]);
    if (!familyOf.has(vector)) familyOf.set(vector, familyOf.size);
    return familyOf.get(vector)!;
  });
  // Hidden cells by name: n:k:g, r:k:g, d:family:g. The totals follow the headline: hidden when 1–4.
  const hidden = new Set<string>();
  if (hide) {
    keys.forEach((_, k) => {
      for (let g = 0; g < G; g++) {
        if (isSmall(num(k, g))) hidden.add(`n:${k}:${g}`);
        if (isSmall(rest(k, g))) hidden.add(`r:${k}:${g}`);
        if (isSmall(den(k, g))) hidden.add(`d:${family[k]}:${g}`);
      }
    });
  }
  const totalHidden = (k: number) => {
    const N = totals[k].numerator;
    const D = totals[k].denominator;
    const R = D - N;
    // The rest is known from the headline's two counts when both show; hidden with either.
    return { N: hide && isSmall(N), D: hide && isSmall(D), R: hide && R > 0 && (isSmall(N) || isSmall(D)) };
  };
  const tableOf = (k: number, everyGroupHidden = false): ProtectedTable => {
    const t = totalHidden(k);
    const cell = (value: number, name: string): ProtectedCount =>
      hidden.has(name) || (everyGroupHidden && value > 0) ? asHidden(value) : { shown: value };
    const N = totals[k].numerator;
    const D = totals[k].denominator;
    return {
      rows: groups.map((_, g) => String(g)),
      columns: ['numerator', 'rest'],
      cells: groups.map((_, g) => [cell(num(k, g), `n:${k}:${g}`), cell(rest(k, g), `r:${k}:${g}`)]),
      rowTotals: groups.map((_, g) => cell(den(k, g), `d:${family[k]}:${g}`)),
      columnTotals: [t.N ? asHidden(N) : { shown: N }, t.R ? asHidden(D - N) : { shown: D - N }],
      grandTotal: t.D ? asHidden(D) : { shown: D },
    };
  };

  if (hide) {
    // Start from each table's own protection, its hidden cells shared (a denominator hidden in one
    // table is hidden in every table of its family), then hide more wherever a table still gives a
    // hidden cell away — all the cells it gives away at once, each with one more hidden cell in its lines.
    keys.forEach((_, k) => {
      const own = protectTable({
        rows: groups.map((_, g) => String(g)),
        columns: ['numerator', 'rest'],
        cells: groups.map((_, g) => [num(k, g), rest(k, g)]),
      });
      own.cells.forEach(([n, r], g) => {
        if ('hidden' in n) hidden.add(`n:${k}:${g}`);
        if ('hidden' in r) hidden.add(`r:${k}:${g}`);
      });
      own.rowTotals.forEach((d, g) => {
        if ('hidden' in d) hidden.add(`d:${family[k]}:${g}`);
      });
    });
    // What the headline's totals give away whatever is hidden (a breakdown of one group is its
    // totals): no hiding can keep it, so it is not asked of any (worked out when first needed).
    const inherent = new Map<number, Set<string>>();
    const givenAway = (k: number) => {
      if (!inherent.has(k)) inherent.set(k, new Set(recoverableCells(tableOf(k, true)).map((c) => `${c.row}:${c.column}`)));
      return inherent.get(k)!;
    };
    type Candidate = { name: string; value: number };
    for (let changed = true; changed;) {
      changed = false;
      for (let k = 0; k < keys.length; k++) {
        for (;;) {
          const found = recoverableCells(tableOf(k));
          const recovered = found.length ? found.filter((c) => !givenAway(k).has(`${c.row}:${c.column}`)) : found;
          if (recovered.length === 0) break;
          // The cells that can still be hidden (shown, not 0, not a headline total) in the lines of a recovered one.
          const rowCells = (g: number): Candidate[] => [
            { name: `n:${k}:${g}`, value: num(k, g) },
            { name: `r:${k}:${g}`, value: rest(k, g) },
            { name: `d:${family[k]}:${g}`, value: den(k, g) },
          ];
          const columnCells = (c: number | 'total'): Candidate[] =>
            groups.map((_, g) =>
              c === 0
                ? { name: `n:${k}:${g}`, value: num(k, g) }
                : c === 1
                  ? { name: `r:${k}:${g}`, value: rest(k, g) }
                  : { name: `d:${family[k]}:${g}`, value: den(k, g) },
            );
          const hideable = (candidates: Candidate[]) =>
            candidates.filter((c) => c.value > 0 && !hidden.has(c.name)).sort((a, b) => a.value - b.value)[0];
          let hidMore = false;
          for (const { row, column } of recovered) {
            const pick =
              hideable([...(row === 'total' ? [] : rowCells(row)), ...columnCells(column)]) ??
              hideable(groups.flatMap((_, g) => rowCells(g)));
            if (pick) {
              hidden.add(pick.name);
              hidMore = true;
            }
          }
          // Nothing left to hide: what remains is as safe as hiding can make it.
          if (!hidMore) break;
          changed = true;
        }
      }
    }
  }

  const pair = (k: number, numerator: ProtectedCount, denominator: ProtectedCount): ProtectedPair => ({
    key: keys[k],
    numerator,
    denominator,
  });
  const tables = keys.map((_, k) => tableOf(k));
  return {
    groups: groups.map((_, g) => keys.map((_, k) => pair(k, tables[k].cells[g][0], tables[k].rowTotals[g]))),
    totals: keys.map((_, k) => pair(k, tables[k].columnTotals[0], tables[k].grandTotal)),
    tables,
  };
}
