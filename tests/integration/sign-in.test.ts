// Signing in and out through the JSON API and the sign-in page: good and bad credentials, unknown
// accounts, disabled accounts, the rate limit, session rotation and sign-out.
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { action as loginAction } from '#app/routes/login.tsx';
import { apiHandler as meLoader } from '#tests/helpers.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { getLocale } from '#app/adapters/session.server.ts';
import { setDisabled } from '#app/services/accounts/commands.server.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { sessions } from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
let ipCounter = 0;
/** Each test signs in from its own address so the per-IP limit of one test does not touch another. */
const freshContext = () => contextFor(services, `10.0.0.${++ipCounter}`);

async function signInApi(login: string, password: string, context = freshContext(), headers: Record<string, string> = {}) {
  return (await call(sessionAction, jsonRequest('POST', '/api/v1/session', { login, password }, headers), context)) as Response;
}

test('a counsellor signs in with email and password and gets an HttpOnly, SameSite=Lax session cookie', async () => {
  const user = await makeUser(services.db, { role: 'counsellor', email: 'lan.nguyen@example.vn' });
  const response = await signInApi('Lan.Nguyen@Example.vn', defaultTestPassword);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ user: { id: user.id, role: 'counsellor', email: 'lan.nguyen@example.vn' } });
  const setCookie = response.headers.get('Set-Cookie')!;
  expect(setCookie).toMatch(/^__session=/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  expect(setCookie).not.toMatch(/Secure/i);

  const me = (await call(
    meLoader,
    jsonRequest('GET', '/api/v1/me', undefined, { Cookie: cookieFrom(response) }),
    freshContext(),
  )) as Response;
  expect(me.status).toBe(200);
  expect((await me.json()).user.id).toBe(user.id);
});

test('the session cookie is Secure in production', async () => {
  const production = { ...services, env: { ...services.env, NODE_ENV: 'production' as const } };
  await makeUser(services.db, { role: 'organiser', email: 'prod@example.vn' });
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: 'prod@example.vn', password: defaultTestPassword }),
    contextFor(production, '10.1.0.1'),
  )) as Response;
  expect(response.headers.get('Set-Cookie')).toMatch(/Secure/i);
});

test('a returnee signs in with a phone number written with spaces or +84', async () => {
  const user = await makeUser(services.db, { role: 'returnee', phone: '0912345678' });
  const response = await signInApi('+84 912 345 678', defaultTestPassword);
  expect(response.status).toBe(200);
  expect((await response.json()).user).toMatchObject({ id: user.id, role: 'returnee', phone: '0912345678' });
});

test('a wrong password and an unknown account get the same 401 message', async () => {
  await makeUser(services.db, { email: 'hoa@example.vn' });
  const wrong = await signInApi('hoa@example.vn', 'wrong-password');
  const unknown = await signInApi('nobody@example.vn', 'wrong-password');
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  const [a, b] = [await wrong.json(), await unknown.json()];
  expect(a).toEqual(b);
  expect(a.error.code).toBe('unauthenticated');
  expect(a.error.message).toBe('Email/số điện thoại hoặc mật khẩu không đúng.');
  expect(wrong.headers.get('Set-Cookie')).toBeNull();
});

test('bad input gets 400 with a message for every field, in the language asked for', async () => {
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: 'abc', password: '' }, { 'Accept-Language': 'en-GB,en;q=0.9' }),
    freshContext(),
  )) as Response;
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    error: {
      code: 'invalid_input',
      message: 'Some fields need attention.',
      fields: {
        login: 'Enter an email (e.g. name@company.vn) or a 10-digit phone number starting with 0.',
        password: 'Enter your password.',
      },
    },
  });
});

test('a body that is not JSON, or not an object, is a 400, never a 500', async () => {
  const notJson = (await call(sessionAction, jsonRequest('POST', '/api/v1/session', '{"login":'), freshContext())) as Response;
  expect(notJson.status).toBe(400);
  expect((await notJson.json()).error.code).toBe('invalid_input');
  const array = (await call(sessionAction, jsonRequest('POST', '/api/v1/session', '[1,2]'), freshContext())) as Response;
  expect(array.status).toBe(400);
});

test('a disabled account cannot sign in, and disabling ends its open sessions', async () => {
  const admin = await makeUser(services.db, { role: 'administrator' });
  const user = await makeUser(services.db, { role: 'organiser', email: 'tuan@example.vn' });
  const signedIn = await signInApi('tuan@example.vn', defaultTestPassword);
  const cookie = cookieFrom(signedIn);

  await services.db.transaction((tx) => setDisabled(tx, admin, { userId: user.id, disabled: true }));
  const me = (await call(meLoader, jsonRequest('GET', '/api/v1/me', undefined, { Cookie: cookie }), freshContext())) as Response;
  expect(me.status).toBe(401);
  expect(await services.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);

  const again = await signInApi('tuan@example.vn', defaultTestPassword);
  expect(again.status).toBe(403);
  expect((await again.json()).error.message).toBe('Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.');
});

