// GET /api/v1/jobs/:id reads a job; PATCH changes the caller's own.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { itemRoute } from '#app/services/catalogue-routes.server.ts';

const handle = itemRoute('job');

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
