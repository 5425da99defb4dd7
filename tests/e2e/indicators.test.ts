// The browser journey of the employment indicators (issue 12), as ordered steps on the demo data
// (server/seed/demo-indicators.ts: a history of hires and follow-ups in Quảng Ngãi):
//  1. the administrator enters a plan for the whole of Quảng Ngãi for this year on /admin/plans —
//     its decision number and a band per indicator (a stable job 15–20 %) — and sees it listed;
//  2. the province's counsellor opens /indicators for this year: the "stable job" tile shows the
//     plan's band and a status; its numerator leads to the people behind it, as many as it says;
//  3. the tables downloaded as XLSX open (exceljs) and hold the tile's numerator, denominator and rate;
//  4. the yearly report, opened from the dashboard, has the administrative header and part II's
//     table with the same numbers; printed (print media) it shows the report without the site
//     around it, and Chromium's PDF of it is A4.
// No serious axe finding on the dashboard, the people list or the report. After a failure the
// later steps are skipped rather than failing for the same reason.
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { vietnamDate } from '#lib/dates.ts';
import { formatPercent } from '#lib/format.ts';
import { demoPassword } from '#server/seed/demo.ts';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';
import { axeFindings, journey } from './steps.ts';

let app: RunningApp;
let browser: Browser;
useAppAndBrowser('indicators', (a, b) => {
  app = a;
  browser = b;
});

// ── The story's facts ─────────────────────────────────────────────────────────────────────────────

const year = vietnamDate().slice(0, 4);
const plan = {
  name: `Kế hoạch hỗ trợ việc làm cho người trở về địa phương tỉnh Quảng Ngãi năm ${year}`,
  decision: `125/KH-UBND`,
};
const stableJob = 'Có việc làm ổn định';
const statuses = ['Vượt chỉ tiêu', 'Đạt chỉ tiêu', 'Gần đạt', 'Chưa đạt'];

/** Page loads and form answers: a cold app on a busy two-core machine can take several seconds. */
const patience = { timeout: 20_000 };

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, login: string, home: string) {
  await page.goto(`${app.url}/login?with=email`);
  await page.getByLabel('Email').fill(login);
  await page.getByLabel('Mật khẩu').fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await see(page.getByRole('heading', { level: 1, name: home, exact: true }));
}

async function see(locator: Locator, options = patience) {
  await locator.waitFor({ state: 'visible', ...options });
}

/** A count as the page writes it ("1.234") as a number. */
const countOf = (text: string) => Number(text.replace(/\./g, ''));

// ── The journey ───────────────────────────────────────────────────────────────────────────────────

const step = journey();
let counsellor: Page;
/** What the "stable job" tile shows. */
let tile: { numerator: number; denominator: number; rate: string };
let dashboardUrl = '';

step('the administrator enters a plan for the whole of Quảng Ngãi for this year, with its bands, and sees it listed', async () => {
  const admin = await newPage();
  await signIn(admin, 'admin@demo.vn', 'Trang quản trị');
  await admin.goto(`${app.url}/admin/plans`);
  await see(admin.getByRole('heading', { level: 1, name: 'Đề án, kế hoạch và chỉ tiêu' }));
  // The province first; then the plan's form for it.
  await admin.getByLabel('Tỉnh/thành phố').selectOption('51');
  await admin.getByRole('button', { name: 'Tiếp tục' }).click();
  await see(admin.getByRole('button', { name: 'Lưu đề án' }));
  await admin.getByLabel('Tên đề án, kế hoạch').fill(plan.name);
  await admin.getByLabel('Số quyết định').fill(plan.decision);
  await admin.getByLabel('Từ năm').fill(year);
  await admin.getByLabel('Đến năm').fill(year);
  // The whole province (the demo's Kon Tum plan covers only the communes that were Kon Tum).
  expect(await admin.getByLabel('Địa bàn áp dụng').inputValue()).toBe('');
  const band = async (indicator: string, low: string, high: string) => {
    const fieldset = admin.getByRole('group', { name: indicator, exact: true });
    await fieldset.getByLabel('Từ (%)').fill(low);
    await fieldset.getByLabel('Đến (%)').fill(high);
  };
  await band('Được đào tạo nghề', '20', '25');
  await band(stableJob, '15', '20');
  await admin.getByRole('button', { name: 'Lưu đề án' }).click();
  await see(admin.getByRole('status').filter({ hasText: 'Đã lưu đề án và các chỉ tiêu.' }));
  const row = admin.getByRole('row').filter({ hasText: `${plan.name} (${plan.decision})` });
  await see(row);
  expect(await row.innerText()).toContain('15 %–20 %');
});

