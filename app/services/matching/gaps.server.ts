// What a person still lacks for jobs they look at — a required skill, the driving licence class,
// the certificate the employer asks for — and a course that teaches it. Reuses matching's own gap
// logic (skillGaps, meetsLicence, meetsCertificate in score.ts) and its course choice
// (bestTrainingFor), so a job page, a search result and the suggestions say the same thing.
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { vietnamDate } from '#lib/dates.ts';
import { renderReason } from './explain.ts';
import type { JobGap } from './gaps-types.ts';
import { bestTrainingFor, type GapSuggestion } from './matching.server.ts';
import { loadJobs, loadProfile } from './profile.server.ts';
import { loadReference, type Reference } from './reference.server.ts';
import { meetsCertificate, meetsLicence, prepareProfile, skillGaps, type MatchJob, type MatchProfile } from './score.ts';

export type { JobGap };

type Course = { id: string; title: string };

/** For each missing skill, the course bestTrainingFor chose to teach it. */
export function coursesForSkills(forGaps: readonly GapSuggestion[]): ReadonlyMap<string, Course> {
  return new Map(forGaps.map((g) => [g.gap.skill, { id: g.training.slot.id, title: g.training.title }]));
}

/** What `person` lacks for one job and the courses that teach it, or null when they meet what it asks. */
export function jobGap(
  person: MatchProfile,
  job: MatchJob & { title: string },
  courseForSkill: ReadonlyMap<string, Course>,
  reference: Reference,
  locale: Locale,
): JobGap | null {
  const occupationOf = (skill: string) => reference.skillByCode.get(skill)?.occupation ?? null;
  const missing: string[] = [];
  const courses = new Map<string, Course>();
  for (const gap of skillGaps(person, job, occupationOf)) {
    if (!gap.required) continue;
    missing.push(renderReason({ key: 'journey.gap.skill', params: { skill: { skill: gap.skill } } }, locale, reference).text);
    const course = courseForSkill.get(gap.skill);
    if (course) courses.set(course.id, course);
  }
  if (!meetsLicence(person, job)) missing.push(translate(locale, 'journey.gap.licence', { class: job.drivingLicenceClass ?? '' }));
  if (!meetsCertificate(person, job))
    missing.push(translate(locale, 'journey.gap.certificate', { certificate: job.requiredCertificate ?? '' }));
  if (!missing.length) return null;
  return {
    missing,
    courses: [...courses.values()],
    searchHref: `/search?${new URLSearchParams({ kind: 'training', occupation: job.occupation })}`,
  };
}

/**
 * The gaps of `returneeId` for each job that has one (jobs the person fully meets are left out),
 * the courses that teach them chosen among `trainingIds` when given (a fair's courses).
 */
export async function gapsForJobs(
  db: Executor,
  returneeId: string,
  jobs: readonly { job: MatchJob; title: string }[],
  locale: Locale,
  options: { trainingIds?: readonly string[] } = {},
): Promise<Record<string, JobGap>> {
  if (!jobs.length) return {};
  const reference = await loadReference(db);
  const person = prepareProfile(await loadProfile(db, { id: returneeId }, reference));
  const { forGaps } = await bestTrainingFor(db, person, jobs, reference, {
    today: vietnamDate(),
    gapJobs: jobs.length,
    trainingIds: options.trainingIds,
  });
  const courseForSkill = coursesForSkills(forGaps);
  const result: Record<string, JobGap> = {};
  for (const { job, title } of jobs) {
    const gap = jobGap(person, { ...job, title }, courseForSkill, reference, locale);
    if (gap) result[job.id] = gap;
  }
  return result;
}

/** The gaps of jobs named by id (a job's page, a page of search results; a fair's places, with its courses), by id. */
export async function gapsForJobIds(
  db: Executor,
  returneeId: string,
  jobIds: readonly string[],
  locale: Locale,
  options: { trainingIds?: readonly string[] } = {},
) {
  const loaded = await loadJobs(db, jobIds, await loadReference(db));
  return gapsForJobs(
    db,
    returneeId,
    loaded.map((l) => ({ job: l.job, title: l.title })),
    locale,
    options,
  );
}
