// What a booth's staff see at their desks (issue 11): their booth's four desks — who is at each,
// since when, and from when a no-show may be marked — and the people at the desks and next in line
// as anonymised cards: the queue number, the job or course they queue for, the candidate card
// employers already see (caseload/cards.server.ts), and the name only where the pipeline's own rule
// allows it for that referral or enrolment. Never a phone number, nor anything about the past.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairBooths, fairQueueEntries, fairs, fairTickets, jobs, organisations, referrals, returnees, trainingSlots } from '#db/schema.ts';
import type { Actor } from '../authorize.ts';
import { candidateCards, cardVisibleCondition, type CandidateCard } from '../caseload/cards.server.ts';
import { NotFoundError } from '../errors.ts';
import { enrolmentsNamedToProvider } from '../pipeline/queries/enrolments.server.ts';
import { referralsNamedToEmployer } from '../pipeline/queries/referrals.server.ts';
import { requireBoothStaff } from './commands.server.ts';
import { activeQueueStatuses, desksPerBooth } from './rules.ts';

/** How many waiting places the desk view shows as cards (the rest are counted). */
export const deskQueueCards = 20;

export type DeskCard = {
  placeId: string;
  number: number;
  status: (typeof activeQueueStatuses)[number];
  desk: number | null;
  joinedAt: string;
  calledAt: string | null;
  /** What the person queues for. */
  posting: { kind: 'job' | 'course'; id: string; title: string } | null;
  /** The anonymised card: where they applied or consented, or share a card with employers anyway. */
  card: CandidateCard | null;
  /** Only where the pipeline lets this employer know the person by name. */
  name: string | null;
};

/**
 * The booth's desks and line for its named staff (403 for anyone else of its organisation, 404 for
 * another organisation's booth): each desk with the place at it (and when a no-show may be marked),
 * the people at the desks and the first `deskQueueCards` waiting as cards, how many wait in all,
 * and the fair's last sequence number.
 */
export async function deskView(db: Executor, actor: Actor, fairId: string, boothId: string) {
  const [row] = await db
    .select({ booth: fairBooths, organisation: organisations.name, fair: fairs })
    .from(fairBooths)
    .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .where(and(eq(fairBooths.id, boothId), eq(fairBooths.fairId, fairId)));
  if (!row) throw new NotFoundError('fair.booth.notFound');
  const { booth, fair } = row;
  await requireBoothStaff(db, actor, booth);

  const active = and(eq(fairQueueEntries.boothId, booth.id), inArray(fairQueueEntries.status, activeQueueStatuses));
  const [places, [{ waiting }]] = await Promise.all([
    db
      .select({
        place: fairQueueEntries,
        returneeId: fairTickets.returneeId,
        fullName: returnees.fullName,
        cardVisible: sql<boolean>`(${cardVisibleCondition()})`,
        referralStatus: referrals.status,
        jobTitle: jobs.title,
        courseTitle: trainingSlots.title,
      })
      .from(fairQueueEntries)
      .innerJoin(fairTickets, eq(fairTickets.id, fairQueueEntries.ticketId))
      .innerJoin(returnees, eq(returnees.id, fairTickets.returneeId))
      .leftJoin(referrals, eq(referrals.id, fairQueueEntries.referralId))
      .leftJoin(jobs, eq(jobs.id, fairQueueEntries.jobId))
      .leftJoin(trainingSlots, eq(trainingSlots.id, fairQueueEntries.trainingSlotId))
      .where(active)
      // At the desks first, then the line in order.
      .orderBy(sql`(${fairQueueEntries.status} = 'waiting')`, asc(fairQueueEntries.number))
      .limit(desksPerBooth + deskQueueCards),
    db
      .select({ waiting: count() })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.boothId, booth.id), eq(fairQueueEntries.status, 'waiting'))),
  ]);

  const [namedReferrals, namedEnrolments] = await Promise.all([
    referralsNamedToEmployer(
      db,
      places.flatMap((p) => (p.place.referralId && p.referralStatus ? [{ id: p.place.referralId, status: p.referralStatus }] : [])),
    ),
    enrolmentsNamedToProvider(
      db,
      places.flatMap((p) => (p.place.enrolmentId ? [p.place.enrolmentId] : [])),
    ),
  ]);
  const named = (p: (typeof places)[number]) =>
    (p.place.referralId !== null && namedReferrals.has(p.place.referralId)) ||
    (p.place.enrolmentId !== null && namedEnrolments.has(p.place.enrolmentId));
  // A card's reference differs per posting (as on the employer's pages): cards are built per job or course.
  const cardsByPosting = new Map<string, Map<string, CandidateCard>>();
  for (const postingId of new Set(places.map((p) => p.place.jobId ?? p.place.trainingSlotId ?? booth.id))) {
    const people = places.filter((p) => (p.place.jobId ?? p.place.trainingSlotId ?? booth.id) === postingId && (named(p) || p.cardVisible));
    cardsByPosting.set(
      postingId,
      await candidateCards(
        db,
        postingId,
        people.map((p) => p.returneeId),
      ),
    );
  }

  const cards: DeskCard[] = places.map((p) => {
    const { place } = p;
    const postingId = place.jobId ?? place.trainingSlotId ?? booth.id;
    return {
      placeId: place.id,
      number: place.number,
      status: place.status as DeskCard['status'],
      desk: place.desk,
      joinedAt: place.joinedAt.toISOString(),
      calledAt: place.calledAt?.toISOString() ?? null,
      posting: place.jobId
        ? { kind: 'job', id: place.jobId, title: p.jobTitle! }
        : place.trainingSlotId
          ? { kind: 'course', id: place.trainingSlotId, title: p.courseTitle! }
          : null,
      card: cardsByPosting.get(postingId)?.get(p.returneeId) ?? null,
      name: named(p) ? p.fullName : null,
    };
  });
  const graceMs = fair.noShowGraceSeconds * 1000;
  return {
    seq: fair.lastSeq,
    fairStatus: fair.status,
    booth: { id: booth.id, number: booth.number, organisation: row.organisation, callLink: booth.callLink },
    noShowGraceSeconds: fair.noShowGraceSeconds,
    desks: Array.from({ length: desksPerBooth }, (_, i) => {
      const at = cards.find((c) => c.desk === i + 1);
      return {
        desk: i + 1,
        placeId: at?.placeId ?? null,
        number: at?.number ?? null,
        status: at?.status ?? null,
        calledAt: at?.calledAt ?? null,
        /** From when "did not come" may be marked (only while called, not yet seen). */
        noShowFrom: at?.status === 'called' && at.calledAt ? new Date(Date.parse(at.calledAt) + graceMs).toISOString() : null,
      };
    }),
    waiting,
    places: cards,
  };
}
