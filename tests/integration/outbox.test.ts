// Nothing is lost between Postgres and Meilisearch: postings written while Meilisearch is down are
// saved, the indexer catches up when it is back, and reindex / drift check agree with Postgres.
// This file runs its own Meilisearch, so stopping it does not disturb the other test files.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { afterAll, expect, test } from 'vitest';
import { createJob, updateJob } from '#app/services/catalogue/commands.server.ts';
import { type JobInput } from '#app/services/catalogue/schemas.ts';
import { makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { searchIndexState, searchOutbox } from '#db/schema.ts';
import { createSearchClient } from '#search/client.ts';
import { documentVersions } from '#search/documents.ts';
import { startEmbeddedMeilisearch } from '#server/embedded-meilisearch.ts';
import { drainOutbox, pendingOutboxCount, processOutboxBatch, startIndexer } from '#search/indexer.ts';
import { applyIndexSettings, indexName } from '#search/indexes.ts';
import { checkDrift, reindex } from '#search/reindex.ts';
import { testServices, slowMachine } from '#tests/setup/services.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-outbox-'));
chmodSync(dataDir, 0o755);
let meili = await startEmbeddedMeilisearch({ dataDir });
const port = Number(new URL(meili.url).port);
const base = await testServices();
const services = { ...base, search: createSearchClient(meili.url, meili.masterKey) };
afterAll(async () => {
  await meili.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const employer = await makeUser(services.db, { role: 'employer' });
await makeOrganisation(services.db, {}, [{ userId: employer.id }]);
await applyIndexSettings(services.search, services.indexPrefix);

const jobInput = (title: string): JobInput => ({
  title,
  occupationCode: 'welder',
  requiredSkills: ['welding-arc'],
  niceToHaveSkills: [],
  description: 'Hàn kết cấu thép tại xưởng, làm theo bản vẽ, có thợ cả hướng dẫn.',
  openings: 2,
  wageMin: 8_000_000,
  wageMax: 10_000_000,
  workType: 'full_time',
  provinceCode: '51',
  providesMeals: false,
  providesLodging: false,
  providesTravel: false,
  providesTraining: false,
  providesWorkClothes: false,
  recordCheck: false,
  publish: true,
});

async function indexedIds() {
  const { results } = await services.search
    .index(indexName(services.indexPrefix, 'job'))
    .getDocuments({ fields: ['id', 'title'], limit: 1000 });
  return new Map(results.map((d) => [d.id as string, d.title as string]));
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('postings written while Meilisearch is down are kept, and the index converges when it returns', async () => {
  const indexer = startIndexer({ ...services, pollMs: 200, maxRetryMs: 500 });
  try {
    const before = await createJob(services.db, employer, jobInput('Thợ hàn trước sự cố'));
    await until(async () => (await indexedIds()).has(before.id));

    await meili.stop();
    const during = [];
    for (let i = 1; i <= 5; i++) during.push(await createJob(services.db, employer, jobInput(`Thợ hàn trong sự cố ${i}`)));
    await updateJob(services.db, employer, before.id, { title: 'Thợ hàn đã sửa trong sự cố' });
    await updateJob(services.db, employer, during[4].id, { status: 'closed' });
    // Saved in Postgres, waiting in the outbox.
    expect(await pendingOutboxCount(services.db)).toBeGreaterThanOrEqual(7);

    meili = await startEmbeddedMeilisearch({ dataDir, port });
    await until(async () => (await pendingOutboxCount(services.db)) === 0);
    const indexed = await indexedIds();
    expect(indexed.get(before.id)).toBe('Thợ hàn đã sửa trong sự cố');
    for (const job of during.slice(0, 4)) expect(indexed.has(job.id)).toBe(true);
    expect(indexed.has(during[4].id)).toBe(false); // closed while down: never public
    expect(indexed.size).toBe(5); // nothing duplicated, nothing extra
  } finally {
    await indexer.stop();
  }
  const drift = await checkDrift(services);
  expect(drift.map((r) => [r.entity, r.missing.length, r.extra.length])).toEqual([
    ['job', 0, 0],
    ['training', 0, 0],
  ]);
});

test('the drift check names what is missing or extra, and a reindex repairs both', async () => {
  const index = services.search.index(indexName(services.indexPrefix, 'job'));
  const ids = [...(await indexedIds()).keys()];
  await index.deleteDocument(ids[0]).waitTask(slowMachine);
  await index.addDocuments([{ id: '00000000-0000-4000-8000-000000000000', title: 'Tin ma' }]).waitTask(slowMachine);

  const [jobsReport] = await checkDrift(services);
  expect(jobsReport.missing).toEqual([ids[0]]);
  expect(jobsReport.extra).toEqual(['00000000-0000-4000-8000-000000000000']);

  const counts = await reindex(services);
  expect(counts.job).toBe(ids.length);
  const [after] = await checkDrift(services);
  expect([after.missing, after.extra, after.indexed]).toEqual([[], [], ids.length]);
});

test('draining twice sends nothing new: every outbox row is marked processed once confirmed', async () => {
  await createJob(services.db, employer, jobInput('Thợ hàn kiểm tra hàng đợi'));
  expect(await pendingOutboxCount(services.db)).toBe(1);
  expect(await drainOutbox(services)).toBe(1);
  expect(await drainOutbox(services)).toBe(0);
});

test('two drainers of one posting: an older read is never sent after a newer one', async () => {
  await drainOutbox(services);
  const job = await createJob(services.db, employer, jobInput('Thợ hàn bản thứ nhất'));
  // Drainer A reads the first version, then is held before sending it…
  let release!: () => void;
  let heldAfterRead!: () => void;
  const hold = new Promise<void>((resolve) => (release = resolve));
  const readDone = new Promise<void>((resolve) => (heldAfterRead = resolve));
  const first = processOutboxBatch({
    ...services,
    afterRead: async () => {
      heldAfterRead();
      await hold;
    },
  });
  await readDone;
  // …meanwhile the posting changes and drainer B takes that change (A still holds the first row).
  await updateJob(services.db, employer, job.id, { title: 'Thợ hàn bản thứ hai' });
  const second = processOutboxBatch(services);
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await Promise.all([first, second]);
  await drainOutbox(services);
  expect((await indexedIds()).get(job.id)).toBe('Thợ hàn bản thứ hai');
});

test('an index that was lost is filled again from Postgres when the indexer starts', async () => {
  const before = await indexedIds();
  await services.search.deleteIndex(indexName(services.indexPrefix, 'job')).waitTask(slowMachine);
  const indexer = startIndexer({ ...services, pollMs: 200, maxRetryMs: 500 });
  try {
    await until(async () => (await indexedIds().catch(() => new Map())).size === before.size);
    expect([...(await indexedIds()).keys()].sort()).toEqual([...before.keys()].sort());
  } finally {
    await indexer.stop();
  }
});

test('an index filled with documents of an older shape is refilled when the indexer starts, and only then', async () => {
  const { db } = services;
  await drainOutbox(services);
  const index = services.search.index(indexName(services.indexPrefix, 'job'));
  const ids = [...(await indexedIds()).keys()];
  expect(ids.length).toBeGreaterThan(0);
  // As an earlier version left it: documents without the fields matching filters on, and an older version recorded.
  await index.updateDocuments(ids.map((id) => ({ id, skillCodes: null, geoCell: null }))).waitTask(slowMachine);
  await db
    .insert(searchIndexState)
    .values({ entity: 'job', documentVersion: documentVersions.job - 1 })
    .onConflictDoUpdate({ target: searchIndexState.entity, set: { documentVersion: documentVersions.job - 1 } });

  const skillCodesOf = async () =>
    (await index.getDocuments({ fields: ['id', 'skillCodes'], limit: 1000 })).results.map((d) => d.skillCodes);
  const indexer = startIndexer({ ...services, pollMs: 200, maxRetryMs: 500 });
  try {
    await until(async () => (await skillCodesOf()).every((codes) => Array.isArray(codes) && codes.includes('welding-arc')));
    const [state] = await db.select().from(searchIndexState).where(eq(searchIndexState.entity, 'job'));
    expect(state.documentVersion).toBe(documentVersions.job);
  } finally {
    await indexer.stop();
  }
  // With the version current, a restart enqueues nothing.
  const rowsBefore = await db.$count(searchOutbox);
  const again = startIndexer({ ...services, pollMs: 200, maxRetryMs: 500 });
  await until(async () => (await db.$count(searchOutbox, isNull(searchOutbox.processedAt))) === 0);
  await new Promise((r) => setTimeout(r, 500));
  await again.stop();
  expect(await db.$count(searchOutbox)).toBe(rowsBefore);
});
