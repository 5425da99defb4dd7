// Drains the search outbox into Meilisearch, inside the app process. Each batch re-reads the
// postings it names (so the newest state wins whatever the order of changes), upserts the public
// ones, deletes the rest, waits until Meilisearch has applied both, and only then marks the rows
// processed — in one transaction that also locks them, so several app nodes can drain together.
// When Meilisearch is down the rows stay pending and the indexer retries with a growing delay.
import { and, inArray, isNull, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, Sql } from '#db/client.ts';
import { searchOutbox } from '#db/schema.ts';
import type { SearchClient } from './client.ts';
import { loadDocuments } from './documents.ts';
import { applyIndexSettings, assertSucceeded, indexName, type SearchEntity } from './indexes.ts';
import { enqueueAllPostings, enqueueRecentlyExpired, outboxChannel } from './outbox.ts';

export type IndexerOptions = {
  db: Db;
  sql: Sql;
  search: SearchClient;
  indexPrefix: string;
  batchSize?: number;
  /** A poll in case a notification is missed (another node's connection, a restart). */
  pollMs?: number;
  log?: (message: string) => void;
};

const taskTimeout = { timeout: 120_000, interval: 25 };

/** Sends one batch of changes for `ids` to Meilisearch and waits until it has applied them. */
export async function syncPostings(
  db: Parameters<typeof loadDocuments>[0],
  search: SearchClient,
  indexPrefix: string,
  entity: SearchEntity,
  ids: string[],
) {
  const documents = await loadDocuments(db, entity, ids);
  const visible = new Set(documents.map((d) => d.id));
  const hidden = ids.filter((id) => !visible.has(id));
  const index = search.index(indexName(indexPrefix, entity));
  await Promise.all([
    documents.length ? index.addDocuments(documents).waitTask(taskTimeout).then(assertSucceeded) : null,
    hidden.length ? index.deleteDocuments(hidden).waitTask(taskTimeout).then(assertSucceeded) : null,
  ]);
  return documents.length + hidden.length;
}

/** Processes one batch of pending outbox rows; returns how many rows it took (0 = nothing to do). */
export async function processOutboxBatch(options: Pick<IndexerOptions, 'db' | 'search' | 'indexPrefix' | 'batchSize'>) {
  const { db, search, indexPrefix, batchSize = 500 } = options;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: searchOutbox.id, entity: searchOutbox.entity, entityId: searchOutbox.entityId })
      .from(searchOutbox)
      .where(isNull(searchOutbox.processedAt))
      .orderBy(searchOutbox.id)
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const idsOf = (entity: SearchEntity) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
    await Promise.all(
      (['job', 'training'] as const).map((entity) => {
        const ids = idsOf(entity);
        return ids.length ? syncPostings(tx, search, indexPrefix, entity, ids) : null;
      }),
    );
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
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox).where(isNull(searchOutbox.processedAt));
  return row.n;
}

/** The running indexer: started with the app, woken by NOTIFY, backing off while Meilisearch is down. */
export function startIndexer(options: IndexerOptions) {
  const { db, sql: client, search, indexPrefix, pollMs = 1_000, log = () => {} } = options;
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

  const listening = client
    .listen(outboxChannel, () => {
      notified = true;
      wake();
    }).catch((error: unknown) => {
    log(`search indexer: cannot listen for changes (${String(error)}); polling only`);
    return null;
  });

  async function loop() {
    while (!stopped) {
      notified = false;
      try {
        if (!settingsApplied) {
          // A new index (first start, or Meilisearch's data was lost) is filled from Postgres.
          for (const entity of await applyIndexSettings(search, indexPrefix)) await enqueueAllPostings(db, entity);
          settingsApplied = true;
        }
        const processed = await processOutboxBatch(options);
        if (failures > 0) log('search indexer: Meilisearch is reachable again; catching up');
        failures = 0;
        if (Date.now() - lastPrune > 3_600_000) {
          lastPrune = Date.now();
          await enqueueRecentlyExpired(db);
          await db
            .delete(searchOutbox)
            .where(and(isNotNull(searchOutbox.processedAt), lt(searchOutbox.processedAt, new Date(Date.now() - 86_400_000))));
        }
        if (processed > 0 || notified) continue;
        await sleep(pollMs);
      } catch (error) {
        failures++;
        if (failures === 1) {
          const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
          log(`search indexer: ${String(error)}${cause}; changes are kept and will be sent when it is back`);
        }
        await sleep(Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
      }
    }
  }
  const running = loop();

  return {
    async stop() {
      stopped = true;
      wake();
      await running;
      const listener = await listening;
      await listener?.unlisten();
    },
  };
}

export type RunningIndexer = ReturnType<typeof startIndexer>;
