// `npm run search:reindex` rebuilds both indexes from Postgres; `npm run search:check` reports
// drift between them (counts and ids) and exits 1 when any. They use the servers named by
// DATABASE_URL / MEILI_URL, else those of the app running with this DATA_DIR, else they start the
// embedded ones themselves for the duration of the command.
import path from 'node:path';
import { parseEnv } from '#server/env.ts';
import { readRunningServices } from '#server/running-services.ts';
import { createDb } from '#db/client.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { createSearchClient } from '#search/client.ts';
import { startEmbeddedMeilisearch } from '../embedded-meilisearch.ts';
import { pendingOutboxCount } from '#search/indexer.ts';
import { checkDrift, reindex } from '#search/reindex.ts';

const command = process.argv[2];
if (command !== 'reindex' && command !== 'check') {
  console.error('usage: tsx server/cli/search.ts reindex|check');
  process.exit(2);
}
const log = (message: string) => console.log(`[search] ${message}`);
const stops: (() => Promise<void>)[] = [];

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(env.DATA_DIR);
  const running = readRunningServices(dataDir) ?? {};
  const databaseUrl = env.DATABASE_URL ?? running.databaseUrl ?? (await embeddedPostgres(dataDir));
  const meili =
    env.MEILI_URL && env.MEILI_MASTER_KEY
      ? { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY }
      : running.meiliUrl && running.meiliMasterKey
        ? { url: running.meiliUrl, masterKey: running.meiliMasterKey }
        : await embeddedMeilisearch(dataDir);
  const { db, sql } = createDb(databaseUrl, { max: 4 });
  stops.push(() => sql.end());
  await migrateDatabase(db);
  const services = { db, search: createSearchClient(meili.url, meili.masterKey), indexPrefix: '' };

  if (command === 'reindex') {
    const started = Date.now();
    const counts = await reindex(services, log);
    log(`rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.job} jobs, ${counts.training} training slots`);
    return 0;
  }
  const reports = await checkDrift(services);
  const pending = await pendingOutboxCount(db);
  console.table(
    reports.map((r) => ({
      index: r.entity,
      'public in Postgres': r.expected,
      'in Meilisearch': r.indexed,
      missing: r.missing.length,
      extra: r.extra.length,
      'expired (hidden)': r.expired.length,
    })),
  );
  for (const r of reports) {
    if (r.missing.length)
      log(`${r.entity} missing from the index: ${r.missing.slice(0, 20).join(', ')}${r.missing.length > 20 ? ', …' : ''}`);
    if (r.extra.length)
      log(`${r.entity} in the index but not public: ${r.extra.slice(0, 20).join(', ')}${r.extra.length > 20 ? ', …' : ''}`);
  }
  const drift = reports.some((r) => r.missing.length || r.extra.length);
  if (pending) log(`${pending} change(s) still waiting in the outbox: the indexer sends them shortly`);
  log(drift ? 'drift found: run `npm run search:reindex` if it does not clear once the outbox is empty' : 'no drift');
  return drift ? 1 : 0;
}

async function embeddedPostgres(dataDir: string) {
  const postgres = await startEmbeddedPostgres({ dataDir, log });
  stops.push(postgres.stop);
  return postgres.url;
}

async function embeddedMeilisearch(dataDir: string) {
  const meili = await startEmbeddedMeilisearch({ dataDir, log });
  stops.push(meili.stop);
  return meili;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}
process.exit(exitCode);
