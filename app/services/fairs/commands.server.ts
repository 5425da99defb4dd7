// Fair commands (docs/decisions/005-live-fairs.md): each takes the executor its adapter opened, the
// actor and validated input, and runs through `fairCommand` (the fair's row lock, idempotency, the
// event with the fair's next sequence number). A fair's commands run one at a time on that lock; the
// schema's constraints stand behind the checks made here all the same.
import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairBooths, fairBoothStaff, fairQueueEntries, fairTickets, returnees, type Fair, type FairBooth } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { applyAtBooth, chosenPosting, outcomeInPipeline } from './applications.server.ts';
import { fairCommand, type FairEventDraft } from './events.server.ts';
import { waitEstimateAt, waitingAhead } from './queries.server.ts';
import {
  activeQueueStatuses,
  atDeskStatuses,
  callingOpen,
  desksPerBooth,
  doorOpen,
  firstFree,
  queuesOpen,
  queuesPerPerson,
} from './rules.ts';
import type { CallNextInput, CheckInInput, JoinQueueInput, LeaveQueueInput, OutcomeInput, PlaceActionInput } from './schemas.ts';

/**
 * The door checks a ticket in, once: a second scan (another door screen, a retry with a new key)
 * is a conflict; a retry with the same key gets the first answer.
 */
export async function checkIn(tx: Executor, actor: Actor, input: CheckInInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (!doorOpen.includes(fair.status)) throw new ConflictError('fair.checkIn.closed');
    const [ticket] = await tx
      .select()
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.code, input.code)));
    if (!ticket) throw new NotFoundError('fair.ticket.notFound');
    const [checked] = await tx
      .update(fairTickets)
      .set({ checkedInAt: new Date() })
      .where(and(eq(fairTickets.id, ticket.id), isNull(fairTickets.checkedInAt)))
      .returning();
    if (!checked) throw new ConflictError('fair.checkIn.already');
    const answer = { ticketId: checked.id, code: checked.code, checkedInAt: checked.checkedInAt!.toISOString() };
    return { answer, event: { type: 'ticket:checked_in', ticketId: checked.id, payload: { code: checked.code, at: answer.checkedInAt } } };
  });
}

/** A ticket of this fair, and whose it is; queueing for it is for the person, their counsellor or the door. */
async function ticketFor(tx: Executor, actor: Actor, fair: Fair, ticketId: string) {
  const [row] = await tx
    .select({ ticket: fairTickets, userId: returnees.userId })
    .from(fairTickets)
    .innerJoin(returnees, eq(returnees.id, fairTickets.returneeId))
    .where(and(eq(fairTickets.id, ticketId), eq(fairTickets.fairId, fair.id)));
  if (!row) throw new NotFoundError('fair.ticket.notFound');
  authorize(actor, 'join:queue', { userId: row.userId, provinceCode: fair.provinceCode });
  return row;
}

async function boothOf(tx: Executor, fair: Fair, boothId: string) {
  const [booth] = await tx
    .select()
    .from(fairBooths)
    .where(and(eq(fairBooths.id, boothId), eq(fairBooths.fairId, fair.id), eq(fairBooths.status, 'accepted')));
  if (!booth) throw new NotFoundError('fair.booth.notFound');
  return booth;
}

/**
 * A place in a booth's queue, at the end: for a checked-in person (or anyone at an online fair), at
 * most one per booth and three at once; a proxy (counsellor, door) may queue for them. The place is
 * for one of the jobs or courses the booth shows, and joining is applying for it
 * (applications.server.ts): the referral or enrolment is made, or the open one taken on, here.
 */
