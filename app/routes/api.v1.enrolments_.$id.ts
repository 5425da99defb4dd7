// PATCH /api/v1/enrolments/:id moves an enrolment (enrolling takes a seat).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { enrolmentRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
