// The JSON API skeleton: bearer tokens (created by an administrator, stored hashed), the error
// shape for unknown paths and methods, and the generated OpenAPI document.
import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { action as tokensAction, loader as tokensLoader } from '#app/routes/admin.tokens.tsx';
import { apiHandler as notFoundLoader } from '#tests/helpers.ts';
import { apiHandler as meLoader, apiHandler as meAction } from '#tests/helpers.ts';
import { apiHandler as openApiLoader } from '#tests/helpers.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { apiTokens, auditLog } from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);

async function signInCookie(login: string) {
  return cookieFrom(
    (await call(sessionAction, jsonRequest('POST', '/api/v1/session', { login, password: defaultTestPassword }), context)) as Response,
  );
}

test('an administrator creates an API token that is shown once, stored hashed, and works as a bearer token', async () => {
  const admin = await makeUser(services.db, { role: 'administrator', email: 'quantri@example.vn' });
  const employer = await makeUser(services.db, { role: 'employer', email: 'nhatuyendung@example.vn' });
  const cookie = await signInCookie('quantri@example.vn');

  const created = unwrap<{ ok: boolean; secret: string }>(
    await call(
      tokensAction,
      formRequest('/admin/tokens', { intent: 'create', name: 'Hệ thống tuyển dụng', userId: employer.id }, { Cookie: cookie }),
      context,
    ),
  );
  expect(created.data.ok).toBe(true);
  const token = created.data.secret;
  expect(token).toMatch(/^pct_/);

  const [stored] = await services.db.select().from(apiTokens).where(eq(apiTokens.userId, employer.id));
  expect(stored.tokenHash).not.toContain(token);
  expect(JSON.stringify(stored)).not.toContain(token);
  expect(await services.db.select().from(auditLog).where(eq(auditLog.entityId, stored.id))).toHaveLength(1);

  const me = (await call(meLoader, jsonRequest('GET', '/api/v1/me', undefined, { Authorization: `Bearer ${token}` }), context)) as Response;
  expect(me.status).toBe(200);
  expect((await me.json()).user).toMatchObject({ id: employer.id, role: 'employer' });

  // The listing never shows the token again, only its prefix.
  const listing = (await call(tokensLoader, new Request('http://x/admin/tokens', { headers: { Cookie: cookie } }), context)) as {
    tokens: { tokenPrefix: string }[];
  };
  expect(JSON.stringify(listing)).not.toContain(token);
  expect(listing.tokens[0].tokenPrefix).toBe(token.slice(0, 10));

  await call(tokensAction, formRequest('/admin/tokens', { intent: 'revoke', tokenId: stored.id }, { Cookie: cookie }), context);
  const revoked = (await call(
    meLoader,
    jsonRequest('GET', '/api/v1/me', undefined, { Authorization: `Bearer ${token}` }),
    context,
  )) as Response;
  expect(revoked.status).toBe(401);
  void admin;
});

test('a token request with a missing name gets a field message; a non-administrator gets 403', async () => {
  await makeUser(services.db, { role: 'administrator', email: 'quantri2@example.vn' });
  const cookie = await signInCookie('quantri2@example.vn');
  const bad = unwrap<{ fields: Record<string, string> }>(
    await call(
      tokensAction,
      formRequest('/admin/tokens', { intent: 'create', name: ' ', userId: 'not-a-uuid' }, { Cookie: cookie }),
      context,
    ),
  );
  expect(bad.status).toBe(400);
  expect(bad.data.fields).toEqual({ name: 'Hãy đặt tên cho khóa API.', userId: 'Hãy chọn một tài khoản.' });

  await makeUser(services.db, { role: 'counsellor', email: 'canbo2@example.vn' });
  const counsellor = await signInCookie('canbo2@example.vn');
  const forbidden = (await call(
    tokensLoader,
    new Request('http://x/admin/tokens', { headers: { Cookie: counsellor } }),
    context,
  )) as Response;
  expect(forbidden.status).toBe(403);
  expect((await forbidden.json()).error.code).toBe('forbidden');
});

test('an unknown bearer token, and no credentials at all, get 401 in the API error shape', async () => {
  for (const headers of [{ Authorization: 'Bearer pct_nope' }, {}] as Record<string, string>[]) {
    const response = (await call(meLoader, jsonRequest('GET', '/api/v1/me', undefined, headers), context)) as Response;
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: 'Bạn cần đăng nhập.' } });
  }
});

test('unknown API paths get a JSON 404 and wrong methods a JSON 405 with Allow', async () => {
  const missing = (await call(notFoundLoader, jsonRequest('GET', '/api/v1/nothing-here'), context)) as Response;
  expect(missing.status).toBe(404);
  expect((await missing.json()).error.code).toBe('not_found');

  const wrongMethod = (await call(meAction, jsonRequest('POST', '/api/v1/me', {}), context)) as Response;
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.headers.get('Allow')).toBe('GET');
  expect((await wrongMethod.json()).error.code).toBe('method_not_allowed');
});

test('the OpenAPI 3.1 document describes the session endpoints from the zod schemas', async () => {
  const response = (await call(openApiLoader, jsonRequest('GET', '/api/v1/openapi.json'), context)) as Response;
  const doc = await response.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/session']));
  expect(Object.keys(doc.paths['/api/v1/session']).sort()).toEqual(['delete', 'post']);
  const body = doc.paths['/api/v1/session'].post.requestBody.content['application/json'].schema;
  expect(body.required).toEqual(['login', 'password']);
  expect(body.properties.password).toMatchObject({ type: 'string', minLength: 1, maxLength: 200 });
  const user = doc.paths['/api/v1/me'].get.responses['200'].content['application/json'].schema.properties.user;
  expect(user.properties.role.enum).toEqual(['administrator', 'counsellor', 'employer', 'returnee', 'organiser']);
  expect(doc.paths['/api/v1/me'].get.responses['401'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
  expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
});
