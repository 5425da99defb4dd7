// Fair commands (docs/decisions/005-live-fairs.md): each takes the executor its adapter opened, the
// actor and validated input, runs through `fairCommand` (row lock, idempotency, the event with the
// fair's next sequence number) and leaves the invariants to the schema's constraints.
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairTickets } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { fairCommand } from './events.server.ts';
import type { CheckInInput } from './schemas.ts';

/** Fairs that take people in at the door: open for registration, live or paused. */
const doorOpen = new Set(['registration', 'live', 'paused']);

/**
 * The door checks a ticket in, once: a second scan (another door screen, a retry with a new key)
 * is a conflict that says when it was checked in; a retry with the same key gets the first answer.
 */
export async function checkIn(tx: Executor, actor: Actor, input: CheckInInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (!doorOpen.has(fair.status)) throw new ConflictError('fair.checkIn.closed');
    const [ticket] = await tx
      .select()
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.code, input.code)));
    if (!ticket) throw new NotFoundError('fair.ticket.notFound');
    const [checked] = await tx
      .update(fairTickets)
      .set({ checkedInAt: new Date() })
      .where(and(eq(fairTickets.id, ticket.id), isNull(fairTickets.checkedInAt)))
      .returning();
    if (!checked) throw new ConflictError('fair.checkIn.already');
    const answer = { ticketId: checked.id, code: checked.code, checkedInAt: checked.checkedInAt!.toISOString() };
    return { answer, event: { type: 'ticket:checked_in', ticketId: checked.id, payload: { code: checked.code, at: answer.checkedInAt } } };
  });
}
