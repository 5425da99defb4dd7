// Gap → training at the same fair (issue 11): when a job a person queues for at a booth needs a
// skill they lack, the training booths of this fair whose shown course teaches it, with seats left.
// The matching module's own gap logic and course choice (gapsForJobIds), restricted to the courses
// this fair's accepted booths show.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { fairBoothPostings, fairBooths, organisations, trainingSlots } from '#db/schema.ts';
import { gapsForJobIds } from '../matching/gaps.server.ts';

export type FairCourse = {
  trainingSlotId: string;
  title: string;
  boothId: string;
  boothNumber: number;
  organisation: string;
  seatsLeft: number;
};

/** What a job needs that the person lacks, in plain words, and the courses at this fair that teach it. */
export type FairTrainingSuggestion = { missing: string[]; courses: FairCourse[] };

/** The courses the fair's accepted booths show, with their booth and seats left. */
function coursesAtFair(db: Executor, fairId: string) {
  return db
    .select({
      trainingSlotId: trainingSlots.id,
      title: trainingSlots.title,
      boothId: fairBooths.id,
      boothNumber: fairBooths.number,
      organisation: organisations.name,
      seatsLeft: trainingSlots.seatsLeft,
    })
    .from(fairBoothPostings)
    .innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .innerJoin(trainingSlots, eq(trainingSlots.id, fairBoothPostings.trainingSlotId))
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, 'accepted'), isNotNull(fairBoothPostings.trainingSlotId)))
    .orderBy(fairBooths.number);
}

/**
 * For each of `jobIds` (the jobs the person queues for) that needs a skill they lack and that a
 * course at this fair teaches, with seats left: the suggestion, by job id. Jobs they meet, and gaps
 * no course here teaches, are left out.
 */
export async function trainingAtFair(
  db: Executor,
  fairId: string,
  returneeId: string,
  jobIds: readonly string[],
  locale: Locale,
): Promise<Map<string, FairTrainingSuggestion>> {
  const suggestions = new Map<string, FairTrainingSuggestion>();
  if (!jobIds.length) return suggestions;
  const courses = (await coursesAtFair(db, fairId)).filter((c) => c.seatsLeft > 0);
  if (!courses.length) return suggestions;
  const gaps = await gapsForJobIds(db, returneeId, jobIds, locale, { trainingIds: courses.map((c) => c.trainingSlotId) });
  for (const [jobId, gap] of Object.entries(gaps)) {
    const here = gap.courses.flatMap((chosen) => courses.filter((c) => c.trainingSlotId === chosen.id));
    if (here.length) suggestions.set(jobId, { missing: gap.missing, courses: here });
  }
  return suggestions;
}
