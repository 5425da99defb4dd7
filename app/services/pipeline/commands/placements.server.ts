// Follow-ups after a hire: the counsellor records whether the person still works there at 1, 3, 6
// and 12 months (never before one is due, once per mark); "no longer employed" ends the placement
// on the day the counsellor gives and, when no other placement holds, reopens the case. The
// follow-ups of a placement never contradict each other: an end is after every mark found employed.
import { and, eq, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { jobs, organisations, placementFollowUps, placements, returnees } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { recordCaseEvent, touchLastContact } from '../../audit/case-events.server.ts';
import type { Actor } from '../../authorize.ts';
import { requireReturnee } from '../../caseload/access.server.ts';
import { ConflictError, InputError, NotFoundError } from '../../errors.ts';
import { isUuid } from '../../fields.ts';
import { requireCounsellor } from '../access.server.ts';
import { followUpDueDate, isFollowUpDue } from '../rules.ts';
import type { FollowUpInput } from '../schemas.ts';

/**
 * Records the follow-up at `month` months. When the person no longer works there, the placement
 * ends on `endedOn` (the first day they no longer worked there: required, from the start date to
 * today, and after the date of every mark an earlier follow-up found them still employed at), and
 * the case is active again. Once a placement has ended, no further follow-up is taken (409): a
 * "still employed" after a recorded end would contradict it.
 */
export async function recordFollowUp(tx: Executor, actor: Actor, placementId: string, input: FollowUpInput, today = vietnamDate()) {
  requireCounsellor(actor);
  if (!isUuid(placementId)) throw new NotFoundError();
  const [row] = await tx
    .select({ placement: placements, jobTitle: jobs.title, employer: organisations.name })
    .from(placements)
    .innerJoin(jobs, eq(jobs.id, placements.jobId))
    .innerJoin(organisations, eq(organisations.id, placements.organisationId))
    .where(eq(placements.id, placementId))
    .for('update', { of: placements });
  if (!row) throw new NotFoundError();
  const { placement } = row;
  await requireReturnee(tx, actor, placement.returneeId, 'update', `pipeline: follow-up at ${input.month} months`);
  if (placement.endedOn) throw new ConflictError('pipeline.conflict.followUp.ended');
  if (!isFollowUpDue(placement.startDate, input.month, today)) throw new ConflictError('pipeline.conflict.followUp.notDue');

  const earlier = await tx.select().from(placementFollowUps).where(eq(placementFollowUps.placementId, placement.id));
  if (earlier.some((f) => f.month === input.month)) throw new ConflictError('pipeline.conflict.followUp.recorded');

  // The day the check was made, when recorded later: on or after the mark's due day.
  if (input.effectiveOn && input.effectiveOn < followUpDueDate(placement.startDate, input.month)) {
    throw new InputError({ effectiveOn: 'validation.effectiveOn.beforeDue' });
  }
  let endedOn: string | null = null;
  if (!input.stillEmployed) {
    if (!input.endedOn) throw new InputError({ endedOn: 'pipeline.validation.endedOnRequired' });
    endedOn = input.endedOn;
    if (endedOn < placement.startDate || endedOn > today) throw new InputError({ endedOn: 'pipeline.validation.endedOn' });
    const confirmedMark = earlier
      .filter((f) => f.stillEmployed)
      .map((f) => followUpDueDate(placement.startDate, f.month))
      .sort()
      .at(-1);
    if (confirmedMark && endedOn <= confirmedMark) throw new InputError({ endedOn: 'pipeline.validation.endedBeforeConfirmed' });
  }

  const [followUp] = await tx
    .insert(placementFollowUps)
    .values({
      placementId: placement.id,
      month: input.month,
      stillEmployed: input.stillEmployed,
      note: input.note ?? null,
      recordedById: actor.id,
    })
    .onConflictDoNothing()
    .returning();
  if (!followUp) throw new ConflictError('pipeline.conflict.followUp.recorded');

  let caseStatus: 'active' | undefined;
  let updated = placement;
  if (endedOn) {
    [updated] = await tx.update(placements).set({ endedOn }).where(eq(placements.id, placement.id)).returning();
    const [stillPlaced] = await tx
      .select({ id: placements.id })
      .from(placements)
      .where(
        and(
          eq(placements.returneeId, placement.returneeId),
          isNull(placements.endedOn),
          lte(placements.startDate, today),
          ne(placements.id, placement.id),
        ),
      )
      .limit(1);
    if (!stillPlaced) {
      const reopened = await tx
        .update(returnees)
        .set({ status: 'active' })
        .where(and(eq(returnees.id, placement.returneeId), eq(returnees.status, 'placed')))
        .returning({ id: returnees.id });
      if (reopened.length) caseStatus = 'active';
    }
  }
  await recordCaseEvent(tx, actor, {
    returneeId: placement.returneeId,
    kind: 'placement.follow_up',
    subjectId: placement.id,
    toStatus: input.stillEmployed ? 'employed' : 'not_employed',
    details: {
      month: input.month,
      jobId: placement.jobId,
      jobTitle: row.jobTitle,
      employer: row.employer,
      ...(endedOn ? { endedOn } : {}),
      ...(input.note ? { note: input.note } : {}),
      ...(caseStatus ? { caseStatus } : {}),
    },
    effectiveOn: input.effectiveOn,
  });
  await touchLastContact(tx, placement.returneeId);
  return { followUp, placement: updated };
}

/**
 * The case of a person whose job has started becomes "placed" (issue: a hire with a later start
 * leaves the case active). Chosen over a read-time rule so the stored status, which the caseload
 * filter and the indicators read, stays true: the server's periodic worker
 * (server/placement-starts.ts) runs this at start-up and every hour, with the day in Vietnam as
 * `today`. Moves only active cases (a closed case stays closed), each once, with a "case.status"
 * event by the system naming the placement. Returns the moves made.
 */
export async function startDuePlacements(tx: Executor, today = vietnamDate()) {
  const rows = await tx.execute<{
    returnee_id: string;
    placement_id: string;
    start_date: string;
    job_id: string;
    job_title: string;
    employer: string;
  }>(sql`
    with due as (
      select distinct on (p.returnee_id) p.returnee_id, p.id as placement_id, p.start_date::text as start_date,
        j.id as job_id, j.title as job_title, o.name as employer
      from ${placements} p
      join ${jobs} j on j.id = p.job_id
      join ${organisations} o on o.id = p.organisation_id
      join ${returnees} r on r.id = p.returnee_id
      where r.status = 'active' and p.ended_on is null and p.start_date <= ${today}::date
      order by p.returnee_id, p.start_date, p.id
    )
    update ${returnees} r set status = 'placed', updated_at = now()
    from due where r.id = due.returnee_id and r.status = 'active'
    returning due.*`);
  const moves: { returneeId: string; placementId: string }[] = [];
  for (const row of rows) {
    await recordCaseEvent(tx, null, {
      returneeId: row.returnee_id,
      kind: 'case.status',
      subjectId: row.placement_id,
      fromStatus: 'active',
      toStatus: 'placed',
      details: { jobId: row.job_id, jobTitle: row.job_title, employer: row.employer, startDate: row.start_date },
      // Placed from the day the job started (the worker may run later that day, or after a pause).
      effectiveOn: row.start_date,
    });
    moves.push({ returneeId: row.returnee_id, placementId: row.placement_id });
  }
  return moves;
}
