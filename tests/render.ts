// Renders a page module to HTML as a browser first receives it (before any JavaScript runs), with
// its loader running for real under a root route that gives the reader's language.
import { MantineProvider } from '@mantine/core';
import type { AppLoadContext } from '@remix-run/node';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Outlet, type RouteObject } from 'react-router-dom';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';
import { messagesForPage } from '#app/i18n/page-messages.server.ts';
import { origin } from './helpers.ts';

type Loader = (args: { request: Request; context: AppLoadContext; params: Record<string, string> }) => unknown;
type PageModule = { loader: Loader; default: ComponentType };

/** The page's HTML, or the Response its loader threw (a redirect, a 404). */
export async function renderPage(
  context: AppLoadContext,
  module: PageModule,
  routePath: string,
  path: string,
  options: { cookie?: string; locale?: 'vi' | 'en' } = {},
): Promise<string | Response> {
  const routes: RouteObject[] = [
    {
      id: 'root',
      path: '/',
      loader: () => ({ locale: options.locale ?? 'vi', messages: messagesForPage(options.locale ?? 'vi', null) }),
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
  const routerContext = await handler.query(new Request(origin + path, { headers: options.cookie ? { Cookie: options.cookie } : {} }));
  if (routerContext instanceof Response) return routerContext;
  const thrown = Object.values(routerContext.errors ?? {})[0];
  if (thrown instanceof Response) return thrown;
  if (thrown) throw thrown;
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  return renderToString(
    createElement(MantineProvider, null, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })),
  );
}

/** The page's HTML; fails the test when the loader answered with a Response instead. */
export async function pageHtml(...args: Parameters<typeof renderPage>): Promise<string> {
  const result = await renderPage(...args);
  if (result instanceof Response) throw new Error(`expected a page, got ${result.status} ${result.headers.get('Location') ?? ''}`);
  return result;
}
