// A ticket to a fair: its six-letter code large enough to read out at the door, the QR code the
// door scans (an SVG drawn on the server: no script), the fair's name, hours and place. The one
// marked `printable` is all a print shows; the print button appears once the page's script runs
// (before that, the browser's own Print does the same).
import { useHydrated } from '#app/components/use-hydrated.ts';
import { fairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import css from './fairs.module.css';

export type TicketFacts = {
  code: string;
  checkedIn: boolean;
  /** The QR code of the code, as SVG markup made on the server. */
  qrSvg: string;
  fair: { name: string; startsAt: string; endsAt: string; place: string | null };
};

export function FairTicket({ ticket, printable, holder }: { ticket: TicketFacts; printable?: boolean; holder?: string }) {
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const headingId = `ticket-${ticket.code}`;
  return (
    <section className={`${css.ticket}${printable ? ` ${css.printable}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fairPeople.ticket.title')}</h2>
      {holder ? <p className={css.ticketFacts}>{holder}</p> : null}
      <p className={css.code}>
        <span aria-hidden="true">{ticket.code}</span>
        <span className={css.visuallyHidden}>{t('fairPeople.ticket.codeSpelled', { code: ticket.code.split('').join(' ') })}</span>
      </p>
      <div
        className={css.qr}
        role="img"
        aria-label={t('fairPeople.ticket.qr', { code: ticket.code })}
        dangerouslySetInnerHTML={{ __html: ticket.qrSvg }}
      />
      <p className={css.ticketFacts}>
        <strong>{ticket.fair.name}</strong>
        <br />
        {fairWhen(locale, ticket.fair.startsAt, ticket.fair.endsAt)}
        <br />
        {ticket.fair.place ?? t('fairPeople.online')}
      </p>
      <p className={css.ticketFacts}>{t(ticket.checkedIn ? 'fairPeople.ticket.checkedIn' : 'fairPeople.ticket.showAtDoor')}</p>
      {printable && hydrated ? (
        <button type="button" className={`${css.button} ${css.light} ${css.noPrint}`} onClick={() => window.print()}>
          {t('fairPeople.ticket.print')}
        </button>
      ) : null}
    </section>
  );
}
