// /me/fairs/:id: the person's ticket to a fair and their queues. The six-letter code large, its QR
// code (SVG drawn on the server), printable alone, and kept for when the network is gone (a small
// service worker, public/fair-ticket-sw.js, registered by this page only: network first, the last
// copy as the fallback). Then their places (up to three) and the booths with a form per job to
// join a queue — the consent wording above its button — and leaving one. Every form works without
// JavaScript and carries the key the loader made, so a double submit does the command once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { personFairPage, queueForm } from '#app/adapters/pages/fair-people.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FairAlert } from '#app/components/fairs/people/FairAlert.tsx';
import { FairTicket } from '#app/components/fairs/people/FairTicket.tsx';
import { LiveStatus } from '#app/components/fairs/live/LiveStatus.tsx';
import { useFairLive } from '#app/components/fairs/live/use-fair-live.ts';
import { MyPlaces } from '#app/components/fairs/people/MyPlaces.tsx';
import { FairBooths, postingTitles } from '#app/components/fairs/people/FairBooths.tsx';
import css from '#app/components/fairs/people/fairs.module.css';
import { fairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.fair.name) : []);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'join:queue:own');
  const fairId = requireId(params.id, user.locale);
  const page = await personFairPage(context.services.db, user, fairId).catch((e: unknown) => throwAsPage(e, user.locale));
  // Only the person's own ticket: a fair they did not register for has no page here.
  if (!page.ticket || !page.view) throw errorResponse('not_found', translate(user.locale, 'fairPeople.noTicket'));
  const { person: _person, ...rest } = page;
  return { ...rest, ticket: page.ticket, view: page.view };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'join:queue:own');
  const fairId = requireId(params.id, user.locale);
  return queueForm({ context, actor: user, fairId, values: await readForm(request) });
}

/** Registers the service worker that keeps this page for offline use (before any other script, or without it). */
const keepOffline = `if('serviceWorker' in navigator)navigator.serviceWorker.register('/fair-ticket-sw.js',{scope:'/me/fairs/'}).catch(function(){})`;

export default function MyTicket() {
  const { fair, ticket, view: loaded, booths, queueBlocker, queuedBoothIds, formKey } = useLoaderData<typeof loader>();
  // Places move live over the socket once the page has loaded (their booths' lines, the person's own calls).
  const { view, state } = useFairLive(loaded, { fairId: fair.id, view: 'person', ticketId: loaded.ticket.id });
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  // The ticket and the booths' forms are the loader's: once the live view says the fair started (or
  // paused, or ended), the door checked the ticket in, or a place ended, the loader is asked again.
  const revalidator = useRevalidator();
  const queuedNow = view.places.map((place) => place.boothId);
  const stale =
    view.status !== fair.status ||
    view.ticket.checkedIn !== ticket.checkedIn ||
    queuedNow.length !== queuedBoothIds.length ||
    queuedNow.some((boothId) => !queuedBoothIds.includes(boothId));
  useEffect(() => {
    if (stale && revalidator.state === 'idle') revalidator.revalidate();
  }, [stale, revalidator]);
  // Arriving here by a link (no page load), the inline script does not run: register from here. A
  // page the worker does not control (its document was loaded elsewhere, e.g. /me/fairs) never had
  // its request seen by the worker: ask the worker to keep a copy of it.
  useEffect(() => {
    navigator.serviceWorker
      ?.register('/fair-ticket-sw.js', { scope: '/me/fairs/' })
      .then((registration) => {
        if (navigator.serviceWorker.controller) return;
        (registration.active ?? registration.waiting ?? registration.installing)?.postMessage({ keep: location.pathname });
      })
      .catch(() => {});
  }, [fair.id]);
  return (
    <div className={css.page}>
      <script dangerouslySetInnerHTML={{ __html: keepOffline }} />
      <Link className={`${css.back} ${css.noPrint}`} to="/me/fairs">
        {t('fairPeople.back')}
      </Link>
      <div>
        <h1>{fair.name}</h1>
        <p className={css.lead}>
          {fairWhen(locale, fair.startsAt, fair.endsAt)} · {fair.place ?? t('fairPeople.online')}
        </p>
      </div>
      <FairAlert result={result} />
      <FairTicket ticket={ticket} printable />
      <LiveStatus state={state} />
      <MyPlaces view={view} titles={postingTitles(booths)} formKey={formKey} />
      <section className={css.section} aria-labelledby="booths">
        <h2 id="booths">{t('fairPeople.booths.title')}</h2>
        {queueBlocker ? <p className={`${css.alert} ${css.note}`}>{t(queueBlocker)}</p> : null}
        <FairBooths booths={booths} join={queueBlocker ? null : { formKey, queuedBoothIds }} />
      </section>
    </div>
  );
}
