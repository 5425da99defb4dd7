// Server side of the organisers' fair pages: the fair named by the path (404 for another province's),
// the idempotency key each page load hands its forms, the fair as the pages show it, the door's
// check-in, and the booths the door queues a person at with the consent wording it reads out.
import { randomUUID } from 'node:crypto';
import { data, redirect, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { Actor } from '#app/services/authorize.ts';
import { ConflictError, InputError, NotFoundError } from '#app/services/errors.ts';
import { wordingFor, type Applicant } from '#app/services/fairs/applications.server.ts';
import { checkIn } from '#app/services/fairs/commands.server.ts';
import { boothsOfFair, movesFrom, organisersFair, ticketByCode } from '#app/services/fairs/organiser.server.ts';
import { checkInSchema } from '#app/services/fairs/schemas.ts';
import type { Executor } from '#db/client.ts';
import type { Fair } from '#db/schema.ts';
import { formatDateTime } from '#lib/format.ts';
import { parseWith } from '../answers.ts';
import { inTransaction } from '../context.server.ts';
import type { FormActionData, FormValues } from '../form-data.ts';
import { echo, formFailure, invalid, requireId, throwAsPage } from '../form.server.ts';
import { requireUserWithPermission } from '../session.server.ts';

/**
 * A fresh idempotency key for the forms of one page load: a form sends it back in a hidden input,
 * so pressing twice (or the browser resending) runs the fair command once. Forms of the same page
 * add their own suffix (`${key}:announce`); after any answer the page loads again with a new key.
 */
export const newFormKey = () => randomUUID();

/** The organiser and the fair of the path (`:id`): 401/403, or 404 for a missing fair or another province's. */
export async function requireOrganisersFair(request: Request, context: AppLoadContext, params: LoaderFunctionArgs['params']) {
  const actor = await requireUserWithPermission(request, context, 'update:fair');
  const fairId = requireId(params.id, actor.locale);
  const fair = await organisersFair(context.services.db, actor, fairId).catch((error: unknown) => throwAsPage(error, actor.locale));
  return { actor, fair };
}

/** What every page of a fair shows about it (dates as ISO strings for the browser). */
export function fairHeader(fair: Awaited<ReturnType<typeof organisersFair>>) {
  return {
    id: fair.id,
    name: fair.name,
    kind: fair.kind,
    status: fair.status,
    startsAt: fair.startsAt.toISOString(),
    endsAt: fair.endsAt.toISOString(),
    communeName: fair.communeName,
    venueAddress: fair.venueAddress,
    capacity: fair.capacity,
    emptyBoothMinutes: fair.emptyBoothMinutes,
    noShowGraceMinutes: Math.round(fair.noShowGraceSeconds / 60),
    moves: movesFrom(fair),
  };
}

export type FairHeader = ReturnType<typeof fairHeader>;

/** A booth with the jobs and courses it shows, as the fair queries list it. */
type ShownBooth = {
  id: string;
  number: number;
  organisation: string;
  jobs: { id: string; title: string }[];
  courses: { id: string; title: string }[];
};

/**
 * A booth's jobs and courses as a page lists them, each with the consent queueing for it records
 * (`wordingFor`, the words joining checks): the person applying reads the application's words;
 * their counsellor or the door reads them the referral's; a course's seat is asked in the same words by all.
 */
export function boothForPage(booth: ShownBooth, locale: Locale, applicant: Applicant) {
  return {
    id: booth.id,
    number: booth.number,
    organisation: booth.organisation,
    postings: [
      ...booth.jobs.map((j) => ({
        kind: 'job' as const,
        id: j.id,
        title: j.title,
        wording: wordingFor(locale, applicant, { kind: 'job', job: { title: j.title, organisationName: booth.organisation } }),
      })),
      ...booth.courses.map((c) => ({
        kind: 'training' as const,
        id: c.id,
        title: c.title,
        wording: wordingFor(locale, applicant, { kind: 'course', course: { title: c.title, provider: booth.organisation } }),
      })),
    ],
  };
}

/**
 * The booths the door may queue a ticket's person at (accepted ones), each job and course they show
 * with the consent wording the door reads out before queueing them for it — the words joining checks
 * and the pipeline keeps.
 */
export async function doorBooths(db: Executor, actor: Actor, fairId: string) {
  const booths = (await boothsOfFair(db, fairId)).filter((b) => b.status === 'accepted');
  return booths.map((b) => boothForPage(b, actor.locale, 'door'));
}

/**
 * Checks the ticket in: then shows it (`?code=`), ready to queue the person. A code with no ticket is
 * named beside the field; a ticket already checked in says since when.
 */
export async function doorCheckIn(context: AppLoadContext, actor: Actor, fair: Pick<Fair, 'id'>, values: FormValues) {
  const locale = actor.locale;
  const options = { target: 'checkIn' };
  const parsed = parseWith(checkInSchema, { fairId: fair.id, code: values.code, idempotencyKey: values.idempotencyKey }, locale);
  if (!parsed.ok) return invalid(locale, parsed.fields, values, options);
  const { code } = parsed.data;
  try {
    await inTransaction(context.services, (tx) => checkIn(tx, actor, parsed.data));
  } catch (error) {
    if (error instanceof NotFoundError && error.messageKey === 'fair.ticket.notFound') {
      return formFailure(new InputError({ code: 'fair.ticket.notFound' }), locale, values, options);
    }
    if (error instanceof ConflictError && error.messageKey === 'fair.checkIn.already') {
      const ticket = await ticketByCode(context.services.db, fair.id, code);
      const time = ticket?.checkedInAt ? formatDateTime(locale, ticket.checkedInAt) : '';
      return data<FormActionData>(
        { formError: translate(locale, 'fairOrg.door.already', { code, time }), conflict: true, values: echo(values), target: 'checkIn' },
        { status: 409 },
      );
    }
    return formFailure(error, locale, values, options);
  }
  return redirect(`/fairs/${fair.id}/door?${new URLSearchParams({ code, checkedIn: '1' })}`);
}
