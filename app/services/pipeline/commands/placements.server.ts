// Follow-ups after a hire: the counsellor records whether the person still works there at 1, 3, 6
// and 12 months (never before one is due, once per mark); "no longer employed" ends the placement
// on the day the counsellor gives and, when no other placement holds, reopens the case. The
// follow-ups of a placement never contradict each other: an end is after every mark found employed.
import { and, eq, isNull, ne } from 'drizzle-orm';
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
      .where(and(eq(placements.returneeId, placement.returneeId), isNull(placements.endedOn), ne(placements.id, placement.id)))
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
  });
  await touchLastContact(tx, placement.returneeId);
  return { followUp, placement: updated };
}
