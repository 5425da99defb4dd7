// Sends the news of committed fair commands to the rooms that need it (docs/decisions/005-live-fairs.md).
// `inTransaction` hands over what each commit appended to the fair's log; this reads those events
// back from Postgres and sends, through the adapter (so every app process's clients get them):
// - each person's own events to `person:<ticket>` and the fair's own (status, announcements) to
//   `fair:<fair>`, at once;
// - the line of each booth the events touched to `booth:<booth>`, at once (it moves positions);
// - the board's view to `board:<fair>` and a "changed" nudge to the consoles, at most about once a
//   second per fair (counters and queue lengths, coalesced for slow connections).
// Every message carries the fair's sequence number: a client drops what it has already applied.
import type { Namespace } from 'socket.io';
import type { Services } from '#app/adapters/context.server.ts';
import type { FairCommit } from '#app/services/fairs/events.server.ts';
import { boothLines, eventsBetween, newsItem } from '#app/services/fairs/live.server.ts';
import { publicBoard } from '#app/services/fairs/organiser.server.ts';
import type { BoardClientEvents, BoardServerEvents, ClientToServerEvents, ServerToClientEvents } from './events.ts';

type Realtime = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, unknown>;
type Board = Namespace<BoardClientEvents, BoardServerEvents>;

/** The least time between two coalesced updates of one fair's board and consoles. */
export const coalesceMs = 1000;

export function createFairNews(services: Services, realtime: Realtime, board: Board) {
  /** Per fair: when the board last went out, the seq it showed, and the update waiting for its turn. */
  const coalesced = new Map<string, { sentAt: number; seq: number; timer: NodeJS.Timeout | null }>();

  async function sendBoard(fairId: string) {
    const state = coalesced.get(fairId)!;
    state.timer = null;
    state.sentAt = Date.now();
    const update = await publicBoard(services.db, fairId);
    if (update.seq <= state.seq) return;
    state.seq = update.seq;
    board.to(`board:${fairId}`).emit('board:update', { fairId, ...update });
    realtime.to(`console:${fairId}`).emit('fair:changed', { fairId, seq: update.seq });
  }

  /** The board and consoles of `fairId` hear of a change now if they have not for a second, else at the second. */
  function touch(fairId: string) {
    const state = coalesced.get(fairId) ?? { sentAt: 0, seq: 0, timer: null };
    coalesced.set(fairId, state);
    if (state.timer) return;
    const wait = Math.max(0, state.sentAt + coalesceMs - Date.now());
    state.timer = setTimeout(() => void sendBoard(fairId).catch(logFailure), wait);
    state.timer.unref();
  }

  async function publish(commit: FairCommit) {
    const events = await eventsBetween(services.db, commit.fairId, commit.fromSeq, commit.toSeq);
    for (const event of events) {
      const item = newsItem(event);
      if (event.ticketId) realtime.to(`person:${event.ticketId}`).emit('fair:news', { fairId: commit.fairId, events: [item] });
      else if (!event.boothId) realtime.to(`fair:${commit.fairId}`).emit('fair:news', { fairId: commit.fairId, events: [item] });
    }
    const booths = [...new Set(events.map((event) => event.boothId).filter((id): id is string => id !== null))];
    for (const line of await boothLines(services.db, booths)) realtime.to(`booth:${line.boothId}`).emit('booth:line', line);
    touch(commit.fairId);
  }

  return {
    /** Called by `inTransaction` after a commit; failures are logged (clients catch up when they next connect). */
    publish(commits: readonly FairCommit[]) {
      for (const commit of commits) void publish(commit).catch(logFailure);
    },
    close() {
      for (const state of coalesced.values()) if (state.timer) clearTimeout(state.timer);
    },
  };
}

function logFailure(error: unknown) {
  console.error('fair news not sent:', error);
}
