// The weight of the pages a returnee uses, on the production build the app serves: each must ship at
// most 130 KB of JavaScript and 20 KB of CSS, compressed, on a first visit (the scripts fetched and
// the document's inline code; the page's data is reported beside it) — the budget every later page
// must fit (page-weight.ts measures).
// Every main page of every role: no serious or critical axe finding (WCAG 2.2 AA), no message
// missing from a page (⟦key⟧), no badge cut off, nothing wider than the screen (reflow, as zooming
// needs), and its screenshots on a phone and a desktop (docs/screenshots/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';
import { axeFindings } from './steps.ts';
import {
  budgets,
  contextAs as contextAsOn,
  demoFairPath,
  demoTicketPath,
  firstPosting,
  phone,
  returneePages,
  weigh,
  type Role,
} from './page-weight.ts';

let app: RunningApp;
let browser: Browser;
useAppAndBrowser('pages', (a, b) => {
  app = a;
  browser = b;
});

const contextAs = (role: Role | null, viewport = phone) => contextAsOn(browser, app.url, role, viewport);

describe('a returnee’s pages fit the budget', () => {
  test('each page ships at most 130 KB of JavaScript and 20 KB of CSS, compressed, on a first visit', async () => {
    const rows = [];
    for (const { name, role, url } of await returneePages(browser, app.url)) {
      const context = await contextAs(role); // an empty cache: a first visit
      const { jsKb, cssKb, dataKb } = await weigh(context, app.url, url);
      rows.push({ name, js: jsKb, css: cssKb, data: dataKb });
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

/** The page of the demo employer's first job, and of the counsellor's first record. */
const employerJob = (c: BrowserContext) => firstHref(c, '/employer', 'a[href^="/employer/jobs/"]:not([href$="/new"])');
const caseRecord = (c: BrowserContext) => firstHref(c, '/caseload', 'a[href^="/caseload/"]:not([href$="/new"])');

type MainPage = { name: string; url: (context: BrowserContext) => Promise<string>; screenshot?: boolean };
const at = (url: string) => async () => url;
/** A page of the demo fair (`''` its own page, `/board`, `/console`, `/door`). */
const demoFair = (page: string) => async () => `${await demoFairPath(browser, app.url)}${page}`;

const mainPages: Record<Role | 'anyone', MainPage[]> = {
  anyone: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'search', url: at('/search?q=han'), screenshot: true },
    { name: 'job', url: (c) => firstPosting(c, app.url, 'jobs'), screenshot: true },
    { name: 'course', url: (c) => firstPosting(c, app.url, 'training') },
    { name: 'sign-in', url: at('/login'), screenshot: true },
    { name: 'employer-sign-up', url: at('/employers/register') },
    { name: 'fair-board', url: demoFair('/board'), screenshot: true },
    { name: 'not-found', url: at('/no/such/page') },
  ],
  returnee: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'search', url: at('/search?q=han') },
    { name: 'profile', url: at('/me') },
    { name: 'suggestions', url: at('/me/matches'), screenshot: true },
    { name: 'applications', url: at('/me/referrals'), screenshot: true },
    { name: 'fairs', url: at('/me/fairs') },
    { name: 'fair-ticket', url: () => demoTicketPath(browser, app.url), screenshot: true },
  ],
  employer: [
    { name: 'home', url: at('/employer'), screenshot: true },
    { name: 'new-job', url: at('/employer/jobs/new') },
    { name: 'organisation', url: at('/employer/organisation') },
    { name: 'job', url: employerJob },
    {
      name: 'candidates',
      url: async (c) => `${await employerJob(c)}/candidates`,
      screenshot: true,
    },
    { name: 'board', url: async (c) => `${await employerJob(c)}/pipeline` },
    { name: 'fairs', url: at('/employer/fairs') },
    { name: 'booth-desk', url: (c) => firstHref(c, '/employer/fairs', 'a[href^="/employer/fairs/"]'), screenshot: true },
  ],
  counsellor: [
    { name: 'home', url: at('/'), screenshot: true },
    { name: 'caseload', url: at('/caseload'), screenshot: true },
    { name: 'intake', url: at('/caseload/new') },
    { name: 'record', url: caseRecord, screenshot: true },
    { name: 'matches', url: async (c) => `${await caseRecord(c)}/matches` },
    { name: 'pipeline', url: async (c) => `${await caseRecord(c)}/pipeline` },
    { name: 'fairs', url: async (c) => `${await caseRecord(c)}/fairs` },
    { name: 'verification', url: at('/verification') },
    { name: 'indicators', url: at('/indicators'), screenshot: true },
    { name: 'indicator-needs', url: at('/indicators/needs') },
    { name: 'yearly-report', url: at('/indicators/report'), screenshot: true },
  ],
  organiser: [
    { name: 'home', url: at('/') },
    { name: 'fairs', url: at('/fairs') },
    { name: 'new-fair', url: at('/fairs/new') },
    { name: 'fair', url: demoFair(''), screenshot: true },
    { name: 'console', url: demoFair('/console'), screenshot: true },
    { name: 'door', url: demoFair('/door') },
    { name: 'indicators', url: at('/indicators'), screenshot: true },
  ],
  administrator: [
    { name: 'accounts', url: at('/admin/users'), screenshot: true },
    { name: 'api-tokens', url: at('/admin/tokens') },
    { name: 'plans', url: at('/admin/plans') },
    { name: 'indicators', url: at('/indicators?area=country') },
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
          const cutOff = await page.evaluate(() =>
            [...document.querySelectorAll('.mantine-Badge-label, [data-badge]')]
              .filter((b) => b.scrollWidth > b.clientWidth + 1)
              .map((b) => b.textContent),
          );
          if (cutOff.length) faults.push(`${main.name} (${viewportName}): badges cut off: ${cutOff.join(', ')}`);
          // Reflow (WCAG 1.4.10, what 200–400 % zoom needs): at 360 px nothing makes the page scroll sideways.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) faults.push(`${main.name} (${viewportName}): ${overflow} px wider than the screen`);
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

// ── The ticket offline ─────────────────────────────────────────────────────────────────────────────

describe('the fair ticket once loaded', () => {
  test('shows its code and QR code again with the network gone (its service worker keeps the copy from the first load); other pages are not kept', async () => {
    const context = await contextAs('returnee');
    const page = await context.newPage();
    const ticket = await demoTicketPath(browser, app.url);
    await page.goto(app.url + ticket, { waitUntil: 'networkidle' });
    const code = (await page.getByRole('img', { name: /^Mã QR của vé / }).getAttribute('aria-label'))!.slice(-6);
    // The worker, once it takes over, keeps the page it was registered from.
    await expect
      .poll(() => page.evaluate(() => caches.match(location.origin + location.pathname).then(Boolean)), { timeout: 20_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('img', { name: `Mã QR của vé ${code}` }).waitFor();
    expect(await page.locator('p', { hasText: code }).first().isVisible()).toBe(true);
    // Pages outside /me/fairs/ were never the worker's: offline they fail as usual.
    expect(
      await page.goto(`${app.url}/me/referrals`).then(
        () => 'loaded',
        () => 'failed',
      ),
    ).toBe('failed');
    await context.close();
  });
});

// ── The keyboard alone ─────────────────────────────────────────────────────────────────────────────

/**
 * Presses Tab until `wanted` holds for the focused element (at most `limit` times). Each element the
 * focus passes must look different focused than after the focus has left it (an outline, a
 * shadow, a border or a background): what it was and how it looked is returned for those that do not.
 */
async function tabTo(page: Page, wanted: (element: { tag: string; text: string; href: string | null }) => boolean, limit = 150) {
  const unseen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(async () => {
      const w = window as unknown as { __focused?: { element: Element; look: string } };
      const look = (element: Element) => {
        const s = getComputedStyle(element);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
      };
      // Once the looks have settled (inputs fade their border in), how the element before looks now
      // that the focus has left it.
      const before = w.__focused;
      const settled = (element: Element | null | undefined) => Promise.all(element?.getAnimations().map((a) => a.finished) ?? []);
      await settled(before?.element);
      await settled(document.activeElement);
      const invisible = before && look(before.element) === before.look ? before.element : null;
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 50)}”`;
      const active = document.activeElement;
      if (!active || active === document.body) return { invisible: invisible && describe(invisible), element: null };
      w.__focused = { element: active, look: look(active) };
      return {
        invisible: invisible && describe(invisible),
        element: {
          tag: active.tagName.toLowerCase(),
          text: (active.getAttribute('aria-label') ?? active.textContent ?? '').trim(),
          href: active.getAttribute('href'),
        },
      };
    });
    if (step.invisible) unseen.push(step.invisible);
    if (step.element && wanted(step.element)) return unseen;
  }
  throw new Error(`Tab never reached the element wanted (after ${limit} presses)`);
}

describe('with the keyboard alone', () => {
  test('a returnee opens the menu, finds a job and applies, always seeing where the focus is', async () => {
    const context = await contextAs('returnee');
    const page = await context.newPage();
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: /^Ứng tuyển việc/ }) })
      .first();
    // A freshly started app may still be filling its search index: search again until a job shows.
    await expect
      .poll(
        async () => {
          await page.goto(`${app.url}/search?q=han`, { waitUntil: 'networkidle' });
          return card.count();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    const unseen: string[] = [];

    // The skip link comes first, then the menu: Enter opens it, Esc closes it and gives the focus back.
    unseen.push(...(await tabTo(page, (e) => e.tag === 'summary')));
    await page.keyboard.press('Enter');
    const menuLink = page.locator('details nav').getByRole('link', { name: 'Việc làm & học nghề' });
    await expect.poll(() => menuLink.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menuLink.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('summary');

    // The first result with an "apply" button: its title link, Enter, then that job's own button.
    const title = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
    unseen.push(...(await tabTo(page, (e) => e.tag === 'a' && e.text === title)));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    unseen.push(...(await tabTo(page, (e) => e.tag === 'button' && e.text === `Ứng tuyển việc “${title}”`)));
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Bạn đã ứng tuyển việc “${title}”.` })
      .waitFor();

    expect(unseen).toEqual([]);
    await context.close();
  });
});
