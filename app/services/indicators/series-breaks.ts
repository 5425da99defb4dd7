// Where a trend's series breaks (ADR 006, "series breaks are data"): the dated changes of an
// indicator's definition, and the 2025 reform of the administrative units, found in the months a
// trend shows so the chart and its table mark them instead of joining them silently. Pure.
import type { Area, IndicatorKey } from './definitions.ts';
import type { Period } from './periods.ts';

type Text = { vi: string; en: string };

/**
 * A change of what an indicator counts, from a day on. Every figure here is counted with today's
 * definition, so a break says where figures reported before that day were counted differently.
 * Changes of the code's rules are listed here; a deployment's change of STABLE_JOB_MONTHS is
 * recorded at start-up (`definition-settings.server.ts`) and becomes one with `stableMonthsChange`.
 */
export type DefinitionChange = { on: string; indicators: readonly IndicatorKey[]; text: Text };

export const definitionChanges: readonly DefinitionChange[] = [
  {
    on: '2026-11-30',
    indicators: ['stable_job'],
    text: {
      vi: 'Từ ngày 30/11/2026, việc làm chưa có thông tin theo dõi không còn được tính là việc làm ổn định (trước đó được tính); số liệu trên trang này đều tính theo cách mới.',
      en: 'From 30 Nov 2026 a job with no follow-up recorded no longer counts as a stable job (it did before); every figure here is counted the new way.',
    },
  },
];

/** The change a deployment made to the months that make a job stable, from a day on. */
export function stableMonthsChange(on: string, from: number, to: number): DefinitionChange {
  const [year, month, day] = on.split('-');
  return {
    on,
    indicators: ['stable_job'],
    text: {
      vi: `Từ ngày ${day}/${month}/${year}, việc làm được tính là ổn định khi còn làm sau ${to} tháng (trước đó: ${from} tháng); số liệu trên trang này đều tính theo ${to} tháng.`,
      en: `From ${on} a job counts as stable when still held after ${to} months (before: ${from} months); every figure here is counted with ${to} months.`,
    },
  };
}

/**
 * The day the 2025 reform took effect: provinces merged (63 → 34) and districts abolished, communes
 * regrouped (Resolution 202/2025/QH15 and the Standing Committee's commune resolutions, in force
 * from 1 July 2025). The commune mapping the reference data loads carries no date of its own.
 */
export const areaReformOn = '2025-07-01';

const areaReformText: Text = {
  vi: 'Từ ngày 01/7/2025, các tỉnh được hợp nhất và xã/phường được sắp xếp lại, không còn cấp huyện: số liệu trước ngày đó được tính theo địa bàn mới (theo bảng chuyển đổi xã/phường cũ sang mới), nên không so sánh trực tiếp được với báo cáo cũ theo địa bàn cũ.',
  en: 'From 1 Jul 2025 provinces merged and communes were regrouped, with no districts: earlier figures are counted over the new units (through the old-to-new commune mapping), so they do not compare directly with earlier reports over the old units.',
};

export type SeriesBreak = {
  kind: 'definition' | 'area';
  /** The day the change took effect. */
  on: string;
  /** The month of the trend (its index) that the change falls in: the series breaks there. */
  month: number;
  /** The indicators it touches; every one for a change of area. */
  indicators: readonly IndicatorKey[] | 'all';
  text: Text;
};

/**
 * The breaks inside a trend of `months` for `area`: each change that took effect after the first
 * month began and by the last month's end, at the month it falls in. The reform breaks every area
 * but the whole country (whose shape did not change).
 */
export function seriesBreaks(
  months: readonly Period[],
  area: Area,
  changes: readonly DefinitionChange[] = definitionChanges,
): SeriesBreak[] {
  if (months.length === 0) return [];
  const first = months[0].from;
  const last = months[months.length - 1].to;
  const monthOf = (day: string) => months.findIndex((month) => month.from <= day && day <= month.to);
  const breaks: SeriesBreak[] = [];
  if (area.kind !== 'country' && areaReformOn > first && areaReformOn <= last) {
    breaks.push({ kind: 'area', on: areaReformOn, month: monthOf(areaReformOn), indicators: 'all', text: areaReformText });
  }
  for (const change of changes) {
    if (change.on > first && change.on <= last) {
      breaks.push({ kind: 'definition', on: change.on, month: monthOf(change.on), indicators: change.indicators, text: change.text });
    }
  }
  return breaks.sort((a, b) => a.on.localeCompare(b.on));
}
