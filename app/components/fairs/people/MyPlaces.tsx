// A person's places in booth queues (at most three), from `personView`: the booth and who runs it,
// what they queue for, the queue number, how many wait ahead and the estimated wait, "next" while
// one person is still ahead, "go to booth 7, desk 2" once called, the call link only while being
// seen (online fairs), when the job needs a skill they lack the courses at this fair that teach it,
// and leaving a queue. The live part of the ticket page: the view is one prop, so live updates
// replace it whole. A form posts to the page it is on (the person's own, or their counsellor's).
import { Form } from '@remix-run/react';
import type { personView } from '#app/services/fairs/queries.server.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { formatNumber } from '#lib/format.ts';
import css from './fairs.module.css';
import plain from '#app/components/plain.module.css';

export type PersonView = Awaited<ReturnType<typeof personView>>;
type Place = PersonView['places'][number];

function PlaceStatus({ place }: { place: Place }) {
  const t = useT();
  const locale = useLocale();
  const booth = { booth: place.boothNumber, desk: place.desk ?? '' };
  switch (place.status) {
    case 'called':
      return <p className={css.callout}>{t('fairPeople.place.called', booth)}</p>;
    case 'serving':
      return (
        <>
          <p className={css.callout}>{t('fairPeople.place.serving', booth)}</p>
          {place.callLink ? (
            <a className={css.button} href={place.callLink} target="_blank" rel="noreferrer">
              {t('fairPeople.place.joinCall')}
            </a>
          ) : null}
        </>
      );
    default:
      return (
        <>
          {place.nextUp ? <p className={css.callout}>{t('fairPeople.place.nextUp', booth)}</p> : null}
          <p>
            {t('fairPeople.place.ahead', { count: formatNumber(locale, place.ahead) })} ·{' '}
            {t('fairPeople.place.wait', { minutes: formatNumber(locale, place.waitMinutes) })}
          </p>
        </>
      );
  }
}

/** The job needs a skill they lack: what is missing, and the booths of this fair whose course teaches it. */
function TrainingHere({ training }: { training: NonNullable<Place['training']> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className={`${plain.box} ${plain.small}`} aria-label={t('fairPeople.gap.title')}>
      <b>{t('fairPeople.gap.title')}</b>
      {training.missing.map((text) => (
        <span key={text}>{text}</span>
      ))}
      <ul className={plain.list}>
        {training.courses.map((course) => (
          <li key={course.trainingSlotId}>
            <a className={`${plain.link} mantine-focus-auto`} href={`#booth-${course.boothId}`}>
              {t('fairPeople.gap.course', {
                course: course.title,
                booth: course.boothNumber,
                organisation: course.organisation,
                seats: formatNumber(locale, course.seatsLeft),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * `titles`: the jobs' and courses' titles by id (the booths the page lists); `fairId`: on a page
 * whose path does not name the fair (the counsellor's), each form names it.
 */
export function MyPlaces({
  view,
  titles,
  formKey,
  fairId,
}: {
  view: PersonView;
  titles: Readonly<Record<string, string>>;
  formKey: string;
  fairId?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const postingTitle = (place: Place) => titles[place.jobId ?? place.trainingSlotId ?? ''];
  return (
    <section className={css.section} aria-labelledby="my-places">
      <h2 id="my-places">{t('fairPeople.places.title')}</h2>
      {view.status === 'paused' ? <p className={`${css.alert} ${css.note}`}>{t('fairPeople.places.paused')}</p> : null}
      {view.places.length === 0 ? (
        <p className={css.lead}>{t('fairPeople.places.none')}</p>
      ) : (
        <ul className={css.places}>
          {view.places.map((place) => {
            const label = t('fairPeople.booth.label', { booth: place.boothNumber, organisation: place.organisation });
            const tone = place.status === 'waiting' ? (place.nextUp ? css.nextUp : '') : css.called;
            return (
              <li key={place.placeId} className={`${css.place} ${tone}`} aria-label={label}>
                <h3>{label}</h3>
                {postingTitle(place) ? <p>{t('fairPeople.place.for', { posting: postingTitle(place)! })}</p> : null}
                <p>
                  {t('fairPeople.place.number')} <span className={css.number}>{formatNumber(locale, place.number)}</span>
                </p>
                <PlaceStatus place={place} />
                {place.training ? <TrainingHere training={place.training} /> : null}
                {place.status === 'waiting' || place.status === 'called' ? (
                  <Form method="post">
                    {fairId ? <input type="hidden" name="fairId" value={fairId} /> : null}
                    <input type="hidden" name="placeId" value={place.placeId} />
                    <input type="hidden" name="idempotencyKey" value={`${formKey}:l:${place.placeId}`} />
                    <button
                      type="submit"
                      name="intent"
                      value="leave"
                      className={`${css.button} ${css.light}`}
                      aria-label={t('fairPeople.place.leaveLabel', { booth: place.boothNumber })}
                    >
                      {t('fairPeople.place.leave')}
                    </button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
