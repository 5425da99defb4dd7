// Reading placements: the follow-ups due in a province (for the counsellor's home page) and the
// marks of one placement with their due dates (for the pages).
import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { followUpMonths, jobs, organisations, placementFollowUps, placements, returnees } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { followUpDueDate } from '../rules.ts';

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
export async function dueFollowUps(db: Executor, provinceCode: string, options: { today?: string; limit?: number } = {}) {
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
