// The pure rules of a live fair (docs/decisions/005-live-fairs.md; the schema keeps the same
// numbers as constraints): how many queues a person may be in, how many a booth serves at once,
// which states are "in a queue", and when the door and the booths work.
import type { fairStatuses, queueStatuses } from '#db/schema.ts';

export const queuesPerPerson = 3;
export const desksPerBooth = 4;

type FairStatus = (typeof fairStatuses)[number];
type QueueStatus = (typeof queueStatuses)[number];

/** A place that still holds one of the person's queue slots. */
export const activeQueueStatuses = ['waiting', 'called', 'serving'] as const satisfies readonly QueueStatus[];
/** A place that holds one of the booth's desks. */
export const atDeskStatuses = ['called', 'serving'] as const satisfies readonly QueueStatus[];

/** The door takes people in from registration until the end; queues move only while live. */
export const doorOpen: readonly FairStatus[] = ['registration', 'live', 'paused'];
export const queuesOpen: readonly FairStatus[] = ['live', 'paused'];
export const callingOpen: readonly FairStatus[] = ['live'];

/** The lowest of 1..n not in `taken`, or null when all are. */
export function firstFree(taken: readonly number[], n: number): number | null {
  for (let i = 1; i <= n; i++) if (!taken.includes(i)) return i;
  return null;
}

/** The moves an organiser makes: open registration, start, pause and resume, end (from any but ended). */
export const statusMoves: Readonly<Record<FairStatus, readonly FairStatus[]>> = {
  draft: ['registration', 'live', 'ended'],
  registration: ['live', 'ended'],
  live: ['paused', 'ended'],
  paused: ['live', 'ended'],
  ended: [],
};

/** People register from when registration opens until the fair ends. */
export const registrationOpen: readonly FairStatus[] = ['registration', 'live', 'paused'];

/** Ticket codes: six of these (no 0/O, 1/I/L, 2/Z, 5/S, 8/B to misread when typed from paper). */
export const ticketAlphabet = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ticketCodeLength = 6;

/** Minutes a conversation at a desk is assumed to take until the booth has finished some. */
export const defaultServiceMinutes = 5;

/**
 * The estimated wait, in whole minutes (at least one), of someone with `ahead` people waiting before them at a
 * booth seeing `desks` people at once (its named staff, at most four), from the booth's observed
 * minutes per conversation at this fair (the default before any): the rounds of desks before their
 * turn, each as long as a conversation.
 */
export function estimatedWaitMinutes(ahead: number, desks: number, serviceMinutes: number | null) {
  const perRound = serviceMinutes ?? defaultServiceMinutes;
  return Math.max(1, Math.round(((ahead + 1) / Math.max(1, Math.min(desksPerBooth, desks))) * perRound));
}

/** "You're next": at most one person still ahead (told before the call, not at it). */
export const isNextUp = (ahead: number) => ahead <= 1;

/**
 * The empty-booth alert: people wait at a live fair's booth and its staff have done nothing (call,
 * no-show, outcome) for the fair's setting — counted from when the fair went live if they never have.
 */
export function boothLooksEmpty(
  booth: { waiting: number; lastStaffActionAt: Date | null },
  liveSince: Date | null,
  minutes: number,
  now: Date,
) {
  if (booth.waiting === 0 || !liveSince) return false;
  const since = booth.lastStaffActionAt && booth.lastStaffActionAt > liveSince ? booth.lastStaffActionAt : liveSince;
  return now.getTime() - since.getTime() >= minutes * 60_000;
}