export async function joinQueue(tx: Executor, actor: Actor, input: JoinQueueInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const { ticket, userId } = await ticketFor(tx, actor, fair, input.ticketId);
    if (!queuesOpen.includes(fair.status)) throw new ConflictError('fair.queue.closed');
    if (fair.kind !== 'online' && !ticket.checkedInAt) throw new ConflictError('fair.queue.notCheckedIn');
    const booth = await boothOf(tx, fair, input.boothId);
    const posting = await chosenPosting(tx, booth.id, input);
    const active = await tx
      .select({ boothId: fairQueueEntries.boothId, slot: fairQueueEntries.slot })
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.ticketId, ticket.id), inArray(fairQueueEntries.status, activeQueueStatuses)));
    if (active.some((place) => place.boothId === booth.id)) throw new ConflictError('fair.queue.already');
    const slot = firstFree(
      active.map((place) => place.slot),
      queuesPerPerson,
    );
    if (slot === null) throw new ConflictError('fair.queue.tooMany');
    const application = await applyAtBooth(tx, actor, fair, { returneeId: ticket.returneeId, userId }, posting, input.consentWording);
    const [{ last }] = await tx
      .select({ last: max(fairQueueEntries.number) })
      .from(fairQueueEntries)
      .where(eq(fairQueueEntries.boothId, booth.id));
    const number = (last ?? 0) + 1;
    const ahead = await waitingAhead(tx, booth.id, number);
    // The wait the person is told now is kept: the after-fair summary reports how good it was.
    const waitMinutes = await waitEstimateAt(tx, fair.id, booth.id, ahead);
    const [place] = await tx
      .insert(fairQueueEntries)
      .values({
        fairId: fair.id,
        boothId: booth.id,
        ticketId: ticket.id,
        number,
        slot,
        joinedByUserId: actor.id === userId ? null : actor.id,
        waitEstimateMinutes: waitMinutes,
        ...posting,
        ...application,
      })
      .returning();
    const position = ahead + 1;
    const answer = {
      placeId: place.id,
      boothId: booth.id,
      boothNumber: booth.number,
      number: place.number,
      position,
      waitMinutes,
      ...posting,
    };
    return {
      answer,
      event: {
        type: 'queue:joined',
        boothId: booth.id,
        ticketId: ticket.id,
        payload: { placeId: place.id, number: place.number, position, proxy: actor.id !== userId },
      },
    };
  });
}

/** The person (or their proxy) leaves a queue they wait in, or were called from and will not come to. */
export async function leaveQueue(tx: Executor, actor: Actor, input: LeaveQueueInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const [place] = await tx
      .select()
      .from(fairQueueEntries)
      .where(and(eq(fairQueueEntries.id, input.placeId), eq(fairQueueEntries.fairId, fair.id)));
    if (!place) throw new NotFoundError('fair.place.notFound');
    await ticketFor(tx, actor, fair, place.ticketId);
    if (place.status !== 'waiting' && place.status !== 'called') throw new ConflictError('fair.queue.notWaiting');
    await tx.update(fairQueueEntries).set({ status: 'left', desk: null, finishedAt: new Date() }).where(eq(fairQueueEntries.id, place.id));
    return {
      answer: { placeId: place.id },
      event: { type: 'queue:left', boothId: place.boothId, ticketId: place.ticketId, payload: { placeId: place.id, number: place.number } },
    };
  });
}

/** The booth's named staff only: a member of its organisation who is on its staff list. */
export async function requireBoothStaff(tx: Executor, actor: Actor, booth: FairBooth) {
  authorize(actor, 'call:queue', { organisationId: booth.organisationId });
  const [named] = await tx
    .select()
    .from(fairBoothStaff)
    .where(and(eq(fairBoothStaff.boothId, booth.id), eq(fairBoothStaff.userId, actor.id)));
  if (!named) throw new ForbiddenError('call:queue:own', 'fair.booth.notStaff');
}

type Called = { placeId: string; number: number; desk: number } | { placeId: null };

/**
 * Calls the first waiting person at the booth who is not being seen at another booth (their place
 * here is held, not skipped) to a free desk of the four: the answer and its event, or nobody.
 */
async function callFirstWaiting(tx: Executor, actor: Actor, booth: FairBooth): Promise<{ answer: Called; event: FairEventDraft | null }> {
  const atDesks = await tx
    .select({ desk: fairQueueEntries.desk })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.boothId, booth.id), inArray(fairQueueEntries.status, atDeskStatuses)));
  const desk = firstFree(
    atDesks.map((place) => place.desk!),
    desksPerBooth,
  );
  if (desk === null) throw new ConflictError('fair.booth.full');
  const busyElsewhere = tx
    .select({ one: sql`1` })
    .from(fairQueueEntries)
    .where(and(sql`${fairQueueEntries.ticketId} = "next"."ticket_id"`, inArray(fairQueueEntries.status, atDeskStatuses)));
  const next = await tx.execute<{ id: string; ticket_id: string; number: number }>(sql`
    select "next"."id", "next"."ticket_id", "next"."number" from ${fairQueueEntries} as "next"
    where "next"."booth_id" = ${booth.id} and "next"."status" = 'waiting' and not exists (${busyElsewhere})
    order by "next"."number" limit 1 for update skip locked`);
  const place = next[0];
  if (!place) return { answer: { placeId: null }, event: null };
  const calledAt = new Date();
  await tx
    .update(fairQueueEntries)
    .set({ status: 'called', desk, calledAt, calledByUserId: actor.id })
    .where(eq(fairQueueEntries.id, place.id));
  await tx.update(fairBooths).set({ lastStaffActionAt: calledAt }).where(eq(fairBooths.id, booth.id));
  return {
    answer: { placeId: place.id, number: place.number, desk },
    event: {
      type: 'queue:called',
      boothId: booth.id,
      ticketId: place.ticket_id,
      payload: { placeId: place.id, number: place.number, desk, boothNumber: booth.number },
    },
  };
}

