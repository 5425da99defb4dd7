// PATCH /api/v1/support-cases/:id moves a loan or legal-help case.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { supportCaseRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
