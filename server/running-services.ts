// While the app runs on the embedded default, it records where its Postgres and Meilisearch
// listen (DATA_DIR/running-services.json, readable by root only), so command-line tools such as
// `npm run search:reindex` can work against them instead of starting a second pair.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive, readPid } from './processes.ts';

export type RunningServices = { databaseUrl?: string; meiliUrl?: string; meiliMasterKey?: string };

const fileIn = (dataDir: string) => path.join(dataDir, 'running-services.json');

export function writeRunningServices(dataDir: string, services: RunningServices) {
  writeFileSync(fileIn(dataDir), JSON.stringify(services), { mode: 0o600 });
}

export function removeRunningServices(dataDir: string) {
  rmSync(fileIn(dataDir), { force: true });
}

/** The running app's servers, or null when no app is running with this DATA_DIR. */
export function readRunningServices(dataDir: string): RunningServices | null {
  const pid = readPid(path.join(dataDir, 'app.pid'));
  if (!pid || !isAlive(pid) || !existsSync(fileIn(dataDir))) return null;
  return JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as RunningServices;
}
