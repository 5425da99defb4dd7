// Administrators create staff accounts (with field messages for bad input), assign counsellors and
// organisers to a province, and disable/enable accounts; others cannot; every change is audited.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { action, loader } from '#app/routes/admin.users.tsx';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { auditLog, users } from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const admin = await makeUser(services.db, { role: 'administrator', email: 'admin@example.vn' });
const cookie = cookieFrom(
  (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: 'admin@example.vn', password: defaultTestPassword }),
    context,
  )) as Response,
);
const post = (fields: Record<string, string>, as = cookie) => call(action, formRequest('/admin/users', fields, { Cookie: as }), context);

test('an administrator creates a counsellor for a province, who can then sign in', async () => {
  const result = unwrap<{ ok: boolean; message: string }>(
    await post({
      intent: 'create',
      fullName: 'Phạm Thị Hồng',
      email: 'Hong.Pham@Example.vn',
      role: 'counsellor',
      provinceCode: '24',
      password: 'mat-khau-moi-123',
    }),
  );
  expect(result.data).toMatchObject({ ok: true, message: 'Đã tạo tài khoản hong.pham@example.vn.' });
  const [created] = await services.db.select().from(users).where(eq(users.email, 'hong.pham@example.vn'));
  expect(created).toMatchObject({ role: 'counsellor', provinceCode: '24', fullName: 'Phạm Thị Hồng' });
  expect(created.passwordHash).toMatch(/^\$argon2id\$/);
  const signIn = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: 'hong.pham@example.vn', password: 'mat-khau-moi-123' }),
    context,
  )) as Response;
  expect(signIn.status).toBe(200);
  const audits = await services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'create')));
  expect(audits).toHaveLength(1);
  expect(audits[0].actorUserId).toBe(admin.id);
});

test('bad input gets a message for every field and creates nothing', async () => {
  const before = await services.db.$count(users);
  const result = unwrap<{ fields: Record<string, string> }>(
    await post({ intent: 'create', fullName: '', email: 'not-an-email', role: 'organiser', provinceCode: '', password: 'short' }),
  );
  expect(result.status).toBe(400);
  expect(result.data.fields).toEqual({
    fullName: 'Hãy nhập họ và tên.',
    email: 'Email không hợp lệ.',
    password: 'Mật khẩu cần ít nhất 8 ký tự.',
    provinceCode: 'Cán bộ tư vấn và ban tổ chức cần được phân công một tỉnh/thành phố.',
  });
  expect(await services.db.$count(users)).toBe(before);
});

test('a taken email and an unknown province are refused with field messages', async () => {
  await makeUser(services.db, { email: 'taken@example.vn' });
  const taken = unwrap<{ fields: Record<string, string> }>(
    await post({ intent: 'create', fullName: 'A', email: 'taken@example.vn', role: 'administrator', password: 'mat-khau-dai-du' }),
  );
  expect(taken.status).toBe(400);
  expect(taken.data.fields).toEqual({ email: 'Email này đã có tài khoản.' });
  const province = unwrap<{ fields: Record<string, string> }>(
    await post({
      intent: 'create',
      fullName: 'B',
      email: 'b@example.vn',
      role: 'counsellor',
      provinceCode: '99',
      password: 'mat-khau-dai-du',
    }),
  );
  expect(province.data.fields).toEqual({ provinceCode: 'Không có tỉnh/thành phố này.' });
});

test('an organiser is reassigned to another province; removing a counsellor’s province is refused', async () => {
  const organiser = await makeUser(services.db, { role: 'organiser', provinceCode: '51' });
  expect(unwrap(await post({ intent: 'assign', userId: organiser.id, provinceCode: '24' })).data).toMatchObject({ ok: true });
  const [after] = await services.db.select().from(users).where(eq(users.id, organiser.id));
  expect(after.provinceCode).toBe('24');
  const refused = unwrap<{ fields: Record<string, string> }>(await post({ intent: 'assign', userId: organiser.id, provinceCode: '' }));
  expect(refused.status).toBe(400);
  expect(refused.data.fields.provinceCode).toBe('Cán bộ tư vấn và ban tổ chức cần được phân công một tỉnh/thành phố.');
});

test('disabling an account signs it out; enabling lets it sign in again; nobody can disable themselves', async () => {
  const counsellor = await makeUser(services.db, { role: 'counsellor', email: 'thu@example.vn' });
  const theirCookie = cookieFrom(
    (await call(
      sessionAction,
      jsonRequest('POST', '/api/v1/session', { login: 'thu@example.vn', password: defaultTestPassword }),
      context,
    )) as Response,
  );
  await post({ intent: 'disable', userId: counsellor.id });
  const home = await call(loader, new Request('http://x/admin/users', { headers: { Cookie: theirCookie } }), context);
  expect((home as Response).status).toBe(302);
  await post({ intent: 'enable', userId: counsellor.id });
  const again = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: 'thu@example.vn', password: defaultTestPassword }),
    context,
  )) as Response;
  expect(again.status).toBe(200);

  const self = unwrap<{ fields: Record<string, string> }>(await post({ intent: 'disable', userId: admin.id }));
  expect(self.status).toBe(400);
  expect(self.data.fields.userId).toBe('Bạn không thể tự khóa tài khoản của mình.');
});

test('the list is searchable, filterable by role and paginated', async () => {
  for (let i = 0; i < 22; i++) await makeUser(services.db, { role: 'organiser', fullName: `Tổ chức viên ${String(i).padStart(2, '0')}` });
  const list = (await call(
    loader,
    new Request('http://x/admin/users?role=organiser&page=2', { headers: { Cookie: cookie } }),
    context,
  )) as {
    rows: { role: string }[];
    total: number;
    pages: number;
    page: number;
  };
  expect(list.rows.every((r) => r.role === 'organiser')).toBe(true);
  expect(list.page).toBe(2);
  expect(list.pages).toBe(Math.ceil(list.total / 20));
  const found = (await call(loader, new Request('http://x/admin/users?q=vi%C3%AAn%2007', { headers: { Cookie: cookie } }), context)) as {
    rows: { fullName: string }[];
  };
  expect(found.rows.map((r) => r.fullName)).toEqual(['Tổ chức viên 07']);
  // A bad field is named and left out; the others still apply.
  const nonsense = (await call(
    loader,
    new Request('http://x/admin/users?page=abc&role=king&q=vi%C3%AAn%2007', { headers: { Cookie: cookie } }),
    context,
  )) as {
    page: number;
    rows: { fullName: string }[];
    badFilter: Record<string, string> | null;
  };
  expect(nonsense.page).toBe(1);
  expect(nonsense.rows.map((r) => r.fullName)).toEqual(['Tổ chức viên 07']);
  expect(nonsense.badFilter).toEqual({ page: 'Số trang phải từ 1 đến 500.', role: 'Vai trò này không có trong danh sách.' });
});

test('a counsellor cannot see or change accounts (403)', async () => {
  await makeUser(services.db, { role: 'counsellor', email: 'nope@example.vn' });
  const theirs = cookieFrom(
    (await call(
      sessionAction,
      jsonRequest('POST', '/api/v1/session', { login: 'nope@example.vn', password: defaultTestPassword }),
      context,
    )) as Response,
  );
  expect(((await call(loader, new Request('http://x/admin/users', { headers: { Cookie: theirs } }), context)) as Response).status).toBe(
    403,
  );
  expect(((await post({ intent: 'disable', userId: admin.id }, theirs)) as Response).status).toBe(403);
});
