// The after-fair summary as files for the organisers' reports: a CSV that Excel opens with its
// Vietnamese intact (lib/csv.ts) and an XLSX workbook (exceljs) — an overview sheet and a booths
// sheet, values only (no formula), headers in the reader's language (Vietnamese by default).
import ExcelJS from 'exceljs';
import { translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import { csvBytes, type CsvCell } from '#lib/csv.ts';
import { formatDateTime } from '#lib/format.ts';
import type { FairSummary } from './summary.server.ts';
import type { PlaceFigures } from './summary-figures.ts';

/** The booth table's columns, in order: each one's header and how a row fills it. */
const boothColumns: readonly { header: MessageKey; width: number; value: (figures: PlaceFigures) => CsvCell }[] = [
  { header: 'fair.summary.visitors', width: 14, value: (f) => f.visitors },
  { header: 'fair.summary.interviews', width: 14, value: (f) => f.interviews },
  { header: 'fair.summary.offers', width: 16, value: (f) => f.offers },
  { header: 'fair.summary.hires', width: 12, value: (f) => f.hires },
  { header: 'fair.summary.enrolments', width: 14, value: (f) => f.enrolments },
  { header: 'fair.summary.noShows', width: 20, value: (f) => f.noShows },
  { header: 'fair.summary.left', width: 12, value: (f) => f.left },
  { header: 'fair.summary.averageWait', width: 20, value: (f) => f.averageWaitMinutes },
  { header: 'fair.summary.p90Wait', width: 16, value: (f) => f.p90WaitMinutes },
  { header: 'fair.summary.estimateError', width: 30, value: (f) => f.meanAbsoluteErrorMinutes },
  {
    header: 'fair.summary.estimateWithin',
    width: 28,
    value: (f) => (f.withinToleranceShare === null ? null : Math.round(f.withinToleranceShare * 1000) / 10),
  },
];

/** The booths table: a header row, a row per booth, and the whole fair's row last. */
export function summaryTable(summary: FairSummary, locale: Locale): CsvCell[][] {
  const t = (key: MessageKey) => translate(locale, key);
  return [
    [t('fair.summary.booth'), t('fair.summary.organisation'), ...boothColumns.map((c) => t(c.header))],
    ...summary.booths.map((b) => [b.number, b.organisation, ...boothColumns.map((c) => c.value(b))]),
    ['', t('fair.summary.total'), ...boothColumns.map((c) => c.value(summary.total))],
  ];
}

/** The fair's own figures, one label and value a row. */
export function summaryOverview(summary: FairSummary, locale: Locale): CsvCell[][] {
  const t = (key: MessageKey) => translate(locale, key);
  const when = `${formatDateTime(locale, summary.fair.startsAt)} – ${formatDateTime(locale, summary.fair.endsAt)}`;
  return [
    [t('fair.summary.fair'), summary.fair.name],
    [t('fair.summary.date'), when],
    [t('fair.summary.registered'), summary.registered],
    [t('fair.summary.checkedIn'), summary.checkedIn],
    [t('fair.summary.walkIns'), summary.walkIns],
  ];
}

/**
 * The CSV: the fair's own figures first (label, value), an empty line, then the booths table —
 * one file an organiser opens in Excel, with a byte order mark so the diacritics show.
 */
export function summaryCsv(summary: FairSummary, locale: Locale = 'vi'): Uint8Array<ArrayBuffer> {
  return csvBytes([...summaryOverview(summary, locale), [], ...summaryTable(summary, locale)]);
}

/** The XLSX workbook: an overview sheet and a booths sheet (header row bold and frozen), values only. */
export async function summaryXlsx(summary: FairSummary, locale: Locale = 'vi'): Promise<Uint8Array<ArrayBuffer>> {
  const t = (key: MessageKey) => translate(locale, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phiên chợ của tình người';
  workbook.created = new Date();

  const overview = workbook.addWorksheet(t('fair.summary.overviewSheet'));
  overview.columns = [{ width: 22 }, { width: 60 }];
  for (const row of summaryOverview(summary, locale)) overview.addRow(row);
  overview.getColumn(1).font = { bold: true };

  const booths = workbook.addWorksheet(t('fair.summary.boothsSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  booths.columns = [{ width: 10 }, { width: 40 }, ...boothColumns.map((c) => ({ width: c.width }))];
  const [header, ...rows] = summaryTable(summary, locale);
  booths.addRow(header).font = { bold: true };
  for (const row of rows) booths.addRow(row.map((cell) => (cell === '' ? null : cell)));
  booths.lastRow!.font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
