// A posting as people see it — the one query for it: the job (or training slot) joined with its
// organisation, occupation, province and commune, with whether the public may see it now. Search
// documents, detail pages, matching, suggestion cards, referrals, enrolments and the home pages all
// read postings through it, so "public" and "what a posting shows" are decided in one place.
import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { vietnamDate } from '#lib/dates.ts';
import type { Executor } from './client.ts';
import { communes, jobSkills, jobs, occupations, organisations, provinces, skills, trainingSlots } from './schema.ts';

/** Open, from a verified organisation, and not past its closing date (Vietnam time). */
export function publicJobCondition(today = vietnamDate()): SQL {
  return and(
    eq(jobs.status, 'open'),
    eq(organisations.verificationStatus, 'verified'),
    or(isNull(jobs.closingDate), gte(jobs.closingDate, today)),
  )!;
}

/** Open, from a verified organisation, and still taking applications (Vietnam time). */
export function publicTrainingCondition(today = vietnamDate()): SQL {
  return and(
    eq(trainingSlots.status, 'open'),
    eq(organisations.verificationStatus, 'verified'),
    or(isNull(trainingSlots.enrolmentDeadline), gte(trainingSlots.enrolmentDeadline, today)),
  )!;
}

/** What a posting shows of its organisation (its contact only for those who may see hidden postings). */
const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  sector: organisations.sector,
  verificationStatus: organisations.verificationStatus,
  hiringStatement: organisations.hiringStatement,
  contactName: organisations.contactName,
  contactPhone: organisations.contactPhone,
};
const occupationColumns = { id: occupations.id, code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn };

/**
 * Jobs with everything a page or a document shows of them, where `where` holds (SQL over the
 * joined tables); `publicOnly` keeps just the ones anyone may see now.
 */
export function selectJobs(executor: Executor, where: SQL | undefined, options: { publicOnly?: boolean; today?: string } = {}) {
  const isPublic = publicJobCondition(options.today);
  return executor
    .select({
      job: jobs,
      isPublic: sql<boolean>`(${isPublic})`,
      organisation: organisationColumns,
      occupation: occupationColumns,
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .innerJoin(occupations, eq(occupations.id, jobs.occupationId))
    .innerJoin(provinces, eq(provinces.code, jobs.provinceCode))
    .leftJoin(communes, eq(communes.code, jobs.communeCode))
    .where(and(where, options.publicOnly ? isPublic : undefined));
}
export type JobRow = Awaited<ReturnType<typeof selectJobs>>[number];

/** Training slots, as `selectJobs`. */
export function selectTraining(executor: Executor, where: SQL | undefined, options: { publicOnly?: boolean; today?: string } = {}) {
  const isPublic = publicTrainingCondition(options.today);
  return executor
    .select({
      slot: trainingSlots,
      isPublic: sql<boolean>`(${isPublic})`,
      organisation: organisationColumns,
      occupation: occupationColumns,
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(trainingSlots)
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .innerJoin(occupations, eq(occupations.id, trainingSlots.occupationId))
    .innerJoin(provinces, eq(provinces.code, trainingSlots.provinceCode))
    .leftJoin(communes, eq(communes.code, trainingSlots.communeCode))
    .where(and(where, options.publicOnly ? isPublic : undefined));
}
export type TrainingRow = Awaited<ReturnType<typeof selectTraining>>[number];

export type PostingSkill = { id: number; code: string; nameVi: string; nameEn: string; required: boolean };

/** The skills each job asks for, required first, then by name (`'all'` reads every job's). */
export async function skillsOfJobs(executor: Executor, jobIds: readonly string[] | 'all'): Promise<Map<string, PostingSkill[]>> {
  const byJob = new Map<string, PostingSkill[]>();
  if (jobIds !== 'all' && jobIds.length === 0) return byJob;
  const rows = await executor
    .select({
      jobId: jobSkills.jobId,
      id: skills.id,
      code: skills.code,
      nameVi: skills.nameVi,
      nameEn: skills.nameEn,
      required: jobSkills.required,
    })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(jobIds === 'all' ? undefined : inArray(jobSkills.jobId, [...jobIds]))
    .orderBy(sql`${jobSkills.required} desc`, asc(skills.nameVi));
  for (const { jobId, ...skill } of rows) {
    let list = byJob.get(jobId);
    if (!list) byJob.set(jobId, (list = []));
    list.push(skill);
  }
  return byJob;
}
