// Placements after the hire: the counsellor's follow-ups at 1, 3, 6 and 12 months (never before
// one is due, once per mark; "no longer employed" ends the placement and reopens the case), the
// due list for the counsellor's home page, and the rule for a stable job the indicators reuse.
import { and, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '#db/client.ts';
import { followUpMonths, jobs, organisations, placementFollowUps, placements, returnees, type User } from '#db/schema.ts';
import { recordCaseEvent, touchLastContact } from '../case-events.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.server.ts';
import { isUuid } from '../fields.ts';
import { followUpDueDate, isFollowUpDue } from '../pipeline-rules.ts';
import { requireReturnee } from '../returnee-access.server.ts';
import { requireCounsellor } from './access.server.ts';
import type { FollowUpInput } from './schemas.ts';

/**
 * SQL form of `isStablePlacement` (pipeline-rules.ts), over the `placements` table: the start date
 * plus `months` (STABLE_JOB_MONTHS) has been reached by `asOf`, and the placement had not ended
 * before that mark. For the indicators: `db.select().from(placements).where(stablePlacementCondition(env.STABLE_JOB_MONTHS))`.
 */
export function stablePlacementCondition(months: number, asOf: string = vietnamDate()): SQL {
  const mark = sql`(${placements.startDate} + make_interval(months => ${months}::int))::date`;
  return and(sql`${mark} <= ${asOf}::date`, or(isNull(placements.endedOn), sql`${placements.endedOn} >= ${mark}`))!;
}

/** The Vietnamese calendar day of an instant. */
function vietnamDay(at: Date) {
  return vietnamDate(0, at.getTime());
}

/**
 * Records the follow-up at `month` months. When the person no longer works there, the placement
 * ends on `endedOn` if the counsellor knows it, else on the last day they were known to work there
 * (the last follow-up that found them employed, or the start date), and the case is active again.
 */
export async function recordFollowUp(db: Db, actor: User, placementId: string, input: FollowUpInput, today = vietnamDate()) {
  requireCounsellor(actor);
  if (!isUuid(placementId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
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
      const lastSeenWorking = earlier
        .filter((f) => f.stillEmployed)
        .map((f) => vietnamDay(f.recordedAt))
        .sort()
        .at(-1);
      endedOn = input.endedOn ?? lastSeenWorking ?? placement.startDate;
      if (endedOn < placement.startDate || endedOn > today) throw new InputError({ endedOn: 'pipeline.validation.endedOn' });
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
    await recordCaseEvent(tx, {
      returneeId: placement.returneeId,
      actorUserId: actor.id,
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
  });
}

export type DueFollowUp = {
  placementId: string;
  returneeId: string;
  fullName: string;
  jobTitle: string;
  employer: string;
  month: number;
  dueDate: string;
};

/**
 * Follow-ups due in a province, oldest first: the start date plus N months has come, the placement
 * has not ended, and neither this mark nor a later one has been recorded (a later follow-up
 * answers for the missed one).
 */
export async function dueFollowUps(db: DbOrTx, provinceCode: string, options: { today?: string; limit?: number } = {}) {
  const today = options.today ?? vietnamDate();
  const limit = options.limit ?? 50;
  const due = sql`(p.start_date + make_interval(months => m.month))::date`;
  const from = sql`
    from ${placements} p
    join ${returnees} r on r.id = p.returnee_id
    join ${jobs} j on j.id = p.job_id
    join ${organisations} o on o.id = p.organisation_id
    cross join unnest(array[${sql.raw(followUpMonths.join(', '))}]::int[]) as m(month)
    where r.province_code = ${provinceCode}
      and p.ended_on is null
      and ${due} <= ${today}::date
      and not exists (select 1 from ${placementFollowUps} f where f.placement_id = p.id and f.month >= m.month)`;
  const [rows, [{ total }]] = await Promise.all([
    db.execute<{
      placement_id: string;
      returnee_id: string;
      full_name: string;
      job_title: string;
      employer: string;
      month: number;
      due_date: string;
    }>(
      sql`select p.id as placement_id, p.returnee_id, r.full_name, j.title as job_title, o.name as employer, m.month, ${due}::text as due_date ${from}
          order by ${due}, m.month, r.full_name limit ${limit}`,
    ),
    db.execute<{ total: number }>(sql`select count(*)::int as total ${from}`),
  ]);
  const items: DueFollowUp[] = rows.map((r) => ({
    placementId: r.placement_id,
    returneeId: r.returnee_id,
    fullName: r.full_name,
    jobTitle: r.job_title,
    employer: r.employer,
    month: Number(r.month),
    dueDate: r.due_date,
  }));
  return { items, total: Number(total) };
}

/** The follow-up marks of one placement with their due dates and what was recorded (for pages). */
export function followUpSchedule(startDate: string, recorded: { month: number }[], endedOn: string | null, today = vietnamDate()) {
  return followUpMonths.map((month) => {
    const dueDate = followUpDueDate(startDate, month);
    const done = recorded.some((f) => f.month === month);
    return { month, dueDate, done, due: !done && !endedOn && dueDate <= today };
  });
}
