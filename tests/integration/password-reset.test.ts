// The way back in, three ways: a counsellor resets a person's sign-in from their record, an
// administrator resets a staff or employer account (each hands over a one-time code shown once),
// and anyone with an e-mail sign-in resets it through a single-use link sent by a real SMTP server
// (smtp-server, started here). Each reset stops the old password and the account's sessions, and
// is audited.
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, expect, test } from 'vitest';
import * as adminUsersPage from '#app/routes/admin.users.tsx';
import * as casePage from '#app/routes/caseload.$id._index.tsx';
import * as forgotPage from '#app/routes/forgot-password.tsx';
import * as resetPage from '#app/routes/reset-password.tsx';
import { sha256 } from '#app/services/accounts/tokens.server.ts';
import { auditLog, passwordResets, sessions } from '#db/schema.ts';
import { defaultTestPassword, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, formRequest, jsonRequest, signInCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
let ip = 0;
const freshContext = () => contextFor(services, `10.7.0.${++ip}`);

type FormResult = {
  ok?: boolean;
  message?: string;
  secret?: string;
  formError?: string;
  conflict?: boolean;
  fields?: Record<string, string>;
};

async function signIn(login: string, password: string) {
  return (await call(apiHandler, jsonRequest('POST', '/api/v1/session', { login, password }), freshContext())) as Response;
}

const sessionOf = (login: string) => signInCookie(freshContext(), login, defaultTestPassword);

async function stillSignedIn(cookie: string) {
  const me = (await call(apiHandler, jsonRequest('GET', '/api/v1/me', undefined, { Cookie: cookie }), freshContext())) as Response;
  return me.status === 200;
}

/** The visible text of a page. */
function text(html: string) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

async function audits(entityId: string, action: string) {
  return services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
}

// ── (a) A counsellor resets a person's sign-in ──────────────────────────────────────────────────

test('a counsellor resets a person’s sign-in after a confirmation: a new code shown once; the old password and sessions stop', async () => {
  const counsellor = await makeUser(services.db, { role: 'counsellor', provinceCode: '51', email: 'lan@example.vn' });
  const personUser = await makeUser(services.db, { role: 'returnee', phone: '0977000111', fullName: 'Đinh Văn Sáu' });
  const person = await makeReturnee(services.db, { fullName: 'Đinh Văn Sáu', userId: personUser.id, counsellorId: counsellor.id });
  const staff = await sessionOf('lan@example.vn');
  const personSession = await sessionOf('0977000111');

  // The page offers a link; the confirmation is a second page the server renders (no JavaScript).
  const path = `/caseload/${person.id}`;
  const page = await pageHtml(freshContext(), casePage, 'caseload/:id', path, { cookie: staff });
  expect(page).toMatch(new RegExp(`<a[^>]*href="${path}\\?resetAccount=1#account-title"[^>]*>Đặt lại đăng nhập</a>`));
  const confirm = await pageHtml(freshContext(), casePage, 'caseload/:id', `${path}?resetAccount=1`, { cookie: staff });
  expect(text(confirm)).toContain('Đặt lại đăng nhập của Đinh Văn Sáu?');
  expect(confirm).toMatch(new RegExp(`<form[^>]*method="post"[^>]*action="${path}\\?index"`));
  expect(confirm).toMatch(/<button[^>]*name="intent"[^>]*value="resetAccount"/);

  const result = unwrap<FormResult>(
    await call(casePage.action, formRequest(path, { intent: 'resetAccount' }, { Cookie: staff }), freshContext(), { id: person.id }),
  );
  expect(result.status).toBe(200);
  expect(result.data).toMatchObject({ ok: true, message: 'Đã đặt lại đăng nhập cho số 0977000111.' });
  expect(result.data.secret).toMatch(/^\d{8}$/);

  expect((await signIn('0977000111', defaultTestPassword)).status).toBe(401);
  expect(await stillSignedIn(personSession)).toBe(false);
  expect((await signIn('0977000111', result.data.secret!)).status).toBe(200);
  const rows = await audits(personUser.id, 'reset_password');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ actorUserId: counsellor.id, details: { returneeId: person.id, method: 'code' } });

  // The code is not shown again when the record is opened afterwards.
  const after = await pageHtml(freshContext(), casePage, 'caseload/:id', path, { cookie: staff });
  expect(after).not.toContain(result.data.secret!);
});

