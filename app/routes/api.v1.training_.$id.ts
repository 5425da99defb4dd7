// GET /api/v1/training/:id reads a training slot; PATCH changes the caller's own.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { itemRoute } from '#app/services/catalogue-routes.server.ts';

const handle = itemRoute('training');

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
