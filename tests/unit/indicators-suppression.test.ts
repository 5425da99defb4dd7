// Safe breakdowns (app/services/indicators/suppression.ts): counts of 1–4 hidden, complements chosen so
// nothing hidden can be worked out, checked by the attacker `recoverableCells` on hand-made tables and
// on many random ones (a seeded generator: the same tables every run).
import { expect, test } from 'vitest';
import {
  protectList,
  protectRate,
  protectTable,
  recoverableCells,
  type CountTable,
  type ProtectedCount,
  type ProtectedTable,
} from '#app/services/indicators/suppression.ts';

const small: ProtectedCount = { hidden: 'small' };
const complement: ProtectedCount = { hidden: 'complement' };
const shown = (count: number): ProtectedCount => ({ shown: count });

test('a count of 1–4 is hidden with a complement beside it in its row and its column; zeros and totals of 5 or more show', () => {
  const protectedTable = protectTable({
    rows: ['commune A', 'commune B', 'commune C'],
    columns: ['female', 'male'],
    cells: [
      [2, 10],
      [8, 15],
      [0, 6],
    ],
  });
  // Row A: the 2 needs a second hidden cell, the 10 (smaller than the total 12); column "female" then
  // hides the 8 (smaller than 10), row B the 15. From what is shown, the 2 could be 1, 2, 3 or 4.
  expect(protectedTable).toEqual({
    rows: ['commune A', 'commune B', 'commune C'],
    columns: ['female', 'male'],
    cells: [
      [small, complement],
      [complement, complement],
      [shown(0), shown(6)],
    ],
    rowTotals: [shown(12), shown(23), shown(6)],
    columnTotals: [shown(10), shown(31)],
    grandTotal: shown(41),
  });
  expect(recoverableCells(protectedTable)).toEqual([]);
});

test('a small total is hidden too, and what it hides stays hidden', () => {
  const protectedTable = protectTable({
    rows: ['a', 'b'],
    columns: ['x', 'y'],
    cells: [
      [1, 9],
      [2, 30],
    ],
  });
  expect(protectedTable.columnTotals[0]).toEqual(small); // 1 + 2 = 3
  expect(protectedTable.cells.map((line) => line[0])).toEqual([small, small]);
  expect(recoverableCells(protectedTable)).toEqual([]);
});

test('a table with nothing small is shown whole', () => {
  const counts: CountTable = {
    rows: ['a', 'b'],
    columns: ['x', 'y'],
    cells: [
      [0, 9],
      [12, 30],
    ],
  };
  const protectedTable = protectTable(counts);
  expect(protectedTable.cells).toEqual([
    [shown(0), shown(9)],
    [shown(12), shown(30)],
  ]);
  expect(protectedTable.grandTotal).toEqual(shown(51));
});

test('totals given must be the sums of their lines, and the cells must fit the rows and columns', () => {
  const cells = [
    [1, 9],
    [2, 30],
  ];
  expect(() => protectTable({ rows: ['a', 'b'], columns: ['x', 'y'], cells, rowTotals: [10, 32] })).not.toThrow();
  expect(() => protectTable({ rows: ['a', 'b'], columns: ['x', 'y'], cells, rowTotals: [11, 31] })).toThrow(RangeError);
  expect(() => protectTable({ rows: ['a', 'b'], columns: ['x', 'y'], cells, grandTotal: 40 })).toThrow(RangeError);
  expect(() => protectTable({ rows: ['a'], columns: ['x', 'y'], cells })).toThrow(RangeError);
  expect(() =>
    protectTable({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      cells: [
        [1, -9],
        [2, 30],
      ],
    }),
  ).toThrow(RangeError);
  expect(() => protectList([3, 40], 50)).toThrow(RangeError);
});

test('a list: two small counts protect each other; one small count takes the next smallest with it', () => {
  // By sex: female 3, male 40, other 0, unknown 2 — the two hidden add up to 5, and either could be 1–4.
  expect(protectList([3, 40, 0, 2])).toEqual({ counts: [small, shown(40), shown(0), small], total: shown(45) });
  expect(protectList([1, 40, 0, 0])).toEqual({ counts: [small, complement, shown(0), shown(0)], total: shown(41) });
  expect(protectList([0, 0])).toEqual({ counts: [shown(0), shown(0)], total: shown(0) });
});

test('a complement too close to the small count is not enough: a third count is hidden', () => {
  // Hiding 1 and 5 of a total 26 with 20 shown leaves 6 for the two: "<5" and "5 or more" make them 1 and 5.
  const naive = { counts: [small, complement, shown(20)], total: shown(26) };
  expect(recoverableCells(naive)).toEqual([
    { row: 0, column: 0, value: 1 },
    { row: 1, column: 0, value: 5 },
  ]);
  const safe = protectList([1, 5, 20]);
  expect(safe).toEqual({ counts: [small, complement, complement], total: shown(26) });
  expect(recoverableCells(safe)).toEqual([]);
  // With the total small too, everything is hidden, and still no count can be told.
  expect(protectList([1, 5])).toEqual({ counts: [small, complement], total: complement });
  expect(protectList([1])).toEqual({ counts: [small], total: small });
});

