// The door acting for a person without a phone: their ticket's queue numbers from the person view
// (personView's answer, one prop that live updates replace) — printable as a slip to hand them — with
// a way to leave a queue. (The booths to queue them at are the people pages' FairBooths.)
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
