// GET /api/v1/jobs/:id/pipeline: a job's candidates by step (its employer, or a counsellor).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { jobPipelineRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
