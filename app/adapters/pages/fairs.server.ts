// Server side of the organisers' fair pages: the fair named by the path (404 for another province's),
// the idempotency key each page load hands its forms, and the fair as the pages show it.
import { randomUUID } from 'node:crypto';
import type { AppLoadContext, LoaderFunctionArgs } from '@remix-run/node';
import { movesFrom, organisersFair } from '#app/services/fairs/organiser.server.ts';
import { requireId, throwAsPage } from '../form.server.ts';
import { requireUserWithPermission } from '../session.server.ts';

/**
 * A fresh idempotency key for the forms of one page load: a form sends it back in a hidden input,
 * so pressing twice (or the browser resending) runs the fair command once. Forms of the same page
 * add their own suffix (`${key}:announce`); after any answer the page loads again with a new key.
 */
export const newFormKey = () => randomUUID();

/** The organiser and the fair of the path (`:id`): 401/403, or 404 for a missing fair or another province's. */
export async function requireOrganisersFair(request: Request, context: AppLoadContext, params: LoaderFunctionArgs['params']) {
  const actor = await requireUserWithPermission(request, context, 'update:fair');
  const fairId = requireId(params.id, actor.locale);
  const fair = await organisersFair(context.services.db, actor, fairId).catch((error: unknown) => throwAsPage(error, actor.locale));
  return { actor, fair };
}

/** What every page of a fair shows about it (dates as ISO strings for the browser). */
export function fairHeader(fair: Awaited<ReturnType<typeof organisersFair>>) {
  return {
    id: fair.id,
    name: fair.name,
    kind: fair.kind,
    status: fair.status,
    startsAt: fair.startsAt.toISOString(),
    endsAt: fair.endsAt.toISOString(),
    communeName: fair.communeName,
    venueAddress: fair.venueAddress,
    capacity: fair.capacity,
    emptyBoothMinutes: fair.emptyBoothMinutes,
    noShowGraceMinutes: Math.round(fair.noShowGraceSeconds / 60),
    moves: movesFrom(fair),
  };
}

export type FairHeader = ReturnType<typeof fairHeader>;
