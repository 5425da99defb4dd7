// The after-fair summary for the fair's organisers (issue 11): registered, checked in and walk-ins;
// per booth (and for the whole fair) the people who joined, interviews, offers, hires, enrolments,
// no-shows, places left, the average and p90 wait from joining to being called, and how good the
// wait estimates given at joining were. Read from the fair's tables; the arithmetic is
// summary-figures.ts. Every outcome it counts is already in the pipeline, tagged with the fair.
import { and, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairBooths, fairQueueEntries, fairs, fairTickets, organisations } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { placeFigures, type PlaceFigures } from './summary-figures.ts';

export type BoothSummary = PlaceFigures & { boothId: string; number: number; organisation: string };

export type FairSummary = {
  fair: { id: string; name: string; kind: string; status: string; startsAt: string; endsAt: string };
  seq: number;
  registered: number;
  checkedIn: number;
  walkIns: number;
  booths: BoothSummary[];
  /** The same figures over the whole fair (a person who joined several booths is one visitor). */
  total: PlaceFigures;
};

/** The summary of a fair, for the organisers of its province (404 for another province's fair). */
export async function fairSummary(db: Executor, actor: Actor, fairId: string): Promise<FairSummary> {
  const [fair] = await db.select().from(fairs).where(eq(fairs.id, fairId));
  if (!fair) throw new NotFoundError('fair.notFound');
  authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
  const [[tickets], booths, places] = await Promise.all([
    db
      .select({
        registered: count(),
        checkedIn: count(fairTickets.checkedInAt),
        walkIns: sql<number>`count(*) filter (where ${fairTickets.walkIn})`.mapWith(Number),
      })
      .from(fairTickets)
      .where(eq(fairTickets.fairId, fair.id)),
    db
      .select({ id: fairBooths.id, number: fairBooths.number, organisation: organisations.name })
      .from(fairBooths)
      .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
      .where(
        and(
          eq(fairBooths.fairId, fair.id),
          // Accepted booths, and any other that had a line before its answer changed.
          sql`(${fairBooths.status} = 'accepted' or exists (select 1 from ${fairQueueEntries} where ${fairQueueEntries.boothId} = ${fairBooths.id}))`,
        ),
      )
      .orderBy(fairBooths.number),
    db
      .select({
        boothId: fairQueueEntries.boothId,
        ticketId: fairQueueEntries.ticketId,
        status: fairQueueEntries.status,
        outcome: fairQueueEntries.outcome,
        joinedAt: fairQueueEntries.joinedAt,
        calledAt: fairQueueEntries.calledAt,
        waitEstimateMinutes: fairQueueEntries.waitEstimateMinutes,
      })
      .from(fairQueueEntries)
      .where(eq(fairQueueEntries.fairId, fair.id)),
  ]);
  return {
    fair: {
      id: fair.id,
      name: fair.name,
      kind: fair.kind,
      status: fair.status,
      startsAt: fair.startsAt.toISOString(),
      endsAt: fair.endsAt.toISOString(),
    },
    seq: fair.lastSeq,
    registered: tickets.registered,
    checkedIn: tickets.checkedIn,
    walkIns: tickets.walkIns,
    booths: booths.map((b) => ({
      boothId: b.id,
      number: b.number,
      organisation: b.organisation,
      ...placeFigures(places.filter((p) => p.boothId === b.id)),
    })),
    total: placeFigures(places),
  };
}
