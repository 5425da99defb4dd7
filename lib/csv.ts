// CSV files that Excel opens right in Vietnamese: RFC 4180 (comma-separated, CRLF line ends, a
// field quoted when it holds a comma, a quote or a line break, quotes doubled), UTF-8 with a byte
// order mark (without it Excel reads the bytes as the local code page and breaks the diacritics),
// and text that a spreadsheet would run as a formula (=, +, -, @ first) made inert with a leading '.

export type CsvCell = string | number | null | undefined;

/** Text a spreadsheet would take for a formula (OWASP's CSV-injection list). */
const formulaStart = /^[=+\-@\t\r]/;

/** One field, quoted when it must be; numbers as they are, nothing as an empty field. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as bytes: a byte order mark, then each row on its own CRLF-ended line. */
export function csvBytes(rows: readonly (readonly CsvCell[])[]): Uint8Array<ArrayBuffer> {
  const text = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return new TextEncoder().encode('\uFEFF' + text);
}
