// Walk-ins at a fair's door (issue 11): an organiser of the fair's province registers someone who
// came with no account or ticket. A person who already has a record in the province (found by
// phone and name, or — with no phone — by name and birth date) gets a ticket on it, and one who
// already holds a ticket to this fair gets that ticket back; only someone new gets a record, opened
// the caseload's own way. The ticket is flagged `walk_in` and checked in at once.
import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairTickets, returnees, users, type FairTicket } from '#db/schema.ts';
import { foldedSql, foldVietnamese } from '#lib/fold.ts';
import { authorize, type Actor } from '../authorize.ts';
import { openReturneeRecord } from '../caseload/commands.server.ts';
import type { PhoneHolder } from '../caseload/queries.server.ts';
import { ConflictError } from '../errors.ts';
import { noteFactsChanged } from '../indicators/facts-store.server.ts';
import { fairCommand, type FairEventDraft } from './events.server.ts';
import { doorOpen } from './rules.ts';
import { freeTicketCode } from './setup.server.ts';
import type { WalkInInput } from './schemas.ts';

/** A name as the door compares it: no tone marks, no case, single spaces ("Nguyễn  Văn An" = "nguyen van an"). */
const comparable = (name: string) => foldVietnamese(name).trim().replace(/\s+/g, ' ');
const comparableSql = sql`regexp_replace(btrim(${foldedSql(sql`${returnees.fullName}`)}), '\\s+', ' ', 'g')`;

/**
 * The one record in the fair's province that is this person: the same name with the same phone
 * (their own or their sign-in's), or — with no phone — the same name and birth date. Null when
 * there is none, or more than one (then nobody is guessed).
 */
async function knownRecord(tx: Executor, provinceCode: string, input: WalkInInput) {
  const byWhat = input.phone
    ? or(eq(returnees.phone, input.phone), eq(users.phone, input.phone))
    : input.birthDate
      ? eq(returnees.birthDate, input.birthDate)
      : null;
  if (!byWhat) return null;
  const found = await tx
    .select({ id: returnees.id })
    .from(returnees)
    .leftJoin(users, eq(users.id, returnees.userId))
    .where(and(eq(returnees.provinceCode, provinceCode), byWhat, sql`${comparableSql} = ${comparable(input.fullName)}`))
    .limit(2);
  return found.length === 1 ? found[0].id : null;
}

export type WalkInAnswer =
  | {
      ticketId: string;
      code: string;
      checkedInAt: string;
      /** A new walk-in ticket (false: the ticket the person already held). */
      newTicket: boolean;
      /** A new record was opened (false: the person's record was found). */
      newRecord: boolean;
    }
  /** Another person's record has this phone: nothing was written; confirm to open a new record. */
  | { sharedPhone: PhoneHolder[] };

const ticketAnswer = (ticket: FairTicket, newTicket: boolean, newRecord: boolean): WalkInAnswer => ({
  ticketId: ticket.id,
  code: ticket.code,
  checkedInAt: ticket.checkedInAt!.toISOString(),
  newTicket,
  newRecord,
});

/**
 * The door registers a walk-in and checks them in (organisers of the fair's province, while the
 * door is open). See the module's comment for who gets which ticket; a phone another person's
 * record has is answered with who looks after that record, as at an intake, until confirmed.
 */
export async function registerWalkIn(tx: Executor, actor: Actor, input: WalkInInput) {
  return fairCommand<WalkInAnswer>(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (!doorOpen.includes(fair.status)) throw new ConflictError('fair.checkIn.closed');
    const now = new Date();
    const checkedIn = (ticket: FairTicket): FairEventDraft => ({
      type: 'ticket:checked_in',
      ticketId: ticket.id,
      payload: { code: ticket.code, at: ticket.checkedInAt!.toISOString() },
    });

    let returneeId = await knownRecord(tx, fair.provinceCode, input);
    if (returneeId) {
      const [held] = await tx
        .select()
        .from(fairTickets)
        .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.returneeId, returneeId)));
      if (held) {
        // Registered before (by themself or their counsellor) and came without the code: that ticket, checked in now.
        if (held.checkedInAt) return { answer: ticketAnswer(held, false, false), event: null };
        const [ticket] = await tx.update(fairTickets).set({ checkedInAt: now }).where(eq(fairTickets.id, held.id)).returning();
        return { answer: ticketAnswer(ticket, false, false), event: checkedIn(ticket) };
      }
    }
    const newRecord = !returneeId;
    if (!returneeId) {
      const opened = await openReturneeRecord(
        tx,
        actor,
        { ...input, needs: ['job'] },
        { provinceCode: fair.provinceCode, counsellorId: null, reason: 'fair: walk-in', fairId: fair.id },
      );
      if (opened.sharedPhone) return { answer: { sharedPhone: opened.sharedPhone }, event: null };
      returneeId = opened.returnee.id;
    }
    const code = await freeTicketCode(tx, fair.id);
    const [ticket] = await tx
      .insert(fairTickets)
      .values({ fairId: fair.id, returneeId, code, walkIn: true, registeredByUserId: actor.id, checkedInAt: now })
      .returning();
    // A ticket is one of the person's indicator facts (the fairs they had a ticket for).
    await noteFactsChanged(tx, returneeId);
    return {
      answer: ticketAnswer(ticket, true, newRecord),
      event: [{ type: 'ticket:registered', ticketId: ticket.id, payload: { proxy: true, walkIn: true } }, checkedIn(ticket)],
    };
  });
}
