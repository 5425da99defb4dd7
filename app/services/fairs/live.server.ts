// What the live fair's sockets read (docs/decisions/005-live-fairs.md): a screen's view with the
// events it missed while away, the events a command appended, and a booth's line. The sockets carry
// news of Postgres, never state of their own: everything here is read from the fair's tables and its
// event log, so a client that comes back anywhere gets the same answer.
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairEvents } from '#db/schema.ts';
import type { Actor } from '../authorize.ts';
import type { BoothLine, FairNewsItem } from './live-line.ts';
import { deskView } from './desk.server.ts';
import { consoleView, personView } from './queries.server.ts';

export const newsItem = (event: typeof fairEvents.$inferSelect): FairNewsItem => ({
  seq: event.seq,
  type: event.type,
  boothId: event.boothId,
  payload: event.payload as Record<string, unknown>,
  at: event.at.toISOString(),
});

/** A client further behind than this gets its view only (a snapshot), not the events one by one. */
export const catchUpLimit = 200;

/** The events numbered `fromSeq`..`toSeq` (what one commit appended), oldest first. */
export function eventsBetween(db: Executor, fairId: string, fromSeq: number, toSeq: number) {
  return db
    .select()
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), sql`${fairEvents.seq} between ${fromSeq} and ${toSeq}`))
    .orderBy(fairEvents.seq);
}

/**
 * The events after `afterSeq` a person's screen is told of: their own (called, served, ...) and the
 * fair's (status, announcements) — at most `catchUpLimit`; null when there are more (the view is enough).
 */
async function missedByPerson(db: Executor, fairId: string, ticketId: string, afterSeq: number) {
  const rows = await db
    .select()
    .from(fairEvents)
    .where(
      and(
        eq(fairEvents.fairId, fairId),
        gt(fairEvents.seq, afterSeq),
        or(eq(fairEvents.ticketId, ticketId), and(isNull(fairEvents.ticketId), isNull(fairEvents.boothId))),
      ),
    )
    .orderBy(fairEvents.seq)
    .limit(catchUpLimit + 1);
  return rows.length > catchUpLimit ? null : rows.map(newsItem);
}

/** The fair's own events (status, announcements) after `afterSeq`, for consoles and desks. */
async function missedFairWide(db: Executor, fairId: string, afterSeq: number) {
  const rows = await db
    .select()
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), gt(fairEvents.seq, afterSeq), isNull(fairEvents.ticketId), isNull(fairEvents.boothId)))
    .orderBy(fairEvents.seq)
    .limit(catchUpLimit + 1);
  return rows.length > catchUpLimit ? null : rows.map(newsItem);
}

export type Watch =
  | { fairId: string; view: 'person'; ticketId: string; afterSeq?: number }
  | { fairId: string; view: 'console'; afterSeq?: number }
  | { fairId: string; view: 'desk'; boothId: string; afterSeq?: number };

/**
 * A screen (re)connecting: its view now — authorised as the page that shows it is — the events it
 * missed since `afterSeq`, and the rooms whose news it needs from now on (the fair's; the person's
 * own and the lines of the booths they wait at; the console's; the booth's).
 */
export async function watchFair(db: Executor, actor: Actor, watch: Watch) {
  const fairRoom = `fair:${watch.fairId}`;
  if (watch.view === 'person') {
    const view = await personView(db, actor, watch.fairId, watch.ticketId);
    const missed = watch.afterSeq === undefined ? null : await missedByPerson(db, watch.fairId, watch.ticketId, watch.afterSeq);
    const booths = [...new Set(view.places.map((place) => place.boothId))];
    return {
      seq: view.seq,
      view,
      missed,
      rooms: [fairRoom, `person:${watch.ticketId}`, ...booths.map((id) => `booth:${id}`)],
    };
  }
  if (watch.view === 'desk') {
    const view = await deskView(db, actor, watch.fairId, watch.boothId);
    const missed = watch.afterSeq === undefined ? null : await missedFairWide(db, watch.fairId, watch.afterSeq);
    return { seq: view.seq, view, missed, rooms: [fairRoom, `booth:${watch.boothId}`] };
  }
  const view = await consoleView(db, actor, watch.fairId);
  const missed = watch.afterSeq === undefined ? null : await missedFairWide(db, watch.fairId, watch.afterSeq);
  return { seq: view.seq, view, missed, rooms: [fairRoom, `console:${watch.fairId}`] };
}

/**
 * What came after a watch's view was read (at `seq`) and before its socket joined the rooms — news
 * that reached neither: a person's own and the fair's events since `seq`, and the lines of the booths
 * they wait at now. Read once the socket is in its rooms, so nothing falls between.
 */
export async function sinceWatched(db: Executor, watch: Watch, seq: number, rooms: readonly string[]) {
  const booths = rooms.filter((room) => room.startsWith('booth:')).map((room) => room.slice('booth:'.length));
  if (watch.view === 'person') {
    const [missed, lines] = await Promise.all([missedByPerson(db, watch.fairId, watch.ticketId, seq), boothLines(db, booths)]);
    return { missed: missed ?? [], lines };
  }
  return { missed: (await missedFairWide(db, watch.fairId, seq)) ?? [], lines: [] };
}

/**
 * Booth lines, read in one statement (so the numbers and `seq` agree): for each booth, the numbers
 * waiting and at the desks, the staff named, the minutes per finished conversation at this fair.
 */
export async function boothLines(db: Executor, boothIds: readonly string[]): Promise<BoothLine[]> {
  if (boothIds.length === 0) return [];
  const rows = await db.execute<{
    fair_id: string;
    booth_id: string;
    seq: number;
    waiting: number[] | null;
    at_desks: number[] | null;
    staff: number;
    service_minutes: string | null;
  }>(sql`
    select b.fair_id, b.id as booth_id, f.last_seq as seq,
      (select array_agg(q.number order by q.number) from fair_queue_entries q
        where q.booth_id = b.id and q.status = 'waiting') as waiting,
      (select array_agg(q.number order by q.number) from fair_queue_entries q
        where q.booth_id = b.id and q.status in ('called', 'serving')) as at_desks,
      (select count(*)::int from fair_booth_staff s where s.booth_id = b.id) as staff,
      (select avg(extract(epoch from q.finished_at - q.called_at) / 60) from fair_queue_entries q
        where q.booth_id = b.id and q.status = 'done') as service_minutes
    from fair_booths b join fairs f on f.id = b.fair_id
    where b.id in (${sql.join(
      boothIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return rows.map((row) => ({
    fairId: row.fair_id,
    boothId: row.booth_id,
    seq: Number(row.seq),
    waiting: row.waiting ?? [],
    atDesks: row.at_desks ?? [],
    staff: Number(row.staff),
    serviceMinutes: row.service_minutes === null ? null : Number(row.service_minutes),
  }));
}
