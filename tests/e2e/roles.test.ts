// Whole journeys in a real browser: each demo role signs in and lands on its own home page; a
// jobseeker on a phone switches to English and finds it remembered at the next sign-in; the app
// keeps its data across a restart and leaves no embedded server running after SIGTERM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { isAlive } from '#server/processes.ts';
import { startApp, type RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';

let app: RunningApp;
let browser: Browser;
const dataDir = useAppAndBrowser('roles', (a, b) => {
  app = a;
  browser = b;
});
afterAll(() => app?.stop()); // the app the restart test started again, if it did

async function signIn(page: Page, login: string, password = 'phienchotinhnguoi') {
  // The phone field comes first; staff and employers use the email field (the link to it: accounts.test.ts).
  const byEmail = login.includes('@');
  await page.goto(`${app.url}/login${byEmail ? '?with=email' : ''}`);
  await page.getByLabel(byEmail ? 'Email' : 'Số điện thoại').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  // Until the server has checked the password (argon2, the slow part on a busy machine).
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/login'));
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await answered;
}

const homes = [
  ['admin@demo.vn', 'Trang quản trị'],
  ['canbo@demo.vn', 'Trang của cán bộ tư vấn'],
  ['doanhnghiep@demo.vn', 'Trang doanh nghiệp'],
  ['bantochuc@demo.vn', 'Trang ban tổ chức phiên chợ'],
  ['0900000001', 'Trang của tôi'],
] as const;

for (const [login, heading] of homes) {
  test(`${login} signs in and sees “${heading}”`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, login);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    await context.close();
  });
}

test('a wrong password shows a clear message and keeps the login typed', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'canbo@demo.vn', 'sai-mat-khau');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Email/số điện thoại hoặc mật khẩu không đúng.');
  expect(await page.getByLabel('Email').inputValue()).toBe('canbo@demo.vn');
  await context.close();
});

test('on a phone, a jobseeker switches to English, and the choice is remembered at the next sign-in', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, '0900000001');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trang của tôi');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('My page');
  // Sign out from the phone menu, then sign in from a fresh browser: still English.
  await page.locator('summary', { hasText: 'Menu' }).click();
  await page.locator('details[open] nav').getByRole('button', { name: 'Sign out' }).click();
  await context.close();

  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await signIn(again, '0900000001');
  await expect.poll(() => again.getByRole('heading', { level: 1 }).textContent()).toBe('My page');
  await fresh.close();
});

test('after SIGTERM no embedded server is left running, and the next start keeps the data', async () => {
  const meiliPid = Number(readFileSync(path.join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
  const response = await fetch(`${app.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'admin@demo.vn', password: 'phienchotinhnguoi' }),
  });
  expect(response.status).toBe(200);
  const adminId = (await response.json()).user.id;
  const postgresPid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(isAlive(postgresPid)).toBe(true);

  expect(await app.stop()).toBe(0);
  expect(isAlive(meiliPid)).toBe(false);
  expect(isAlive(postgresPid)).toBe(false);

  app = await startApp(dataDir);
  expect(app.output()).not.toContain('demo data loaded');
  const again = await fetch(`${app.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'admin@demo.vn', password: 'phienchotinhnguoi' }),
  });
  expect((await again.json()).user.id).toBe(adminId);
});
