// The catalogue journey in a real browser: the demo employer (verified) writes a job with a
// Vietnamese title, saves it as a draft, then publishes it; an anonymous visitor on a phone types
// the title without diacritics into /search, finds it once indexing has caught up, and opens it.
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';

let app: RunningApp;
let browser: Browser;
useAppAndBrowser('catalogue', (a, b) => {
  app = a;
  browser = b;
});

async function signIn(page: Page, login: string, password = 'phienchotinhnguoi') {
  await page.goto(`${app.url}/login?redirectTo=%2Femployer&with=email`);
  await page.getByLabel('Email').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

/** "Thợ sơn tĩnh điện" → "Tho son tinh dien": what someone types on a phone without a Vietnamese keyboard. */
function withoutDiacritics(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Page loads and form answers: generous on a cold, freshly built app. */
const patience = { timeout: 10_000 };

/** The demo employer, signed in, on a new job's form. */
async function newJobForm() {
  const employer = await browser.newContext();
  const page = await employer.newPage();
  await signIn(page, 'doanhnghiep@demo.vn');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), patience).toBe('Trang doanh nghiệp');
  await page.getByRole('link', { name: 'Đăng tin tuyển dụng' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), patience).toBe('Đăng tin tuyển dụng');
  return { employer, page };
}

const places = ['Hòa Khánh', 'Phú Lộc', 'Đồng Xuân', 'Quảng Điền', 'Tân Phước', 'Sông Cầu', 'Ngũ Hành Sơn'];
const title = `Thợ sơn tĩnh điện ca đêm ${places[Math.floor(Math.random() * places.length)]}`;

test('an employer drafts then publishes a job, and a visitor on a phone finds it typing without diacritics', async () => {
  const { employer, page } = await newJobForm();
  await page.getByLabel('Tên công việc').fill(title);
  await page.getByLabel(/^Nghề/).selectOption('building-painter');
  await page
    .getByLabel('Công việc cụ thể hằng ngày')
    .fill('Sơn tĩnh điện khung cửa và lan can thép trong buồng sơn; có thợ cả hướng dẫn, đồ bảo hộ đầy đủ.');
  await page.getByLabel('Lương thấp nhất (đồng/tháng)').fill('8000000');
  await page.getByLabel('Lương cao nhất (đồng/tháng)').fill('10500000');
  await page.getByLabel('Có bữa ăn').check();
  await page.getByRole('button', { name: 'Lưu nháp' }).click();

  // Saved as a draft: its own edit page, still private.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), patience).toBe(title);
  await expect.poll(() => page.getByRole('status').first().textContent(), patience).toContain('Đã lưu bản nháp');
  expect(await page.getByText('bản nháp', { exact: true }).count()).toBeGreaterThan(0);
  expect(await page.getByLabel('Lương thấp nhất (đồng/tháng)').inputValue()).toBe('8.000.000');

  await page.getByRole('button', { name: 'Đăng tin', exact: true }).click();
  await expect.poll(() => page.getByRole('status').first().textContent(), patience).toContain('Đã đăng tin');
  await expect.poll(() => page.getByText('đang tuyển', { exact: true }).count(), patience).toBeGreaterThan(0);
  await employer.close();

  // A visitor on a phone, not signed in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const visitor = await phone.newPage();
  const typed = withoutDiacritics(title).toLowerCase();
  const result = visitor.getByRole('link', { name: title, exact: true });
  // Indexing is asynchronous (outbox → Meilisearch): search again until the job shows, for up to ~10 s.
  await expect
    .poll(
      async () => {
        await visitor.goto(`${app.url}/search`);
        await visitor.getByLabel('Tìm việc làm hoặc khóa học').fill(typed);
        await visitor.getByLabel('Tìm việc làm hoặc khóa học').press('Enter');
        await visitor.waitForURL(/[?&]q=/);
        await visitor.waitForLoadState('networkidle');
        return result.count();
      },
      { timeout: 15_000, interval: 1000 },
    )
    .toBeGreaterThan(0);
  await result.first().tap();
  await expect.poll(() => visitor.getByRole('heading', { level: 1 }).textContent(), patience).toBe(title);
  expect(visitor.url()).toMatch(/\/jobs\/[0-9a-f-]{36}$/);
  await phone.close();
});

test('a job with 0 or a negative number of openings is refused with a message, never quietly turned into 1', async () => {
  const { employer, page } = await newJobForm();
  await page.getByLabel('Tên công việc').fill('Phụ hồ công trình dân dụng');
  await page.getByLabel(/^Nghề/).selectOption('building-painter');
  await page.getByLabel('Công việc cụ thể hằng ngày').fill('Trộn vữa, vận chuyển vật liệu và phụ thợ xây trong công trình nhà ở.');
  await page.getByLabel('Lương thấp nhất (đồng/tháng)').fill('7000000');
  await page.getByLabel('Lương cao nhất (đồng/tháng)').fill('8000000');
  const openings = page.getByLabel(/^Số người cần tuyển/);
  for (const typed of ['0', '-2']) {
    await openings.fill(typed);
    await openings.blur();
    expect(await openings.inputValue()).toBe(typed);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect.poll(() => page.getByText('Số người cần tuyển là số nguyên từ 1 đến 1000.').count(), patience).toBeGreaterThan(0);
    expect(await openings.getAttribute('aria-invalid')).toBe('true');
    expect(await openings.inputValue()).toBe(typed);
  }
  await employer.close();
});
