// Server side of the fair pages of the people at a fair — the person's ticket page and their
// counsellor's fair tab: one fair as they see it (the ticket with its QR code, the places, the
// booths with the consent wording beside each job) and the forms both pages send (register, join
// a queue, leave one), each a fair command in one transaction with the form's idempotency key.
import type { AppLoadContext } from '@remix-run/node';
import QRCode from 'qrcode';
import { translate } from '#app/i18n/i18n.ts';
import type { Actor } from '#app/services/authorize.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { joinQueue, leaveQueue } from '#app/services/fairs/commands.server.ts';
import { fairOfPerson, placeOfTicket } from '#app/services/fairs/people.server.ts';
import { personView } from '#app/services/fairs/queries.server.ts';
import { queuesOpen, queuesPerPerson } from '#app/services/fairs/rules.ts';
import { joinQueueSchema, leaveQueueSchema, registerSchema } from '#app/services/fairs/schemas.ts';
import { registerForFair } from '#app/services/fairs/setup.server.ts';
import type { Executor } from '#db/client.ts';
import { errorResponse } from '../answers.ts';
import type { FormValues } from '../form-data.ts';
import { doneWith, formCommand, throwAsPage, type Done } from '../form.server.ts';
import { boothForPage, newFormKey } from './fairs.server.ts';

/** The ticket's QR code as SVG markup (drawn here, so the page needs no script for it). */
export function ticketQrSvg(code: string) {
  return QRCode.toString(code, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

/**
 * Why the person cannot queue now, or null when they can: the fair has not started (or has ended),
 * they are not checked in at the door yet, or they already hold three places.
 */
function queueBlocker(fair: { status: string; online: boolean }, ticket: { checkedIn: boolean }, places: number) {
  if (!queuesOpen.includes(fair.status as (typeof queuesOpen)[number]))
    return fair.status === 'ended' ? ('fairPeople.join.ended' as const) : ('fairPeople.join.notStarted' as const);
  if (!fair.online && !ticket.checkedIn) return 'fairPeople.join.checkInFirst' as const;
  if (places >= queuesPerPerson) return 'fairPeople.join.full' as const;
  return null;
}

/**
 * One fair as the person (`returneeId` absent) or their counsellor sees it: the fair, the ticket
 * with its QR code (null without one), the places in queues, the booths, whether joining is open
 * (or why not), and a fresh key for the page's forms.
 */
export async function personFairPage(db: Executor, actor: Actor, fairId: string, returneeId?: string) {
  const { person, fair, ticket, booths } = await fairOfPerson(db, actor, fairId, returneeId);
  const view = ticket ? await personView(db, actor, fairId, ticket.id) : null;
  const proxy = returneeId !== undefined;
  return {
    person,
    fair,
    ticket: ticket
      ? {
          code: ticket.code,
          checkedIn: ticket.checkedIn,
          qrSvg: await ticketQrSvg(ticket.code),
          fair: { name: fair.name, startsAt: fair.startsAt, endsAt: fair.endsAt, place: fair.place },
        }
      : null,
    view,
    booths: booths.map((b) => boothForPage(b, actor.locale, proxy ? 'counsellor' : 'self')),
    queueBlocker: ticket && view ? queueBlocker(fair, ticket, view.places.length) : null,
    queuedBoothIds: view?.places.map((p) => p.boothId) ?? [],
    formKey: newFormKey(),
  };
}

type QueueForm = { context: AppLoadContext; actor: Actor; fairId: string; values: FormValues; returneeId?: string };

/** The person's ticket at the fair (their own, or — for their counsellor — the person's): 404 without one. */
async function ticketIdOf(db: Executor, actor: Actor, fairId: string, returneeId: string | undefined) {
  const { ticket } = await fairOfPerson(db, actor, fairId, returneeId);
  if (!ticket) throw new NotFoundError('fairPeople.noTicket');
  return ticket.id;
}

/** Registering for a fair (the person themself, or their counsellor for them). */
export function registerForm({ context, actor, fairId, values, returneeId }: QueueForm, done: () => Done) {
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    target: `register:${fairId}`,
    schema: registerSchema,
    input: { fairId, returneeId, idempotencyKey: values.idempotencyKey },
    run: (tx, input) => registerForFair(tx, actor, input),
    done,
  });
}

/**
 * The queue forms of a person's fair page: `join` (a booth's queue, for the job or course chosen
 * there) and `leave` (one of their places); anything else is a bad request.
 */
export async function queueForm({ context, actor, fairId, values, returneeId }: QueueForm) {
  const common = { services: context.services, locale: actor.locale, values, target: values.intent };
  switch (values.intent) {
    case 'join': {
      const ticketId = await ticketIdOf(context.services.db, actor, fairId, returneeId).catch((e: unknown) => throwAsPage(e, actor.locale));
      return formCommand({
        ...common,
        schema: joinQueueSchema,
        input: {
          fairId,
          boothId: values.boothId,
          ticketId,
          jobId: values.jobId,
          trainingSlotId: values.trainingSlotId,
          // The words shown above the button, sent back with it: the consent recorded is what was read.
          consentWording: values.consentWording,
          idempotencyKey: values.idempotencyKey,
        },
        run: async (tx, input) => {
          const { answer } = await joinQueue(tx, actor, input);
          return doneWith('fairPeople.done.joined', { booth: answer.boothNumber, number: answer.number });
        },
        done: (message) => message,
      });
    }
    case 'leave':
      return formCommand({
        ...common,
        schema: leaveQueueSchema,
        input: { fairId, placeId: values.placeId, idempotencyKey: values.idempotencyKey },
        run: async (tx, input) => {
          // A place of this person's ticket only (a counsellor's page acts for one person).
          const ticketId = await ticketIdOf(tx, actor, fairId, returneeId);
          const place = await placeOfTicket(tx, ticketId, input.placeId);
          if (!place) throw new NotFoundError('fair.place.notFound');
          await leaveQueue(tx, actor, input);
          return doneWith('fairPeople.done.left', { booth: place.boothNumber });
        },
        done: (message) => message,
      });
    default:
      throw errorResponse('invalid_input', translate(actor.locale, 'validation.invalid'));
  }
}
