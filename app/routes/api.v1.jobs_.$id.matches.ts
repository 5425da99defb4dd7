// GET /api/v1/jobs/:id/matches: a job's ranked candidates — named for a counsellor of its province,
// anonymised cards for its employer.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { jobMatchesRoute } from '#app/services/matching/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => jobMatchesRoute(args);
export const action = (args: LoaderFunctionArgs) => jobMatchesRoute(args);