test('a counsellor of another province cannot reset the sign-in (404), and nothing changes', async () => {
  const other = await makeUser(services.db, { role: 'counsellor', provinceCode: '24', email: 'huy@example.vn' });
  const personUser = await makeUser(services.db, { role: 'returnee', phone: '0977000222' });
  const person = await makeReturnee(services.db, { userId: personUser.id, provinceCode: '51' });
  const cookie = await sessionOf('huy@example.vn');
  const result = await call(
    casePage.action,
    formRequest(`/caseload/${person.id}`, { intent: 'resetAccount' }, { Cookie: cookie }),
    freshContext(),
    { id: person.id },
  );
  expect((result as Response).status).toBe(404);
  expect((await signIn('0977000222', defaultTestPassword)).status).toBe(200);
  expect(await audits(personUser.id, 'reset_password')).toHaveLength(0);
  expect(other.id).toBeTruthy();
});

// ── (b) An administrator resets a staff or employer account ─────────────────────────────────────

test('an administrator resets an employer’s password after a confirmation: a code shown once; the old password and sessions stop', async () => {
  const admin = await makeUser(services.db, { role: 'administrator', email: 'quantri@example.vn' });
  const employer = await makeUser(services.db, { role: 'employer', email: 'xuong@example.vn', fullName: 'Trần Văn Xưởng' });
  const adminCookie = await sessionOf('quantri@example.vn');
  const employerSession = await sessionOf('xuong@example.vn');

  const list = await pageHtml(freshContext(), adminUsersPage, 'admin/users', '/admin/users?q=xuong', { cookie: adminCookie });
  expect(list).toMatch(new RegExp(`<a[^>]*href="/admin/users\\?q=xuong&amp;reset=${employer.id}"[^>]*>Đặt lại mật khẩu</a>`));
  const confirm = await pageHtml(freshContext(), adminUsersPage, 'admin/users', `/admin/users?q=xuong&reset=${employer.id}`, {
    cookie: adminCookie,
  });
  expect(text(confirm)).toContain('Đặt lại mật khẩu của Trần Văn Xưởng?');
  expect(confirm).toMatch(/<form[^>]*method="post"[^>]*action="\/admin\/users\?q=xuong"/);

  const result = unwrap<FormResult>(
    await call(
      adminUsersPage.action,
      formRequest('/admin/users?q=xuong', { intent: 'reset', userId: employer.id }, { Cookie: adminCookie }),
      freshContext(),
    ),
  );
  expect(result.data).toMatchObject({ ok: true, message: 'Đã đặt lại mật khẩu của Trần Văn Xưởng.' });
  expect(result.data.secret).toMatch(/^\d{8}$/);
  expect((await signIn('xuong@example.vn', defaultTestPassword)).status).toBe(401);
  expect(await stillSignedIn(employerSession)).toBe(false);
  expect((await signIn('xuong@example.vn', result.data.secret!)).status).toBe(200);
  const rows = await audits(employer.id, 'reset_password');
  expect(rows).toHaveLength(1);
  expect(rows[0].actorUserId).toBe(admin.id);
});

