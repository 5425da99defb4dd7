// `npm run indicators:rebuild` rewrites every person's indicator facts row from the records (after a
// change to how facts are read, or to repair the table), in one transaction: readers see the old
// rows or the new ones, never a mix. It uses the Postgres named by DATABASE_URL, else the one of the
// app running with this DATA_DIR, else it starts the embedded one for the duration of the command.
import path from 'node:path';
import { parseEnv } from '#server/env.ts';
import { readRunningServices } from '#server/running-services.ts';
import { createDb } from '#db/client.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { rebuildIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';

const command = process.argv[2];
if (command !== 'rebuild') {
  console.error('usage: tsx server/cli/indicators.ts rebuild');
  process.exit(2);
}
const log = (message: string) => console.log(`[indicators] ${message}`);
const stops: (() => Promise<void>)[] = [];

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(env.DATA_DIR);
  const running = readRunningServices(dataDir) ?? {};
  let databaseUrl = env.DATABASE_URL ?? running.databaseUrl;
  if (!databaseUrl) {
    const postgres = await startEmbeddedPostgres({ dataDir, log });
    stops.push(postgres.stop);
    databaseUrl = postgres.url;
  }
  const { db, sql } = createDb(databaseUrl, { max: 2 });
  stops.push(() => sql.end());
  await migrateDatabase(db);
  const started = Date.now();
  const written = await db.transaction((tx) => rebuildIndicatorFacts(tx));
  log(`${written} people's facts rewritten from the records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
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
