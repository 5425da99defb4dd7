// Small-count protection ("safe breakdowns") for indicator figures shown to readers without rights over
// the people counted: counts of 1–4 show as "<5", and enough other cells are hidden that no hidden
// count can be worked out from what is shown; `recoverableCells` is the attacker that checks it.

/** Counts from 1 to this are hidden as "<5"; 0 is shown. */
export const largestSmallCount = 4;

export type HiddenReason = 'small' | 'complement';
export type ProtectedCount = { shown: number } | { hidden: HiddenReason };
export type ProtectedRate = { shown: number | null } | { hidden: HiddenReason };

/** Counts by row and column; totals left out are the sums (and are protected as if published). */
export type CountTable = {
  rows: string[];
  columns: string[];
  cells: number[][];
  rowTotals?: number[];
  columnTotals?: number[];
  grandTotal?: number;
};

export type ProtectedTable = {
  rows: string[];
  columns: string[];
  cells: ProtectedCount[][];
  rowTotals: ProtectedCount[];
  columnTotals: ProtectedCount[];
  grandTotal: ProtectedCount;
};

export type ProtectedList = { counts: ProtectedCount[]; total: ProtectedCount };

/** A cell by row and column, 'total' for the totals; a list is one column whose rows are its counts. */
export type CellPosition = { row: number | 'total'; column: number | 'total' };
export type RecoveredCell = CellPosition & { value: number };

// ── The grid: a table with its totals as a last column and a last row ─────────────────────────────
// Every line (a row or a column, totals included) says: its cells add up to its total (its last cell).

type Position = readonly [row: number, column: number];
type Line = { members: Position[]; total: Position };

function gridLines(height: number, width: number): Line[] {
  const lines: Line[] = [];
  for (let row = 0; row < height; row++) {
    lines.push({ members: Array.from({ length: width - 1 }, (_, column) => [row, column] as const), total: [row, width - 1] });
  }
  for (let column = 0; column < width; column++) {
    lines.push({ members: Array.from({ length: height - 1 }, (_, row) => [row, column] as const), total: [height - 1, column] });
  }
  return lines;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function gridOfCounts(table: CountTable): number[][] {
  const { rows, columns, cells } = table;
  if (cells.length !== rows.length || cells.some((line) => line.length !== columns.length)) {
    throw new RangeError(`A table of ${rows.length} rows and ${columns.length} columns needs as many cells`);
  }
  if (cells.flat().some((count) => !Number.isInteger(count) || count < 0)) throw new RangeError('Counts are whole numbers ≥ 0');
  const rowTotals = cells.map(sum);
  const columnTotals = columns.map((_, column) => sum(cells.map((line) => line[column])));
  const grandTotal = sum(rowTotals);
  const agrees = (given: readonly number[] | number | undefined, computed: readonly number[] | number) =>
    given === undefined || JSON.stringify(given) === JSON.stringify(computed);
  if (!agrees(table.rowTotals, rowTotals) || !agrees(table.columnTotals, columnTotals) || !agrees(table.grandTotal, grandTotal)) {
    throw new RangeError('Each total must be the sum of its line (give the people in no group a group of their own)');
  }
  return [...cells.map((line, row) => [...line, rowTotals[row]]), [...columnTotals, grandTotal]];
}

function tableOfGrid(rows: string[], columns: string[], grid: ProtectedCount[][]): ProtectedTable {
  const totalsRow = grid[grid.length - 1];
  return {
    rows,
    columns,
    cells: grid.slice(0, -1).map((line) => line.slice(0, -1)),
    rowTotals: grid.slice(0, -1).map((line) => line[line.length - 1]),
    columnTotals: totalsRow.slice(0, -1),
    grandTotal: totalsRow[totalsRow.length - 1],
  };
}

function gridOfTable(table: ProtectedTable): ProtectedCount[][] {
  return [...table.cells.map((line, row) => [...line, table.rowTotals[row]]), [...table.columnTotals, table.grandTotal]];
}

/**
 * What a reader is taken to know of a hidden count. 'rules': these rules, so "<5" is 1–4 (0 is shown)
 * and a complement is 5 or more. 'sums': only that counts are whole numbers ≥ 0 and lines add up.
 */
export type ReaderKnowledge = 'rules' | 'sums';

function knownRange(reason: HiddenReason, knowledge: ReaderKnowledge): [low: number, high: number] {
  if (knowledge === 'sums') return [0, Infinity];
  return reason === 'small' ? [1, largestSmallCount] : [largestSmallCount + 1, Infinity];
}

const isSmall = (count: number) => count >= 1 && count <= largestSmallCount;

// ── Protection ──────────────────────────────────────────────────────────────────────────────────

/**
 * Whether the hidden cell at `at` could hold another value, the other hidden cells changing to keep
 * every line's sum and every hidden cell in its known range. Exact for a table with totals: with the
 * signs of the total row and column flipped, every line sums to zero, so a change is a cycle that
 * alternately raises and lowers hidden cells between row lines and column lines. The cell can be
 * raised when, having raised it, a path of cells that can in turn be lowered (to reach a row) and
 * raised (to reach a column) leads back to its row; and likewise to lower it.
 */
function canChange(values: number[][], reasons: (HiddenReason | null)[][], at: Position, knowledge: ReaderKnowledge): boolean {
  const height = values.length;
  const width = values[0].length;
  const flipped = (row: number, column: number) => (row === height - 1) !== (column === width - 1);
  const canRaise = (row: number, column: number) => {
    const reason = reasons[row][column];
    if (reason === null) return false;
    const [low, high] = knownRange(reason, knowledge);
    return flipped(row, column) ? values[row][column] > low : values[row][column] < high;
  };
  const canLower = (row: number, column: number) => {
    const reason = reasons[row][column];
    if (reason === null) return false;
    const [low, high] = knownRange(reason, knowledge);
    return flipped(row, column) ? values[row][column] < high : values[row][column] > low;
  };
  const isAt = (row: number, column: number) => row === at[0] && column === at[1];
  // Nodes: row lines 0…height-1, column lines height…height+width-1. Raising a cell goes from its row
  // to its column, lowering it from its column to its row; the cell at `at` itself is not used.
  const reaches = (from: number, to: number) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === to) return true;
      const next: number[] = [];
      if (node < height) {
        for (let column = 0; column < width; column++) if (canRaise(node, column) && !isAt(node, column)) next.push(height + column);
      } else {
        const column = node - height;
        for (let row = 0; row < height; row++) if (canLower(row, column) && !isAt(row, column)) next.push(row);
      }
      for (const candidate of next) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        queue.push(candidate);
      }
    }
    return false;
  };
  const [row, column] = at;
  return (canRaise(row, column) && reaches(height + column, row)) || (canLower(row, column) && reaches(row, height + column));
}

