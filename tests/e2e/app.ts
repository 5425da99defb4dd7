// Starts the real app as a user would (`npm start`'s `node --import tsx server/main.ts`, embedded
// Postgres and Meilisearch, demo data) in its own DATA_DIR and port, and opens Debian's Chromium
// through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { getFreePort, waitFor } from '#server/processes.ts';

export type RunningApp = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<number | null> };

export async function startApp(dataDir: string): Promise<RunningApp> {
  const port = await getFreePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    MEILI_URL: '',
    MEILI_MASTER_KEY: '',
  };
  Reflect.deleteProperty(env, 'NODE_ENV'); // the app picks its own mode, not the test runner's
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exitedEarly = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) while starting:\n${output}`))),
  );
  exitedEarly.catch(() => {}); // only an error while starting; a later exit is the test's business
  try {
    await Promise.race([waitFor(async () => (await fetch(`${url}/healthz`)).ok, 'the app', 180_000), exitedEarly]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Flags for a root user on a machine without outside network (see the README).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
