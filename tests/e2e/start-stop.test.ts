// `npm start` and `npm run dev` run as a user, a service manager or a container runtime runs them,
// and stopped the way they stop them: SIGTERM or SIGINT to the npm process, or Ctrl-C in a terminal
// (SIGINT to the whole process group). Nothing the app started may survive it: not the app, not the
// embedded Postgres or Meilisearch. The runs share one throw-away DATA_DIR, one after the other (the
// first initialises it; the first `npm start` in a fresh checkout also builds the web app).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { getFreePort, waitFor } from '#server/processes.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-e2e-start-stop-'));
chmodSync(dataDir, 0o755); // so the embedded Postgres keeps its files inside it even when run as root

type NpmRun = {
  npm: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};
let current: NpmRun | undefined;

/** `npm start` or `npm run dev` on the embedded servers, once it answers on /healthz. */
async function npmRun(args: string[]): Promise<NpmRun> {
  const port = await getFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    MEILI_URL: '',
    MEILI_MASTER_KEY: '',
  };
  Reflect.deleteProperty(env, 'NODE_ENV'); // the app picks its own mode, not the test runner's
  // In a process group of its own, as a terminal's job is: Ctrl-C can be played to the group, and
  // whatever a failed case leaves behind is killed with the group.
  const npm = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const run: NpmRun = { npm, url: `http://127.0.0.1:${port}`, port, output: () => output, exit };
  current = run;
  const exitedEarly = exit.then(() => {
    throw new Error(`npm ${args.join(' ')} exited while starting:\n${output}`);
  });
  exitedEarly.catch(() => {}); // only an error while starting
  await Promise.race([waitFor(async () => (await fetch(`${run.url}/healthz`)).ok, 'the app', 240_000), exitedEarly]);
  return run;
}

/** Folders whose mention in a command line marks a process as this test's (the cluster may live elsewhere as root). */
function ownFolders(run: NpmRun) {
  const cluster = /its files are in (\S+)/.exec(run.output())?.[1];
  return [dataDir, ...(cluster ? [cluster] : [])];
}

/** Running processes started for this DATA_DIR: by their environment or by their command line. */
function processesOf(run: NpmRun) {
  const folders = ownFolders(run);
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const read = (file: string) => {
      try {
        return readFileSync(`/proc/${entry}/${file}`, 'utf8');
      } catch {
        return ''; // gone meanwhile, or not ours to read
      }
    };
    const commandLine = read('cmdline').replaceAll('\0', ' ').trim();
    if (!commandLine) continue; // a zombie: already exited
    if (read('environ').split('\0').includes(`DATA_DIR=${dataDir}`) || folders.some((folder) => commandLine.includes(folder)))
      found.push(`${entry}: ${commandLine}`);
  }
  return found;
}

function portIsOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Sends `signal` to npm (or its whole process group) and checks that everything it started stops. */
async function stopAndCheck(run: NpmRun, signal: 'SIGTERM' | 'SIGINT' | 'SIGKILL', to: 'npm' | 'process group') {
  expect(processesOf(run).length, 'the app and its servers are found while running').toBeGreaterThan(2);
  if (to === 'npm') run.npm.kill(signal);
  else process.kill(-run.npm.pid!, signal);
  const exit = await Promise.race([run.exit, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000))]);
  expect(exit, `npm after ${signal}:\n${run.output()}`).not.toBe('still running');
  // With npm killed, the app notices it lost its parent within a second and stops its servers;
  // otherwise only helpers that go on their own once the app is gone (esbuild services) get a moment.
  let left = processesOf(run);
  for (let i = 0; i < (signal === 'SIGKILL' ? 300 : 50) && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = processesOf(run);
  }
  expect(left, `still running after npm exited (${JSON.stringify(exit)}):\n${run.output()}`).toEqual([]);
  expect(await portIsOpen(run.port), 'the app port is closed').toBe(false);
  if (signal === 'SIGKILL') {
    expect(run.output(), 'the app stopped in order').toMatch(/the parent process \(pid \d+\) is gone: stopping/);
  } else {
    expect(run.output(), 'the app stopped in order').toContain(`${signal}: stopping`);
    expect(exit, `npm reports a clean stop:\n${run.output()}`).toEqual({ code: 0, signal: null });
  }
}

afterEach(async () => {
  // After a failure: kill what is left (the whole group) and wait for it, so the next case starts clean.
  const run = current;
  current = undefined;
  if (!run) return;
  try {
    process.kill(-run.npm.pid!, 'SIGKILL');
  } catch {
    return; // the group is empty: the case stopped everything
  }
  for (let i = 0; i < 100 && processesOf(run).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('SIGTERM to `npm start` stops the app and both embedded servers', { timeout: 360_000 }, async () => {
  const run = await npmRun(['start']);
  await stopAndCheck(run, 'SIGTERM', 'npm');
});

test('SIGINT to `npm start` stops the app and both embedded servers', { timeout: 360_000 }, async () => {
  const run = await npmRun(['start']);
  await stopAndCheck(run, 'SIGINT', 'npm');
});

test('Ctrl-C (SIGINT to the process group) stops `npm start` and everything it started', { timeout: 360_000 }, async () => {
  const run = await npmRun(['start']);
  await stopAndCheck(run, 'SIGINT', 'process group');
});

test('an app whose npm was killed (SIGKILL) stops by itself, servers included', { timeout: 360_000 }, async () => {
  const run = await npmRun(['start']);
  await stopAndCheck(run, 'SIGKILL', 'npm');
});

test('`npm run dev` serves pages and their browser modules, and SIGTERM stops it', { timeout: 360_000 }, async () => {
  const run = await npmRun(['run', 'dev']);
  for (const page of ['/', '/login']) expect((await fetch(`${run.url}${page}`)).status, page).toBe(200);
  // The browser modules of the root route, dependencies pre-bundled by Vite included.
  const root = await fetch(`${run.url}/app/root.tsx`);
  expect(root.status).toBe(200);
  const imports = [...(await root.text()).matchAll(/from "(\/node_modules\/[^"]+)"/g)].map((m) => m[1]!);
  expect(imports.length).toBeGreaterThan(0);
  for (const module of imports) expect((await fetch(`${run.url}${module}`)).status, module).toBe(200);
  // Vite pre-bundles what its scan of the routes found in the background: give it time to fail.
  await new Promise((r) => setTimeout(r, 8_000));
  expect(run.output()).not.toMatch(/Could not resolve|error while updating dependencies/);
  await stopAndCheck(run, 'SIGTERM', 'npm');
});