test('an administrator does not reset a jobseeker’s sign-in (their counsellor does), nor their own; others may not reset at all', async () => {
  await makeUser(services.db, { role: 'administrator', email: 'quantri2@example.vn' });
  const adminCookie = await sessionOf('quantri2@example.vn');
  const person = await makeUser(services.db, { role: 'returnee', phone: '0977000333' });
  const staff = await makeUser(services.db, { role: 'organiser', email: 'btc@example.vn' });
  const byAdmin = unwrap<FormResult>(
    await call(
      adminUsersPage.action,
      formRequest('/admin/users', { intent: 'reset', userId: person.id }, { Cookie: adminCookie }),
      freshContext(),
    ),
  );
  expect(byAdmin.status).toBe(409);
  expect(byAdmin.data.formError).toBe('Tài khoản của người lao động do cán bộ tư vấn phụ trách đặt lại, từ hồ sơ của người đó.');
  expect((await signIn('0977000333', defaultTestPassword)).status).toBe(200);

  await makeUser(services.db, { role: 'counsellor', email: 'canbo9@example.vn' });
  const counsellorCookie = await sessionOf('canbo9@example.vn');
  const byCounsellor = await call(
    adminUsersPage.action,
    formRequest('/admin/users', { intent: 'reset', userId: staff.id }, { Cookie: counsellorCookie }),
    freshContext(),
  );
  expect((byCounsellor as Response).status).toBe(403);
  expect((await signIn('btc@example.vn', defaultTestPassword)).status).toBe(200);
});

// ── (c) By e-mail, through a real SMTP server ───────────────────────────────────────────────────

type Received = { to: string[]; raw: string };
const received: Received[] = [];
const waiting: (() => void)[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      for (const wake of waiting.splice(0)) wake();
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as { port: number }).port;
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const withMail = {
  ...services,
  env: { ...services.env, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, PUBLIC_URL: 'https://phiencho.example.vn' },
};
const mailContext = () => contextFor(withMail, `10.8.0.${++ip}`);