/**
 * Which cells of the grid to hide, and why. Every hidden cell is kept from a reader who knows the
 * sums, and from one who knows the rules unless no hiding can do that (four "<5" counts under a "<5"
 * total are 1 each, whatever else is hidden): such a reader learns nothing they would not learn with
 * every count hidden.
 */
function hiddenCells(values: number[][]): (HiddenReason | null)[][] {
  const reasons = values.map((line) => line.map((count): HiddenReason | null => (isSmall(count) ? 'small' : null)));
  const everyCountHidden = values.map((line) =>
    line.map((count): HiddenReason | null => (count === 0 ? null : isSmall(count) ? 'small' : 'complement')),
  );
  const knowledgeToResist = (position: Position): ReaderKnowledge =>
    canChange(values, everyCountHidden, position, 'rules') ? 'rules' : 'sums';
  // Hiding more only adds ways to change a cell, so a cell found able to change stays able to.
  const ableToChange = new Set<string>();
  const isFixed = (position: Position) => {
    const key = position.join();
    if (ableToChange.has(key)) return false;
    if (!canChange(values, reasons, position, knowledgeToResist(position))) return true;
    ableToChange.add(key);
    return false;
  };
  const height = values.length;
  const width = values[0].length;
  const lines = gridLines(height, width);
  const cellsOf = (line: Line) => [...line.members, line.total];
  const hiddenIn = (line: Line) => cellsOf(line).filter(([row, column]) => reasons[row][column] !== null).length;
  const bothLinesHide = ([row, column]: Position) => hiddenIn(lines[row]) > 0 && hiddenIn(lines[height + column]) > 0;
  const hiddenPositions = () =>
    values.flatMap((line, row) => line.map((_, column) => [row, column] as const)).filter(([row, column]) => reasons[row][column] !== null);
  // The complement to hide among `candidates`: the smallest shown non-zero count, then one whose two
  // lines already have a hidden cell (it closes a cycle sooner), then the first.
  const cheapest = (candidates: Position[]) =>
    candidates
      .filter(([row, column]) => reasons[row][column] === null && values[row][column] > 0)
      .sort((a, b) => values[a[0]][a[1]] - values[b[0]][b[1]] || Number(bothLinesHide(b)) - Number(bothLinesHide(a)))[0];

  for (;;) {
    // A line with one hidden cell gives it away: hide a second one there.
    const lonely = lines.find((line) => hiddenIn(line) === 1);
    if (lonely) {
      const pick = cheapest(cellsOf(lonely))!; // there is one: the hidden count is not 0, so another cell of its line is not either
      reasons[pick[0]][pick[1]] = 'complement';
      continue;
    }
    // A hidden cell that a reader could tell: hide another in its lines, or, when those are all hidden,
    // next to any hidden cell. There is always one: with every count around it hidden, the cell can
    // change for a reader who knows the sums, and for one who knows the rules unless nothing can save it.
    const fixed = hiddenPositions().find(isFixed);
    if (!fixed) return reasons;
    const pick =
      cheapest([...cellsOf(lines[fixed[0]]), ...cellsOf(lines[height + fixed[1]])]) ??
      cheapest(lines.filter((line) => hiddenIn(line) > 0).flatMap(cellsOf));
    if (!pick) throw new Error(`Small-count protection found no cell to hide for the cell at ${fixed.join(', ')}`);
    reasons[pick[0]][pick[1]] = 'complement';
  }
}

