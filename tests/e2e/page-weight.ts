// What a first visit to a page costs a phone, measured in a real browser against the running app
// (shared by tests/e2e/pages.test.ts, which holds each returnee page to the budget, and
// `npm run bench:pages`, which adds speed): the compressed JavaScript (the scripts fetched and the
// document's inline code), the CSS, the page's data (the loaders' answers Remix streams into the
// document, the page's messages among them) and every byte transferred.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { demoAccounts, demoPassword } from '#server/seed/demo.ts';

/** Every page a returnee uses must fit: compressed, on a first visit. */
export const budgets = { jsKb: 130, cssKb: 20 };

export type Role = (typeof demoAccounts)[number]['role'];
export type Viewport = { width: number; height: number };
export const phone: Viewport = { width: 360, height: 740 };

/** A fresh browser context (an empty cache: a first visit), signed in as the demo account of `role`. */
export async function contextAs(browser: Browser, baseUrl: string, role: Role | null, viewport: Viewport = phone) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  if (role) {
    const account = demoAccounts.find((a) => a.role === role)!;
    const response = await context.request.post(`${baseUrl}/login`, {
      form: { login: account.email ?? account.phone!, password: demoPassword },
      maxRedirects: 0,
    });
    if (response.status() !== 302) throw new Error(`${role} could not sign in: ${response.status()}`);
  }
  return context;
}

/** The page of the first open job or course the public API lists (the index fills as the app starts). */
export async function firstPosting(context: BrowserContext, baseUrl: string, kind: 'jobs' | 'training') {
  for (let tries = 0; tries < 60; tries++) {
    const answer = (await (await context.request.get(`${baseUrl}/api/v1/${kind}`)).json()) as { hits?: { id: string }[] };
    if (answer.hits?.[0]) return `/${kind}/${answer.hits[0].id}`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${kind} listed`);
}

/** The demo fair's page (`/fairs/<id>`), as its organiser's list links it. */
export async function demoFairPath(browser: Browser, baseUrl: string) {
  const context = await contextAs(browser, baseUrl, 'organiser');
  const html = await (await context.request.get(`${baseUrl}/fairs`)).text();
  await context.close();
  const id = html.match(/href="\/fairs\/([0-9a-f-]{36})"/)?.[1];
  if (!id) throw new Error('no demo fair in the organiser’s list');
  return `/fairs/${id}`;
}

/** The demo returnee's ticket page (`/me/fairs/<id>`): they registered for the demo fair themselves. */
export async function demoTicketPath(browser: Browser, baseUrl: string) {
  const context = await contextAs(browser, baseUrl, 'returnee');
  const html = await (await context.request.get(`${baseUrl}/me/fairs`)).text();
  await context.close();
  const id = html.match(/href="\/me\/fairs\/([0-9a-f-]{36})"/)?.[1];
  if (!id) throw new Error('no ticket on the demo returnee’s /me/fairs');
  return `/me/fairs/${id}`;
}

/** The pages a returnee uses, signed out and in (a job and a course found through the API; the demo fair's public board; their fairs and their ticket to the demo fair). */
export async function returneePages(browser: Browser, baseUrl: string) {
  const context = await contextAs(browser, baseUrl, null);
  const job = await firstPosting(context, baseUrl, 'jobs');
  const course = await firstPosting(context, baseUrl, 'training');
  await context.close();
  const fair = await demoFairPath(browser, baseUrl);
  const ticket = await demoTicketPath(browser, baseUrl);
  return [
    { name: 'home', role: null, url: '/' },
    { name: 'search', role: null, url: '/search' },
    { name: 'search: tho han', role: null, url: '/search?q=tho%20han' },
    { name: 'job', role: null, url: job },
    { name: 'course', role: null, url: course },
    { name: 'sign-in', role: null, url: '/login' },
    { name: 'fair board', role: null, url: `${fair}/board` },
    { name: 'home (returnee)', role: 'returnee', url: '/' },
    { name: 'profile', role: 'returnee', url: '/me' },
    { name: 'suggestions', role: 'returnee', url: '/me/matches' },
    { name: 'applications', role: 'returnee', url: '/me/referrals' },
    { name: 'fairs', role: 'returnee', url: '/me/fairs' },
    { name: 'fair ticket', role: 'returnee', url: ticket },
    { name: 'job (returnee)', role: 'returnee', url: job },
  ] satisfies { name: string; role: Role | null; url: string }[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Loads `url` in `context` (a fresh one: an empty cache, no other page) and weighs what came: KB
 * compressed, and all bytes. What a service worker fetches counts (the ticket page's worker fetches
 * the live client the page asks for), and an answer the worker hands the page is not counted again.
 */
export async function weigh(context: BrowserContext, baseUrl: string, url: string) {
  const page = await context.newPage();
  const sizes: Promise<{ pathname: string; body: number; total: number }>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const busy = (change: number) => {
    inFlight += change;
    lastActivity = Date.now();
  };
  const onRequest = () => busy(+1);
  const onFailed = () => busy(-1);
  const onFinished = (request: Request) => {
    busy(-1);
    sizes.push(
      (async () => {
        const [s, response] = await Promise.all([request.sizes(), request.response()]);
        const handedOn = response?.fromServiceWorker() ?? false;
        return {
          pathname: new URL(request.url()).pathname,
          body: handedOn ? 0 : s.responseBodySize,
          total: handedOn ? 0 : s.responseBodySize + s.responseHeadersSize,
        };
      })(),
    );
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  const response = await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  // What the page fetches once hydrated counts too (a fair page's live client): wait for the
  // hydration (Remix keeps its router on window), then for a second with nothing fetched.
  await page.waitForFunction(() => '__remixRouter' in window);
  while (inFlight > 0 || Date.now() - lastActivity < 1000) await page.waitForTimeout(100);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  context.off('request', onRequest);
  context.off('requestfinished', onFinished);
  context.off('requestfailed', onFailed);
  await page.close();
  const isData = (script: string) => script.includes('streamController.enqueue');
  const gz = (scripts: string[]) => gzipSync(scripts.join('\n')).length;
  const loaded = await Promise.all(sizes);
  const sum = (suffix: string) => loaded.filter((a) => a.pathname.endsWith(suffix)).reduce((total, a) => total + a.body, 0);
  return {
    jsKb: kb(sum('.js') + gz(inline.filter((s) => !isData(s)))),
    cssKb: kb(sum('.css')),
    dataKb: kb(gz(inline.filter(isData))),
    bytes: loaded.reduce((total, a) => total + a.total, 0),
  };
}
