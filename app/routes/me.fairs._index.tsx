// /me/fairs: the person's job fairs ("Phiên chợ việc làm") — their tickets, and the fairs of their
// province open to register: name, hours, place (or online), the booths with their jobs and
// courses, and registering in one tap (a plain form; the ticket page opens next). Plain elements:
// a returnee's page stays light.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { registerForm } from '#app/adapters/pages/fair-people.server.ts';
import { newFormKey } from '#app/adapters/pages/fairs.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { FairAlert } from '#app/components/fairs/people/FairAlert.tsx';
import { FairBooths } from '#app/components/fairs/people/FairBooths.tsx';
import { fairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import css from '#app/components/fairs/people/fairs.module.css';
import plain from '#app/components/plain.module.css';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { fairsOfPerson } from '#app/services/fairs/people.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairPeople.me.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'join:queue:own');
  const mine = await fairsOfPerson(context.services.db, user).catch((e: unknown) => throwAsPage(e, user.locale));
  if (!mine) return { record: false as const };
  return {
    record: true as const,
    tickets: mine.tickets.map((t) => ({ fair: t.fair, code: t.code, checkedIn: t.checkedIn })),
    open: mine.open.map((f) => ({
      ...f,
      booths: f.booths.map((b) => ({
        id: b.id,
        number: b.number,
        organisation: b.organisation,
        postings: [...b.jobs.map((j) => ({ kind: 'job' as const, ...j })), ...b.courses.map((c) => ({ kind: 'training' as const, ...c }))],
      })),
    })),
    formKey: newFormKey(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'join:queue:own');
  const values = await readForm(request);
  const fairId = requireId(values.fairId, user.locale);
  // Registered (or registered already with this very key): the ticket opens.
  return registerForm({ context, actor: user, fairId, values }, () => redirect(`/me/fairs/${fairId}`));
}

type Loaded = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { record: true }>;

function Place({ fair }: { fair: { place: string | null; startsAt: string; endsAt: string } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className={plain.small}>
      {fairWhen(locale, fair.startsAt, fair.endsAt)}
      <br />
      {fair.place ?? t('fairPeople.online')}
    </p>
  );
}

function OpenFair({ fair, formKey, result }: { fair: Loaded['open'][number]; formKey: string; result?: FormActionData }) {
  const t = useT();
  const headingId = `fair-${fair.id}`;
  return (
    <li className={plain.card}>
      <h3 className={plain.title} id={headingId}>
        {fair.name}
      </h3>
      <Place fair={fair} />
      {result?.target === `register:${fair.id}` ? <FairAlert result={result} /> : null}
      {fair.ticket ? (
        <Link className={`${css.button} ${css.light}`} to={`/me/fairs/${fair.id}`}>
          {t('fairPeople.me.seeTicket')}
        </Link>
      ) : (
        <Form method="post">
          <input type="hidden" name="fairId" value={fair.id} />
          <input type="hidden" name="idempotencyKey" value={`${formKey}:r:${fair.id}`} />
          <button type="submit" className={css.button} aria-label={t('fairPeople.me.registerLabel', { fair: fair.name })}>
            {t('fairPeople.me.register')}
          </button>
        </Form>
      )}
      <details>
        <summary className={plain.summary}>{t('fairPeople.me.booths', { count: fair.booths.length })}</summary>
        <FairBooths booths={fair.booths} headingLevel={4} />
      </details>
    </li>
  );
}

export default function MyFairs() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  if (!loaded.record) {
    return (
      <div className={css.page}>
        <h1>{t('fairPeople.me.title')}</h1>
        <p className={`${css.alert} ${css.note}`}>{t('pipeline.me.noRecord')}</p>
      </div>
    );
  }
  return (
    <div className={css.page}>
      <h1>{t('fairPeople.me.title')}</h1>
      <p className={css.lead}>{t('fairPeople.me.intro')}</p>

      {loaded.tickets.length ? (
        <section className={css.section} aria-labelledby="my-tickets">
          <h2 id="my-tickets">{t('fairPeople.me.ticketsTitle')}</h2>
          <ul className={css.booths}>
            {loaded.tickets.map((ticket) => (
              <li key={ticket.fair.id} className={plain.card}>
                <h3 className={plain.title}>
                  <Link className={`${plain.link} mantine-focus-auto`} to={`/me/fairs/${ticket.fair.id}`}>
                    {ticket.fair.name}
                  </Link>
                </h3>
                <Place fair={ticket.fair} />
                <p className={plain.small}>
                  {t('fairPeople.me.code')} <strong>{ticket.code}</strong>
                  {ticket.fair.status === 'ended' ? ` · ${t('fairPeople.me.ended')}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className={css.section} aria-labelledby="open-fairs">
        <h2 id="open-fairs">{t('fairPeople.me.openTitle')}</h2>
        {loaded.open.length === 0 ? (
          <p className={css.lead}>{t('fairPeople.me.noneOpen')}</p>
        ) : (
          <ul className={css.booths}>
            {loaded.open.map((fair) => (
              <OpenFair key={fair.id} fair={fair} formKey={loaded.formKey} result={result} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
