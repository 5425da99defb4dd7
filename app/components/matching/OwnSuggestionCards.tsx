// The person's own suggestions, made to be scanned on a phone: each a compact card — title,
// employer, place, wage (or start, seats and cost), how strong the match is in words (three
// levels, no points), what is still missing with the course that teaches it, and one action —
// with the reasons in plain sentences one tap away (<details>, which works without JavaScript).
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { formatPlace, formatWageMillions } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { PlainMatch, Strength } from '#app/services/matching/explain.ts';
import type { SuggestedJob, SuggestedTraining } from '#app/services/matching/queries.server.ts';
import { GapNote } from '../pipeline/ApplyForm.tsx';
import { PlainBadge, type BadgeColour } from '../PlainBadge.tsx';
import css from '../plain.module.css';
import { CourseFacts } from './SuggestionCards.tsx';

const strengthColours: Record<Strength, BadgeColour> = { strong: 'teal', good: 'blue', possible: 'gray' };

export function StrengthBadge({ strength }: { strength: Strength }) {
  const t = useT();
  return (
    <PlainBadge colour={strengthColours[strength]} large>
      {t(`match.strength.${strength}`)}
    </PlainBadge>
  );
}

/** Why it fits and what is missing, in plain sentences, behind one tap. */
function PlainReasons({ plain }: { plain: PlainMatch }) {
  const t = useT();
  if (!plain.good.length && !plain.missing.length) return null;
  return (
    <details>
      <summary className={css.summary}>{t('match.plain.why')}</summary>
      <ul className={`${css.list} ${css.small}`}>
        {[...plain.good, ...plain.missing].map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </details>
  );
}

function OwnCard(props: {
  id: string;
  href: string;
  title: string;
  offeredBy: string;
  facts: ReactNode;
  plain: PlainMatch;
  children?: ReactNode;
}) {
  const titleId = `${props.id}-title`;
  return (
    <article className={`${css.card} ${css.compact}`} aria-labelledby={titleId}>
      <div className={css.top}>
        <div>
          <h3 className={css.title} id={titleId}>
            <Link className={`${css.link} mantine-focus-auto`} to={props.href}>
              {props.title}
            </Link>
          </h3>
          <p className={`${css.small} ${css.dimmed}`}>{props.offeredBy}</p>
        </div>
        <StrengthBadge strength={props.plain.strength} />
      </div>
      {props.facts}
      <PlainReasons plain={props.plain} />
      {props.children}
    </article>
  );
}

export function OwnJobCard({ item, action }: { item: SuggestedJob; action: ReactNode }) {
  const locale = useLocale();
  const { job } = item;
  return (
    <OwnCard
      id={`job-${job.id}`}
      href={`/jobs/${job.id}`}
      title={job.title}
      offeredBy={job.employer}
      plain={item.plain}
      facts={
        <p className={css.small}>
          {formatPlace([job.communeName, job.provinceName])} · <b>{formatWageMillions(locale, job.wageMin, job.wageMax)}</b>
        </p>
      }
    >
      {item.gap ? <GapNote gap={item.gap} compact /> : null}
      {action}
    </OwnCard>
  );
}

export function OwnTrainingCard({ item, action }: { item: SuggestedTraining; action?: ReactNode }) {
  const { training } = item;
  return (
    <OwnCard
      id={`training-${training.id}`}
      href={`/training/${training.id}`}
      title={training.title}
      offeredBy={training.provider}
      plain={item.plain}
      facts={<CourseFacts training={training} />}
    >
      {action}
    </OwnCard>
  );
}