test('after 10 failed attempts in a minute an account is locked for the rest of the minute, even from other addresses', async () => {
  await makeUser(services.db, { email: 'mai@example.vn' });
  for (let i = 0; i < 10; i++) {
    expect((await signInApi('mai@example.vn', 'wrong', contextFor(services, `10.2.0.${i}`))).status).toBe(401);
  }
  const limited = await signInApi('mai@example.vn', defaultTestPassword, contextFor(services, '10.2.1.1'));
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  expect((await limited.json()).error.message).toMatch(/^Bạn đã thử đăng nhập quá nhiều lần\. Hãy thử lại sau \d+ giây\.$/);
});

test('after 10 failed attempts from one address, that address is refused for other accounts too', async () => {
  const context = contextFor(services, '10.3.0.1');
  await makeUser(services.db, { email: 'binh@example.vn' });
  for (let i = 0; i < 10; i++) await signInApi(`stranger${i}@example.vn`, 'wrong', context);
  expect((await signInApi('binh@example.vn', defaultTestPassword, context)).status).toBe(429);
  expect((await signInApi('binh@example.vn', defaultTestPassword, contextFor(services, '10.3.0.2'))).status).toBe(200);
});

test('signing in again replaces the previous session (rotation), and signing out ends it', async () => {
  await makeUser(services.db, { email: 'khanh@example.vn' });
  const first = cookieFrom(await signInApi('khanh@example.vn', defaultTestPassword));
  const second = cookieFrom(await signInApi('khanh@example.vn', defaultTestPassword, freshContext(), { Cookie: first }));
  expect(second).not.toBe(first);
  const meWith = (cookie: string) =>
    call(meLoader, jsonRequest('GET', '/api/v1/me', undefined, { Cookie: cookie }), freshContext()) as Promise<Response>;
  expect((await meWith(first)).status).toBe(401);
  expect((await meWith(second)).status).toBe(200);

  const out = (await call(
    sessionAction,
    jsonRequest('DELETE', '/api/v1/session', undefined, { Cookie: second }),
    freshContext(),
  )) as Response;
  expect(out.status).toBe(204);
  expect(out.headers.get('Set-Cookie')).toMatch(/Max-Age=0/);
  expect((await meWith(second)).status).toBe(401);
});

test('the sign-in page shows field messages, keeps what was typed, and redirects only within the site', async () => {
  const empty = unwrap<{ fields: Record<string, string>; login: string }>(
    await call(loginAction, formRequest('/login', { login: '  ', password: '' }), freshContext()),
  );
  expect(empty.status).toBe(400);
  expect(empty.data.fields).toEqual({ login: 'Hãy nhập email hoặc số điện thoại.', password: 'Hãy nhập mật khẩu.' });

  await makeUser(services.db, { email: 'an@example.vn' });
  const wrong = unwrap<{ formError: string; login: string }>(
    await call(loginAction, formRequest('/login', { login: 'an@example.vn', password: 'nope' }), freshContext()),
  );
  expect(wrong.status).toBe(401);
  expect(wrong.data).toMatchObject({ login: 'an@example.vn', formError: 'Email/số điện thoại hoặc mật khẩu không đúng.' });

  const ok = (await call(
    loginAction,
    formRequest('/login', { login: 'an@example.vn', password: defaultTestPassword, redirectTo: 'https://evil.example/' }),
    freshContext(),
  )) as Response;
  expect(ok.status).toBe(302);
  expect(ok.headers.get('Location')).toBe('/');
  expect(cookieFrom(ok)).toMatch(/^__session=/);
});

test('signing in on the page remembers the account’s language in the browser, still read after signing out', async () => {
  await makeUser(services.db, { role: 'employer', email: 'english.reader@example.vn', locale: 'en' });
  const response = (await call(
    loginAction,
    formRequest('/login', { login: 'english.reader@example.vn', password: defaultTestPassword, redirectTo: '/' }),
    freshContext(),
  )) as Response;
  expect(response.status).toBe(302);
  const langCookie = cookieFrom(response, 'lang');
  // No session cookie any more (signed out): the language comes from the lang cookie alone.
  expect(await getLocale(new Request('http://x/', { headers: { Cookie: langCookie } }))).toBe('en');
});