async function mailTo(address: string): Promise<Received> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = received.find((m) => m.to.includes(address));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address}`);
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      setTimeout(resolve, 200);
    });
  }
}

/** The body of a message as its reader sees it (quoted-printable decoded). */
function decoded(raw: string) {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r?\n/g, '');
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function askForLink(email: string, context = mailContext()) {
  return unwrap<FormResult>(await call(forgotPage.action, formRequest('/forgot-password', { email }), context));
}

test('forgot password: the same answer for any address, an e-mail with a single-use link only to an account, sessions revoked on reset', async () => {
  const user = await makeUser(services.db, { role: 'counsellor', email: 'mai.le@example.vn', fullName: 'Lê Thị Mai' });
  const oldSession = await sessionOf('mai.le@example.vn');

  const unknown = await askForLink('khong.co@example.vn');
  const known = await askForLink('Mai.Le@example.vn');
  expect(unknown.status).toBe(200);
  expect(known.status).toBe(200);
  expect(known.data.message!.replace('mai.le@example.vn', 'X')).toBe(unknown.data.message!.replace('khong.co@example.vn', 'X'));
  expect(known.data.message).toContain('Nếu mai.le@example.vn là email đăng nhập của một tài khoản');

  const mail = await mailTo('mai.le@example.vn');
  expect(received.map((m) => m.to).flat()).toEqual(['mai.le@example.vn']);
  const body = decoded(mail.raw);
  expect(body).toContain('Xin chào Lê Thị Mai');
  const link = body.match(/https:\/\/phiencho\.example\.vn\/reset-password\?token=([\w-]+)/);
  expect(link).not.toBeNull();
  const token = link![1];
  // Only the token's hash is stored, with an expiry.
  const [stored] = await services.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
  expect(stored.tokenHash).toBe(sha256(token));
  expect(JSON.stringify(stored)).not.toContain(token);
  expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(50 * 60_000);
  expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

  const path = `/reset-password?token=${token}`;
  const page = await pageHtml(freshContext(), resetPage, 'reset-password', path);
  expect(text(page)).toContain('Tài khoản mai.le@example.vn');
  expect(page).toMatch(/<input[^>]*name="confirm"/);

  const mismatch = unwrap<FormResult>(
    await call(resetPage.action, formRequest(path, { token, password: 'mat-khau-moi-2026', confirm: 'khac' }), freshContext()),
  );
  expect(mismatch.status).toBe(400);
  expect(mismatch.data.fields).toEqual({ confirm: 'Hai mật khẩu không giống nhau.' });

  const done = (await call(
    resetPage.action,
    formRequest(path, { token, password: 'mat-khau-moi-2026', confirm: 'mat-khau-moi-2026' }),
    freshContext(),
  )) as Response;
  expect(done.status).toBe(302);
  expect(done.headers.get('Location')).toBe('/login?with=email&reset=done');
  expect(await stillSignedIn(oldSession)).toBe(false);
  expect(await services.db.$count(sessions, eq(sessions.userId, user.id))).toBe(0);
  expect((await signIn('mai.le@example.vn', defaultTestPassword)).status).toBe(401);
  expect((await signIn('mai.le@example.vn', 'mat-khau-moi-2026')).status).toBe(200);
  expect(await audits(user.id, 'request_password_reset')).toHaveLength(1);
  expect(await audits(user.id, 'reset_password')).toHaveLength(1);

  // Single use: the same link no longer works.
  const again = unwrap<FormResult>(
    await call(
      resetPage.action,
      formRequest(path, { token, password: 'mat-khau-khac-2026', confirm: 'mat-khau-khac-2026' }),
      freshContext(),
    ),
  );
  expect(again.status).toBe(409);
  expect(text(await pageHtml(freshContext(), resetPage, 'reset-password', path))).toContain('Đường dẫn này không dùng được nữa');
  expect((await signIn('mai.le@example.vn', 'mat-khau-moi-2026')).status).toBe(200);
});

test('an expired reset link does not work', async () => {
  const user = await makeUser(services.db, { role: 'employer', email: 'het.han@example.vn' });
  const token = 'an-expired-token-of-forty-three-characters-x';
  await services.db.insert(passwordResets).values({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() - 1000) });
  const path = `/reset-password?token=${token}`;
  expect(text(await pageHtml(freshContext(), resetPage, 'reset-password', path))).toContain('Đường dẫn này không dùng được nữa');
  const result = unwrap<FormResult>(
    await call(resetPage.action, formRequest(path, { token, password: 'mat-khau-moi-2026', confirm: 'mat-khau-moi-2026' }), freshContext()),
  );
  expect(result.status).toBe(409);
  expect((await signIn('het.han@example.vn', defaultTestPassword)).status).toBe(200);
});

test('reset e-mails are limited per address and per client address, whether or not the account exists', async () => {
  const context = mailContext();
  for (let i = 0; i < 3; i++) expect((await askForLink('gioi.han@example.vn', context)).status).toBe(200);
  const limited = await askForLink('gioi.han@example.vn', mailContext());
  expect(limited.status).toBe(429);
  expect(limited.data.formError).toMatch(/thử lại/i);

  const oneAddress = mailContext();
  for (let i = 0; i < 10; i++) expect((await askForLink(`nguoi${i}@example.vn`, oneAddress)).status).toBe(200);
  expect((await askForLink('nguoi-khac@example.vn', oneAddress)).status).toBe(429);
});

test('without a mail server the page says whom to ask, and sends nothing', async () => {
  const html = await pageHtml(freshContext(), forgotPage, 'forgot-password', '/forgot-password');
  expect(text(html)).toContain('hãy đến hoặc gọi Trung tâm Dịch vụ việc làm nơi bạn sống');
  expect(text(html)).toContain('hãy nhờ quản trị viên đặt lại mật khẩu');
  expect(html).not.toMatch(/<input[^>]*name="email"/);
  const user = await makeUser(services.db, { role: 'employer', email: 'khong.mail@example.vn' });
  const result = unwrap<FormResult>(
    await call(forgotPage.action, formRequest('/forgot-password', { email: 'khong.mail@example.vn' }), freshContext()),
  );
  expect(result.status).toBe(409);
  expect(result.data.formError).toContain('Hệ thống chưa gửi được email.');
  expect(await services.db.$count(passwordResets, eq(passwordResets.userId, user.id))).toBe(0);

  const withMailHtml = await pageHtml(mailContext(), forgotPage, 'forgot-password', '/forgot-password');
  expect(withMailHtml).toMatch(/<input[^>]*name="email"/);
});
