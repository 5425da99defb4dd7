// The one shape every indicator output is made of — the dashboard's tables, the CSV and XLSX
// exports, the printable yearly report — built once on the server, already protected for the
// reader (counts of 1–4 as "<5", complements hidden, rates on hidden counts hidden), with labels in
// the reader's language. Every output renders these tables and nothing else, so they cannot differ.

/**
 * A cell: a number (a count, or for a `rate` column a fraction 0–1), text (a label; "<5" for a
 * hidden small count; "×" for a count hidden so that a small one cannot be worked out), or null
 * (nothing to show: no denominator, or a rate built on a hidden count).
 */
export type TableCell = number | string | null;

export type TableColumn = { key: string; label: string; kind: 'text' | 'count' | 'rate' };

export type OutputTable = {
  /** Stable and unique in an output: a file's sheet name, an anchor on the page. */
  id: string;
  title: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Sentences printed under the table (definitions, what "<5" and "×" mean, the as-of time). */
  notes: string[];
};

/** What a hidden count shows as. */
export const hiddenSmall = '<5';
export const hiddenComplement = '×';
