// How the interface writes numbers, sums of money, dates and places, in Vietnamese or English. Pure:
// pages, services and reports all format the same way (dates are stored in UTC, shown in Vietnam).
export type Locale = 'vi' | 'en';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(locale: Locale, value: number) {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB')));
  return f.format(value);
}

/** A share as a percentage to one decimal, e.g. 0.2 → "20 %". */
export function formatPercent(locale: Locale, fraction: number) {
  return `${formatNumber(locale, Math.round(fraction * 1000) / 10)} %`;
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
/** An instant in Vietnam's time zone, e.g. "2 thg 12, 2026 09:00". */
export function formatDateTime(locale: Locale, value: Date | string) {
  let f = dateTimeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    dateTimeFormats.set(locale, f);
  }
  return f.format(new Date(value));
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
/** The time of day of an instant in Vietnam's time zone, e.g. "09:05". */
export function formatTimeOfDay(locale: Locale, value: Date | string) {
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
    timeFormats.set(locale, f);
  }
  return f.format(new Date(value));
}

const englishDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/**
 * A calendar date 'YYYY-MM-DD' as its reader writes it: dd/mm/yyyy in Vietnamese; in English with
 * the month's name ("2 Dec 2026"), since 02/12/2026 reads as 12 February to many English readers.
 */
export function formatDay(locale: Locale, date: string) {
  const [year, month, day] = date.split('-');
  if (locale === 'en') return englishDay.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
  return `${day}/${month}/${year}`;
}

const englishMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A calendar month 'YYYY-MM' (or a date in it): "3/2026" in Vietnamese, "Mar 2026" in English. */
export function formatMonth(locale: Locale, month: string) {
  const [year, number] = month.split('-');
  if (locale === 'en') return englishMonth.format(new Date(Date.UTC(Number(year), Number(number) - 1, 1)));
  return `${Number(number)}/${year}`;
}

const money = {
  vi: { sum: '{amount} đồng', perMonth: '{amount} đồng/tháng', millionsPerMonth: '{amount} triệu đồng/tháng' },
  en: { sum: 'VND {amount}', perMonth: 'VND {amount} per month', millionsPerMonth: 'VND {amount} million/month' },
} satisfies Record<Locale, Record<string, string>>;

const fill = (pattern: string, amount: string) => pattern.replace('{amount}', amount);

/** A sum in VND with thousands separators: "2.500.000 đồng". */
export function formatVnd(locale: Locale, amount: number) {
  return fill(money[locale].sum, formatNumber(locale, amount));
}

/** A monthly wage range, short for cards: "7 – 9 triệu đồng/tháng". */
export function formatWageMillions(locale: Locale, min: number, max: number) {
  const millions = (vnd: number) => formatNumber(locale, Math.round(vnd / 100_000) / 10);
  return fill(money[locale].millionsPerMonth, min === max ? millions(min) : `${millions(min)} – ${millions(max)}`);
}

/** A monthly wage range in full, for the detail page: "7.000.000 – 9.000.000 đồng/tháng". */
export function formatWageFull(locale: Locale, min: number, max: number) {
  return fill(
    money[locale].perMonth,
    min === max ? formatNumber(locale, min) : `${formatNumber(locale, min)} – ${formatNumber(locale, max)}`,
  );
}

export function formatPlace(parts: (string | null | undefined)[]) {
  return parts.filter(Boolean).join(', ');
}
