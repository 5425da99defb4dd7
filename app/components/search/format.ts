// How the public pages show postings' dates, money and places.
import { formatNumber, translate, type Locale } from '#app/i18n/i18n.ts';

/** A calendar date 'YYYY-MM-DD' as Vietnamese readers write it: dd/mm/yyyy. */
export function formatDay(date: string) {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A sum in VND with thousands separators: "2.500.000 đồng". */
export function formatVnd(locale: Locale, amount: number) {
  return translate(locale, 'posting.vnd', { amount: formatNumber(locale, amount) });
}

/** A monthly wage range, short for cards: "7 – 9 triệu đồng/tháng". */
export function formatWageMillions(locale: Locale, min: number, max: number) {
  const millions = (vnd: number) => formatNumber(locale, Math.round(vnd / 100_000) / 10);
  const amount = min === max ? millions(min) : `${millions(min)} – ${millions(max)}`;
  return translate(locale, 'job.wage.millions', { amount });
}

/** A monthly wage range in full, for the detail page: "7.000.000 – 9.000.000 đồng/tháng". */
export function formatWageFull(locale: Locale, min: number, max: number) {
  const amount = min === max ? formatNumber(locale, min) : `${formatNumber(locale, min)} – ${formatNumber(locale, max)}`;
  return translate(locale, 'job.wage.perMonth', { amount });
}

export function formatPlace(parts: (string | null | undefined)[]) {
  return parts.filter(Boolean).join(', ');
}
