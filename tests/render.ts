// Renders a page module to HTML as a browser without JavaScript first receives it: its loader (and,
// for a POST, its action) run for real, under a root route that gives the reader's language and
// every message of it, inside Mantine.
import { MantineProvider } from '@mantine/core';
import type { AppLoadContext } from '@remix-run/node';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Outlet, type RouteObject } from 'react-router-dom';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';
import { messagesForPage } from '#app/i18n/page-messages.server.ts';
import { origin } from './helpers.ts';

type RouteFn = (args: { request: Request; context: AppLoadContext; params: Record<string, string> }) => unknown;
export type PageModule = { loader: RouteFn; action?: RouteFn; default: ComponentType };

/** The HTML of `module` mounted at `routePath` for `request` (a GET, or a form's POST), or the Response its loader or action threw (a redirect, a 404). */
async function render(context: AppLoadContext, module: PageModule, routePath: string, request: Request, locale: 'vi' | 'en') {
  const args = ({ request, params }: { request: Request; params: Record<string, string | undefined> }) => ({
    request,
    params: params as Record<string, string>,
    context,
  });
  const routes: RouteObject[] = [
    {
      id: 'root',
      path: '/',
      loader: () => ({ locale, messages: messagesForPage(locale, null) }),
      element: createElement(Outlet),
      children: [
        {
          id: 'page',
          path: routePath,
          loader: (a) => module.loader(args(a)) as never,
          action: module.action ? (a) => module.action!(args(a)) as never : undefined,
          Component: module.default,
        },
      ],
    },
  ];
  const handler = createStaticHandler(routes);
  const routerContext = await handler.query(request);
  if (routerContext instanceof Response) return routerContext;
  const thrown = Object.values(routerContext.errors ?? {})[0];
  if (thrown instanceof Response) return thrown;
  if (thrown) throw thrown;
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  return renderToString(
    createElement(MantineProvider, null, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })),
  );
}

/** The HTML for `request` (a GET, or a form's POST), in Vietnamese; a redirect or error Response is thrown. */
export async function renderRoute(context: AppLoadContext, module: PageModule, routePath: string, request: Request) {
  const result = await render(context, module, routePath, request, 'vi');
  if (result instanceof Response) throw result;
  return result;
}

/** The page's HTML at `path`, or the Response its loader threw (a redirect, a 404). */
export function renderPage(
  context: AppLoadContext,
  module: PageModule,
  routePath: string,
  path: string,
  options: { cookie?: string; locale?: 'vi' | 'en' } = {},
): Promise<string | Response> {
  const request = new Request(origin + path, { headers: options.cookie ? { Cookie: options.cookie } : {} });
  return render(context, module, routePath, request, options.locale ?? 'vi');
}

/** The page's HTML; fails the test when the loader answered with a Response instead. */
export async function pageHtml(...args: Parameters<typeof renderPage>): Promise<string> {
  const result = await renderPage(...args);
  if (result instanceof Response) throw new Error(`expected a page, got ${result.status} ${result.headers.get('Location') ?? ''}`);
  return result;
}
