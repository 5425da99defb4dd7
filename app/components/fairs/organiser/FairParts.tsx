// Small pieces of the organisers' fair pages: the fair's status badge, its dates, the hidden
// idempotency key of a fair command's form, and the links between a fair's pages.
import { Link } from '@remix-run/react';
import { PlainBadge, type BadgeColour } from '#app/components/PlainBadge.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { fairStatuses } from '#db/schema.ts';
import { formatDateTime, type Locale } from '#lib/format.ts';
import css from '#app/components/plain.module.css';

type FairStatus = (typeof fairStatuses)[number];

const statusColours: Record<FairStatus, BadgeColour> = {
  draft: 'gray',
  registration: 'blue',
  live: 'teal',
  paused: 'orange',
  ended: 'grape',
};

export function FairStatusBadge({ status, large }: { status: FairStatus; large?: boolean }) {
  const t = useT();
  return (
    <PlainBadge colour={statusColours[status]} large={large}>
      {t(`fairOrg.status.${status}`)}
    </PlainBadge>
  );
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function formatIn(formats: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions, value: string) {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...options, timeZone: 'Asia/Ho_Chi_Minh' });
    formats.set(locale, f);
  }
  return f.format(new Date(value));
}
const timeOfDay = (locale: Locale, value: string) => formatIn(timeFormats, locale, { timeStyle: 'short' }, value);
const dayOf = (locale: Locale, value: string) => formatIn(dayFormats, locale, { dateStyle: 'medium' }, value);

/** "1 thg 12, 2026 · 07:30–16:30" in Vietnam time (both dates and times when it spans days). */
export function fairWhen(locale: Locale, startsAt: string, endsAt: string) {
  if (dayOf(locale, startsAt) !== dayOf(locale, endsAt)) return `${formatDateTime(locale, startsAt)} – ${formatDateTime(locale, endsAt)}`;
  return `${dayOf(locale, startsAt)} · ${timeOfDay(locale, startsAt)}–${timeOfDay(locale, endsAt)}`;
}

/** The fair's dates, as a component (reads the reader's language). */
export function FairWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  return <>{fairWhen(useLocale(), startsAt, endsAt)}</>;
}

/** The idempotency key the loader made for this form: a second press of the same form does nothing more. */
export function FormKey({ value }: { value: string }) {
  return <input type="hidden" name="idempotencyKey" value={value} />;
}

type FairPage = 'fair' | 'console' | 'door' | 'board' | 'summary';

const pagePaths: Record<FairPage, string> = { fair: '', console: '/console', door: '/door', board: '/board', summary: '/summary' };

/** Links between a fair's pages (the current one marked); the board opens where it will be projected. */
export function FairLinks({ fairId, current }: { fairId: string; current: FairPage }) {
  const t = useT();
  return (
    <nav aria-label={t('fairOrg.links.label')} className={css.links}>
      {(Object.keys(pagePaths) as FairPage[]).map((page) =>
        page === current ? (
          <span key={page} aria-current="page" className={css.strong}>
            {t(`fairOrg.link.${page}`)}
          </span>
        ) : (
          <Link key={page} to={`/fairs/${fairId}${pagePaths[page]}`} className={`${css.link} mantine-focus-auto`}>
            {t(`fairOrg.link.${page}`)}
          </Link>
        ),
      )}
    </nav>
  );
}
