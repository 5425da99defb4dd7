// Which routes a URL's page is made of (root first), read from the app's server build: the root
// loader sends the messages of exactly those routes (app/i18n/page-messages.server.ts).
import type { ServerBuild } from '@remix-run/node';
import { matchRoutes } from '@remix-run/router'; // the router Remix is built on, without React

type RouteTree = Parameters<typeof matchRoutes>[0];

function treeOf(routes: ServerBuild['routes'], parentId?: string): RouteTree {
  return Object.values(routes).flatMap((route) =>
    route && route.parentId === parentId
      ? [
          route.index
            ? { id: route.id, path: route.path, index: true as const, caseSensitive: route.caseSensitive }
            : { id: route.id, path: route.path, caseSensitive: route.caseSensitive, children: treeOf(routes, route.id) },
        ]
      : [],
  );
}

const trees = new WeakMap<ServerBuild['routes'], RouteTree>();

/** The ids of the routes that make up the page at `pathname` (just the root where none matches). */
export function pageRouteIds(build: ServerBuild, pathname: string): string[] {
  let tree = trees.get(build.routes);
  if (!tree) trees.set(build.routes, (tree = treeOf(build.routes)));
  return matchRoutes(tree, pathname)?.flatMap((match) => (match.route.id ? [match.route.id] : [])) ?? ['root'];
}
