// Drains the search outbox into Meilisearch, inside the app process. Each batch re-reads the
// postings it names (so the newest state wins whatever the order of changes), upserts the public
// ones, deletes the rest, waits until Meilisearch has applied both, and only then marks the rows
// processed — in one transaction that also locks them and holds their postings, so several app
// nodes can drain together and an older read of a posting is never sent after a newer one.
// When Meilisearch is down the rows stay pending and the indexer retries with a growing delay.
import { and, inArray, isNull, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, Executor, Sql } from '#db/client.ts';
import { searchOutbox } from '#db/schema.ts';
import type { SearchClient } from './client.ts';
import { loadDocuments } from './documents.ts';
import { applyIndexSettings, assertSucceeded, indexName, type SearchEntity } from './indexes.ts';
import { enqueueRecentlyExpired, outboxChannel, refillStaleIndexes } from './outbox.ts';

export type IndexerOptions = {
  db: Db;
  sql: Sql;
  search: SearchClient;
  indexPrefix: string;
  batchSize?: number;
  /** A poll in case a notification is missed (another node's connection, a restart). */
  pollMs?: number;
  /** The longest wait between retries while Meilisearch is away (tests shorten it). */
  maxRetryMs?: number;
  log?: (message: string) => void;
};

const taskTimeout = { timeout: 120_000, interval: 25 };
const defaultBatchSize = 1_000;

/**
 * How long the running indexer lets changes gather after a batch of `rows` (more than one: changes
 * arrived while it read and sent the last) before it takes the next: 20 ms a row, at most 3 s. Under
 * a flood of writes Meilisearch then indexes a few large batches instead of many small ones; each
 * batch has a large fixed cost on a big index, so this leaves the writes more of 2 cores (bench:search,
 * 55,000 postings by 4 writers: 3.2 ms of Meilisearch CPU a document and 307 postings/s without
 * gathering; with it, Meilisearch took about 0.6 of a core at a 1 s cap, 0.5 at 3 s, and the writes
 * ran at 350–430/s). A lone change goes at once.
 */
function gatherMs(rows: number) {
  return Math.min(3_000, rows * 20);
}

/**
 * Holds each of the postings until the caller's transaction ends (in a fixed order, so two drainers
 * cannot deadlock): a second drainer of the same posting reads it only once the first one's change
 * is applied in Meilisearch, so an older read can never be sent after a newer one.
 */
async function holdPostings(tx: Executor, entity: SearchEntity, ids: readonly string[]) {
  const keys = ids.map((id) => `search:${entity}:${id}`);
  await tx.execute(sql`
    select pg_advisory_xact_lock(held.key) from (
      select hashtextextended(k, 0) as key from unnest(${sql.param(keys)}::text[]) as k order by 1
    ) as held`);
}

/** Sends the changes for `ids` to Meilisearch; returns the enqueued tasks (not yet applied). */
async function sendPostings(
  db: Executor,
  search: SearchClient,
  indexPrefix: string,
  entity: SearchEntity,
  ids: readonly string[],
  afterRead?: () => Promise<void>,
) {
  const documents = await loadDocuments(db, entity, [...ids]);
  await afterRead?.();
  const visible = new Set(documents.map((d) => d.id));
  const hidden = ids.filter((id) => !visible.has(id));
  const index = search.index(indexName(indexPrefix, entity));
  const tasks = [];
  if (documents.length) tasks.push(await index.addDocuments(documents));
  if (hidden.length) tasks.push(await index.deleteDocuments(hidden));
  return tasks;
}

async function waitApplied(search: SearchClient, tasks: { taskUid: number }[]) {
  for (const task of tasks) assertSucceeded(await search.tasks.waitForTask(task.taskUid, taskTimeout));
}

/** Sends the changes for `ids` and waits until Meilisearch has applied them. */
export async function syncPostings(db: Executor, search: SearchClient, indexPrefix: string, entity: SearchEntity, ids: string[]) {
  await waitApplied(search, await sendPostings(db, search, indexPrefix, entity, ids));
  return ids.length;
}

/**
 * Processes one batch of pending outbox rows; returns how many rows it took (0 = nothing to do).
 * `onSent` hears the count as soon as the changes are queued in Meilisearch, before they are
 * applied, so the running indexer can already send the next batch (see startIndexer).
 */
