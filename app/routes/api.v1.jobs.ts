// GET /api/v1/jobs searches open jobs; POST creates one for the caller's organisation.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { collectionRoute } from '#app/services/catalogue-routes.server.ts';

const handle = collectionRoute('job');

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
