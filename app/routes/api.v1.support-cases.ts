// POST /api/v1/support-cases opens a loan or legal-help case.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { supportCasesRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
