// `npm run bench:pages`: how the pages a returnee uses do on a cheap phone, on the embedded default.
//
// In a throw-away DATA_DIR it starts the real app (`node --import tsx server/main.ts`: the
// production build, embedded Postgres and Meilisearch, demo data). For each page (signed out, and as
// the demo jobseeker) it measures:
//  - weight: compressed JavaScript, CSS and page data on a first visit, and all bytes transferred
//    (tests/e2e/page-weight.ts, the same measure the budget test uses);
//  - server render under load: `--requests` document requests, `--concurrency` at a time, p50/p95,
//    after `--warmup` untimed ones (the first requests for a page compile its code: a server that
//    has run a while does not pay that) and with the browser closed, so it does not share the CPU;
//  - in Debian's Chromium through Playwright, on slow 4G (150 ms latency, 1.6 Mbps down, 750 kbps
//    up) with the CPU slowed 4×, an empty cache each time: Largest Contentful Paint and Total Blocking
//    Time (the long tasks' time over 50 ms, from the first paint until the page has been quiet for
//    2 s), the median of `--runs` loads.
// Targets: LCP ≤ 2.5 s, TBT ≤ 200 ms, server render p95 ≤ 150 ms. It prints a table and, as the
// last line of stdout, one JSON object. Everything started is stopped and the folder removed.
//
// Flags: --runs N (3) --requests R (100) --warmup W (20) --concurrency C (4) --keep (keep DATA_DIR)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '#tests/e2e/app.ts';
import { contextAs, returneePages, weigh } from '#tests/e2e/page-weight.ts';
import { cleanup, log, ownSignals, percentile, round1, runBench, seconds, startApp, stopAtEnd, table, wholeFlag } from './common.ts';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    requests: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
  },
});
const options = {
  runs: wholeFlag(flags, 'runs', 1),
  requests: wholeFlag(flags, 'requests', 1),
  warmup: wholeFlag(flags, 'warmup', 0),
  concurrency: wholeFlag(flags, 'concurrency', 1),
};
const targets = { lcpMs: 2500, tbtMs: 200, ssrP95Ms: 150 };

/** Slow 4G as Lighthouse's mobile preset has it, and a CPU four times slower. */
async function throttle(context: BrowserContext, page: Awaited<ReturnType<BrowserContext['newPage']>>) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold load on a slow phone: LCP and TBT in ms. */
async function paintAndBlocking(browser: Browser, baseUrl: string, role: Parameters<typeof contextAs>[2], url: string) {
  const context = await contextAs(browser, baseUrl, role);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
    w.__lcp = 0;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await throttle(context, page);
  await page.goto(baseUrl + url, { waitUntil: 'load', timeout: 120_000 });
  // Quiet for 2 s: no long task in the last 2 s (the page is interactive by then).
  for (let waited = 0; waited < 30_000; waited += 500) {
    const lastEnd = await page.evaluate(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      return Math.max(0, ...w.__long.map((t) => t.start + t.duration));
    });
    const now = await page.evaluate(() => performance.now());
    if (now - lastEnd > 2000) break;
    await page.waitForTimeout(500);
  }
  const result = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = w.__long.filter((t) => t.start + t.duration > fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { lcp: w.__lcp, tbt };
  });
  await context.close();
  return result;
}

/** Document requests for `url`, `concurrency` at a time: each one's time to the whole answer, ms. */
async function serverRender(baseUrl: string, url: string, cookie: string | null) {
  const load = async (requests: number) => {
    const times: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests) {
        next++;
        const started = performance.now();
        const response = await fetch(baseUrl + url, { headers: cookie ? { Cookie: cookie } : {} });
        await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        times.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    return times;
  };
  await load(options.warmup);
  const times = await load(options.requests);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main() {
  ownSignals();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-bench-pages-'));
  chmodSync(dataDir, 0o755); // the embedded Postgres keeps its files inside it even as root
  if (!flags.keep) stopAtEnd('the data folder', async () => rmSync(dataDir, { recursive: true, force: true }));
  log('starting the app (production build, demo data)…');
  const app = await startApp({ env: { DATABASE_URL: '', MEILI_URL: '', MEILI_MASTER_KEY: '' }, dataDir });
  // The pages and a jobseeker's cookie; then the server renders, with no browser sharing the CPU.
  const first = await launchBrowser();
  stopAtEnd('the browser', () => first.close());
  const pages = await returneePages(first, app.url);
  const signedIn = await contextAs(first, app.url, 'returnee');
  const cookie = (await signedIn.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await first.close();
  const renders = new Map<string, Awaited<ReturnType<typeof serverRender>>>();
  for (const { name, role, url } of pages) {
    log(`${name}: server render (${url})…`);
    renders.set(name, await serverRender(app.url, url, role ? cookie : null));
  }

  const browser = await launchBrowser();
  stopAtEnd('the browser', () => browser.close());
  const rows = [];
  for (const { name, role, url } of pages) {
    log(`${name}: in the browser…`);
    const context = await contextAs(browser, app.url, role);
    const weight = await weigh(context, app.url, url);
    await context.close();
    const ssr = renders.get(name)!;
    const loads = [];
    for (let run = 0; run < options.runs; run++) loads.push(await paintAndBlocking(browser, app.url, role, url));
    rows.push({
      name,
      js_gz_kb: weight.jsKb,
      css_gz_kb: weight.cssKb,
      data_gz_kb: weight.dataKb,
      bytes: weight.bytes,
      lcp_ms: Math.round(
        percentile(
          loads.map((l) => l.lcp),
          50,
        ),
      ),
      tbt_ms: Math.round(
        percentile(
          loads.map((l) => l.tbt),
          50,
        ),
      ),
      ssr_p50_ms: round1(ssr.p50),
      ssr_p95_ms: round1(ssr.p95),
    });
  }

  // Stop the browser, the app (and with it its embedded servers) and remove the folder before reporting.
  await cleanup();

  const mark = (ok: boolean) => (ok ? '✔' : '✘');
  const lines = table(
    `Pages on a cheap phone — slow 4G, CPU ×4, median of ${options.runs} cold loads; server render: ${options.requests} requests, ${options.concurrency} at a time, after ${options.warmup}`,
    [
      ['page', 'JS / CSS / data KB gz · bytes', 'LCP · TBT · render p50/p95'],
      ...rows.map((r): [string, string, string] => [
        r.name,
        `${r.js_gz_kb} / ${r.css_gz_kb} / ${r.data_gz_kb} · ${r.bytes}`,
        `${seconds(r.lcp_ms)} ${mark(r.lcp_ms <= targets.lcpMs)} · ${r.tbt_ms} ms ${mark(r.tbt_ms <= targets.tbtMs)} · ${r.ssr_p50_ms}/${r.ssr_p95_ms} ms ${mark(r.ssr_p95_ms <= targets.ssrP95Ms)}`,
      ]),
    ],
  );
  console.log(lines.join('\n'));
  const pass = rows.every((r) => r.lcp_ms <= targets.lcpMs && r.tbt_ms <= targets.tbtMs && r.ssr_p95_ms <= targets.ssrP95Ms);
  console.log(JSON.stringify({ pages: rows, targets, pass }));
}

runBench(main);
