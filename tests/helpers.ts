// Small helpers for calling route modules the way the Remix server does.
import { MantineProvider } from '@mantine/core';
import type { AppLoadContext } from '@remix-run/node';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Outlet, type RouteObject } from 'react-router-dom';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';
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

/** The JSON API as a route function: every /api/v1 request goes through the declared operations. */
export function apiHandler({ request, context }: { request: Request; context: AppLoadContext }) {
  return handleApiRequest(request, context);
}

/**
 * Renders a page module to HTML as the browser would receive it before any JavaScript runs (its
 * loader runs for real; `cookie` signs the request in). The root gives the page its language.
 */
export async function renderPage(
  module: { loader: RouteFn; default: ComponentType },
  routePath: string,
  path: string,
  cookie: string | null,
  context: AppLoadContext,
  locale: 'vi' | 'en' = 'vi',
) {
  const routes: RouteObject[] = [
    {
      id: 'root',
      path: '/',
      loader: () => ({ locale }),
      element: createElement(Outlet),
      children: [
        {
          id: 'page',
          path: routePath,
          loader: ({ request, params }) => module.loader({ request, params: params as Record<string, string>, context }) as never,
          Component: module.default,
        },
      ],
    },
  ];
  const handler = createStaticHandler(routes);
  const routerContext = await handler.query(new Request(origin + path, { headers: cookie ? { Cookie: cookie } : {} }));
  if (routerContext instanceof Response) throw routerContext;
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  return renderToString(
    createElement(MantineProvider, null, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })),
  );
}