/** A booth's named staff call the next person. Nobody waiting: nothing happens (`placeId: null`, no event). */
export async function callNext(tx: Executor, actor: Actor, input: CallNextInput) {
  return fairCommand<Called>(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const booth = await boothOf(tx, fair, input.boothId);
    await requireBoothStaff(tx, actor, booth);
    if (!callingOpen.includes(fair.status)) throw new ConflictError('fair.calling.closed');
    return callFirstWaiting(tx, actor, booth);
  });
}

/** A place at this fair and its booth, for that booth's named staff. */
async function staffPlace(tx: Executor, actor: Actor, fair: Fair, placeId: string) {
  const [row] = await tx
    .select({ place: fairQueueEntries, booth: fairBooths })
    .from(fairQueueEntries)
    .innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
    .where(and(eq(fairQueueEntries.id, placeId), eq(fairQueueEntries.fairId, fair.id)));
  if (!row) throw new NotFoundError('fair.place.notFound');
  await requireBoothStaff(tx, actor, row.booth);
  return row;
}

/** The person called came to the desk: they are being seen. */
export async function startServing(tx: Executor, actor: Actor, input: PlaceActionInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const { place, booth } = await staffPlace(tx, actor, fair, input.placeId);
    if (place.status !== 'called') throw new ConflictError('fair.place.notCalled');
    await tx.update(fairQueueEntries).set({ status: 'serving' }).where(eq(fairQueueEntries.id, place.id));
    await tx.update(fairBooths).set({ lastStaffActionAt: new Date() }).where(eq(fairBooths.id, booth.id));
    return {
      answer: { placeId: place.id },
      event: { type: 'queue:serving', boothId: booth.id, ticketId: place.ticketId, payload: { placeId: place.id, number: place.number } },
    };
  });
}

/**
 * The person called did not come within the fair's grace time: marked a no-show (never sooner), and
 * the next person is called to the desk it frees.
 */
export async function markNoShow(tx: Executor, actor: Actor, input: PlaceActionInput) {
  return fairCommand<{ placeId: string; next: Called }>(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const { place, booth } = await staffPlace(tx, actor, fair, input.placeId);
    if (place.status !== 'called') throw new ConflictError('fair.place.notCalled');
    if (Date.now() < place.calledAt!.getTime() + fair.noShowGraceSeconds * 1000) throw new ConflictError('fair.noShow.tooEarly');
    await tx
      .update(fairQueueEntries)
      .set({ status: 'no_show', desk: null, finishedAt: new Date() })
      .where(eq(fairQueueEntries.id, place.id));
    const missed: FairEventDraft = {
      type: 'queue:no_show',
      boothId: booth.id,
      ticketId: place.ticketId,
      payload: { placeId: place.id, number: place.number },
    };
    const next = callingOpen.includes(fair.status) ? await callFirstWaiting(tx, actor, booth) : { answer: { placeId: null }, event: null };
    return { answer: { placeId: place.id, next: next.answer }, event: next.event ? [missed, next.event] : missed };
  });
}

/**
 * How the conversation at the desk ended; the desk is free again. The outcome moves the place's
 * referral or enrolment in the pipeline in the same transaction (applications.server.ts).
 */
export async function recordOutcome(tx: Executor, actor: Actor, input: OutcomeInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const { place, booth } = await staffPlace(tx, actor, fair, input.placeId);
    if (place.status !== 'serving' && place.status !== 'called') throw new ConflictError('fair.place.notAtDesk');
    await outcomeInPipeline(tx, actor, fair, place, input);
    const finishedAt = new Date();
    await tx
      .update(fairQueueEntries)
      .set({ status: 'done', desk: null, finishedAt, outcome: input.outcome })
      .where(eq(fairQueueEntries.id, place.id));
    await tx.update(fairBooths).set({ lastStaffActionAt: finishedAt }).where(eq(fairBooths.id, booth.id));
    return {
      answer: { placeId: place.id, outcome: input.outcome },
      event: {
        type: 'queue:finished',
        boothId: booth.id,
        ticketId: place.ticketId,
        payload: { placeId: place.id, number: place.number, outcome: input.outcome },
      },
    };
  });
}
