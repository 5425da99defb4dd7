// Reading the catalogue: a job's or training slot's page (public while open; otherwise only for its
// organisation and staff), a posting in its editable form, an organisation's own postings, and the
// public counts the home pages show. Every posting is read through the one query of db/postings.ts.
import { and, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { publicJobCondition, publicTrainingCondition, selectJobs, selectTraining, skillsOfJobs } from '#db/postings.ts';
import { jobs, organisations, trainingSlots } from '#db/schema.ts';
import { can, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';
import type { drivingLicenceClasses } from './rules.ts';

/** Who may see a posting the public cannot: its organisation's members and staff. */
function maySeeHidden(viewer: Actor | null, organisationId: string) {
  return viewer !== null && can(viewer, 'read:posting', { organisationId });
}

/** A job's page: public while open; otherwise only for its organisation and staff (else 404). */
export async function getJobDetail(db: Executor, viewer: Actor | null, jobId: string) {
  if (!isUuid(jobId)) throw new NotFoundError();
  const [row] = await selectJobs(db, eq(jobs.id, jobId));
  if (!row || (!row.isPublic && !maySeeHidden(viewer, row.job.organisationId))) throw new NotFoundError('posting.notFound');
  const [skillsOf, trainingLeadingHere] = await Promise.all([
    skillsOfJobs(db, [jobId]),
    db
      .select({ id: trainingSlots.id, title: trainingSlots.title })
      .from(trainingSlots)
      .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
      .where(and(eq(trainingSlots.leadsToJobId, jobId), publicTrainingCondition())),
  ]);
  const jobSkillList = skillsOf.get(jobId) ?? [];
  const { occupation, ...rest } = row;
  return {
    ...rest,
    occupation: { code: occupation.code, nameVi: occupation.nameVi, nameEn: occupation.nameEn },
    requiredSkills: jobSkillList.filter((s) => s.required),
    niceToHaveSkills: jobSkillList.filter((s) => !s.required),
    trainingLeadingHere,
  };
}

/** A training slot's page, as `getJobDetail`. */
export async function getTrainingDetail(db: Executor, viewer: Actor | null, slotId: string) {
  if (!isUuid(slotId)) throw new NotFoundError();
  const [row] = await selectTraining(db, eq(trainingSlots.id, slotId));
  if (!row || (!row.isPublic && !maySeeHidden(viewer, row.slot.organisationId))) throw new NotFoundError('posting.notFound');
  const [leadsTo] = row.slot.leadsToJobId ? await selectJobs(db, eq(jobs.id, row.slot.leadsToJobId), { publicOnly: true }) : [];
  const { occupation, ...rest } = row;
  return {
    ...rest,
    occupation: { code: occupation.code, nameVi: occupation.nameVi, nameEn: occupation.nameEn },
    leadsTo: leadsTo ? { id: leadsTo.job.id, title: leadsTo.job.title } : null,
  };
}

/** A stored job in its editable form (codes rather than ids), with its organisation's state, for merging a change. */
export async function jobAsInput(db: Executor, jobId: string) {
  // The job and its skills, read together (one round trip).
  const [[row], skillsOf] = await Promise.all([selectJobs(db, eq(jobs.id, jobId)), skillsOfJobs(db, [jobId])]);
  if (!row) return undefined;
  const skillList = skillsOf.get(jobId) ?? [];
  const { job } = row;
  const input = {
    title: job.title,
    occupationCode: row.occupation.code,
    requiredSkills: skillList.filter((s) => s.required).map((s) => s.code),
    niceToHaveSkills: skillList.filter((s) => !s.required).map((s) => s.code),
    description: job.description,
    workingHours: job.workingHours ?? undefined,
    benefits: job.benefits ?? undefined,
    openings: job.openings,
    wageMin: job.wageMin,
    wageMax: job.wageMax,
    workType: job.workType,
    provinceCode: job.provinceCode,
    communeCode: job.communeCode ?? undefined,
    address: job.address ?? undefined,
    latitude: job.latitude ?? undefined,
    longitude: job.longitude ?? undefined,
    providesMeals: job.providesMeals,
    providesLodging: job.providesLodging,
    providesTravel: job.providesTravel,
    providesTraining: job.providesTraining,
    providesWorkClothes: job.providesWorkClothes,
    minSchooling: job.minSchooling ?? undefined,
    requiredCertificate: job.requiredCertificate ?? undefined,
    drivingLicenceClass: (job.drivingLicenceClass ?? undefined) as (typeof drivingLicenceClasses)[number] | undefined,
    recordCheck: job.recordCheck,
    startDate: job.startDate ?? undefined,
    closingDate: job.closingDate ?? undefined,
  };
  return { job, input, organisation: row.organisation };
}

/** A stored training slot in its editable form, as `jobAsInput`. */
export async function trainingAsInput(db: Executor, slotId: string) {
  const [row] = await selectTraining(db, eq(trainingSlots.id, slotId));
  if (!row) return undefined;
  const { slot } = row;
  const input = {
    title: slot.title,
    occupationCode: row.occupation.code,
    level: slot.level,
    durationDays: slot.durationDays,
    seats: slot.seats,
    seatsLeft: slot.seatsLeft,
    schedule: slot.schedule,
    provinceCode: slot.provinceCode,
    communeCode: slot.communeCode,
    address: slot.address,
    latitude: slot.latitude,
    longitude: slot.longitude,
    costVnd: slot.costVnd,
    funding: slot.funding,
    certificate: slot.certificate,
    startDate: slot.startDate,
    enrolmentDeadline: slot.enrolmentDeadline,
    leadsToJobId: slot.leadsToJobId,
  };
  return { slot, input, organisation: row.organisation };
}

/** An organisation's own postings, newest first, for the employer's pages. */
export async function listOwnPostings(db: Executor, organisationId: string, options: { page?: number; perPage?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const perPage = options.perPage ?? 20;
  const [jobRows, [{ jobTotal }], slotRows, [{ slotTotal }]] = await Promise.all([
    db
      .select({
        id: jobs.id,
        title: jobs.title,
        status: jobs.status,
        closingDate: jobs.closingDate,
        openings: jobs.openings,
        updatedAt: jobs.updatedAt,
      })
      .from(jobs)
      .where(eq(jobs.organisationId, organisationId))
      .orderBy(desc(jobs.updatedAt))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ jobTotal: count() }).from(jobs).where(eq(jobs.organisationId, organisationId)),
    db
      .select({
        id: trainingSlots.id,
        title: trainingSlots.title,
        status: trainingSlots.status,
        enrolmentDeadline: trainingSlots.enrolmentDeadline,
        seatsLeft: trainingSlots.seatsLeft,
        updatedAt: trainingSlots.updatedAt,
      })
      .from(trainingSlots)
      .where(eq(trainingSlots.organisationId, organisationId))
      .orderBy(desc(trainingSlots.updatedAt))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ slotTotal: count() }).from(trainingSlots).where(eq(trainingSlots.organisationId, organisationId)),
  ]);
  return { jobs: jobRows, jobTotal, training: slotRows, trainingTotal: slotTotal, page, perPage };
}

/** Jobs anyone can find on /search (open, verified employer, not past closing), optionally in one province. */
export async function publicJobCount(db: Executor, provinceCode?: string | null) {
  const [row] = await db
    .select({ total: count() })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(and(publicJobCondition(), provinceCode ? eq(jobs.provinceCode, provinceCode) : undefined));
  return row.total;
}

export async function publicTrainingCount(db: Executor) {
  const [row] = await db
    .select({ total: count() })
    .from(trainingSlots)
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .where(publicTrainingCondition());
  return row.total;
}
