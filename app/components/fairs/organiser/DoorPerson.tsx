// The door acting for a person without a phone: their ticket's queue numbers from the person view
// (personView's answer, one prop that live updates replace) — printable as a slip to hand them — with
// a way to leave a queue; and the booths to queue them at, each job or course with the consent
// wording to read out right above its button (the wording sent is the one shown and is kept).
import { Button } from '@mantine/core';
import { Form } from '@remix-run/react';
import { useHydrated } from '#app/components/use-hydrated.ts';
import { IntentButton } from '#app/components/postings/FormParts.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { personView } from '#app/services/fairs/queries.server.ts';
import { formatNumber } from '#lib/format.ts';
import { FormKey } from './FairParts.tsx';
import classes from './DoorPerson.module.css';

export type PersonView = Awaited<ReturnType<typeof personView>>;

function PlaceState({ place }: { place: PersonView['places'][number] }) {
  const t = useT();
  const locale = useLocale();
  if (place.status === 'called' || place.status === 'serving') {
    return <p className={classes.called}>{t('fairOrg.door.placeCalled', { booth: place.boothNumber, desk: place.desk ?? '' })}</p>;
  }
  return (
    <p>{t('fairOrg.door.placeAhead', { count: formatNumber(locale, place.ahead), minutes: formatNumber(locale, place.waitMinutes) })}</p>
  );
}

/** The person's places as a slip: "Gian 7 · Số 23" for each, printable alone. */
export function DoorPerson({ view, formKey }: { view: PersonView; formKey: string }) {
  const t = useT();
  const hydrated = useHydrated();
  return (
    <section className={classes.slip} aria-labelledby="door-slip">
      <h3 id="door-slip">
        {t('fairOrg.door.slip')} — {t('fairOrg.door.ticket', { code: view.ticket.code })}
      </h3>
      {view.places.length === 0 ? (
        <p>{t('fairOrg.door.noPlaces')}</p>
      ) : (
        <ul className={classes.places}>
          {view.places.map((place) => (
            <li key={place.placeId} className={classes.place}>
              <p className={classes.big}>{t('fairOrg.door.slipPlace', { booth: place.boothNumber, number: place.number })}</p>
              <p>{place.organisation}</p>
              <PlaceState place={place} />
              {place.status === 'waiting' || place.status === 'called' ? (
                <Form method="post" className={classes.noPrint}>
                  <input type="hidden" name="placeId" value={place.placeId} />
                  <FormKey value={`${formKey}:leave:${place.placeId}`} />
                  <IntentButton
                    intent="leave"
                    size="xs"
                    variant="light"
                    color="red"
                    scope={{ name: 'placeId', value: place.placeId }}
                    aria-label={t('fairOrg.door.leaveLabel', { booth: place.boothNumber })}
                  >
                    {t('fairOrg.door.leave')}
                  </IntentButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {view.places.length > 0 ? <p>{t('fairOrg.door.slipHint')}</p> : null}
      {hydrated && view.places.length > 0 ? (
        <div className={classes.noPrint}>
          <Button type="button" variant="default" onClick={() => window.print()}>
            {t('fairOrg.door.print')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export type DoorPosting = { kind: 'job' | 'training'; id: string; title: string; wording: string };
export type DoorBooth = { id: string; number: number; organisation: string; postings: DoorPosting[] };

/** The booths to queue the person at: per booth (folded), each job or course with its wording and button. */
export function DoorBooths({
  booths,
  ticketId,
  formKey,
  queuedBoothIds,
}: {
  booths: readonly DoorBooth[];
  ticketId: string;
  formKey: string;
  queuedBoothIds: readonly string[];
}) {
  const t = useT();
  if (booths.length === 0) return <p>{t('fairOrg.console.empty')}</p>;
  return (
    <ul className={classes.booths}>
      {booths.map((booth) => {
        const queued = queuedBoothIds.includes(booth.id);
        return (
          <li key={booth.id}>
            <details className={classes.booth}>
              <summary>
                {t('fairOrg.door.boothLabel', { booth: booth.number, organisation: booth.organisation })}
                {queued ? ` · ${t('fairOrg.door.queuedHere')}` : ''}
              </summary>
              {queued ? null : booth.postings.length === 0 ? (
                <p className={classes.postings}>{t('fairOrg.door.noPostings')}</p>
              ) : (
                <ul className={classes.postings}>
                  {booth.postings.map((posting) => {
                    const wordingId = `wording-${booth.id}-${posting.id}`;
                    return (
                      <li key={posting.id} className={classes.posting}>
                        <p>
                          <b>{posting.title}</b> · {t(posting.kind === 'job' ? 'fairOrg.door.job' : 'fairOrg.door.course')}
                        </p>
                        <Form method="post">
                          <input type="hidden" name="ticketId" value={ticketId} />
                          <input type="hidden" name="boothId" value={booth.id} />
                          <input type="hidden" name={posting.kind === 'job' ? 'jobId' : 'trainingSlotId'} value={posting.id} />
                          <input type="hidden" name="consentWording" value={posting.wording} />
                          <FormKey value={`${formKey}:join:${posting.id}`} />
                          <p className={classes.wording} id={wordingId}>
                            {posting.wording}
                          </p>
                          <IntentButton
                            intent="join"
                            size="sm"
                            mt={4}
                            scope={{ name: 'idempotencyKey', value: `${formKey}:join:${posting.id}` }}
                            aria-describedby={wordingId}
                            aria-label={t('fairOrg.door.joinLabel', { booth: booth.number, posting: posting.title })}
                          >
                            {t('fairOrg.door.join')}
                          </IntentButton>
                        </Form>
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
