// One of the dashboard's tables (app/services/indicators/tables.ts, built and protected on the
// server) as an accessible table: a caption, column and row headers, numbers right-aligned, each
// count a plain link to the people behind it where the reader may see them, and its notes beneath.
// It scrolls sideways in a named region on a phone; it is what works without JavaScript.
import '#app/styles/data.css';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@remix-run/react';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { useLocale } from '#app/i18n/use-t.ts';
import type { OutputTable, TableCell, TableColumn } from '#app/services/indicators/tables.ts';
import { formatNumber, formatPercent, type Locale } from '#lib/format.ts';

function cellText(locale: Locale, column: TableColumn, cell: TableCell) {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  return column.kind === 'rate' ? formatPercent(locale, cell) : formatNumber(locale, cell);
}

export function DashboardTable({
  table,
  linkOf,
  markedRows,
}: {
  table: OutputTable;
  /** The drill-down link of a count (null: none). */
  linkOf?: (row: number, columnKey: string) => string | null;
  /** Rows to mark (a series break): shown in bold with the reason in their own column. */
  markedRows?: ReadonlySet<number>;
}) {
  const locale = useLocale();
  const wide = table.columns.length > 6;
  return (
    <section aria-labelledby={`table-${table.id}`} id={table.id}>
      <ScrollTable label={table.title} minWidth={wide ? 160 * table.columns.length : 560}>
        <Table striped withTableBorder>
          <caption id={`table-${table.id}`}>{table.title}</caption>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th key={column.key} scope="col" ta={column.kind === 'text' ? undefined : 'right'}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={r} fw={markedRows?.has(r) ? 700 : undefined}>
                {table.columns.map((column, c) => {
                  const text = cellText(locale, column, row[c]);
                  if (c === 0)
                    return (
                      <Table.Th key={column.key} scope="row">
                        {text}
                      </Table.Th>
                    );
                  const cell = row[c];
                  const link = column.kind === 'count' && typeof cell === 'number' && cell > 0 ? (linkOf?.(r, column.key) ?? null) : null;
                  return (
                    <Table.Td key={column.key} ta={column.kind === 'text' ? undefined : 'right'}>
                      {link ? (
                        <Anchor component={Link} to={link}>
                          {text}
                        </Anchor>
                      ) : (
                        text
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {table.notes.map((note, i) => (
        <Text key={i} size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      ))}
    </section>
  );
}