test('two hidden cells in every line are not always enough: one joining two blocks is hidden more', () => {
  // After the 4, the 1, the 2 and the 1 are each given a second hidden cell in their lines, the 43
  // joins two blocks of hidden cells, so combining lines gives it (rows a and c minus column x, …).
  // Hiding the 87 puts it on a cycle of hidden cells; from what is shown, it could be more or less.
  const published = protectTable({
    rows: ['a', 'b', 'c'],
    columns: ['x', 'y', 'z'],
    cells: [
      [41, 0, 0],
      [87, 1, 2],
      [4, 0, 43],
    ],
  });
  expect(published).toMatchObject({
    cells: [
      [complement, shown(0), shown(0)],
      [complement, small, small],
      [small, shown(0), complement],
    ],
    rowTotals: [complement, shown(90), complement],
    columnTotals: [shown(132), small, complement],
    grandTotal: shown(178),
  });
  expect(recoverableCells(published, 'sums')).toEqual([]);
  expect(recoverableCells(published, 'rules')).toEqual([]);
  const without87 = { ...published, cells: [published.cells[0], [shown(87), small, small], published.cells[2]] };
  expect(recoverableCells(without87, 'sums')).toEqual([{ row: 2, column: 2, value: 43 }]);
});

test('the attacker: a row or column with one hidden cell gives it', () => {
  const onlySmallHidden: ProtectedTable = {
    rows: ['a', 'b'],
    columns: ['x', 'y'],
    cells: [
      [small, shown(10)],
      [shown(7), shown(12)],
    ],
    rowTotals: [shown(13), shown(19)],
    columnTotals: [shown(10), shown(22)],
    grandTotal: shown(32),
  };
  expect(recoverableCells(onlySmallHidden)).toEqual([{ row: 0, column: 0, value: 3 }]);
});

test('the attacker: two hidden cells in every line can still be given away by combining lines', () => {
  // Two blocks of four hidden cells joined by one more, (0, 2). Rows 0 and 1 minus columns 0 and 1 leave
  // (0, 2) alone: 30 + 20 − 20 − 20 = 10. No line alone, and no range, tells it.
  const ten = shown(10);
  const bridged: ProtectedTable = {
    rows: ['a', 'b', 'c', 'd'],
    columns: ['w', 'x', 'y', 'z'],
    cells: [
      [complement, complement, complement, ten],
      [complement, complement, ten, ten],
      [ten, ten, complement, complement],
      [ten, ten, complement, complement],
    ],
    rowTotals: [shown(40), shown(40), shown(40), shown(40)],
    columnTotals: [shown(40), shown(40), shown(40), shown(40)],
    grandTotal: shown(160),
  };
  expect(recoverableCells(bridged)).toEqual([{ row: 0, column: 2, value: 10 }]);
});

test('the attacker: hidden totals are recovered from the other lines', () => {
  const totalHidden = { counts: [shown(12), shown(30)], total: complement };
  expect(recoverableCells(totalHidden)).toEqual([{ row: 'total', column: 0, value: 42 }]);
});

test('four counts of 1 under a total of 4 are each 1 whatever is hidden: a reader learns that and nothing more', () => {
  const counts: CountTable = {
    rows: ['a', 'b', 'c', 'd'],
    columns: ['x', 'y'],
    cells: [
      [1, 20],
      [1, 30],
      [1, 25],
      [1, 40],
    ],
  };
  const published = protectTable(counts);
  // Knowing the 1s, row totals would give away the counts beside them: they are hidden too.
  expect(published).toMatchObject({
    cells: [
      [small, complement],
      [small, complement],
      [small, complement],
      [small, complement],
    ],
    rowTotals: [complement, complement, complement, complement],
    columnTotals: [small, complement],
    grandTotal: complement,
  });
  const ones = [0, 1, 2, 3].map((row) => ({ row, column: 0, value: 1 }));
  expect(recoverableCells(published, 'rules')).toEqual([...ones, { row: 'total', column: 0, value: 4 }]);
  expect(recoverableCells(published, 'sums')).toEqual([]);
});

test('a rate is hidden when either count is, and has no value over nobody', () => {
  expect(protectRate(shown(6), shown(24))).toEqual({ shown: 0.25 });
  expect(protectRate(small, shown(24))).toEqual({ hidden: 'small' });
  expect(protectRate(shown(6), complement)).toEqual({ hidden: 'complement' });
  expect(protectRate(shown(0), shown(0))).toEqual({ shown: null });
});

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** A small seeded generator (mulberry32), so every run checks the same tables. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts mixed as `mix` says: a share of zeros, a share of 1–4, the rest 5 or more (up to `mix.largest`). */
type CountMix = { zeros: number; small: number; largest: number };

/** Each table its own mix: from mostly small counts to few, so that complements meet in every pattern. */
function randomMix(random: () => number): CountMix {
  const zeros = random() * 0.4;
  return { zeros, small: random() * (1 - zeros), largest: 5 + Math.floor(random() * 100) };
}

