// The fair's event log (docs/decisions/005-live-fairs.md): every fair command runs through
// `fairCommand`, which takes the fair's row lock, answers a retry with the first answer, and appends
// the command's event with the fair's next sequence number — all in the caller's transaction, so an
// event exists exactly when its change was committed, numbered in commit order without gaps.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairEvents, fairs, type Fair } from '#db/schema.ts';
import type { Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';

/** What a command tells the clients: `entity:verb`, and which booth's and whose rooms may see it. */
export type FairEventDraft = {
  type: `${string}:${string}`;
  boothId?: string;
  ticketId?: string;
  payload: Record<string, unknown>;
};

/**
 * Runs a fair command: locks the fair (its commands run one at a time), returns the stored answer
 * when `idempotencyKey` was used before (nothing is done twice), otherwise runs `act` and appends
 * its event with the next sequence number and the key. Returns the answer and the event's number
 * (null for a retry, whose event was sent already, or when `act` changed nothing).
 */
export async function fairCommand<T>(
  tx: Executor,
  actor: Actor,
  fairId: string,
  idempotencyKey: string,
  act: (fair: Fair) => Promise<{ answer: T; event: FairEventDraft | null }>,
): Promise<{ answer: T; seq: number | null }> {
  const [fair] = await tx.select().from(fairs).where(eq(fairs.id, fairId)).for('update');
  if (!fair) throw new NotFoundError('fair.notFound');
  const [earlier] = await tx
    .select({ answer: fairEvents.answer })
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), eq(fairEvents.idempotencyKey, idempotencyKey)));
  if (earlier) return { answer: earlier.answer as T, seq: null };
  const { answer, event } = await act(fair);
  // Nothing changed (nobody waiting to be called): no event, and a retry simply looks again.
  if (!event) return { answer, seq: null };
  const [{ seq }] = await tx
    .update(fairs)
    .set({ lastSeq: sql`${fairs.lastSeq} + 1` })
    .where(eq(fairs.id, fairId))
    .returning({ seq: fairs.lastSeq });
  await tx.insert(fairEvents).values({
    fairId,
    seq,
    type: event.type,
    boothId: event.boothId ?? null,
    ticketId: event.ticketId ?? null,
    payload: event.payload,
    actorUserId: actor.id,
    idempotencyKey,
    answer: answer as unknown,
  });
  return { answer, seq };
}

/** The events after `afterSeq`, oldest first (at most `limit`): what a client that was away missed. */
export function fairEventsAfter(db: Executor, fairId: string, afterSeq: number, limit = 500) {
  return db
    .select()
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), gt(fairEvents.seq, afterSeq)))
    .orderBy(fairEvents.seq)
    .limit(limit);
}