step(
  'the counsellor opens this year’s figures: the stable-job tile shows the plan’s band and a status; its numerator lists as many people',
  async () => {
    counsellor = await newPage();
    await signIn(counsellor, 'canbo@demo.vn', 'Trang của cán bộ tư vấn');
    await counsellor.goto(`${app.url}/indicators`);
    await see(counsellor.getByRole('heading', { level: 1, name: 'Chỉ tiêu hỗ trợ việc làm' }));
    const filter = counsellor.getByRole('form', { name: 'Chọn kỳ, khu vực và phiên chợ' });
    await filter.getByLabel('Loại kỳ').selectOption('year');
    await filter.getByLabel('Năm', { exact: true }).selectOption(year);
    await filter.getByRole('button', { name: 'Xem số liệu' }).click();
    await counsellor.waitForURL(/period=year/, patience);
    dashboardUrl = counsellor.url();
    await see(counsellor.getByText(`So với chỉ tiêu của ${plan.name} (số ${plan.decision})`));

    const card = counsellor.getByRole('region', { name: stableJob, exact: true });
    await see(card);
    const text = await card.innerText();
    const counts = text.match(/([\d.]+) trên ([\d.]+) người/);
    expect(counts, text).not.toBeNull();
    tile = { numerator: countOf(counts![1]), denominator: countOf(counts![2]), rate: text.match(/\d+(?:,\d+)? %/)![0] };
    expect(tile.numerator).toBeGreaterThanOrEqual(5);
    expect(text).toContain('15 %–20 %');
    // The status badge (drawn in capitals: its text is read as written).
    const written = (await card.textContent()) ?? '';
    expect(
      statuses.some((status) => written.includes(status)),
      written,
    ).toBe(true);
    expect(await axeFindings(counsellor)).toEqual([]);

    await card
      .getByRole('link', { name: String(tile.numerator), exact: true })
      .first()
      .click();
    await see(counsellor.getByRole('heading', { level: 1, name: 'Danh sách người được tính' }));
    const people = counsellor.locator('tbody tr');
    expect(await people.count()).toBe(tile.numerator);
    // Each a link to the person's record.
    expect(await people.getByRole('link').count()).toBe(tile.numerator);
    expect(await axeFindings(counsellor)).toEqual([]);
  },
);

step('the XLSX download opens and holds the tile’s numerator, denominator and rate', async () => {
  await counsellor.goto(dashboardUrl);
  const link = counsellor.getByRole('link', { name: 'Tải Excel (XLSX)' });
  await see(link);
  const [download] = await Promise.all([counsellor.waitForEvent('download', patience), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  let found: unknown[] | null = null;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === stableJob) found = values;
  });
  expect(found, 'a row for the stable job in the first sheet').not.toBeNull();
  const [, numerator, denominator, rate] = found! as [string, number, number, number];
  expect({ numerator, denominator }).toEqual({ numerator: tile.numerator, denominator: tile.denominator });
  expect(typeof rate).toBe('number');
  expect(formatPercent('vi', rate)).toBe(tile.rate);
});

step(
  'the yearly report from the dashboard: the administrative header, part II with the same numbers; printed, only the report, on A4',
  async () => {
    await counsellor.getByRole('link', { name: 'Báo cáo năm' }).click();
    await see(counsellor.getByRole('heading', { level: 1, name: 'Báo cáo năm' }));
    await see(counsellor.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    await see(counsellor.getByText('Độc lập - Tự do - Hạnh phúc'));
    await see(counsellor.getByRole('heading', { name: 'II. KẾT QUẢ THỰC HIỆN' }));
    const row = counsellor
      .locator('.report-table tbody tr')
      .filter({ has: counsellor.getByRole('rowheader', { name: stableJob, exact: true }) });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 3).map((c) => c.trim())).toEqual([String(tile.numerator), String(tile.denominator), tile.rate]);
    expect(await axeFindings(counsellor)).toEqual([]);

    // The print stylesheet: the site's header, navigation and forms go, the report stays.
    await counsellor.emulateMedia({ media: 'print' });
    expect(await counsellor.locator('.report-document').isVisible()).toBe(true);
    expect(await counsellor.locator('header').first().isVisible()).toBe(false);
    expect(await counsellor.locator('nav').first().isVisible()).toBe(false);
    expect(await counsellor.getByRole('button', { name: 'Xem báo cáo' }).isVisible()).toBe(false);
    for (const form of await counsellor.locator('form').all()) expect(await form.isVisible()).toBe(false);
    // Headless Chromium prints to PDF: the page size the stylesheet asks for is A4 (595 × 842 pt).
    const pdf = Buffer.from(await counsellor.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(box, 'a page size in the PDF').not.toBeNull();
    expect(Math.abs(Number(box![1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box![2]) - 842)).toBeLessThan(2);
    await counsellor.emulateMedia({ media: 'screen' });
  },
);
