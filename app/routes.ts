// Routes are the files in app/routes, named by URL (Remix flat routes).
import type { RouteConfig } from '@remix-run/route-config';
import { flatRoutes } from '@remix-run/fs-routes';

export default flatRoutes() satisfies RouteConfig;
