// The fair's event log (docs/decisions/005-live-fairs.md): every fair command runs through
// `fairCommand`, which takes the fair's row lock, answers a retry with the first answer, and appends
// the command's event with the fair's next sequence number — all in the caller's transaction, so an
// event exists exactly when its change was committed, numbered in commit order without gaps.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairEvents, fairs, type Fair } from '#db/schema.ts';
import type { Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';

/** The events one committed command appended to a fair's log: `fromSeq`..`toSeq`. */
export type FairCommit = { fairId: string; fromSeq: number; toSeq: number };

/**
 * The fair commits made in each open transaction: `inTransaction` (the adapters' one way to open
 * one) collects them, and once the transaction has committed hands them to the live layer to send.
 */
const commitsOf = new WeakMap<object, FairCommit[]>();

/** Starts collecting the fair commits made in `tx`; the list fills as its commands append events. */
export function collectFairCommits(tx: Executor): FairCommit[] {
  const commits: FairCommit[] = [];
  commitsOf.set(tx, commits);
  return commits;
}

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
 * its events (usually one; a no-show followed by the next call makes two) with the next sequence
 * numbers, the first carrying the key and the answer. Returns the answer and the last event's
 * number (null for a retry, whose events were sent already, or when `act` changed nothing).
 */
export async function fairCommand<T>(
  tx: Executor,
  actor: Actor,
  fairId: string,
  idempotencyKey: string,
  act: (fair: Fair) => Promise<{ answer: T; event: FairEventDraft | readonly FairEventDraft[] | null }>,
): Promise<{ answer: T; seq: number | null }> {
  const [fair] = await tx.select().from(fairs).where(eq(fairs.id, fairId)).for('update');
  if (!fair) throw new NotFoundError('fair.notFound');
  const [earlier] = await tx
    .select({ answer: fairEvents.answer })
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), eq(fairEvents.idempotencyKey, idempotencyKey)));
  if (earlier) return { answer: earlier.answer as T, seq: null };
  const { answer, event } = await act(fair);
  const events = event === null ? [] : Array.isArray(event) ? (event as readonly FairEventDraft[]) : [event as FairEventDraft];
  // Nothing changed (nobody waiting to be called): no event, and a retry simply looks again.
  if (events.length === 0) return { answer, seq: null };
  const [{ last }] = await tx
    .update(fairs)
    .set({ lastSeq: sql`${fairs.lastSeq} + ${events.length}` })
    .where(eq(fairs.id, fairId))
    .returning({ last: fairs.lastSeq });
  const first = last - events.length + 1;
  await tx.insert(fairEvents).values(
    events.map((e, i) => ({
      fairId,
      seq: first + i,
      type: e.type,
      boothId: e.boothId ?? null,
      ticketId: e.ticketId ?? null,
      payload: e.payload,
      actorUserId: actor.id,
      idempotencyKey: i === 0 ? idempotencyKey : null,
      answer: i === 0 ? (answer as unknown) : null,
    })),
  );
  commitsOf.get(tx)?.push({ fairId, fromSeq: first, toSeq: last });
  return { answer, seq: last };
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
