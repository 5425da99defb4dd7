// The public board (projected at the venue, no sign-in): the fair's name and status, its latest
// announcements, the counters, and per booth its number, organisation, what it shows, how many wait
// and the numbers now called ("Gian 7 — đang mời số 23"). It draws only the board view (boardView's
// answer, one prop that live updates replace), the announcements and the booths' posting titles: no
// name, phone or past can reach it.
import { Link } from '@remix-run/react';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { boardView } from '#app/services/fairs/queries.server.ts';
import { formatNumber } from '#lib/format.ts';
import classes from './PublicBoard.module.css';

export type BoardView = Awaited<ReturnType<typeof boardView>>;
/** Titles of what each booth shows, by booth number. */
export type BoardPostings = Record<string, string[]>;

const counterNames = ['checkedIn', 'interviews', 'offers', 'hires'] as const;
/** Titles shown per booth before "and N more" (a projected card has room for a few). */
const shownTitles = 4;

function Booth({ booth, titles }: { booth: BoardView['booths'][number]; titles: string[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className={classes.booth}>
      <h3 className={classes.boothName}>{t('fairOrg.board.booth', { number: booth.number })}</h3>
      <p className={classes.organisation}>{booth.organisation}</p>
      <p className={classes.serving}>
        <span>{t('fairOrg.board.nowServing')}</span>
        {booth.nowServing.length ? (
          <span className={classes.servingNumbers}>{booth.nowServing.map((n) => formatNumber(locale, n)).join(', ')}</span>
        ) : (
          <span className={classes.nobody}>{t('fairOrg.board.nobody')}</span>
        )}
      </p>
      <p className={classes.waiting}>{t('fairOrg.board.waiting', { count: formatNumber(locale, booth.waiting) })}</p>
      {titles.length > 0 ? (
        <ul className={classes.jobs} aria-label={t('fairOrg.board.shows')}>
          {titles.slice(0, shownTitles).map((title) => (
            <li key={title}>{title}</li>
          ))}
          {titles.length > shownTitles ? <li>{t('fairOrg.board.more', { count: titles.length - shownTitles })}</li> : null}
        </ul>
      ) : null}
    </li>
  );
}

export function PublicBoard({
  view,
  announcements,
  postings,
}: {
  view: BoardView;
  announcements: readonly { seq: number; message: string }[];
  postings: BoardPostings;
}) {
  const t = useT();
  const locale = useLocale();
  const statusClass = view.status === 'live' ? classes.live : view.status === 'paused' ? classes.paused : '';
  return (
    <div className={classes.board}>
      <Link to="/" className={classes.brand}>
        Phiên chợ của tình người
      </Link>
      <header className={classes.head}>
        <h1 className={classes.title}>{view.name}</h1>
        <span className={`${classes.status} ${statusClass}`}>{t(`fairOrg.status.${view.status}`)}</span>
      </header>
      {announcements.length > 0 ? (
        <section aria-label={t('fairOrg.announce.title')}>
          <ul className={classes.announcements}>
            {announcements.slice(0, 3).map((a) => (
              <li key={a.seq}>{a.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="board-counters">
        <h2 className={classes.visuallyHidden} id="board-counters">
          {t('fairOrg.board.counters')}
        </h2>
        <dl className={classes.counters}>
          {counterNames.map((name) => (
            <div key={name}>
              <dt>{t(`fairOrg.counter.${name}`)}</dt>
              <dd>{formatNumber(locale, view.counters[name])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="board-booths">
        <h2 className={classes.heading} id="board-booths">
          {t('fairOrg.board.booths')}
        </h2>
        {view.booths.length === 0 ? (
          <p className={classes.empty}>{t('fairOrg.board.empty')}</p>
        ) : (
          <ul className={classes.booths}>
            {view.booths.map((booth) => (
              <Booth key={booth.number} booth={booth} titles={postings[booth.number] ?? []} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
