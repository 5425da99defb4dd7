// One search result as a card: what, who, where, how much and when, linking to the posting's page;
// with an action slot (a signed-in jobseeker's "apply" / "ask for a seat"). Plain elements and a
// CSS module rather than Mantine components: a page holds twenty, and each component is work for
// the server's render and for a cheap phone's hydration.
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { JobDocument, TrainingDocument } from '#search/documents.ts';
import { formatDay, formatPlace, formatVnd, formatWageMillions, formatNumber } from '#lib/format.ts';
import css from '../plain.module.css';
import { PlainBadge, type BadgeColour } from '../PlainBadge.tsx';

/** Results carry no description (see search/query.ts). */
type Hit<D> = Omit<D, 'description'> & { distanceKm?: number };

function Card({
  to,
  hit,
  price,
  badges,
  action,
}: {
  to: string;
  hit: Hit<JobDocument | TrainingDocument>;
  price: string;
  badges: [BadgeColour, string][];
  action?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className={css.card}>
      <div className={css.heading}>
        <h3 className={css.title}>
          <Link className={`${css.link} mantine-focus-auto`} to={to} prefetch="intent">
            {hit.title}
          </Link>
        </h3>
        <p className={`${css.small} ${css.dimmed} ${css.employer}`}>{hit.employer}</p>
      </div>
      <p className={css.small}>
        {formatPlace([hit.communeName, hit.provinceName])}
        {hit.distanceKm !== undefined ? ` · ${t('search.card.distance', { km: formatNumber(locale, hit.distanceKm) })}` : null}
      </p>
      <p className={css.price}>{price}</p>
      <ul className={css.badges}>
        {badges.map(([colour, label]) => (
          <li key={label}>
            <PlainBadge colour={colour}>{label}</PlainBadge>
          </li>
        ))}
      </ul>
      {hit.startDate ? (
        <p className={`${css.small} ${css.dimmed}`}>{t('search.card.starts', { date: formatDay(locale, hit.startDate) })}</p>
      ) : null}
      {action}
    </article>
  );
}

export function JobCard({ hit, occupation, action }: { hit: Hit<JobDocument>; occupation: string; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const badges: [BadgeColour, string][] = [
    ['gray', occupation],
    ['primary', t(`job.workType.${hit.workType}`)],
  ];
  if (hit.providesMeals) badges.push(['orange', t('job.provides.meals')]);
  if (hit.providesLodging) badges.push(['grape', t('job.provides.lodging')]);
  return (
    <Card to={`/jobs/${hit.id}`} hit={hit} price={formatWageMillions(locale, hit.wageMin, hit.wageMax)} badges={badges} action={action} />
  );
}

export function TrainingCard({ hit, occupation, action }: { hit: Hit<TrainingDocument>; occupation: string; action?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  const price =
    hit.costVnd === 0 ? t('training.funding.free') : `${formatVnd(locale, hit.costVnd)} · ${t(`training.funding.${hit.funding}`)}`;
  return (
    <Card
      to={`/training/${hit.id}`}
      hit={hit}
      price={price}
      badges={[
        ['gray', occupation],
        ['primary', t(`training.level.${hit.level}`)],
        ['blue', t('training.durationDays', { count: n(hit.durationDays) })],
        [hit.seatsLeft > 0 ? 'teal' : 'red', t('training.seatsLeft', { left: n(hit.seatsLeft), seats: n(hit.seats) })],
      ]}
      action={action}
    />
  );
}
