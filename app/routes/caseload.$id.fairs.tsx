// /caseload/:id/fairs (the "Phiên chợ" tab of caseload.$id.tsx): a counsellor registers the person
// for a fair of the province, sees their ticket — the code and QR code, printable for someone
// without a phone — and their places in queues, and queues them by proxy: a booth's job or course,
// with the referral's consent wording read to the person shown above the button and recorded with
// it. `?fair=` chooses the fair shown in full (by default the first the person holds a ticket to).
// Reading and every change go through requireReturnee (province scope, audited).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { personFairPage, queueForm, registerForm } from '#app/adapters/pages/fair-people.server.ts';
import { newFormKey } from '#app/adapters/pages/fairs.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FairAlert } from '#app/components/fairs/people/FairAlert.tsx';
import { FairBooths, postingTitles } from '#app/components/fairs/people/FairBooths.tsx';
import { FairTicket } from '#app/components/fairs/people/FairTicket.tsx';
import { MyPlaces } from '#app/components/fairs/people/MyPlaces.tsx';
import css from '#app/components/fairs/people/fairs.module.css';
import { fairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import plain from '#app/components/plain.module.css';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { fairsOfPerson } from '#app/services/fairs/people.server.ts';
import { isUuid } from '#app/services/fields.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairPeople.case.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'read:returnee:province');
  const returneeId = requireId(params.id, user.locale);
  const { db } = context.services;
  try {
    const mine = (await fairsOfPerson(db, user, returneeId))!;
    const asked = new URL(request.url).searchParams.get('fair') ?? '';
    const chosen = isUuid(asked) ? asked : (mine.tickets.find((t) => t.fair.status !== 'ended')?.fair.id ?? null);
    const shown = chosen ? await personFairPage(db, user, chosen, returneeId) : null;
    return {
      person: mine.person,
      tickets: mine.tickets.map((t) => ({ fair: t.fair, code: t.code })),
      open: mine.open.map((f) => ({ id: f.id, name: f.name, startsAt: f.startsAt, endsAt: f.endsAt, place: f.place, ticket: f.ticket })),
      shown,
      formKey: newFormKey(),
    };
  } catch (error) {
    return throwAsPage(error, user.locale);
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  // Queueing for a job by proxy is referring the person (with their consent): a counsellor's work.
  const user = await requireUserWithPermission(request, context, 'create:referral:province');
  const returneeId = requireId(params.id, user.locale);
  const values = await readForm(request);
  const fairId = requireId(values.fairId, user.locale);
  const form = { context, actor: user, fairId, values, returneeId };
  // Registered: the page shows that fair, its ticket first.
  if (values.intent === 'register')
    return registerForm(form, () => redirect(`/caseload/${returneeId}/fairs?${new URLSearchParams({ fair: fairId })}`));
  return queueForm(form);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

/** The chosen fair in full: the ticket (printable), the places, the booths to queue at by proxy. */
function ShownFair({ shown, formKey, personName }: { shown: NonNullable<Loaded['shown']>; formKey: string; personName: string }) {
  const t = useT();
  const locale = useLocale();
  const { fair, ticket, view } = shown;
  return (
    <section className={css.section} aria-labelledby="shown-fair">
      <h2 id="shown-fair">{fair.name}</h2>
      <p className={css.lead}>
        {fairWhen(locale, fair.startsAt, fair.endsAt)} · {fair.place ?? t('fairPeople.online')}
      </p>
      {ticket && view ? (
        <>
          <FairTicket ticket={ticket} printable holder={personName} />
          <p className={`${plain.small} ${css.noPrint}`}>{t('fairPeople.case.printHint')}</p>
          <MyPlaces view={view} titles={postingTitles(shown.booths)} formKey={formKey} fairId={fair.id} />
          <section className={css.section} aria-labelledby="proxy-booths">
            <h3 id="proxy-booths">{t('fairPeople.case.queueTitle')}</h3>
            <p className={plain.small}>{t('fairPeople.case.queueHint')}</p>
            {shown.queueBlocker ? <p className={`${css.alert} ${css.note}`}>{t(shown.queueBlocker)}</p> : null}
            <FairBooths
              booths={shown.booths}
              headingLevel={4}
              join={shown.queueBlocker ? null : { formKey, queuedBoothIds: shown.queuedBoothIds, fairId: fair.id, proxy: true }}
            />
          </section>
        </>
      ) : (
        <p className={`${css.alert} ${css.note}`}>{t('fairPeople.case.noTicket')}</p>
      )}
    </section>
  );
}

export default function CaseFairs() {
  const { person, tickets, open, shown, formKey } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className={css.page}>
      <div>
        <h1>{person.fullName}</h1>
        <p className={css.lead}>{t('fairPeople.case.title')}</p>
      </div>
      <FairAlert result={result} />
      {shown ? <ShownFair shown={shown} formKey={formKey} personName={person.fullName} /> : null}

      <section className={css.section} aria-labelledby="person-fairs">
        <h2 id="person-fairs">{t('fairPeople.case.fairsTitle')}</h2>
        {tickets.length === 0 && open.length === 0 ? <p className={css.lead}>{t('fairPeople.case.none')}</p> : null}
        <ul className={css.booths}>
          {tickets.map((ticket) => (
            <li key={ticket.fair.id} className={plain.card}>
              <h3 className={plain.title}>{ticket.fair.name}</h3>
              <p className={plain.small}>
                {fairWhen(locale, ticket.fair.startsAt, ticket.fair.endsAt)} · {ticket.fair.place ?? t('fairPeople.online')}
              </p>
              <p className={plain.small}>
                {t('fairPeople.me.code')} <strong>{ticket.code}</strong>
                {ticket.fair.status === 'ended' ? ` · ${t('fairPeople.me.ended')}` : ''}
              </p>
              {shown?.fair.id === ticket.fair.id ? null : (
                <Link className={`${plain.link} mantine-focus-auto`} to={`?${new URLSearchParams({ fair: ticket.fair.id })}`}>
                  {t('fairPeople.case.open', { fair: ticket.fair.name })}
                </Link>
              )}
            </li>
          ))}
          {open
            .filter((f) => !f.ticket)
            .map((fair) => (
              <li key={fair.id} className={plain.card}>
                <h3 className={plain.title}>{fair.name}</h3>
                <p className={plain.small}>
                  {fairWhen(locale, fair.startsAt, fair.endsAt)} · {fair.place ?? t('fairPeople.online')}
                </p>
                <Form method="post">
                  <input type="hidden" name="fairId" value={fair.id} />
                  <input type="hidden" name="idempotencyKey" value={`${formKey}:r:${fair.id}`} />
                  <button
                    type="submit"
                    name="intent"
                    value="register"
                    className={css.button}
                    aria-label={t('fairPeople.me.registerLabel', { fair: fair.name })}
                  >
                    {t('fairPeople.me.register')}
                  </button>
                </Form>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
