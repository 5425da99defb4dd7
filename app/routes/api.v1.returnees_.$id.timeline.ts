// GET /api/v1/returnees/:id/timeline: the person's timeline in plain words.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { timelineRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
