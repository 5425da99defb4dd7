// What fair screens read (docs/decisions/005-live-fairs.md): a person's places with their position,
// estimated wait and "you're next"; the organiser's console (per booth: waiting, at the desks, the
// wait, staff named, the empty-booth alert); and the public board — booths, queue lengths, the
// numbers being served and the fair's counters, with no personal data at all. Each answer carries the fair's
// last sequence number, so a client applies only the events after it.
import { and, avg, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairBooths, fairBoothStaff, fairEvents, fairQueueEntries, fairs, fairTickets, organisations, returnees } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { activeQueueStatuses, atDeskStatuses, boothLooksEmpty, estimatedWaitMinutes, isNextUp } from './rules.ts';
import { trainingAtFair } from './training.server.ts';

/** People waiting at a booth with a lower queue number than `number`. */
export async function waitingAhead(db: Executor, boothId: string, number: number) {
  const [{ ahead }] = await db
    .select({ ahead: count() })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.boothId, boothId), eq(fairQueueEntries.status, 'waiting'), lt(fairQueueEntries.number, number)));
  return ahead;
}

async function fairOf(db: Executor, fairId: string) {
  const [fair] = await db.select().from(fairs).where(eq(fairs.id, fairId));
  if (!fair) throw new NotFoundError('fair.notFound');
  return fair;
}

/**
 * Per booth of the fair (or only `boothId`): people waiting, desks in use, named staff, minutes per
 * finished conversation.
 */
async function boothFigures(db: Executor, fairId: string, boothIds?: readonly string[]) {
  // Only some booths (a person's, one joining): their rows alone are read, not the whole fair's.
  const onlyPlaces = boothIds ? inArray(fairQueueEntries.boothId, [...boothIds]) : undefined;
  const [queues, staff, service] = await Promise.all([
    db
      .select({ boothId: fairQueueEntries.boothId, status: fairQueueEntries.status, n: count() })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.fairId, fairId), inArray(fairQueueEntries.status, activeQueueStatuses), onlyPlaces))
      .groupBy(fairQueueEntries.boothId, fairQueueEntries.status),
    db
      .select({ boothId: fairBoothStaff.boothId, n: count() })
      .from(fairBoothStaff)
      .innerJoin(fairBooths, eq(fairBooths.id, fairBoothStaff.boothId))
      .where(and(eq(fairBooths.fairId, fairId), boothIds ? inArray(fairBooths.id, [...boothIds]) : undefined))
      .groupBy(fairBoothStaff.boothId),
    db
      .select({
        boothId: fairQueueEntries.boothId,
        minutes: avg(sql`extract(epoch from ${fairQueueEntries.finishedAt} - ${fairQueueEntries.calledAt}) / 60`),
      })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.fairId, fairId), eq(fairQueueEntries.status, 'done'), onlyPlaces))
      .groupBy(fairQueueEntries.boothId),
  ]);
  const of = (boothId: string) => ({
    waiting: queues.find((q) => q.boothId === boothId && q.status === 'waiting')?.n ?? 0,
    staff: staff.find((s) => s.boothId === boothId)?.n ?? 0,
    serviceMinutes: ((m) => (m === null || m === undefined ? null : Number(m)))(service.find((s) => s.boothId === boothId)?.minutes),
  });
  return of;
}

/**
 * The wait someone with `ahead` people waiting before them at the booth is told now: the same
 * estimate their view shows (the booth's pace at this fair, its named staff).
 */
export async function waitEstimateAt(db: Executor, fairId: string, boothId: string, ahead: number) {
  const booth = (await boothFigures(db, fairId, [boothId]))(boothId);
  return estimatedWaitMinutes(ahead, booth.staff, booth.serviceMinutes);
}

/**
 * A person's view of the fair: their ticket and each place they hold — booth, queue number, status,
 * how many wait ahead, the estimated wait and "you're next", the desk when called, the job or course
 * it is for, and (training.server.ts) when that job needs a skill they lack, the courses at this
 * fair that teach it with seats left. For the person, their counsellor, or the fair's organisers
 * (the door acting for someone without a phone).
 */
export async function personView(db: Executor, actor: Actor, fairId: string, ticketId: string) {
  const fair = await fairOf(db, fairId);
  const [row] = await db
    .select({ ticket: fairTickets, userId: returnees.userId })
    .from(fairTickets)
    .innerJoin(returnees, eq(returnees.id, fairTickets.returneeId))
    .where(and(eq(fairTickets.id, ticketId), eq(fairTickets.fairId, fair.id)));
  if (!row) throw new NotFoundError('fair.ticket.notFound');
  authorize(actor, 'join:queue', { userId: row.userId, provinceCode: fair.provinceCode });
  const places = await db
    .select({
      place: fairQueueEntries,
      boothNumber: fairBooths.number,
      organisation: organisations.name,
      callLink: fairBooths.callLink,
    })
    .from(fairQueueEntries)
    .innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .where(and(eq(fairQueueEntries.ticketId, row.ticket.id), inArray(fairQueueEntries.status, activeQueueStatuses)))
    .orderBy(fairBooths.number);
  const [figures, training] = await Promise.all([
    boothFigures(
      db,
      fair.id,
      places.map(({ place }) => place.boothId),
    ),
    trainingAtFair(
      db,
      fair.id,
      row.ticket.returneeId,
      places.flatMap(({ place }) => (place.jobId ? [place.jobId] : [])),
      actor.locale,
    ),
  ]);
  const withAhead = await Promise.all(
    places.map(async ({ place, boothNumber, organisation, callLink }) => {
      const ahead = await waitingAhead(db, place.boothId, place.number);
      const booth = figures(place.boothId);
      const waiting = place.status === 'waiting';
      return {
        placeId: place.id,
        boothId: place.boothId,
        boothNumber,
        organisation,
        number: place.number,
        status: place.status,
        ahead: waiting ? ahead : 0,
        waitMinutes: waiting ? estimatedWaitMinutes(ahead, booth.staff, booth.serviceMinutes) : 0,
        nextUp: waiting && isNextUp(ahead),
        desk: place.desk,
        // An online fair's call link, only to the person being served.
        callLink: atDeskStatuses.includes(place.status as (typeof atDeskStatuses)[number]) ? callLink : null,
        jobId: place.jobId,
        trainingSlotId: place.trainingSlotId,
        /** The job needs a skill they lack: the courses at this fair that teach it, with seats left. */
        training: (place.jobId && training.get(place.jobId)) || null,
      };
    }),
  );
  return {
    seq: fair.lastSeq,
    status: fair.status,
    ticket: { id: row.ticket.id, code: row.ticket.code, checkedIn: Boolean(row.ticket.checkedInAt) },
    places: withAhead,
  };
}

