// Rebuilding the indexes from Postgres, and checking that they agree with it.
// A rebuild fills a fresh index beside the live one and swaps them, so search keeps answering;
// changes that reach the outbox meanwhile are sent again after the swap, so none is lost.
import { asc, gt, isNull, or, sql } from 'drizzle-orm';
import { MeilisearchApiError } from 'meilisearch';
import type { Db } from '#db/client.ts';
import { jobs, searchOutbox, trainingSlots } from '#db/schema.ts';
import type { SearchClient } from './client.ts';
import { loadDocuments } from './documents.ts';
import { syncPostings } from './indexer.ts';
import { recordDocumentVersion } from './outbox.ts';
import { applyIndexSettings, assertSucceeded, indexName, indexSettings, indexUids, type SearchEntity } from './indexes.ts';

type Services = { db: Db; search: SearchClient; indexPrefix: string };
const entities = Object.keys(indexUids) as SearchEntity[];
const chunkSize = 2_000;
const taskTimeout = { timeout: 600_000, interval: 100 };

async function allIds(db: Db, entity: SearchEntity) {
  const table = entity === 'job' ? jobs : trainingSlots;
  const rows = await db.select({ id: table.id }).from(table).orderBy(asc(table.id));
  return rows.map((r) => r.id);
}

async function lastOutboxId(db: Db) {
  const [row] = await db.select({ id: sql<number>`coalesce(max(${searchOutbox.id}), 0)::bigint` }).from(searchOutbox);
  return Number(row.id);
}

/** Rebuilds both indexes from Postgres; returns how many documents each holds. */
export async function reindex(services: Services, log: (message: string) => void = () => {}) {
  const { db, search, indexPrefix } = services;
  await applyIndexSettings(search, indexPrefix);
  const since = await lastOutboxId(db);
  const counts = {} as Record<SearchEntity, number>;
  for (const entity of entities) {
    const live = indexName(indexPrefix, entity);
    const fresh = `${live}_rebuild`;
    await search.deleteIndex(fresh).waitTask(taskTimeout);
    assertSucceeded(await search.createIndex(fresh, { primaryKey: 'id' }).waitTask(taskTimeout));
    assertSucceeded(await search.index(fresh).updateSettings(indexSettings[entity]).waitTask(taskTimeout));
    const ids = await allIds(db, entity);
    let sent = 0;
    for (let i = 0; i < ids.length; i += chunkSize) {
      const documents = await loadDocuments(db, entity, ids.slice(i, i + chunkSize));
      if (documents.length) assertSucceeded(await search.index(fresh).addDocuments(documents).waitTask(taskTimeout));
      sent += documents.length;
    }
    assertSucceeded(await search.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(taskTimeout));
    await search.deleteIndex(fresh).waitTask(taskTimeout);
    await recordDocumentVersion(db, entity);
    counts[entity] = sent;
    log(`${live}: ${sent} documents`);
  }
  // Changes committed while the rebuild read Postgres may be missing from the new index: resend.
  const changed = await db
    .selectDistinct({ entity: searchOutbox.entity, entityId: searchOutbox.entityId })
    .from(searchOutbox)
    .where(or(gt(searchOutbox.id, since), isNull(searchOutbox.processedAt)));
  for (const entity of entities) {
    const ids = changed.filter((c) => c.entity === entity).map((c) => c.entityId);
    if (ids.length) await syncPostings(db, search, indexPrefix, entity, ids);
  }
  return counts;
}

export type DriftReport = {
  entity: SearchEntity;
  /** Public postings in Postgres. */
  expected: number;
  /** Documents in Meilisearch. */
  indexed: number;
  /** Public in Postgres but not in the index. */
  missing: string[];
  /** In the index but not public in Postgres (closed, draft, removed). */
  extra: string[];
  /** In the index, past their closing date: hidden by every query, removed by the next sweep. */
  expired: string[];
};

async function indexedIds(search: SearchClient, uid: string) {
  const index = search.index(uid);
  const found = new Map<string, number | null>();
  for (let offset = 0; ; offset += 1_000) {
    const page = await index
      .getDocuments<{ id: string; closesAt: number | null }>({ fields: ['id', 'closesAt'], limit: 1_000, offset })
      .catch((error: unknown) => {
        // Never created (nothing indexed yet): it holds nothing.
        if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return { results: [] };
        throw error;
      });
    for (const doc of page.results) found.set(doc.id, doc.closesAt ?? null);
    if (page.results.length < 1_000) return found;
  }
}

/** Compares each index with the public postings in Postgres (counts and ids). */
export async function checkDrift(services: Services, now = Date.now()): Promise<DriftReport[]> {
  const { db, search, indexPrefix } = services;
  const reports: DriftReport[] = [];
  for (const entity of entities) {
    const expectedIds = new Set<string>();
    const ids = await allIds(db, entity);
    for (let i = 0; i < ids.length; i += chunkSize) {
      for (const doc of await loadDocuments(db, entity, ids.slice(i, i + chunkSize))) expectedIds.add(doc.id);
    }
    const indexed = await indexedIds(search, indexName(indexPrefix, entity));
    const nowSeconds = Math.floor(now / 1000);
    const extraOrExpired = [...indexed.keys()].filter((id) => !expectedIds.has(id));
    const isExpired = (id: string) => {
      const closesAt = indexed.get(id);
      return closesAt !== null && closesAt !== undefined && closesAt < nowSeconds;
    };
    reports.push({
      entity,
      expected: expectedIds.size,
      indexed: indexed.size,
      missing: [...expectedIds].filter((id) => !indexed.has(id)),
      extra: extraOrExpired.filter((id) => !isExpired(id)),
      expired: extraOrExpired.filter(isExpired),
    });
  }
  return reports;
}
