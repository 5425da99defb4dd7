// Where each count of the dashboard's tables leads: the drill-down page listing the people behind
// it (/indicators/people with the area, period, fair, indicator, part and group). Only for readers
// with caseload rights over the people (`drillDown`); nobody else gets a link. Pure.
import type { Dashboard } from './dashboard.server.ts';
import type { ReportArea } from './report.server.ts';

export const peoplePath = '/indicators/people';

/** The area as the queries write it. */
export function areaParam(area: ReportArea) {
  return area.kind === 'country' ? 'country' : area.kind === 'plan' ? `plan:${area.id}` : area.code;
}

/** The link for a count of `tableId` at row `row`, column `columnKey`; null when there is none. */
export function drillLink(dashboard: Dashboard, tableId: string, row: number, columnKey: string): string | null {
  if (!dashboard.drillDown) return null;
  const params = new URLSearchParams({ area: areaParam(dashboard.area), from: dashboard.from, to: dashboard.to });
  if (dashboard.fair) params.set('fair', dashboard.fair.id);
  let key: string;
  let part: string;
  if (tableId === 'figures') {
    const figure = dashboard.figures[row];
    if (!figure) return null;
    key = figure.key;
    part = columnKey;
  } else {
    [key, part] = columnKey.split('.');
    if (tableId === 'trend') {
      const month = dashboard.trend[row];
      if (!month) return null;
      params.set('from', month.from);
      params.set('to', month.to);
    } else if (tableId === 'fairs') {
      const fair = dashboard.fairs[row];
      if (!fair) return null;
      params.set('fair', fair.id);
    } else if (tableId.startsWith('by_')) {
      const kind = tableId.slice(3);
      const group = dashboard.breakdowns.find((b) => b.kind === kind)?.groups[row];
      if (!group) return null;
      params.set('by', kind);
      params.set('group', group.group);
    } else return null;
  }
  if (part !== 'numerator' && part !== 'denominator' && part !== 'unknown') return null;
  params.set('indicator', key);
  params.set('part', part);
  return `${peoplePath}?${params}`;
}