function randomCount(random: () => number, mix: CountMix) {
  const draw = random();
  if (draw < mix.zeros) return 0;
  if (draw < mix.zeros + mix.small) return 1 + Math.floor(random() * 4);
  return 5 + Math.floor(random() * (mix.largest - 4));
}

function randomTable(random: () => number): CountTable {
  const height = 1 + Math.floor(random() * 8);
  const width = 1 + Math.floor(random() * 6);
  const mix = randomMix(random);
  return {
    rows: Array.from({ length: height }, (_, row) => `r${row}`),
    columns: Array.from({ length: width }, (_, column) => `c${column}`),
    cells: Array.from({ length: height }, () => Array.from({ length: width }, () => randomCount(random, mix))),
  };
}

function totalsOf(cells: number[][]) {
  const rowTotals = cells.map(sum);
  return { rowTotals, columnTotals: cells[0].map((_, column) => sum(cells.map((line) => line[column]))), grandTotal: sum(rowTotals) };
}

/** Every count of the table with its totals, beside what is published for it. */
function pairs(counts: CountTable, published: ProtectedTable): [number, ProtectedCount][] {
  const { rowTotals, columnTotals, grandTotal } = totalsOf(counts.cells);
  return [
    ...counts.cells.flatMap((line, row) => line.map((count, column): [number, ProtectedCount] => [count, published.cells[row][column]])),
    ...rowTotals.map((count, row): [number, ProtectedCount] => [count, published.rowTotals[row]]),
    ...columnTotals.map((count, column): [number, ProtectedCount] => [count, published.columnTotals[column]]),
    [grandTotal, published.grandTotal],
  ];
}

/** Hidden cells in each row and column of the published table, totals included. */
function hiddenPerLine(published: ProtectedTable) {
  const grid = [
    ...published.cells.map((line, row) => [...line, published.rowTotals[row]]),
    [...published.columnTotals, published.grandTotal],
  ];
  const isHidden = (cell: ProtectedCount) => 'hidden' in cell;
  return [
    ...grid.map((line) => line.filter(isHidden).length),
    ...grid[0].map((_, column) => grid.filter((line) => isHidden(line[column])).length),
  ];
}

/** A count as it would be published were every count hidden: the most any protection can hide. */
const hiddenWhole = (count: number): ProtectedCount => (count === 0 ? shown(0) : count <= 4 ? small : complement);

function everyCountHidden(counts: CountTable): ProtectedTable {
  const { rowTotals, columnTotals, grandTotal } = totalsOf(counts.cells);
  return {
    rows: counts.rows,
    columns: counts.columns,
    cells: counts.cells.map((line) => line.map(hiddenWhole)),
    rowTotals: rowTotals.map(hiddenWhole),
    columnTotals: columnTotals.map(hiddenWhole),
    grandTotal: hiddenWhole(grandTotal),
  };
}

test('200 random tables up to 8 × 6, from mostly small counts to few: every 1–4 hidden, the rest shown as it is, nothing recoverable', () => {
  const random = seededRandom(20251210);
  let hiddenCells = 0;
  for (let index = 0; index < 200; index++) {
    const counts = randomTable(random);
    const published = protectTable(counts);
    const where = `table ${index}: ${JSON.stringify(counts.cells)}`;
    for (const [count, cell] of pairs(counts, published)) {
      if (count >= 1 && count <= 4) expect(cell, where).toEqual(small);
      else if ('shown' in cell) expect(cell.shown, where).toBe(count);
      else expect(count, where).toBeGreaterThanOrEqual(5);
      if ('hidden' in cell) hiddenCells++;
    }
    for (const hidden of hiddenPerLine(published)) expect(hidden, where).not.toBe(1);
    expect(recoverableCells(published, 'sums'), where).toEqual([]);
    // A reader who knows the rules learns nothing they would not learn with every count hidden.
    expect(recoverableCells(everyCountHidden(counts), 'rules'), where).toEqual(
      expect.arrayContaining(recoverableCells(published, 'rules')),
    );
  }
  expect(hiddenCells).toBeGreaterThan(1000); // the tables did exercise the protection
});

test('200 random lists: every 1–4 hidden, nothing recoverable', () => {
  const random = seededRandom(7);
  for (let index = 0; index < 200; index++) {
    const mix = randomMix(random);
    const counts = Array.from({ length: 1 + Math.floor(random() * 10) }, () => randomCount(random, mix));
    const published = protectList(counts);
    const where = JSON.stringify(counts);
    counts.forEach((count, at) => {
      if (count >= 1 && count <= 4) expect(published.counts[at], where).toEqual(small);
      if (count === 0) expect(published.counts[at], where).toEqual(shown(0));
    });
    expect([...published.counts, published.total].filter((cell) => 'hidden' in cell).length, where).not.toBe(1);
    expect(recoverableCells(published, 'sums'), where).toEqual([]);
    const wholeHidden = { counts: counts.map(hiddenWhole), total: hiddenWhole(sum(counts)) };
    expect(recoverableCells(wholeHidden, 'rules'), where).toEqual(expect.arrayContaining(recoverableCells(published, 'rules')));
  }
});
