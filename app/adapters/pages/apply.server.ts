// What a posting's page and each search result offer the signed-in person: apply (with the
// consent wording), apply again after a withdrawal, where an application already stands, or why
// not now — and, for a job, what is still missing and the course that teaches it.
import type { Locale } from '#app/i18n/i18n.ts';
import type { Actor } from '#app/services/authorize.ts';
import { gapsForJobIds } from '#app/services/matching/gaps.server.ts';
import type { ApplyState } from '#app/services/pipeline/apply-state.ts';
import { applyConsentWording, seatConsentWording } from '#app/services/pipeline/consent.ts';
import { standingOf, type JobStanding, type Standing } from '#app/services/pipeline/queries/standing.server.ts';
import { enrolmentStatusText, referralStatusText } from '#app/services/pipeline/status-text.ts';
import type { JobGap } from '#app/services/matching/gaps-types.ts';
import type { Db } from '#db/client.ts';

type JobFacts = { id: string; title: string; employer: string; isPublic: boolean };
type CourseFacts = { id: string; title: string; provider: string; isPublic: boolean; seatsLeft: number };

function jobState(locale: Locale, job: JobFacts, mine: JobStanding | undefined, gap: JobGap | null): ApplyState {
  if (mine && !mine.canApply) return { state: 'standing', text: referralStatusText(locale, mine) };
  if (!job.isPublic) return { state: 'closed' };
  return {
    state: 'open',
    wording: applyConsentWording(locale, { title: job.title, organisationName: job.employer }),
    again: mine?.status === 'withdrawn',
    // A counsellor's suggestion or an employer's question: said above the button.
    note: mine && mine.status !== 'withdrawn' ? referralStatusText(locale, mine) : null,
    gap,
  };
}

function courseState(locale: Locale, course: CourseFacts, standing: Standing): ApplyState {
  const mine = standing.training[course.id];
  if (mine) return { state: 'standing', text: enrolmentStatusText(locale, mine.status) };
  if (!course.isPublic) return { state: 'closed' };
  if (course.seatsLeft <= 0) return { state: 'full' };
  return { state: 'open', wording: seatConsentWording(locale, course), again: false, note: null, gap: null };
}

/** A job's page: null when the reader does not apply for themself. */
export async function applyForJob(db: Db, viewer: Actor | null, job: JobFacts, locale: Locale): Promise<ApplyState | null> {
  const standing = await standingOf(db, viewer, { jobIds: [job.id] });
  if (!standing) return null;
  if (!standing.returneeId) return { state: 'noRecord' };
  const mine = standing.jobs[job.id];
  const gap =
    job.isPublic && (!mine || mine.canApply) ? ((await gapsForJobIds(db, standing.returneeId, [job.id], locale))[job.id] ?? null) : null;
  return jobState(locale, job, mine, gap);
}

/** A course's page: null when the reader does not apply for themself. */
export async function applyForCourse(db: Db, viewer: Actor | null, course: CourseFacts, locale: Locale): Promise<ApplyState | null> {
  const standing = await standingOf(db, viewer, { trainingIds: [course.id] });
  if (!standing) return null;
  if (!standing.returneeId) return { state: 'noRecord' };
  return courseState(locale, course, standing);
}

type Postings = { jobs: readonly Omit<JobFacts, 'isPublic'>[]; courses: readonly Omit<CourseFacts, 'isPublic'>[] };

/**
 * Each listed posting's action, by id (lists hold public postings only); null when the reader does
 * not apply for themself. `gaps: false` where the list already says what is missing (suggestions).
 */
export async function applyForPostings(
  db: Db,
  viewer: Actor | null,
  { jobs, courses }: Postings,
  locale: Locale,
  options: { gaps: boolean },
): Promise<Record<string, ApplyState> | null> {
  const standing = await standingOf(db, viewer, { jobIds: jobs.map((j) => j.id), trainingIds: courses.map((c) => c.id) });
  if (!standing) return null;
  const { returneeId } = standing;
  if (!returneeId) return Object.fromEntries([...jobs, ...courses].map((p) => [p.id, { state: 'noRecord' } as const]));
  const open = jobs.filter((j) => standing.jobs[j.id]?.canApply !== false).map((j) => j.id);
  const gaps = options.gaps ? await gapsForJobIds(db, returneeId, open, locale) : {};
  return Object.fromEntries([
    ...jobs.map((j) => [j.id, jobState(locale, { ...j, isPublic: true }, standing.jobs[j.id], gaps[j.id] ?? null)]),
    ...courses.map((c) => [c.id, courseState(locale, { ...c, isPublic: true }, standing)]),
  ]);
}

type Hit = { kind: 'job' | 'training'; id: string; title: string; employer: string; seatsLeft?: number };

/** A page of search results. */
export function applyForHits(db: Db, viewer: Actor | null, hits: readonly Hit[], locale: Locale) {
  return applyForPostings(
    db,
    viewer,
    {
      jobs: hits.filter((h) => h.kind === 'job'),
      courses: hits.flatMap((h) =>
        h.kind === 'training' ? [{ id: h.id, title: h.title, provider: h.employer, seatsLeft: h.seatsLeft ?? 0 }] : [],
      ),
    },
    locale,
    { gaps: true },
  );
}