/** The fair's counters: checked in, interviews, offers, hires. */
async function fairCounters(db: Executor, fairId: string) {
  const [[checkedIn], outcomes] = await Promise.all([
    db
      .select({ n: count() })
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fairId), sql`${fairTickets.checkedInAt} is not null`)),
    db
      .select({ outcome: fairQueueEntries.outcome, n: count() })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.fairId, fairId), eq(fairQueueEntries.status, 'done')))
      .groupBy(fairQueueEntries.outcome),
  ]);
  const outcome = (name: string) => outcomes.find((o) => o.outcome === name)?.n ?? 0;
  return {
    checkedIn: checkedIn.n,
    // Everyone seen at a desk had an interview, whatever came of it; a hire on the spot was an offer too.
    interviews: outcomes.reduce((sum, o) => sum + o.n, 0),
    offers: outcome('offer_made') + outcome('hired'),
    hires: outcome('hired'),
  };
}

/** The accepted booths of a fair, by number, with their organisation's name. */
function acceptedBooths(db: Executor, fairId: string) {
  return db
    .select({
      id: fairBooths.id,
      number: fairBooths.number,
      organisation: organisations.name,
      lastStaffActionAt: fairBooths.lastStaffActionAt,
    })
    .from(fairBooths)
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, 'accepted')))
    .orderBy(fairBooths.number);
}

/** The numbers now at each booth's desks. */
function numbersAtDesks(db: Executor, fairId: string) {
  return db
    .select({ boothId: fairQueueEntries.boothId, number: fairQueueEntries.number })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.fairId, fairId), inArray(fairQueueEntries.status, atDeskStatuses)))
    .orderBy(fairQueueEntries.number);
}

/**
 * The public board (no sign-in; projected at the venue): each accepted booth's number, organisation
 * and queue length, the numbers now at its desks, and the fair's counters. No name, phone or past.
 */
export async function boardView(db: Executor, fairId: string) {
  const fair = await fairOf(db, fairId);
  const [booths, figures, atDesks, counters] = await Promise.all([
    acceptedBooths(db, fair.id),
    boothFigures(db, fair.id),
    numbersAtDesks(db, fair.id),
    fairCounters(db, fair.id),
  ]);
  return {
    seq: fair.lastSeq,
    name: fair.name,
    status: fair.status,
    booths: booths.map((b) => ({
      number: b.number,
      organisation: b.organisation,
      waiting: figures(b.id).waiting,
      nowServing: atDesks.filter((d) => d.boothId === b.id).map((d) => d.number),
    })),
    counters,
  };
}

/**
 * The organiser's console: per booth, people waiting, the numbers at its desks, the wait a newcomer
 * would have, the staff named, and the empty-booth alert; and the fair's counters.
 */
export async function consoleView(db: Executor, actor: Actor, fairId: string, now = new Date()) {
  const fair = await fairOf(db, fairId);
  authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
  const [booths, figures, atDesks, counters, [wentLive]] = await Promise.all([
    acceptedBooths(db, fair.id),
    boothFigures(db, fair.id),
    numbersAtDesks(db, fair.id),
    fairCounters(db, fair.id),
    db
      .select({ at: fairEvents.at })
      .from(fairEvents)
      .where(and(eq(fairEvents.fairId, fair.id), eq(fairEvents.type, 'fair:status'), sql`${fairEvents.payload}->>'to' = 'live'`))
      .orderBy(desc(fairEvents.seq))
      .limit(1),
  ]);
  const liveSince = fair.status === 'live' ? (wentLive?.at ?? null) : null;
  return {
    seq: fair.lastSeq,
    status: fair.status,
    emptyBoothMinutes: fair.emptyBoothMinutes,
    booths: booths.map((b) => {
      const f = figures(b.id);
      return {
        id: b.id,
        number: b.number,
        organisation: b.organisation,
        waiting: f.waiting,
        nowServing: atDesks.filter((d) => d.boothId === b.id).map((d) => d.number),
        staff: f.staff,
        waitMinutes: f.waiting ? estimatedWaitMinutes(f.waiting, f.staff, f.serviceMinutes) : 0,
        unattended: boothLooksEmpty({ waiting: f.waiting, lastStaffActionAt: b.lastStaffActionAt }, liveSince, fair.emptyBoothMinutes, now),
      };
    }),
    counters,
  };
}
