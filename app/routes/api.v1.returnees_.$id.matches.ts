// GET /api/v1/returnees/:id/matches: a returnee's ranked jobs and training, with reasons.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { returneeMatchesRoute } from '#app/services/matching/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => returneeMatchesRoute(args);
export const action = (args: LoaderFunctionArgs) => returneeMatchesRoute(args);
