// The indicator tables as files: a CSV that Excel opens with its Vietnamese intact and an XLSX
// workbook (one sheet per table), both written from the same protected `OutputTable[]` the pages
// show — values only, never a formula: counts as numbers, rates as numbers (a percent format in
// the workbook, a "%" column in the CSV), "<5" and "×" as text, each table's notes under it.
import ExcelJS from 'exceljs';
import { csvBytes, type CsvCell } from '#lib/csv.ts';
import { foldVietnamese } from '#lib/fold.ts';
import type { OutputTable, TableCell, TableColumn } from './tables.ts';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportContentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A rate column's header in the CSV, where the rate is written in percent. */
function csvHeader(column: TableColumn) {
  return column.kind === 'rate' && !column.label.includes('%') ? `${column.label} (%)` : column.label;
}

/** A rate (a fraction) as the percent the CSV holds: 0.3333… → 33.33. */
export function csvPercent(rate: number) {
  return Math.round(rate * 10_000) / 100;
}

function csvCell(column: TableColumn, cell: TableCell): CsvCell {
  return column.kind === 'rate' && typeof cell === 'number' ? csvPercent(cell) : cell;
}

/**
 * One CSV for every table, one after the other: the title on a line of its own, the header, the
 * rows, the notes (one a line), and an empty line before the next table.
 */
export function tablesCsv(tables: readonly OutputTable[]): Uint8Array<ArrayBuffer> {
  const lines: CsvCell[][] = [];
  tables.forEach((table, index) => {
    if (index > 0) lines.push([]);
    lines.push([table.title]);
    lines.push(table.columns.map(csvHeader));
    for (const row of table.rows) lines.push(table.columns.map((column, i) => csvCell(column, row[i] ?? null)));
    for (const note of table.notes) lines.push([note]);
  });
  return csvBytes(lines);
}

/** Characters Excel refuses in a sheet name, and its length limit. */
const sheetNameForbidden = /[[\]:*?/\\]/g;
const sheetNameLimit = 31;

/** Sheet names from the tables' titles: allowed characters, at most 31 of them, each one unique (case aside). */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, index) => {
    const base =
      title
        .replace(sheetNameForbidden, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || `Bảng ${index + 1}`;
    let name = base.slice(0, sheetNameLimit).trim();
    for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, sheetNameLimit - suffix.length).trim() + suffix;
    }
    taken.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

const countFormat = '#,##0';
const rateFormat = '0.0%';

/** How wide a column is drawn: its longest header or value, within bounds. */
function columnWidth(table: OutputTable, index: number) {
  const column = table.columns[index];
  const shown = table.rows.map((row) => {
    const cell = row[index];
    if (typeof cell === 'number') return column.kind === 'rate' ? 7 : cell.toLocaleString('vi').length + 1;
    return cell?.length ?? 0;
  });
  return Math.min(60, Math.max(8, column.label.length + 2, ...shown.map((length) => length + 2)));
}

/**
 * The workbook: a sheet per table named from its title, its title on the first row, the header
 * (bold, kept in view while scrolling) on the second, then the rows, and the notes under them.
 */
export async function tablesXlsx(tables: readonly OutputTable[], options: { title?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phiên chợ của tình người';
  workbook.created = new Date();
  if (options.title) workbook.title = options.title;
  const names = sheetNames(tables.map((table) => table.title));
  tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = table.columns.map((_, i) => ({ width: columnWidth(table, i) }));
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    sheet.addRow(table.columns.map((column) => column.label)).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(table.columns.map((_, i) => row[i] ?? null));
      table.columns.forEach((column, i) => {
        const cell = added.getCell(i + 1);
        if (typeof cell.value === 'number') cell.numFmt = column.kind === 'rate' ? rateFormat : countFormat;
        else if (column.kind !== 'text' && typeof cell.value === 'string') cell.alignment = { horizontal: 'right' };
      });
    }
    // The notes after an empty row.
    const notesFrom = sheet.rowCount + 2;
    table.notes.forEach((note, i) => {
      const row = sheet.getRow(notesFrom + i);
      row.getCell(1).value = note;
      row.font = { italic: true };
    });
  });
  if (tables.length === 0) workbook.addWorksheet('Trống');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A file name every browser keeps: plain letters, e.g. "chi-tieu-quang-ngai-2026.xlsx". */
export function exportFileName(parts: readonly (string | number)[], format: ExportFormat) {
  const slug = parts
    .map((part) =>
      foldVietnamese(String(part))
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 100)
    .replace(/-$/, '');
  return `${slug || 'bang'}.${format}`;
}
