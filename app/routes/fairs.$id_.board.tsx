// /fairs/:id/board: the public live board of a fair, for the screen at the venue — no sign-in, no
// site header (safe to project), large type. Booths, what they show, queue lengths, the numbers
// being served and the counters; no name, phone or past ever (tests/integration/fair-organiser-pages).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { getLocale } from '#app/adapters/session.server.ts';
import { PublicBoard } from '#app/components/fairs/board/PublicBoard.tsx';
import { useBoardLive } from '#app/components/fairs/live/use-board-live.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { boardPostings, publicBoard } from '#app/services/fairs/organiser.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.board.view.name) : []);

/** The shell draws no header on this page (it is projected). */
export const handle = { bare: true };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const fairId = requireId(params.id, locale);
  const { db } = context.services;
  try {
    const [board, postings] = await Promise.all([publicBoard(db, fairId), boardPostings(db, fairId)]);
    return { fairId, board, postings };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}

export default function FairBoard() {
  const { fairId, board: loaded, postings } = useLoaderData<typeof loader>();
  // Kept current over the socket once loaded (the whole board, at most about once a second).
  const { board } = useBoardLive(loaded, fairId);
  return <PublicBoard view={board.view} announcements={board.announcements} postings={postings} />;
}
