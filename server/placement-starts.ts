// The periodic worker that marks a case "placed" on the day its job starts (a hire recorded ahead
// of its start date leaves the case active until then): at start-up and every hour, one
// transaction running `startDuePlacements` with the day in Vietnam (through `inTransaction`, like any
// command, so the people it moves have their indicator facts rewritten). Several app processes may run
// it at once: the update only moves cases still active, so each move happens once.
import type { Db } from '#db/client.ts';
import { vietnamDate } from '#lib/dates.ts';
import { inTransaction } from '#app/adapters/context.server.ts';
import { startDuePlacements } from '#app/services/pipeline/commands/placements.server.ts';

export function startPlacementStarts(options: { db: Db; everyMs?: number; log?: (message: string) => void }) {
  const { db, everyMs = 3_600_000, log = () => {} } = options;
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= inTransaction({ db }, (tx) => startDuePlacements(tx, vietnamDate()))
      .then((moves) => {
        if (moves.length) log(`placements: ${moves.length} case(s) marked placed on their job's start date`);
      })
      .catch((error: unknown) => log(`placements: the start-date check failed (${String(error)}); it runs again within the hour`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
