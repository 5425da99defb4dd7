// The weight of the pages a returnee uses, on the production build the app serves: each must ship at
// most 130 KB of JavaScript and 20 KB of CSS, compressed, on a first load (the scripts and styles the
// browser fetches, plus the inline scripts of the document) — the budget every later page must fit.
// Every main page of every role: no serious or critical axe finding (WCAG 2.2 AA), no message
// missing from a page (⟦key⟧), and its screenshots on a phone and a desktop (docs/screenshots/).
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoAccounts, demoPassword } from '#server/seed/demo.ts';
import { launchBrowser, startApp, type RunningApp } from './app.ts';

export const budgets = { jsKb: 130, cssKb: 20 };
const round = (kb: number) => Math.round(kb * 10) / 10;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-e2e-pages-'));
chmodSync(dataDir, 0o755);
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(dataDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Role = (typeof demoAccounts)[number]['role'];

async function contextAs(role: Role | null, viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  if (role) {
    const account = demoAccounts.find((a) => a.role === role)!;
    const response = await context.request.post(`${app.url}/login`, {
      form: { login: account.email ?? account.phone!, password: demoPassword },
      maxRedirects: 0,
    });
    expect(response.status(), `${role} signs in`).toBe(302);
  }
  return context;
}

/** What a first load of `url` costs: compressed bytes of JavaScript and CSS. */
async function weigh(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const assets: Promise<{ kind: 'js' | 'css'; bytes: number; pathname: string }>[] = [];
  page.on('requestfinished', (request) => {
    const pathname = new URL(request.url()).pathname;
    const kind = pathname.endsWith('.js') ? 'js' : pathname.endsWith('.css') ? 'css' : null;
    if (kind) assets.push(request.sizes().then((sizes) => ({ kind, bytes: sizes.responseBodySize, pathname })));
  });
  const response = await page.goto(app.url + url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  // The document's inline scripts: Remix's own code and, in the stream it enqueues, the page's data
  // (its loaders' answers, the messages among them), which is counted apart.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  const isData = (script: string) => script.includes('streamController.enqueue');
  const gz = (scripts: string[]) => gzipSync(scripts.join('\n')).length;
  const loaded = await Promise.all(assets);
  const sum = (kind: 'js' | 'css') => loaded.filter((a) => a.kind === kind).reduce((total, a) => total + a.bytes, 0);
  if (process.env.PAGES_DEBUG) console.log(url, loaded.map((a) => `${a.pathname}:${a.bytes}`).join(' '));
  const weight = {
    jsKb: (sum('js') + gz(inline.filter((s) => !isData(s)))) / 1024,
    dataKb: gz(inline.filter(isData)) / 1024,
    cssKb: sum('css') / 1024,
  };
  return { page, weight };
}

/** The page of the first open job or course the public API lists (the index fills as the app starts). */
async function firstPosting(context: BrowserContext, kind: 'jobs' | 'training') {
  for (let tries = 0; tries < 60; tries++) {
    const answer = (await (await context.request.get(`${app.url}/api/v1/${kind}`)).json()) as { hits?: { id: string }[] };
    if (answer.hits?.[0]) return `/${kind}/${answer.hits[0].id}`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${kind} listed`);
}

describe('a returnee’s pages fit the budget', () => {
  test('each page ships at most 130 KB of JavaScript and 20 KB of CSS, compressed, on a first visit', async () => {
    const anonymous = await contextAs(null);
    const job = await firstPosting(anonymous, 'jobs');
    const course = await firstPosting(anonymous, 'training');
    await anonymous.close();
    const pages: [Role | null, string][] = [
      [null, '/'],
      [null, '/search'],
      [null, '/search?q=tho%20han'],
      [null, job],
      [null, course],
      [null, '/login'],
      ['returnee', '/'],
      ['returnee', '/me'],
      ['returnee', '/me/matches'],
      ['returnee', '/me/referrals'],
      ['returnee', job],
    ];
    const rows = [];
    for (const [role, url] of pages) {
      const context = await contextAs(role); // an empty cache: a first visit
      const { weight } = await weigh(context, url);
      rows.push({ who: role ?? 'anyone', url, js: round(weight.jsKb), css: round(weight.cssKb), data: round(weight.dataKb) });
      await context.close();
    }
    console.table(rows);
    expect(rows.filter((r) => r.js > budgets.jsKb || r.css > budgets.cssKb)).toEqual([]);
  });
});

// ── Every role's main pages: accessible, fully translated, photographed ────────────────────────────

const screenshotDir = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** Links to follow from a page to reach a record's page (the first one there). */
async function firstHref(context: BrowserContext, from: string, selector: string) {
  const page = await context.newPage();
  await page.goto(app.url + from);
  const href = await page.locator(selector).first().getAttribute('href');
  await page.close();
  if (!href) throw new Error(`no ${selector} on ${from}`);
  return href;
}

/** Serious and critical axe findings (WCAG 2.2 A and AA), one line each. */
async function axeFindings(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

type MainPage = { name: string; url: (context: BrowserContext) => Promise<string>; screenshot?: boolean };
const at = (url: string) => async () => url;

const mainPages: Record<Role | 'anyone', MainPage[]> = {
  anyone: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'search', url: at('/search?q=han'), screenshot: true },
    { name: 'job', url: (c) => firstPosting(c, 'jobs'), screenshot: true },
    { name: 'course', url: (c) => firstPosting(c, 'training') },
    { name: 'sign-in', url: at('/login'), screenshot: true },
    { name: 'employer-sign-up', url: at('/employers/register') },
    { name: 'not-found', url: at('/no/such/page') },
  ],
  returnee: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'profile', url: at('/me') },
    { name: 'suggestions', url: at('/me/matches'), screenshot: true },
    { name: 'applications', url: at('/me/referrals'), screenshot: true },
  ],
  employer: [
    { name: 'home', url: at('/employer'), screenshot: true },
    { name: 'new-job', url: at('/employer/jobs/new') },
    { name: 'organisation', url: at('/employer/organisation') },
    { name: 'job', url: (c) => firstHref(c, '/employer', 'a[href^="/employer/jobs/"]:not([href$="/new"])') },
    {
      name: 'candidates',
      url: async (c) => `${await firstHref(c, '/employer', 'a[href^="/employer/jobs/"]:not([href$="/new"])')}/candidates`,
      screenshot: true,
    },
    { name: 'board', url: async (c) => `${await firstHref(c, '/employer', 'a[href^="/employer/jobs/"]:not([href$="/new"])')}/pipeline` },
  ],
  counsellor: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'caseload', url: at('/caseload'), screenshot: true },
    { name: 'intake', url: at('/caseload/new') },
    { name: 'record', url: (c) => firstHref(c, '/caseload', 'a[href^="/caseload/"]:not([href$="/new"])'), screenshot: true },
    { name: 'matches', url: async (c) => `${await firstHref(c, '/caseload', 'a[href^="/caseload/"]:not([href$="/new"])')}/matches` },
    { name: 'pipeline', url: async (c) => `${await firstHref(c, '/caseload', 'a[href^="/caseload/"]:not([href$="/new"])')}/pipeline` },
    { name: 'verification', url: at('/verification') },
  ],
  organiser: [{ name: 'home', url: at('/') }],
  administrator: [
    { name: 'accounts', url: at('/admin/users'), screenshot: true },
    { name: 'api-tokens', url: at('/admin/tokens') },
  ],
};

describe('every role’s main pages', () => {
  test.each(Object.keys(mainPages) as (Role | 'anyone')[])(
    '%s: no serious accessibility finding, no missing message, screenshots',
    async (who) => {
      mkdirSync(screenshotDir, { recursive: true });
      const faults: string[] = [];
      for (const [viewportName, viewport] of [
        ['phone', { width: 360, height: 740 }],
        ['desktop', { width: 1280, height: 800 }],
      ] as const) {
        const context = await contextAs(who === 'anyone' ? null : who, viewport);
        for (const main of mainPages[who]) {
          const url = await main.url(context);
          const page = await context.newPage();
          const response = await page.goto(app.url + url, { waitUntil: 'networkidle' });
          const expected = main.name === 'not-found' ? 404 : 200;
          if (response?.status() !== expected) faults.push(`${main.name} (${url}): ${response?.status()}`);
          const missing = (await page.locator('body').innerText()).match(/⟦[^⟧]+⟧/g);
          if (missing) faults.push(`${main.name}: messages not sent with the page: ${missing.join(' ')}`);
          for (const finding of await axeFindings(page)) faults.push(`${main.name} (${viewportName}): ${finding}`);
          if (main.screenshot) await page.screenshot({ path: path.join(screenshotDir, `${who}-${main.name}-${viewportName}.png`) });
          await page.close();
        }
        await context.close();
      }
      expect(faults).toEqual([]);
    },
    300_000,
  );
});

describe('before the JavaScript arrives (or without it), on a phone', () => {
  test('the menu opens and leads on; search filters apply; the language switches', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const menu = page.locator('summary', { hasText: 'Menu' });
    const searchLink = page.locator('details nav').getByRole('link', { name: 'Việc làm & học nghề' });
    expect(await searchLink.isVisible()).toBe(false);
    await menu.click();
    await searchLink.click();
    await page.waitForURL(/\/search/);
    // The filters open from their link and apply with their own button.
    const workType = page.getByRole('combobox', { name: 'Hình thức làm việc' });
    expect(await workType.isVisible()).toBe(false);
    await page.getByRole('link', { name: /^Bộ lọc/ }).click();
    await workType.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await page.waitForURL(/workType=/);
    // The language button is a plain form too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
