// An indicator output table (app/services/indicators/tables.ts) as a plain HTML table that reads
// well on a phone (it scrolls sideways in a named region) and prints well (print-report.css: the
// header row repeats on each page, rows never split); its notes under it.
import '#app/styles/print-report.css';
import type { OutputTable } from '#app/services/indicators/tables.ts';
import { useLocale } from '#app/i18n/use-t.ts';
import { formatNumber, formatPercent, type Locale } from '#lib/format.ts';
import { ScrollTable } from '../ScrollTable.tsx';

function cellText(locale: Locale, kind: OutputTable['columns'][number]['kind'], cell: string | number | null) {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  return kind === 'rate' ? formatPercent(locale, cell) : formatNumber(locale, cell);
}

/** An output table as a plain table that prints well (its header repeats on every page). */
export function ReportTable({ table, minWidth = 640 }: { table: OutputTable; minWidth?: number }) {
  const locale = useLocale();
  return (
    <>
      <ScrollTable label={table.title} minWidth={minWidth}>
        <table className="report-table">
          <caption>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {table.columns.map((column, i) =>
                  i === 0 ? (
                    <th key={column.key} scope="row">
                      {cellText(locale, column.kind, row[i])}
                    </th>
                  ) : (
                    <td key={column.key} className={column.kind === 'text' ? undefined : 'number'}>
                      {cellText(locale, column.kind, row[i])}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {table.notes.map((note) => (
        <p key={note} className="report-note">
          {note}
        </p>
      ))}
    </>
  );
}
