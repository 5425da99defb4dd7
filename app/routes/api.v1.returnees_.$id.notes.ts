// GET /api/v1/returnees/:id/notes lists the counselling notes (newest contact first); POST adds one.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { apiRoute } from '#app/services/api.server.ts';
import { requireUser } from '#app/services/auth.server.ts';
import { parseJsonBody } from '#app/services/http.server.ts';
import { addNote, listNotes, noteSchema } from '#app/services/returnees.server.ts';

const noStore = { 'Cache-Control': 'no-store' };

const handle = apiRoute({
  GET: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    return Response.json({ notes: await listNotes(context.services.db, user, params.id ?? '') }, { headers: noStore });
  },
  POST: async ({ request, context, params }) => {
    const user = await requireUser(request, context);
    const input = await parseJsonBody(request, noteSchema, user.locale);
    return Response.json({ note: await addNote(context.services.db, user, params.id ?? '', input) }, { status: 201, headers: noStore });
  },
});

export const loader = (args: LoaderFunctionArgs) => handle(args);
export const action = (args: ActionFunctionArgs) => handle(args);