export async function processOutboxBatch(
  options: Pick<IndexerOptions, 'db' | 'search' | 'indexPrefix' | 'batchSize'> & {
    /** Runs after the postings are read, before they are sent (a test holds a drainer there). */
    afterRead?: () => Promise<void>;
  },
  onSent: (rows: number) => void = () => {},
) {
  const { db, search, indexPrefix, batchSize = defaultBatchSize } = options;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: searchOutbox.id, entity: searchOutbox.entity, entityId: searchOutbox.entityId })
      .from(searchOutbox)
      .where(isNull(searchOutbox.processedAt))
      .orderBy(searchOutbox.id)
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const byEntity = (['job', 'training'] as const).map(
      (entity) => [entity, [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))]] as const,
    );
    for (const [entity, ids] of byEntity) if (ids.length) await holdPostings(tx, entity, ids);
    const tasks = [];
    for (const [entity, ids] of byEntity)
      if (ids.length) tasks.push(...(await sendPostings(tx, search, indexPrefix, entity, ids, options.afterRead)));
    onSent(rows.length);
    await waitApplied(search, tasks);
    await tx
      .update(searchOutbox)
      .set({ processedAt: new Date() })
      .where(
        inArray(
          searchOutbox.id,
          rows.map((r) => r.id),
        ),
      );
    return rows.length;
  });
}

/** Processes batches until the outbox is empty (tests, reindex, the bench). */
export async function drainOutbox(options: Pick<IndexerOptions, 'db' | 'search' | 'indexPrefix' | 'batchSize'>) {
  let total = 0;
  for (let n = await processOutboxBatch(options); n > 0; n = await processOutboxBatch(options)) total += n;
  return total;
}

export async function pendingOutboxCount(db: Db) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt));
  return row.n;
}

/** The running indexer: started with the app, woken by NOTIFY, backing off while Meilisearch is down. */
export function startIndexer(options: IndexerOptions) {
  const { db, sql: client, search, indexPrefix, pollMs = 1_000, maxRetryMs = 5_000, log = () => {} } = options;
  const batchSize = options.batchSize ?? defaultBatchSize;
  let stopped = false;
  let settingsApplied = false;
  let wake: () => void = () => {};
  let notified = false;
  let failures = 0;
  let lastPrune = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  // A wait that changes do not cut short (only stopping does).
  let endPause: () => void = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const listening = client
    .listen(outboxChannel, () => {
      notified = true;
      wake();
    })
    .catch((error: unknown) => {
      log(`search indexer: cannot listen for changes (${String(error)}); polling only`);
      return null;
    });

  // Batches in flight: each holds its rows locked until Meilisearch has applied it. Sending the
  // next batch before the previous one is applied lets Meilisearch merge queued tasks into one
  // indexing run (bench:search saw tasks of ~37 documents each otherwise). One sender keeps the
  // order of changes: a later batch always re-reads postings after an earlier one did.
  const maxInFlight = 3;
  const inFlight = new Set<Promise<void>>();
  let batchError: unknown = null;

  /** Sends one batch and returns its row count once queued in Meilisearch (0: nothing pending). */
  async function sendNextBatch() {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    if (batchError) {
      const error = batchError;
      batchError = null;
      throw error;
    }
    let sent: (rows: number) => void = () => {};
    const queued = new Promise<number>((resolve) => (sent = resolve));
    const done = processOutboxBatch(options, sent);
    const tracked: Promise<void> = done.then(
      (rows) => sent(rows),
      (error: unknown) => {
        batchError ??= error;
        sent(0);
      },
    );
    const settled = tracked.finally(() => inFlight.delete(settled));
    inFlight.add(settled);
    const rows = await queued;
    // A batch that failed before anything was queued reports its error now.
    if (rows === 0 && batchError) {
      await settled;
      const error = batchError;
      batchError = null;
      throw error;
    }
    return rows;
  }

  async function loop() {
    while (!stopped) {
      notified = false;
      try {
        if (!settingsApplied) {
          // A new index (first start, or Meilisearch's data was lost), or one filled with documents of
          // an older shape (an upgrade), is filled from Postgres.
          await refillStaleIndexes(db, await applyIndexSettings(search, indexPrefix));
          settingsApplied = true;
        }
        const processed = await sendNextBatch();
        if (failures > 0) log('search indexer: Meilisearch is reachable again; catching up');
        failures = 0;
        if (Date.now() - lastPrune > 3_600_000) {
          lastPrune = Date.now();
          await enqueueRecentlyExpired(db);
          await db
            .delete(searchOutbox)
            .where(and(isNotNull(searchOutbox.processedAt), lt(searchOutbox.processedAt, new Date(Date.now() - 86_400_000))));
        }
        // While changes keep coming, let them gather (see gatherMs).
        if (processed > 1 && processed < batchSize) await pause(gatherMs(processed));
        if (processed > 0 || notified) continue;
        await sleep(pollMs);
      } catch (error) {
        failures++;
        if (failures === 1) {
          const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
          log(`search indexer: ${String(error)}${cause}; changes are kept and will be sent when it is back`);
        }
        // Capped low: a refused connection costs nothing, and the index should catch up promptly.
        await sleep(Math.min(maxRetryMs, 250 * 2 ** Math.min(failures, 5)));
      }
    }
  }
  const running = loop();

  return {
    async stop() {
      stopped = true;
      wake();
      endPause();
      await running;
      await Promise.all(inFlight);
      const listener = await listening;
      await listener?.unlisten();
    },
  };
}

export type RunningIndexer = ReturnType<typeof startIndexer>;
