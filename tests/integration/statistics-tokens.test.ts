// Statistics API tokens: an administrator issues one for a province (or the country) on
// /admin/tokens; an API client holding it reads `GET /api/v1/indicators` of that area, always
// protected (counts of 1–4 as "<5", no reoffending figure, no names) — and nothing else: another
// province is a 404, every other operation a 403, a page sees no one signed in, and once revoked
// the token is a 401. The list says which kind each token is.
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { apiOperations } from '#app/adapters/api/operations.server.ts';
import * as tokensPage from '#app/routes/admin.tokens.tsx';
import { createReturnee } from '#app/services/caseload/commands.server.ts';
import { intakeSchema } from '#app/services/caseload/schemas.ts';
import { apiTokens, communes } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, formRequest, jsonRequest, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const administrator = await makeUser(db, { role: 'administrator' });
const adminCookie = await signInCookie(context, administrator.email!, defaultTestPassword);
const counsellor = { ...(await makeUser(db, { role: 'counsellor', provinceCode: '51' })), organisationIds: [], clientIp: null };
const counsellorCookie = await signInCookie(context, counsellor.email!, defaultTestPassword);

// Two people of Quảng Ngãi who came back this year, taken in by their counsellor.
const year = vietnamDate().slice(0, 4);
const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);
for (const fullName of ['Trần Văn Bình', 'Lê Thị Cúc']) {
  await createReturnee(
    db,
    counsellor,
    intakeSchema.parse({
      fullName,
      birthDate: '1988-03-02',
      sex: 'male',
      communeCode: commune.code,
      releaseDate: `${year}-01-01`,
      releaseKind: 'completed',
      needs: ['job'],
    }),
  );
}
const period = `from=${year}-01-01&to=${year}-12-31`;

type Answer = { ok?: boolean; secret?: string; fields?: Record<string, string> };
async function issue(fields: Record<string, string>) {
  return unwrap<Answer>(
    await call(tokensPage.action, formRequest('/admin/tokens', { intent: 'statistics', ...fields }, { Cookie: adminCookie }), context),
  );
}

type Figure = { key: string; numerator: number | '<5'; denominator: number | '<5'; value: number | null };
async function indicators(query: string, headers: Record<string, string>) {
  const response = (await call(apiHandler, jsonRequest('GET', `/api/v1/indicators?${query}`, undefined, headers), context)) as Response;
  return { status: response.status, body: (await response.json()) as { protected: boolean; area: unknown; figures: Figure[] } };
}
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

test('a statistics token for a province reads its indicators protected ("<5", no reoffending), and another province is a 404', async () => {
  const { data } = await issue({ name: 'Cục Thống kê Quảng Ngãi', area: '51' });
  const token = data.secret!;
  expect(token).toMatch(/^pcs_/);

  const read = await indicators(period, bearer(token));
  expect(read.status).toBe(200);
  expect(read.body.protected).toBe(true);
  expect(read.body.area).toEqual({ kind: 'province', code: '51' });
  const received = read.body.figures.find((f) => f.key === 'received')!;
  expect(received).toMatchObject({ numerator: '<5', denominator: '<5', value: null });
  expect(read.body.figures.map((f) => f.key)).not.toContain('reoffended');
  expect(JSON.stringify(read.body)).not.toContain('Trần Văn Bình');
  // The same figures, exact, for the province's counsellor (who has caseload rights).
  const own = await indicators(`area=51&${period}`, { Cookie: counsellorCookie });
  expect(own.body.figures.find((f) => f.key === 'received')).toMatchObject({ numerator: 2, denominator: 2 });
  expect(own.body.figures.map((f) => f.key)).toContain('reoffended');

  expect((await indicators(`area=51&${period}`, bearer(token))).status).toBe(200);
  expect((await indicators(`area=24&${period}`, bearer(token))).status).toBe(404);
  expect((await indicators(`area=country&${period}`, bearer(token))).status).toBe(404);
});

test('a statistics token may do nothing else: every other API operation answers 403, and a page sees no one signed in', async () => {
  const { data } = await issue({ name: 'Chỉ đọc số liệu', area: '51' });
  const id = '00000000-0000-4000-8000-000000000000';
  const answers = [];
  for (const op of apiOperations) {
    if (op.access === 'public' || op.path === '/api/v1/indicators') continue;
    const path = op.path.replace('{id}', id);
    const body = op.method === 'get' || op.method === 'delete' ? undefined : {};
    const response = (await call(apiHandler, jsonRequest(op.method.toUpperCase(), path, body, bearer(data.secret!)), context)) as Response;
    answers.push(`${op.method.toUpperCase()} ${op.path} ${response.status}`);
  }
  expect(answers.length).toBeGreaterThan(20);
  expect(answers.filter((answer) => !answer.endsWith(' 403'))).toEqual([]);

  const page = (await call(
    tokensPage.loader,
    new Request(`${origin}/admin/tokens`, { headers: bearer(data.secret!) }),
    context,
  )) as Response;
  expect(page.status).toBe(302);
  expect(page.headers.get('Location')).toMatch(/^\/login/);
});

test('a statistics token for the country reads the country and any province, protected; revoked, it is a 401', async () => {
  const { data } = await issue({ name: 'Tổng cục Thống kê', area: 'country' });
  const country = await indicators(period, bearer(data.secret!));
  expect(country.status).toBe(200);
  expect(country.body.area).toEqual({ kind: 'country' });
  expect(country.body.protected).toBe(true);
  const province = await indicators(`area=51&${period}`, bearer(data.secret!));
  expect(province.body.figures.find((f) => f.key === 'received')).toMatchObject({ numerator: '<5' });
  expect(province.body.figures.map((f) => f.key)).not.toContain('reoffended');

  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.name, 'Tổng cục Thống kê'));
  expect(row).toMatchObject({ kind: 'statistics', provinceCode: null, userId: null });
  await call(tokensPage.action, formRequest('/admin/tokens', { intent: 'revoke', tokenId: row.id }, { Cookie: adminCookie }), context);
  expect((await indicators(period, bearer(data.secret!))).status).toBe(401);
});

test('/admin/tokens lists each token with its kind and area; a statistics token without a name or area gets both messages at once', async () => {
  const wrong = await issue({ name: '', area: 'nowhere' });
  expect(wrong.status).toBe(400);
  expect(Object.keys(wrong.data.fields ?? {}).sort()).toEqual(['area', 'name']);
  const unknown = await issue({ name: 'Tỉnh không có', area: '99' });
  expect(unknown.data.fields?.area).toBe('Chọn cả nước hoặc một tỉnh/thành phố.');

  await issue({ name: 'Khóa thống kê Bắc Ninh', area: '24' });
  const employer = await makeUser(db, { role: 'employer' });
  await call(
    tokensPage.action,
    formRequest('/admin/tokens', { intent: 'create', name: 'Hệ thống tuyển dụng', userId: employer.id }, { Cookie: adminCookie }),
    context,
  );
  const html = await pageHtml(context, tokensPage, 'admin/tokens', '/admin/tokens', { cookie: adminCookie });
  const rowOf = (name: string) => html.slice(html.indexOf(name), html.indexOf('</tr>', html.indexOf(name)));
  expect(rowOf('Khóa thống kê Bắc Ninh')).toContain('Thống kê');
  expect(rowOf('Khóa thống kê Bắc Ninh')).toContain('Bắc Ninh');
  expect(rowOf('Hệ thống tuyển dụng')).toContain('Tài khoản');
  expect(rowOf('Hệ thống tuyển dụng')).toContain(employer.fullName);
});
