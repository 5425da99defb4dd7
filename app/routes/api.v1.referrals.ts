// POST /api/v1/referrals starts a job referral (suggest, apply, or ask for an introduction).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { referralsRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
