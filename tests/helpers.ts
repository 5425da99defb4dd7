// Small helpers for calling route modules the way the Remix server does.
import type { AppLoadContext } from '@remix-run/node';
import { handleApiRequest } from '#app/adapters/api/operations.server.ts';

export const origin = 'http://127.0.0.1:3000';

export function jsonRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return new Request(origin + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formRequest(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(origin + path, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(response: Response, name = '__session') {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`no ${name} cookie in response`);
  return header.split(';')[0];
}

type RouteFn = (args: { request: Request; context: AppLoadContext; params: Record<string, string> }) => unknown;

/** Calls a loader or action; a thrown Response (redirect, 4xx) is returned like a returned one. */
export async function call(fn: RouteFn, request: Request, context: AppLoadContext, params: Record<string, string> = {}) {
  try {
    return (await fn({ request, context, params })) as unknown;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** Remix's `data()` helper returns a wrapper with `data` and `init`; plain objects come back as is. */
export function unwrap<T = Record<string, unknown>>(result: unknown): { data: T; status: number } {
  if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') {
    const r = result as unknown as { data: T; init?: { status?: number } };
    return { data: r.data, status: r.init?.status ?? 200 };
  }
  return { data: result as T, status: 200 };
}

/** Signs `user` in through the API (with the test password) and answers the session cookie to send back. */
export async function sessionCookie(context: AppLoadContext, user: { email: string | null; phone: string | null }, password: string) {
  const login = user.email ?? user.phone;
  const response = (await call(apiHandler, jsonRequest('POST', '/api/v1/session', { login, password }), context)) as Response;
  if (response.status !== 200) throw new Error(`sign-in of ${login} answered ${response.status}`);
  return cookieFrom(response);
}

/** The JSON API as a route function: every /api/v1 request goes through the declared operations. */
export function apiHandler({ request, context }: { request: Request; context: AppLoadContext }) {
  return handleApiRequest(request, context);
}

/** Signs in through `POST /api/v1/session` and returns the session cookie to send back (fails the test otherwise). */
export async function signInCookie(context: AppLoadContext, login: string, password: string) {
  const response = (await call(apiHandler, jsonRequest('POST', '/api/v1/session', { login, password }), context)) as Response;
  if (response.status !== 200) throw new Error(`signing in as ${login} answered ${response.status}`);
  return cookieFrom(response);
}
