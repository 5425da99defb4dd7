// The HTTP server's cross-site protection and the Socket.IO `/realtime` namespace: foreign
// Origins are refused, sockets need a valid session cookie, and a signed-in socket knows its user.
import type { AddressInfo } from 'node:net';
import { afterAll, expect, test } from 'vitest';
import { io as connect } from 'socket.io-client';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { createHttpServer } from '#server/http-server.ts';
import { setDisabled } from '#app/services/accounts/commands.server.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, cookieFrom, jsonRequest } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
// The pages are not under test here; a plain handler stands in for Remix behind the checks.
const { httpServer, io } = createHttpServer(services, { handler: (_req, res) => void res.json({ reached: true }) });
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => io.close(() => resolve())));

async function sessionCookie() {
  const user = await makeUser(services.db, { role: 'organiser' });
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: user.email, password: defaultTestPassword }),
    contextFor(services),
  )) as Response;
  return { user, cookie: cookieFrom(response) };
}

function open(headers: Record<string, string>) {
  const socket = connect(`${base}/realtime`, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
  return new Promise<{ socket: typeof socket; error?: Error }>((resolve) => {
    socket.on('connect', () => resolve({ socket }));
    socket.on('connect_error', (error) => resolve({ socket, error }));
  });
}

test('a write from a foreign Origin is refused with 403; same-origin and Origin-less (API clients) pass', async () => {
  const foreign = await fetch(`${base}/anything`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).error.code).toBe('bad_origin');
  const same = await fetch(`${base}/anything`, { method: 'POST', headers: { Origin: base } });
  expect(await same.json()).toEqual({ reached: true });
  const noOrigin = await fetch(`${base}/anything`, { method: 'POST' });
  expect(noOrigin.status).toBe(200);
  const read = await fetch(`${base}/anything`, { headers: { Origin: 'https://evil.example' } });
  expect(read.status).toBe(200);
});

test('a socket with a valid session cookie from the portal’s own origin is told who it is', async () => {
  const { user, cookie } = await sessionCookie();
  const { socket, error } = await open({ Cookie: cookie, Origin: base });
  expect(error).toBeUndefined();
  const answer = await socket.emitWithAck('session:whoami');
  expect(answer).toEqual({ data: { id: user.id, role: 'organiser', fullName: user.fullName } });
  socket.close();
});

test('a socket without a session is refused', async () => {
  const { socket, error } = await open({ Origin: base });
  expect(error?.message).toBe('unauthenticated');
  socket.close();
});

test('a socket from a foreign Origin is refused even with a valid session cookie', async () => {
  const { cookie } = await sessionCookie();
  const { socket, error } = await open({ Cookie: cookie, Origin: 'https://evil.example' });
  expect(error).toBeDefined();
  expect(socket.connected).toBe(false);
  socket.close();
});

test('an open socket is cut off at its next event once the account is disabled or the session signed out', async () => {
  const admin = await makeUser(services.db, { role: 'administrator' });
  for (const end of ['disable', 'sign out'] as const) {
    const { user, cookie } = await sessionCookie();
    const { socket } = await open({ Cookie: cookie, Origin: base });
    expect(await socket.emitWithAck('session:whoami')).toMatchObject({ data: { id: user.id } });
    const disconnected = new Promise<void>((resolve) => socket.on('disconnect', () => resolve()));
    if (end === 'disable') {
      await services.db.transaction((tx) => setDisabled(tx, admin, { userId: user.id, disabled: true }));
    } else {
      await call(apiHandler, jsonRequest('DELETE', '/api/v1/session', undefined, { Cookie: cookie }), contextFor(services));
    }
    expect(await socket.emitWithAck('session:whoami')).toEqual({ error: { code: 'unauthenticated', message: 'Bạn cần đăng nhập.' } });
    await disconnected;
    socket.close();
  }
});
