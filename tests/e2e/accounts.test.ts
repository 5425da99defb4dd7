// The way in and the way back, in a browser with JavaScript turned off: the counsellor resets the
// demo jobseeker's sign-in from his record and reads out the new code; he switches to English
// before signing in, signs in with his phone number and the code, and finds English kept and his
// job centre's number on his page; the administrator resets the employer's password the same way.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
useAppAndBrowser('accounts', (a, b) => {
  app = a;
  browser = b;
});
afterAll(async () => {
  for (const context of contexts) await context.close();
});

const patience = { timeout: 20_000 };

async function see(locator: Locator) {
  await locator.waitFor({ state: 'visible', ...patience });
}

/** A browser with JavaScript off: every step must work from the server's HTML alone. */
async function noScriptPage(viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  contexts.push(context);
  return context.newPage();
}

async function signInWithEmail(page: Page, email: string, password: string) {
  await page.goto(`${app.url}/login`);
  await page.getByRole('link', { name: 'Cán bộ hoặc doanh nghiệp? Đăng nhập bằng email' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

/** The confirmation, then the code shown once in the answer. */
async function confirmAndReadCode(page: Page, confirm: string) {
  await page.getByRole('button', { name: confirm }).click();
  const code = page.getByRole('status').getByText(/^\d{8}$/);
  await see(code);
  return (await code.textContent())!.trim();
}

test('a counsellor resets a jobseeker’s sign-in; he signs in with the new code after choosing English, which is kept', async () => {
  const counsellor = await noScriptPage({ width: 1280, height: 900 });
  await signInWithEmail(counsellor, 'canbo@demo.vn', 'phienchotinhnguoi');
  await see(counsellor.getByRole('heading', { level: 1, name: 'Trang của cán bộ tư vấn' }));
  await counsellor.goto(`${app.url}/caseload?q=${encodeURIComponent('Phan Văn Tâm')}`);
  await counsellor.getByRole('link', { name: 'Phan Văn Tâm' }).first().click();
  await see(counsellor.getByRole('heading', { level: 1, name: 'Phan Văn Tâm' }));
  const account = counsellor.getByRole('region', { name: 'Tài khoản đăng nhập' });
  await account.getByRole('link', { name: 'Đặt lại đăng nhập' }).click();
  await see(counsellor.getByText('Đặt lại đăng nhập của Phan Văn Tâm?'));
  const code = await confirmAndReadCode(counsellor, 'Có, đặt lại và tạo mã mới');

  const phone = await noScriptPage();
  await phone.goto(`${app.url}/login`);
  // The old password no longer works.
  await phone.getByLabel('Số điện thoại').fill('0900000001');
  await phone.getByLabel('Mật khẩu').fill('phienchotinhnguoi');
  await phone.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await see(phone.getByRole('alert').getByText('Email/số điện thoại hoặc mật khẩu không đúng.'));
  expect(await phone.getByLabel('Số điện thoại').getAttribute('inputmode')).toBe('tel');
  // English, chosen before signing in.
  await phone.locator('form[action="/settings/locale"] button').first().click();
  await see(phone.getByRole('heading', { level: 1, name: 'Sign in' }));
  await see(phone.getByRole('heading', { name: 'No account yet?' }));
  await phone.getByLabel('Phone number').fill('0900000001');
  await phone.getByLabel('Password').fill(code);
  await phone.getByRole('button', { name: 'Sign in' }).last().click();
  await see(phone.getByRole('heading', { level: 1, name: 'My page' }));
  await see(phone.getByRole('region', { name: 'Who helps you' }).getByText('Trung tâm Dịch vụ việc làm tỉnh Quảng Ngãi'));

  // From a fresh browser the account's language is now English.
  const fresh = await noScriptPage();
  await fresh.goto(`${app.url}/login`);
  await fresh.getByLabel('Số điện thoại').fill('0900000001');
  await fresh.getByLabel('Mật khẩu').fill(code);
  await fresh.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await see(fresh.getByRole('heading', { level: 1, name: 'My page' }));
}, 180_000);

test('an administrator resets the employer’s password; the employer signs in with the new code', async () => {
  const admin = await noScriptPage({ width: 1280, height: 900 });
  await signInWithEmail(admin, 'admin@demo.vn', 'phienchotinhnguoi');
  await see(admin.getByRole('heading', { level: 1, name: 'Trang quản trị' }));
  await admin.goto(`${app.url}/admin/users?q=doanhnghiep`);
  await admin.getByRole('link', { name: 'Đặt lại mật khẩu: Võ Đình Phúc' }).click();
  await see(admin.getByText('Đặt lại mật khẩu của Võ Đình Phúc?'));
  const code = await confirmAndReadCode(admin, 'Có, đặt lại');

  const employer = await noScriptPage();
  await signInWithEmail(employer, 'doanhnghiep@demo.vn', code);
  await see(employer.getByRole('heading', { level: 1, name: 'Trang doanh nghiệp' }));
}, 180_000);
