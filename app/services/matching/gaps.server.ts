// What a person still lacks for jobs they look at — a required skill, the driving licence class,
// the certificate the employer asks for — and a course that teaches it. Reuses matching's own gap
// logic (skillGaps, meetsLicence, meetsCertificate in score.ts) and its course choice
// (bestTrainingFor), so a job page, a search result and the suggestions say the same thing.
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { vietnamDate } from '#lib/dates.ts';
import { renderReason } from './explain.ts';
import type { JobGap } from './gaps-types.ts';
import { bestTrainingFor } from './matching.server.ts';
import { loadJob, loadProfile } from './profile.server.ts';
import { loadReference } from './reference.server.ts';
import { meetsCertificate, meetsLicence, prepareProfile, skillGaps, type MatchJob } from './score.ts';

export type { JobGap };

/** The gaps of `returneeId` for each job that has one (jobs the person fully meets are left out). */
export async function gapsForJobs(
  db: Executor,
  returneeId: string,
  jobs: readonly { job: MatchJob; title: string }[],
  locale: Locale,
): Promise<Record<string, JobGap>> {
  if (!jobs.length) return {};
  const reference = await loadReference(db);
  const person = prepareProfile(await loadProfile(db, { id: returneeId }, reference));
  const occupationOf = (skill: string) => reference.skillByCode.get(skill)?.occupation ?? null;
  const { forGaps } = await bestTrainingFor(db, person, jobs, reference, { today: vietnamDate(), gapJobs: jobs.length });
  const courseForSkill = new Map(forGaps.map((g) => [g.gap.skill, { id: g.training.slot.id, title: g.training.title }]));
  const result: Record<string, JobGap> = {};
  for (const { job, title } of jobs) {
    const missing: string[] = [];
    const courses = new Map<string, { id: string; title: string }>();
    for (const gap of skillGaps(person, { ...job, title }, occupationOf)) {
      if (!gap.required) continue;
      missing.push(renderReason({ key: 'journey.gap.skill', params: { skill: { skill: gap.skill } } }, locale, reference).text);
      const course = courseForSkill.get(gap.skill);
      if (course) courses.set(course.id, course);
    }
    if (!meetsLicence(person, job)) missing.push(translate(locale, 'journey.gap.licence', { class: job.drivingLicenceClass ?? '' }));
    if (!meetsCertificate(person, job))
      missing.push(translate(locale, 'journey.gap.certificate', { certificate: job.requiredCertificate ?? '' }));
    if (!missing.length) continue;
    result[job.id] = {
      missing,
      courses: [...courses.values()],
      searchHref: `/search?${new URLSearchParams({ kind: 'training', occupation: job.occupation })}`,
    };
  }
  return result;
}

/** The gap of one job (its page), or null when the person meets what it asks. */
export async function gapForJob(db: Executor, returneeId: string, jobId: string, locale: Locale): Promise<JobGap | null> {
  const loaded = await loadJob(db, jobId, await loadReference(db));
  if (!loaded) return null;
  const gaps = await gapsForJobs(db, returneeId, [{ job: loaded.job, title: loaded.title }], locale);
  return gaps[jobId] ?? null;
}
