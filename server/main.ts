// The one Node process: parses the environment, starts the embedded Postgres and Meilisearch when
// no external ones are configured, migrates (and on the embedded default seeds demo data), then
// serves Remix and Socket.IO on one port. Ctrl-C / SIGTERM stop everything it started.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequestHandler } from '@remix-run/express';
import { pageRouteIds } from '#app/adapters/page-routes.server.ts';
import type { ServerBuild } from '@remix-run/node';
import express, { type Express } from 'express';
import { EnvError, parseEnv, type Env } from '#server/env.ts';
import { createHttpServer, type ApiHandler } from '#server/http-server.ts';
import { createAdapterPool } from '#realtime/server.ts';
import type * as ApiModule from '#app/adapters/api/operations.server.ts';
import { isAlive, readPid, writePid } from '#server/processes.ts';
import type { Services } from '#app/adapters/context.server.ts';
import { createDb } from '#db/client.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { fillMissingIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';
import { recordStableMonths } from '#app/services/indicators/definition-settings.server.ts';
import { demoAccounts, demoPassword, seedDemo } from '#server/seed/demo.ts';
import { createSearchClient } from '#search/client.ts';
import { startEmbeddedMeilisearch } from '#server/embedded-meilisearch.ts';
import { startIndexer } from '#search/indexer.ts';
import { startPlacementStarts } from '#server/placement-starts.ts';
import { removeRunningServices, writeRunningServices } from '#server/running-services.ts';

const devMode = process.argv.includes('--dev');
const log = (message: string) => console.log(`[phien-cho] ${message}`);

function loadEnv(): Env {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`${error.message}\nSee .env.example and the README's Configuration section.`);
      process.exit(1);
    }
    throw error;
  }
}

