// POST /api/v1/placements/:id/follow-ups records a placement's 1/3/6/12-month follow-up.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { followUpsRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
