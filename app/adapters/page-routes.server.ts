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

/** Per build: its route tree, and the answers so far by pathname (matching costs ~1 ms a request). */
const builds = new WeakMap<ServerBuild['routes'], { tree: RouteTree; answers: Map<string, string[]> }>();
const rememberedPaths = 2000;

/** The ids of the routes that make up the page at `pathname` (just the root where none matches). */
export function pageRouteIds(build: ServerBuild, pathname: string): string[] {
  let known = builds.get(build.routes);
  if (!known) builds.set(build.routes, (known = { tree: treeOf(build.routes), answers: new Map() }));
  let ids = known.answers.get(pathname);
  if (!ids) {
    ids = matchRoutes(known.tree, pathname)?.flatMap((match) => (match.route.id ? [match.route.id] : [])) ?? ['root'];
    if (known.answers.size >= rememberedPaths) known.answers.clear();
    known.answers.set(pathname, ids);
  }
  return ids;
}
