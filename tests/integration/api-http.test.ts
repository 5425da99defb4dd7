// The JSON API over real HTTP, as the server serves it: straight from the declared operations (not
// through the Remix handler), behind the same compression and cross-site write check as the pages.
import type { AddressInfo } from 'node:net';
import { afterAll, expect, test } from 'vitest';
import { createHttpServer } from '#server/http-server.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { parseServerTiming } from '#lib/server-timing.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
// Anything that is not the API reaches the page handler (Remix in the app).
const { httpServer, io } = createHttpServer(services, { handler: (_req, res) => void res.json({ reached: 'pages' }) });
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => io.close(() => resolve())));

test('a search is answered by the API with its length, Server-Timing, and plain unless the client asks for gzip', async () => {
  const plain = await fetch(`${base}/api/v1/jobs?q=h%C3%A0n`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(plain.headers.get('Cache-Control')).toBe('no-store');
  expect(plain.headers.get('Content-Encoding')).toBeNull();
  const text = await plain.text();
  expect(Number(plain.headers.get('Content-Length'))).toBe(Buffer.byteLength(text));
  expect(JSON.parse(text)).toMatchObject({ kind: 'job', page: 1 }); // (Postgres answers: this file has no index)
  expect(Object.keys(parseServerTiming(plain.headers.get('Server-Timing')))).toEqual(['search', 'app']);

  // The OpenAPI document is large enough to compress; fetch undoes the gzip.
  const gzipped = await fetch(`${base}/api/v1/openapi.json`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
  const doc = await gzipped.json();
  expect(doc.servers).toEqual([{ url: base }]);
});

test('unknown paths and methods are JSON 404 and 405; invalid parameters a 400 naming them; the pages are not the API', async () => {
  const missing = await fetch(`${base}/api/v1/nothing-here`);
  expect(missing.status).toBe(404);
  expect((await missing.json()).error.code).toBe('not_found');
  const bare = await fetch(`${base}/api/v1`);
  expect(bare.status).toBe(404);
  const wrongMethod = await fetch(`${base}/api/v1/openapi.json`, { method: 'DELETE' });
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.headers.get('Allow')).toBe('GET');
  const invalid = await fetch(`${base}/api/v1/jobs?page=0`);
  expect(invalid.status).toBe(400);
  expect(Object.keys((await invalid.json()).error.fields)).toEqual(['page']);
  expect(await (await fetch(`${base}/api/v1x`)).json()).toEqual({ reached: 'pages' });
  expect(await (await fetch(`${base}/search?q=x`)).json()).toEqual({ reached: 'pages' });
});

test('signing in over HTTP reads the JSON body and sets the cookie, which then identifies the caller', async () => {
  const user = await makeUser(services.db, { role: 'counsellor' });
  const signIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ login: user.email, password: defaultTestPassword }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
  expect(cookie).toMatch(/^__session=/);
  const me = await fetch(`${base}/api/v1/me`, { headers: { Cookie: cookie } });
  expect((await me.json()).user).toMatchObject({ id: user.id, role: 'counsellor' });
  const anonymous = await fetch(`${base}/api/v1/me`);
  expect(anonymous.status).toBe(401);
  const notJson = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
  expect(notJson.status).toBe(400);
});

test('an API write from a foreign Origin is refused with 403 before it reaches the operation', async () => {
  const user = await makeUser(services.db, { role: 'counsellor' });
  const foreign = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    body: JSON.stringify({ login: user.email, password: defaultTestPassword }),
  });
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).error.code).toBe('bad_origin');
  expect(foreign.headers.getSetCookie()).toEqual([]);
});
