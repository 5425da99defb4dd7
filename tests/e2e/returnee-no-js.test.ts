// The returnee's journey on a small phone with JavaScript turned off (360×740): every step is a
// plain link or form the server answers. Search for a job, open it, sign in with a phone number
// (coming back to the job), apply, see the application; then ask for a seat on a course, and
// withdraw the application through its confirmation page. And at the demo job fair: the ticket, joining
// a booth's queue (applying, the consent above the button) and leaving it.
import type { Browser, Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';

let app: RunningApp;
let browser: Browser;
useAppAndBrowser('nojs', (a, b) => {
  app = a;
  browser = b;
});

/** Page loads and form answers: generous on a cold, freshly built app. */
const patience = { timeout: 20_000 };
async function see(locator: Locator) {
  await locator.waitFor({ state: 'visible', ...patience });
}

const job = { title: 'Thợ hàn điện (hàn hồ quang tay)', employer: 'Công ty TNHH Cơ khí Đăk Bla' }; // server/seed/demo.ts

test('without JavaScript on a 360 px phone: search, open a job, sign in by phone, apply, see it; ask for a course seat; withdraw, confirmed', async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();

  await page.goto(`${app.url}/search`);
  await page.getByLabel('Tìm việc làm hoặc khóa học').fill('tho han dien');
  await page.getByRole('button', { name: 'Tìm', exact: true }).tap();
  // A freshly started app may still be filling its search index: search again until the job shows.
  const result = page.getByRole('link', { name: job.title, exact: true }).first();
  await expect
    .poll(
      async () => {
        if (await result.count()) return true;
        await page.reload();
        return false;
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(true);
  await result.tap();
  await see(page.getByRole('heading', { level: 1, name: job.title }));

  await page.getByRole('link', { name: 'Đăng nhập để ứng tuyển' }).tap();
  await page.getByLabel('Số điện thoại').fill('0900000001');
  await page.getByLabel('Mật khẩu').fill('phienchotinhnguoi');
  await page.getByRole('button', { name: 'Đăng nhập' }).last().tap();
  // Back on the job, signed in: the consent wording, then the button.
  await see(page.getByRole('heading', { level: 1, name: job.title }));
  await see(page.getByText(`bạn đồng ý để ${job.employer} thấy họ tên và số điện thoại của bạn`));
  await page.getByRole('button', { name: `Ứng tuyển việc “${job.title}”` }).tap();

  await see(page.getByRole('heading', { level: 1, name: 'Việc làm và học nghề của tôi' }));
  await see(page.getByRole('status').filter({ hasText: `Bạn đã ứng tuyển việc “${job.title}”.` }));
  const application = page.getByRole('article', { name: job.title, exact: true });
  await see(application.getByText('Bạn đã ứng tuyển; cán bộ tư vấn sẽ giới thiệu bạn với nhà tuyển dụng'));

  // A course: from the search's training tab, its page, "ask for a seat".
  // The index may still be taking in the courses (they come after the jobs): look again until one shows.
  await page.goto(`${app.url}/search?kind=training`);
  const course = page.getByRole('article').first();
  await expect
    .poll(
      async () => {
        if (await course.count()) return true;
        await page.reload();
        return false;
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(true);
  const courseTitle = (await course.getByRole('heading', { level: 3 }).textContent())!.trim();
  await course.getByRole('link', { name: courseTitle, exact: true }).tap();
  await see(page.getByRole('heading', { level: 1, name: courseTitle }));
  await page.getByRole('button', { name: `Xin chỗ học khóa “${courseTitle}”` }).tap();
  await see(page.getByRole('status').filter({ hasText: `Bạn đã xin chỗ học khóa “${courseTitle}”.` }));
  await see(page.getByRole('article', { name: courseTitle, exact: true }).getByText('Bạn đã đăng ký học; đang chờ xếp lớp'));

  // Withdrawing asks first, on a page of its own; then "apply again" is offered.
  await page.getByRole('link', { name: `Dừng ứng tuyển: ${job.title}` }).tap();
  await see(page.getByRole('heading', { name: `Dừng ứng tuyển việc “${job.title}”?` }));
  await page.getByRole('button', { name: 'Có, dừng ứng tuyển' }).tap();
  await see(page.getByRole('status').filter({ hasText: 'Đã dừng ứng tuyển.' }));
  const withdrawn = page.getByRole('article', { name: job.title, exact: true });
  await see(withdrawn.getByRole('button', { name: `Ứng tuyển lại việc “${job.title}”` }));
  await context.close();
}, 180_000);

const demoFair = 'Phiên chợ việc làm của tình người – phường Đăk Bla'; // server/seed/demo-fair.ts

test('without JavaScript on a 360 px phone: the fair ticket — its code and QR code; apply and join a booth’s queue with the consent shown above the button, see the place; leave it', async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await page.goto(`${app.url}/login?redirectTo=/me/fairs`);
  await page.getByLabel('Số điện thoại').fill('0900000001');
  await page.getByLabel('Mật khẩu').fill('phienchotinhnguoi');
  await page.getByRole('button', { name: 'Đăng nhập' }).last().tap();
  await see(page.getByRole('heading', { level: 1, name: 'Phiên chợ việc làm' }));

  // The demo person registered and was checked in at the door: their ticket is a tap away.
  await page.getByRole('link', { name: demoFair }).tap();
  await see(page.getByRole('heading', { level: 1, name: demoFair }));
  await see(page.getByRole('img', { name: /^Mã QR của vé [A-Z0-9]{6}$/ }));

  const join = page.getByRole('button', { name: /^Ứng tuyển & xếp hàng ở gian \d+: “/ }).first();
  const wording = page.locator(`[id="${await join.getAttribute('aria-describedby')}"]`);
  expect(await wording.textContent()).toMatch(/^Khi bấm “Ứng tuyển”, bạn đồng ý để .+ thấy họ tên và số điện thoại của bạn/);
  await join.tap();
  await see(page.getByRole('status').filter({ hasText: /^Đã xếp hàng ở gian \d+: số thứ tự \d+\.$/ }));
  await see(page.getByRole('heading', { level: 2, name: 'Chỗ xếp hàng' }));
  await see(page.getByText('Số thứ tự', { exact: false }).first());

  await page.getByRole('button', { name: /^Rời hàng ở gian \d+$/ }).tap();
  await see(page.getByRole('status').filter({ hasText: /^Đã rời hàng ở gian \d+\.$/ }));
  await context.close();
}, 180_000);
