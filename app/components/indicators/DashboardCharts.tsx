// The dashboard's charts (@mantine/charts over recharts), loaded only in the browser and only once
// the page's script runs: the rates month by month as lines, with a reference line where the series
// breaks, and a breakdown's rates as bars. Decoration beside the tables that hold the same figures
// (what screen readers and browsers without JavaScript use): each chart is an image with a summary.
import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useLocale } from '#app/i18n/use-t.ts';
import { formatPercent } from '#lib/format.ts';

/** One point of a chart: its label and a rate in % per series (null where it is not shown). */
export type ChartPoint = { label: string } & Record<string, string | number | null>;
export type ChartSeriesOf = { name: string; label: string }[];

const colours = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6'];

function withColours(series: ChartSeriesOf) {
  return series.map((s, i) => ({ ...s, color: colours[i % colours.length] }));
}

/** `summary`: what the chart shows, in words (its accessible name). */
export function TrendChart({
  data,
  series,
  breaks,
  summary,
}: {
  data: ChartPoint[];
  series: ChartSeriesOf;
  breaks: { label: string; month: string }[];
  summary: string;
}) {
  const locale = useLocale();
  return (
    <Box role="img" aria-label={summary}>
      <LineChart
        h={280}
        data={data}
        dataKey="label"
        series={withColours(series)}
        withLegend
        connectNulls={false}
        yAxisProps={{ domain: [0, 100] }}
        valueFormatter={(value) => formatPercent(locale, value / 100)}
        referenceLines={breaks.map((b) => ({ x: b.month, label: b.label, color: 'red.7' }))}
      />
    </Box>
  );
}

export function BreakdownChart({ data, series, summary }: { data: ChartPoint[]; series: ChartSeriesOf; summary: string }) {
  const locale = useLocale();
  return (
    <Box role="img" aria-label={summary}>
      <BarChart
        h={Math.max(200, 36 * data.length)}
        data={data}
        dataKey="label"
        orientation="vertical"
        series={withColours(series)}
        withLegend
        xAxisProps={{ domain: [0, 100] }}
        yAxisProps={{ width: 140 }}
        valueFormatter={(value) => formatPercent(locale, value / 100)}
      />
    </Box>
  );
}
