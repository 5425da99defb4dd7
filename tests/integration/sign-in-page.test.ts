// The way in, as the sign-in page shows it before any JavaScript: how each kind of user gets an
// account, a phone-number field that brings up the number keypad (with a plain link to sign in
// with email instead), both kinds of login still signing in, and a language chosen before signing
// in kept on the account.
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { localeCookie } from '#app/adapters/session.server.ts';
import * as loginPage from '#app/routes/login.tsx';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { users } from '#db/schema.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { call, cookieFrom, formRequest } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
let ip = 0;
const freshContext = () => contextFor(services, `10.9.0.${++ip}`);

/** The text a reader sees (tags dropped, entities of quotes decoded). */
function visibleText(html: string) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The attributes of the `<input name="login">` in a page. */
function loginInput(html: string) {
  const tag = html.match(/<input[^>]*name="login"[^>]*>/)?.[0];
  if (!tag) throw new Error('no login field');
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
}

test('the sign-in page says how each kind of user gets an account, in neutral words', async () => {
  const html = await pageHtml(freshContext(), loginPage, 'login', '/login');
  const text = visibleText(html);
  expect(text).toContain('Chưa có tài khoản?');
  // Jobseekers: their job centre's counsellor creates it and gives a one-time code.
  expect(text).toMatch(/cán bộ tư vấn ở Trung tâm Dịch vụ việc làm nơi bạn sống tạo tài khoản cho bạn/);
  expect(text).toContain('mã số dùng để đăng nhập lần đầu');
  // Employers: a link to register.
  expect(html).toMatch(/<a[^>]*href="\/employers\/register"[^>]*>đăng ký tài khoản tại đây<\/a>/);
  // Staff: their administrator.
  expect(text).toContain('quản trị viên của đơn vị tạo tài khoản cho bạn');
  expect(findPastLabel(text)).toBeNull();

  const english = visibleText(await pageHtml(freshContext(), loginPage, 'login', '/login', { locale: 'en' }));
  expect(english).toContain('No account yet?');
  expect(english).toContain('gives you a one-time code');
  expect(findPastLabel(english)).toBeNull();
});

test('the login field is a phone number by default (number keypad), with a plain link to sign in with email', async () => {
  const html = await pageHtml(freshContext(), loginPage, 'login', '/login?redirectTo=%2Fme');
  expect(loginInput(html)).toMatchObject({ type: 'tel', inputmode: 'tel', autocomplete: 'tel' });
  expect(visibleText(html)).toContain('Số điện thoại');
  // The switch is a link (works before and without JavaScript) that keeps where to go afterwards.
  const link = html.match(/<a[^>]*href="(\/login\?[^"]*)"[^>]*>Cán bộ hoặc doanh nghiệp\? Đăng nhập bằng email<\/a>/);
  expect(link).not.toBeNull();
  const href = new URL(link![1].replace(/&amp;/g, '&'), 'http://x');
  expect(Object.fromEntries(href.searchParams)).toEqual({ redirectTo: '/me', with: 'email' });

  const emailHtml = await pageHtml(freshContext(), loginPage, 'login', '/login?with=email');
  expect(loginInput(emailHtml)).toMatchObject({ type: 'email', inputmode: 'email', autocomplete: 'username' });
  expect(emailHtml).toMatch(/<a[^>]*href="\/login"[^>]*>Người lao động\? Đăng nhập bằng số điện thoại<\/a>/);
  expect(emailHtml).toMatch(/<a[^>]*href="\/forgot-password"/);
});

test('both kinds of login sign in through the page, whichever field they were typed in', async () => {
  const person = await makeUser(services.db, { role: 'returnee', phone: '0933000111' });
  const staff = await makeUser(services.db, { role: 'counsellor', email: 'thu.tran@example.vn', provinceCode: '51' });
  for (const [login, mode, who] of [
    ['093 300 0111', 'phone', person],
    ['Thu.Tran@example.vn', 'email', staff],
    ['thu.tran@example.vn', 'phone', staff],
  ] as const) {
    const response = (await call(
      loginPage.action,
      formRequest('/login', { login, password: defaultTestPassword, mode, redirectTo: '/me' }),
      freshContext(),
    )) as Response;
    expect(response.status, login).toBe(302);
    expect(response.headers.get('Location')).toBe('/me');
    const [session] = await services.sql`select user_id from sessions where user_id = ${who.id}`;
    expect(session, login).toBeTruthy();
  }
});

test('English chosen before signing in is kept: it is saved on the account at sign-in', async () => {
  const person = await makeUser(services.db, { role: 'returnee', phone: '0933000222' });
  expect(person.locale).toBe('vi');
  // The language switch on a signed-out page leaves this cookie.
  const chosen = (await localeCookie.serialize('en')).split(';')[0];
  const response = (await call(
    loginPage.action,
    formRequest('/login', { login: '0933000222', password: defaultTestPassword, mode: 'phone' }, { Cookie: chosen }),
    freshContext(),
  )) as Response;
  expect(response.status).toBe(302);
  const [stored] = await services.db.select({ locale: users.locale }).from(users).where(eq(users.id, person.id));
  expect(stored.locale).toBe('en');
  expect(cookieFrom(response, 'lang')).toBe(chosen);

  // Without a choice on this device, the account's own language stays.
  const other = await makeUser(services.db, { role: 'returnee', phone: '0933000333', locale: 'en' });
  await call(loginPage.action, formRequest('/login', { login: '0933000333', password: defaultTestPassword }), freshContext());
  const [kept] = await services.db.select({ locale: users.locale }).from(users).where(eq(users.id, other.id));
  expect(kept.locale).toBe('en');
});