/**
 * Protects a table: counts of 1–4 (totals too) hidden as 'small'; then, until nothing changes, in
 * every row and column with one hidden cell a second one hidden ('complement', the smallest non-zero
 * count), and more wherever a hidden count could still be worked out from the rest, its range ("<5"
 * is 1–4, a complement 5 or more) and the sums.
 */
export function protectTable(table: CountTable): ProtectedTable {
  const values = gridOfCounts(table);
  const reasons = hiddenCells(values);
  const grid = values.map((line, row) =>
    line.map((count, column): ProtectedCount => {
      const reason = reasons[row][column];
      return reason === null ? { shown: count } : { hidden: reason };
    }),
  );
  return tableOfGrid(table.rows, table.columns, grid);
}

/**
 * Protects a one-way breakdown (e.g. by sex) and its total, with the rules of `protectTable`; the
 * counts must add up to the total (give the people in no group a group of their own).
 */
export function protectList(counts: number[], total: number = sum(counts)): ProtectedList {
  const table = protectTable({
    rows: counts.map(String),
    columns: ['count'],
    cells: counts.map((count) => [count]),
    columnTotals: [total],
  });
  return { counts: table.cells.map(([count]) => count), total: table.columnTotals[0] };
}

/** A rate from protected counts: hidden when either count is; null when the denominator is 0. */
export function protectRate(numerator: ProtectedCount, denominator: ProtectedCount): ProtectedRate {
  if ('hidden' in numerator) return { hidden: numerator.hidden };
  if ('hidden' in denominator) return { hidden: denominator.hidden };
  return { shown: denominator.shown === 0 ? null : numerator.shown / denominator.shown };
}

// ── The attacker ────────────────────────────────────────────────────────────────────────────────

/** One line as an equation over the hidden cells: Σ coefficient × cell = constant. */
type Equation = { terms: [unknown: number, coefficient: number][]; constant: number };

/**
 * Gauss–Jordan elimination: the unknowns whose value every solution shares, i.e. that some
 * combination of lines gives (a line with one unknown is the simplest such combination).
 */
function combinedLines(equations: Equation[], unknowns: number): Map<number, number> {
  const rows = equations.map(({ terms, constant }) => {
    const coefficients = new Array<number>(unknowns).fill(0);
    for (const [unknown, coefficient] of terms) coefficients[unknown] += coefficient;
    return { coefficients, constant };
  });
  const nonZero = (value: number) => Math.abs(value) > 1e-9;
  let pivots = 0;
  for (let unknown = 0; unknown < unknowns && pivots < rows.length; unknown++) {
    const found = rows.findIndex((row, index) => index >= pivots && nonZero(row.coefficients[unknown]));
    if (found === -1) continue;
    [rows[pivots], rows[found]] = [rows[found], rows[pivots]];
    const pivot = rows[pivots];
    const scale = pivot.coefficients[unknown];
    pivot.coefficients = pivot.coefficients.map((value) => value / scale);
    pivot.constant /= scale;
    for (const row of rows) {
      const factor = row.coefficients[unknown];
      if (row === pivot || !nonZero(factor)) continue;
      row.coefficients = row.coefficients.map((value, index) => value - factor * pivot.coefficients[index]);
      row.constant -= factor * pivot.constant;
    }
    pivots++;
  }
  const determined = new Map<number, number>();
  for (const row of rows.slice(0, pivots)) {
    const involved = row.coefficients.flatMap((value, unknown) => (nonZero(value) ? [unknown] : []));
    if (involved.length === 1) determined.set(involved[0], Math.round(row.constant / row.coefficients[involved[0]]));
  }
  return determined;
}

