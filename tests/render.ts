// Renders a page module to HTML as a browser without JavaScript receives it: its loader (and, for a
// POST, its action) run for real, in Vietnamese, inside Mantine.
import { MantineProvider } from '@mantine/core';
import type { AppLoadContext } from '@remix-run/node';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Outlet, type RouteObject } from 'react-router-dom';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';

type RouteFn = (args: { request: Request; context: AppLoadContext; params: Record<string, string> }) => unknown;
export type PageModule = { loader: RouteFn; action?: RouteFn; default: ComponentType };

/** The HTML of `module` mounted at `routePath` for `request` (a GET, or a form's POST). */
export async function renderRoute(context: AppLoadContext, module: PageModule, routePath: string, request: Request) {
  const args = ({ request, params }: { request: Request; params: Record<string, string | undefined> }) => ({
    request,
    params: params as Record<string, string>,
    context,
  });
  const routes: RouteObject[] = [
    {
      id: 'root',
      path: '/',
      loader: () => ({ locale: 'vi' }),
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
  if (routerContext instanceof Response) throw routerContext;
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  return renderToString(
    createElement(MantineProvider, null, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })),
  );
}
