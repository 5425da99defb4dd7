// PATCH /api/v1/referrals/:id moves a referral to its next step.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { referralRoute as handle } from '#app/services/pipeline/api-routes.server.ts';

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
