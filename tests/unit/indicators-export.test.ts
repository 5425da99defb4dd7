// The indicator tables as files (app/services/indicators/export.server.ts): the XLSX opens with
// exceljs and holds the same cells as the tables (numbers as numbers with their formats, "<5" and
// "×" as text, no formula), the CSV reads back to the same cells, and names stay within Excel's rules.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { csvPercent, exportFileName, sheetNames, tablesCsv, tablesXlsx } from '#app/services/indicators/export.server.ts';
import type { OutputTable } from '#app/services/indicators/tables.ts';

const headline: OutputTable = {
  id: 'headline',
  title: 'Chỉ tiêu năm 2026 — tỉnh Quảng Ngãi',
  columns: [
    { key: 'indicator', label: 'Chỉ tiêu', kind: 'text' },
    { key: 'numerator', label: 'Tử số', kind: 'count' },
    { key: 'denominator', label: 'Mẫu số', kind: 'count' },
    { key: 'rate', label: 'Tỷ lệ', kind: 'rate' },
  ],
  rows: [
    ['Được đào tạo nghề', 12, 48, 0.25],
    ['Có việc làm ổn định', '<5', 48, null],
    ['Được vay vốn', '×', '×', null],
    ['Được tư vấn, giới thiệu', 1234, 3702, 1 / 3],
  ],
  notes: ['"<5": từ 1 đến 4 người.', 'Số liệu tính đến 10:00 ngày 1/12/2026.'],
};

const byCommune: OutputTable = {
  id: 'by-commune',
  title: 'Theo xã/phường: người có việc làm [ổn định] / tổng số, năm 2026',
  columns: [
    { key: 'commune', label: 'Xã/phường', kind: 'text' },
    { key: 'placed', label: 'Có việc làm', kind: 'count' },
  ],
  rows: [
    ['Phường Cẩm Thành, "trung tâm"', 7],
    ['=Xã Nghĩa Hành', 0],
  ],
  notes: [],
};

test('the XLSX has a sheet per table, named from its title within 31 characters, holding the same cells', async () => {
  const bytes = await tablesXlsx([headline, byCommune]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  expect(names).toEqual(['Chỉ tiêu năm 2026 — tỉnh Quảng', 'Theo xã phường người có việc là']);
  expect(names.every((name) => name.length <= 31)).toBe(true);

  const sheet = workbook.worksheets[0];
  const values = (rowNumber: number) => headline.columns.map((_, i) => sheet.getRow(rowNumber).getCell(i + 1).value ?? null);
  expect(sheet.getCell('A1').value).toBe(headline.title);
  expect(values(2)).toEqual(['Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ']);
  headline.rows.forEach((row, i) => expect(values(3 + i)).toEqual(row));
  // Counts in a number format, rates in a percent format; hidden counts stay text.
  expect(sheet.getCell('B3').numFmt).toBe('#,##0');
  expect(sheet.getCell('D3').numFmt).toBe('0.0%');
  expect(typeof sheet.getCell('B4').value).toBe('string');
  // The notes under the table, after an empty row.
  expect(sheet.getCell('A7').value).toBeNull();
  expect([sheet.getCell('A8').value, sheet.getCell('A9').value]).toEqual(headline.notes);
  expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('Được tư vấn, giới thiệu'.length);

  // No formula anywhere, even for text that looks like one.
  const second = workbook.worksheets[1];
  expect(second.getCell('A4').value).toBe('=Xã Nghĩa Hành');
  for (const ws of workbook.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
});

test('the CSV holds each table after the other: title, header, rows (rates in percent), notes; it reads back to the same cells', () => {
  const bytes = tablesCsv([headline, byCommune]);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(new TextDecoder().decode(bytes.slice(3)), { relax_column_count: true });
  const asText = (cell: string | number | null) => (cell === null ? '' : String(cell));
  expect(rows).toEqual([
    [headline.title],
    ['Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)'],
    ...headline.rows.map((row) => row.map((cell, i) => asText(i === 3 && typeof cell === 'number' ? csvPercent(cell) : cell))),
    ...headline.notes.map((note) => [note]),
    [''],
    [byCommune.title],
    ['Xã/phường', 'Có việc làm'],
    ['Phường Cẩm Thành, "trung tâm"', '7'],
    ["'=Xã Nghĩa Hành", '0'],
  ]);
  expect(rows[2][3]).toBe('25');
  expect(rows[5][3]).toBe('33.33');
});

test('sheet names drop what Excel refuses and stay unique; file names are plain letters', () => {
  expect(sheetNames(['A/B: [c]?', 'Chỉ tiêu', 'chỉ tiêu', ''])).toEqual(['A B c', 'Chỉ tiêu', 'chỉ tiêu (2)', 'Bảng 4']);
  expect(sheetNames(['x'.repeat(40), 'x'.repeat(40)])).toEqual(['x'.repeat(31), `${'x'.repeat(27)} (2)`]);
  expect(exportFileName(['chỉ tiêu', 'Quảng Ngãi', 2026], 'xlsx')).toBe('chi-tieu-quang-ngai-2026.xlsx');
  expect(exportFileName(['Nhu cầu', 'Đắk Lắk', '2026-11'], 'csv')).toBe('nhu-cau-dak-lak-2026-11.csv');
});
