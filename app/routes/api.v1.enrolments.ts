// POST /api/v1/enrolments applies for a training course.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { enrolmentsRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