/** Rebuilds the Remix bundle when a source file is newer than it (or it is missing). */
function ensureBuild() {
  const built = 'build/server/index.js';
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const newest = (p: string): number => {
    if (!existsSync(p)) return 0;
    const stat = statSync(p);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))));
  };
  const sources = [
    'app',
    'db',
    'search',
    'realtime',
    'lib',
    'server',
    'public',
    'vite.config.ts',
    'postcss.config.cjs',
    'package-lock.json',
  ];
  if (Math.max(...sources.map(newest)) <= builtAt) return;
  log('building the web app (first start, or sources changed)…');
  const result = spawnSync(process.execPath, ['node_modules/@remix-run/dev/dist/cli.js', 'vite:build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the web app build failed:\n${result.stdout}\n${result.stderr}`);
}

/** What was started, stopped in reverse order on Ctrl-C, SIGTERM or a failed start. */
const stops: (() => Promise<void>)[] = [];
let stopping = false;
async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping…`);
  for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
  process.exit(exitCode);
}

/**
 * Stopping under npm. npm runs a script through `sh -c` and forwards SIGINT and SIGTERM to that
 * shell only. Debian's sh (dash) keeps itself between npm and the command: SIGTERM kills the shell
 * and leaves the app running, SIGINT is held by the shell while it waits, and the app hears neither
 * (its servers ran on, orphaned, once npm had exited). So the scripts `exec` node (package.json):
 * the shell becomes the app, which is then npm's child and gets the signals npm forwards; a
 * terminal's Ctrl-C reaches it directly as before. As a safety net, an app started by an npm script
 * that loses its parent (npm killed with SIGKILL, or a script shell that passes nothing on) stops
 * everything by itself. Run directly (`node --import tsx server/main.ts`, under a service manager or
 * nohup), the app's lifetime is its own and its parent is not watched.
 */
function stopWhenOrphaned() {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(`the parent process (pid ${parent}) is gone`);
  }, 1000).unref();
}

async function main() {
  const env = loadEnv();
  const dataDir = path.resolve(env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  // One app per DATA_DIR: two would fight over the same embedded servers.
  const appPidFile = path.join(dataDir, 'app.pid');
  const other = readPid(appPidFile);
  if (other && other !== process.pid && isAlive(other)) {
    console.error(`Another instance (pid ${other}) is already running with DATA_DIR=${dataDir}. Stop it or set another DATA_DIR.`);
    process.exit(1);
  }
  writePid(appPidFile, process.pid);

  stops.push(async () => rmSync(appPidFile, { force: true }));
  // embedded-postgres installs its own signal handlers (when it is loaded) that exit as soon as
  // Postgres is down, racing ours; ours stop everything (Postgres included) in order, so they are
  // made the only ones, now, again once the servers are up, and after Vite starts in dev mode.
  const ownSignals = () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => void shutdown(signal));
    }
  };
  ownSignals();
  stopWhenOrphaned();

  const started = Date.now();
  const registered = <T extends { stop: () => Promise<void> }>(server: T) => (stops.push(server.stop), server);
  const [postgres, meili] = await Promise.all([
    env.DATABASE_URL ? null : startEmbeddedPostgres({ dataDir, log }).then(registered),
    env.MEILI_URL ? null : startEmbeddedMeilisearch({ dataDir, log }).then(registered),
  ]);
  ownSignals();
  log(`Postgres: ${postgres ? 'embedded' : 'external'}, Meilisearch: ${meili ? 'embedded' : 'external'} (${Date.now() - started} ms)`);

  const { db, sql } = createDb(env.DATABASE_URL ?? postgres!.url);
  stops.push(() => sql.end({ timeout: 5 }));
  await migrateDatabase(db);
  const search = createSearchClient(env.MEILI_URL ?? meili!.url, env.MEILI_MASTER_KEY ?? meili!.masterKey);
  const services: Services = { env, db, sql, search, indexPrefix: '' };

  const seedDemoData = env.NODE_ENV !== 'production' && (env.SEED_DEMO ?? Boolean(postgres));
  if (seedDemoData && (await seedDemo(db))) log('demo data loaded');
  const factsWritten = await db.transaction((tx) => fillMissingIndicatorFacts(tx));
  if (factsWritten > 0) log(`indicator facts written for ${factsWritten} people who had none`);
  // A change of what counts as a stable job is dated, so the indicators' trends mark where it breaks.
  if (await recordStableMonths(db, env.STABLE_JOB_MONTHS)) log(`indicators count a job as stable after ${env.STABLE_JOB_MONTHS} months`);
  // Where the embedded servers listen, for `npm run search:reindex|search:check` while the app runs.
  if (postgres || meili)
    writeRunningServices(dataDir, { databaseUrl: postgres?.url, meiliUrl: meili?.url, meiliMasterKey: meili?.masterKey });
  stops.push(async () => removeRunningServices(dataDir));

  const indexer = startIndexer({ db, sql, search, indexPrefix: '', log });
  stops.push(() => indexer.stop());
  const placementStarts = startPlacementStarts({ db, log });
  stops.push(() => placementStarts.stop());

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let serveFiles: (app: Express) => void;
  let api: ApiHandler | undefined; // the declared operations as imported here, unless in dev mode
  if (devMode) {
    const vite = await import('vite');
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    // The Remix plugin starts a Vite server of its own (its child compiler, not in middleware mode),
    // for which Vite adds a SIGTERM handler that exits once that server is closed, racing ours (it
    // left Meilisearch running): ours are made the only ones again.
    ownSignals();
    stops.push(() => viteServer.close());
    serveFiles = (app) => app.use(viteServer.middlewares);
    build = () => viteServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>;
    // The API reloads with the code too, like the pages.
    api = async (request, context) => {
      const operations = (await viteServer.ssrLoadModule('/app/adapters/api/operations.server.ts')) as typeof ApiModule;
      return operations.answerApiRequest(request, context);
    };
  } else {
    ensureBuild();
    // React (and the libraries over it) pick their optimised code by NODE_ENV when the build below
    // first loads them: the production build renders with it (about a third faster) whatever this
    // app's own mode, already read above (demo data on the embedded default, cheap hashes in tests).
    if (env.NODE_ENV !== 'test') process.env.NODE_ENV = 'production';
    serveFiles = (app) => {
      app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
      app.use(express.static('build/client', { maxAge: '1h' }));
    };
    build = (await import(path.resolve('build/server/index.js'))) as ServerBuild;
  }
  const adapterPool = createAdapterPool(env.DATABASE_URL ?? postgres!.url, log);
  stops.push(() => adapterPool.end());
  const { httpServer, io } = createHttpServer(services, {
    realtime: { adapterPool },
    before: serveFiles,
    api,
    handler: createRequestHandler({
      build,
      getLoadContext: (req) => ({
        services,
        clientIp: req.ip ?? 'unknown',
        pageRouteIds: async (pathname: string) => pageRouteIds(typeof build === 'function' ? await build() : build, pathname),
      }),
    }),
  });
  stops.push(() => new Promise<void>((resolve) => io.close(() => resolve())));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });

  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s — listening on ${url} (Ctrl-C to stop)`);
  if (seedDemoData) {
    log(`demo accounts (password "${demoPassword}"):`);
    for (const account of demoAccounts) log(`  ${account.role.padEnd(14)} ${account.email ?? account.phone}`);
  }
}

main().catch((error) => {
  console.error(error);
  void shutdown('start-up failed', 1);
});
