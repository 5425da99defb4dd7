// The organiser's live console, drawn from the console view alone (consoleView's answer, passed as
// one prop so live updates can replace it): the fair's counters, the empty-booth alert at the top —
// a sign and words, not colour alone — and per booth the people waiting, the numbers at its desks,
// the wait a newcomer would have and the staff named.
import type { consoleView } from '#app/services/fairs/queries.server.ts';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { formatNumber } from '#lib/format.ts';
import classes from './ConsoleBoard.module.css';

export type ConsoleView = Awaited<ReturnType<typeof consoleView>>;
export type FairCounters = ConsoleView['counters'];

const counterNames = ['checkedIn', 'interviews', 'offers', 'hires'] as const;

/** Checked in, interviews, offers, hires: a labelled figure each. */
export function CounterList({ counters, className, itemClassName }: { counters: FairCounters; className: string; itemClassName: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className={className}>
      {counterNames.map((name) => (
        <div key={name} className={itemClassName}>
          <dt>{t(`fairOrg.counter.${name}`)}</dt>
          <dd>{formatNumber(locale, counters[name])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ConsoleBoard({ view }: { view: ConsoleView }) {
  const t = useT();
  const locale = useLocale();
  const unattended = view.booths.filter((b) => b.unattended);
  const numbers = (list: number[]) => (list.length ? list.map((n) => formatNumber(locale, n)).join(', ') : '—');
  return (
    <>
      <CounterList counters={view.counters} className={classes.counters} itemClassName={classes.counter} />
      {unattended.length > 0 ? (
        <section className={classes.alert} role="alert" aria-labelledby="console-alert">
          <h2 id="console-alert">
            <span aria-hidden="true">⚠ </span>
            {t('fairOrg.console.alertTitle', { count: unattended.length })}
          </h2>
          <ul>
            {unattended.map((b) => (
              <li key={b.id}>
                {t('fairOrg.console.alertBooth', {
                  number: b.number,
                  organisation: b.organisation,
                  waiting: formatNumber(locale, b.waiting),
                  minutes: view.emptyBoothMinutes,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.booths.length === 0 ? (
        <p>{t('fairOrg.console.empty')}</p>
      ) : (
        <ScrollTable label={t('fairOrg.console.booths')} minWidth={720}>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{t('fairOrg.booths.number')}</th>
                <th scope="col">{t('fairOrg.booths.organisation')}</th>
                <th scope="col">{t('fairOrg.console.waiting')}</th>
                <th scope="col">{t('fairOrg.console.nowServing')}</th>
                <th scope="col">{t('fairOrg.console.wait')}</th>
                <th scope="col">{t('fairOrg.booths.staff')}</th>
                <th scope="col">{t('fairOrg.console.state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.booths.map((b) => (
                <tr key={b.id} className={b.unattended ? classes.unattended : undefined}>
                  <td className={classes.number}>{b.number}</td>
                  <td>{b.organisation}</td>
                  <td className={classes.number}>{formatNumber(locale, b.waiting)}</td>
                  <td className={classes.number}>{numbers(b.nowServing)}</td>
                  <td>{b.waiting ? t('fairOrg.minutes', { minutes: b.waitMinutes }) : '—'}</td>
                  <td>
                    {b.staff === 0 ? <span className={classes.flag}>{t('fairOrg.console.noStaff')}</span> : formatNumber(locale, b.staff)}
                  </td>
                  <td>
                    {b.unattended ? (
                      <span className={classes.flag}>
                        <span aria-hidden="true">⚠</span> {t('fairOrg.console.unattended')}
                      </span>
                    ) : (
                      <span className={classes.ok}>{t('fairOrg.console.ok')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