/**
 * Interval propagation: from each unknown's known range, every line narrows each of its unknowns to
 * what the others' ranges leave (whole numbers), again and again until no range changes.
 */
function narrowedRanges(equations: Equation[], low: number[], high: number[]) {
  for (let changed = true; changed;) {
    changed = false;
    for (const { terms, constant } of equations) {
      for (const [unknown, coefficient] of terms) {
        let othersLow = 0;
        let othersHigh = 0;
        for (const [other, otherCoefficient] of terms) {
          if (other === unknown) continue;
          othersLow += otherCoefficient > 0 ? otherCoefficient * low[other] : otherCoefficient * high[other];
          othersHigh += otherCoefficient > 0 ? otherCoefficient * high[other] : otherCoefficient * low[other];
        }
        // coefficient × unknown = constant − others, with coefficient ±1.
        const [from, to] = coefficient > 0 ? [constant - othersHigh, constant - othersLow] : [othersLow - constant, othersHigh - constant];
        if (Math.ceil(from) > low[unknown] || Math.floor(to) < high[unknown]) {
          low[unknown] = Math.max(low[unknown], Math.ceil(from));
          high[unknown] = Math.min(high[unknown], Math.floor(to));
          changed = true;
        }
        if (low[unknown] > high[unknown]) throw new RangeError('The published figures contradict each other');
      }
    }
  }
  return { low, high };
}

function listAsTable(list: ProtectedList): ProtectedTable {
  return {
    rows: list.counts.map(String),
    columns: ['count'],
    cells: list.counts.map((count) => [count]),
    rowTotals: list.counts,
    columnTotals: [list.total],
    grandTotal: list.total,
  };
}

/**
 * The hidden cells an attacker can work out from what is published and what they know (`knowledge`):
 * by combining lines (a row or column with its total that has one unknown gives it; sums and
 * differences of lines give more), and by narrowing each unknown's range line by line until some
 * range holds one value. Empty when the figures are safe.
 */
export function recoverableCells(published: ProtectedTable | ProtectedList, knowledge: ReaderKnowledge = 'rules'): RecoveredCell[] {
  if ('counts' in published) {
    // A list is audited as a one-column table whose row totals repeat its counts; report each count once.
    return recoverableCells(listAsTable(published), knowledge).flatMap((cell) => (cell.column === 0 ? [cell] : []));
  }
  const grid = gridOfTable(published);
  const height = grid.length;
  const width = grid[0].length;
  const unknownAt = new Map<string, number>();
  const positions: Position[] = [];
  const low: number[] = [];
  const high: number[] = [];
  grid.forEach((line, row) =>
    line.forEach((cell, column) => {
      if (!('hidden' in cell)) return;
      unknownAt.set(`${row},${column}`, positions.length);
      positions.push([row, column]);
      const [from, to] = knownRange(cell.hidden, knowledge);
      low.push(from);
      high.push(to);
    }),
  );
  const equations = gridLines(height, width).map(({ members, total }) => {
    const equation: Equation = { terms: [], constant: 0 };
    for (const [[row, column], coefficient] of [...members.map((member) => [member, 1] as const), [total, -1] as const]) {
      const cell = grid[row][column];
      if ('hidden' in cell) equation.terms.push([unknownAt.get(`${row},${column}`)!, coefficient]);
      else equation.constant -= coefficient * cell.shown;
    }
    return equation;
  });

  const recovered = combinedLines(equations, positions.length);
  const ranges = narrowedRanges(equations, low, high);
  positions.forEach((_, unknown) => {
    if (ranges.low[unknown] === ranges.high[unknown]) recovered.set(unknown, ranges.low[unknown]);
  });
  const label = (index: number, last: number) => (index === last ? 'total' : index);
  return [...recovered.keys()]
    .sort((a, b) => a - b)
    .map((unknown) => {
      const [row, column] = positions[unknown];
      return { row: label(row, height - 1), column: label(column, width - 1), value: recovered.get(unknown)! };
    });
}
