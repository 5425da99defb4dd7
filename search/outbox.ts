// The transactional outbox between Postgres and Meilisearch (DESIGN.md §4): every write of a
// posting calls `enqueueSearchSync` inside its own transaction, so an index change cannot be lost
// even if the process dies or Meilisearch is down; the indexer (indexer.ts) drains the rows.
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { vietnamDate } from '#lib/dates.ts';
import type { Db, Executor } from '#db/client.ts';
import { jobs, searchEntities, searchIndexState, searchOutbox, trainingSlots } from '#db/schema.ts';
import { documentVersions } from './documents.ts';
import type { SearchEntity } from './indexes.ts';

/** Channel the indexer listens on, so a committed change is indexed without waiting for a poll. */
export const outboxChannel = 'search_outbox';

/**
 * The statement, not yet sent (null for no ids), that writes the outbox rows for `ids` and the
 * notification: one statement, so one round trip, or none of its own when pipelined with the
 * command's other writes (db/client.ts `sendInOrder`). The notification is delivered at commit
 * (and dropped on rollback), like the rows themselves.
 */
export function searchSyncStatement(db: Executor, entity: SearchEntity, ids: string[]) {
  if (ids.length === 0) return null;
  return db.execute(sql`
    with queued as (insert into ${searchOutbox} (entity, entity_id) select ${entity}, unnest(${sql.param(ids)}::uuid[]))
    select pg_notify(${outboxChannel}, '')`);
}

export async function enqueueSearchSync(db: Executor, entity: SearchEntity, ids: string[]) {
  await searchSyncStatement(db, entity, ids);
}

/** Every posting of a kind: a new (or lost) index is filled through the outbox like any change. */
export async function enqueueAllPostings(db: Executor, entity: SearchEntity) {
  const table = entity === 'job' ? jobs : trainingSlots;
  await db.execute(sql`insert into ${searchOutbox} (entity, entity_id) select ${entity}, id from ${table}`);
  await db.execute(sql.raw(`notify ${outboxChannel}`));
}

/** Every posting of an organisation: its verification decides whether any of them is public. */
export async function enqueueOrganisationPostings(db: Executor, organisationId: string) {
  const jobRows = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.organisationId, organisationId));
  const slotRows = await db.select({ id: trainingSlots.id }).from(trainingSlots).where(eq(trainingSlots.organisationId, organisationId));
  await enqueueSearchSync(
    db,
    'job',
    jobRows.map((r) => r.id),
  );
  await enqueueSearchSync(
    db,
    'training',
    slotRows.map((r) => r.id),
  );
}

/**
 * Postings whose closing date passed in the last few days: queries already hide them (by
 * `closesAt`), and sending them again removes them from the index. Run by the indexer hourly.
 */
export async function enqueueRecentlyExpired(db: Executor, now = Date.now()) {
  const today = vietnamDate(0, now);
  const since = vietnamDate(-3, now);
  const expiredJobs = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(lt(jobs.closingDate, today), gte(jobs.closingDate, since), eq(jobs.status, 'open')));
  const expiredSlots = await db
    .select({ id: trainingSlots.id })
    .from(trainingSlots)
    .where(and(lt(trainingSlots.enrolmentDeadline, today), gte(trainingSlots.enrolmentDeadline, since), eq(trainingSlots.status, 'open')));
  await enqueueSearchSync(
    db,
    'job',
    expiredJobs.map((r) => r.id),
  );
  await enqueueSearchSync(
    db,
    'training',
    expiredSlots.map((r) => r.id),
  );
}

/** Records that `entity`'s index now holds (or is being refilled with) documents of today's shape. */
export async function recordDocumentVersion(db: Executor, entity: SearchEntity) {
  const documentVersion = documentVersions[entity];
  await db
    .insert(searchIndexState)
    .values({ entity, documentVersion })
    .onConflictDoUpdate({ target: searchIndexState.entity, set: { documentVersion, updatedAt: new Date() } });
}

/**
 * Refills, through the outbox, every index that is new (`created`) or was filled with documents of
 * another shape than today's; the rows and the version are written in one transaction.
 */
export async function refillStaleIndexes(db: Db, created: SearchEntity[]) {
  const stored = new Map((await db.select().from(searchIndexState)).map((row) => [row.entity, row.documentVersion]));
  for (const entity of searchEntities) {
    if (!created.includes(entity) && stored.get(entity) === documentVersions[entity]) continue;
    await db.transaction(async (tx) => {
      await enqueueAllPostings(tx, entity);
      await recordDocumentVersion(tx, entity);
    });
  }
}
