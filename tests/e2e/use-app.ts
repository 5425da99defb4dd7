// For one browser test file: the real app and a browser, started before its tests and stopped after
// (kept apart from app.ts, which the benchmarks import without vitest).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './app.ts';

/**
 * For one test file: the app in a throw-away DATA_DIR (`phien-cho-e2e-<name>-…`) and a browser,
 * started before its tests (handed to `use`) and stopped, the folder removed, after them.
 */
export function useAppAndBrowser(name: string, use: (app: RunningApp, browser: Browser) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `phien-cho-e2e-${name}-`));
  chmodSync(dataDir, 0o755); // so the embedded Postgres keeps its files inside it even when run as root
  let running: [RunningApp, Browser] | undefined;
  beforeAll(async () => {
    running = await Promise.all([startApp(dataDir), launchBrowser()]);
    use(...running);
  });
  afterAll(async () => {
    await running?.[1].close();
    await running?.[0].stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}
