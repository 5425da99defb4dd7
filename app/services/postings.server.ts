// Jobs and training slots: an employer's own postings (create, edit, publish, close) and what
// anyone may read of them. Every write also writes a search-outbox row in the same transaction.
// Only a verified organisation can publish; an unverified one can keep drafts.
import { and, asc, count, desc, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Db, DbOrTx } from '#db/client.ts';
import {
  communes,
  fundingKinds,
  jobSkills,
  jobStatuses,
  jobs,
  occupations,
  organisations,
  provinces,
  schoolingLevels,
  skills,
  trainingLevels,
  trainingSlots,
  trainingStatuses,
  workTypes,
  type Organisation,
  type User,
} from '#db/schema.ts';
import { publicJobCondition, publicTrainingCondition } from '#search/documents.ts';
import { enqueueSearchSync } from '#search/outbox.ts';
import { vietnamDate } from '#lib/dates.ts';
import { isUuid } from './fields.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors.server.ts';
import {
  codeList,
  flag,
  optionalCommuneCode,
  optionalDate,
  optionalEnum,
  optionalNumber,
  optionalText,
  optionalWholeNumber,
  provinceCodeField,
  requiredText,
  wholeNumber,
} from './fields.ts';
import { isMember, organisationOf } from './organisations.server.ts';
import { staffRoles } from './permissions.ts';
import { occupationIdByCode, placeErrors, skillIdsByCode } from './provinces.server.ts';

/** Driving licence classes of the 2024 Road Traffic Order and Safety Law (in force 2025). */
export const drivingLicenceClasses = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'] as const;

const place = {
  provinceCode: provinceCodeField,
  communeCode: optionalCommuneCode,
  address: optionalText(300, 'validation.address.tooLong'),
  latitude: optionalNumber(8, 24, 'validation.geo.lat'),
  longitude: optionalNumber(102, 110, 'validation.geo.lng'),
};

const jobFields = {
  title: requiredText(5, 150, 'validation.job.title'),
  occupationCode: z.string({ error: 'validation.occupation.required' }).trim().min(1, 'validation.occupation.required'),
  requiredSkills: codeList(10, 'validation.skills.invalid'),
  niceToHaveSkills: codeList(10, 'validation.skills.invalid'),
  description: requiredText(30, 4000, 'validation.job.description'),
  workingHours: optionalText(300, 'validation.job.workingHours'),
  benefits: optionalText(2000, 'validation.job.benefits'),
  openings: wholeNumber(1, 1000, 'validation.job.openings'),
  // Monthly wages in VND: a wage typed in millions ("7") is refused with a hint.
  wageMin: wholeNumber(1_000_000, 200_000_000, 'validation.wage.range'),
  wageMax: wholeNumber(1_000_000, 200_000_000, 'validation.wage.range'),
  workType: z.enum(workTypes, { error: 'validation.workType.invalid' }),
  ...place,
  providesMeals: flag,
  providesLodging: flag,
  providesTravel: flag,
  providesTraining: flag,
  providesWorkClothes: flag,
  minSchooling: optionalEnum(schoolingLevels, 'validation.schooling.invalid'),
  requiredCertificate: optionalText(200, 'validation.certificate.tooLong'),
  drivingLicenceClass: optionalEnum(drivingLicenceClasses, 'validation.drivingLicence.invalid'),
  recordCheck: flag,
  startDate: optionalDate,
  closingDate: optionalDate,
};

type Issue = { path: string; message: MessageKey };

function checkPlaceShape(v: { latitude?: number; longitude?: number }): Issue[] {
  return (v.latitude === undefined) !== (v.longitude === undefined)
    ? [{ path: v.latitude === undefined ? 'latitude' : 'longitude', message: 'validation.geo.both' }]
    : [];
}

function jobIssues(v: z.output<z.ZodObject<typeof jobFields>>): Issue[] {
  const issues = checkPlaceShape(v);
  if (v.wageMax < v.wageMin) issues.push({ path: 'wageMax', message: 'validation.wage.maxBelowMin' });
  if (v.requiredSkills.some((code) => v.niceToHaveSkills.includes(code))) {
    issues.push({ path: 'niceToHaveSkills', message: 'validation.skills.both' });
  }
  return issues;
}

function withIssues<T extends z.ZodType>(schema: T, issues: (value: z.output<T>) => Issue[]) {
  return schema.superRefine((value, ctx) => {
    for (const issue of issues(value as z.output<T>)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
}

export const jobInputSchema = withIssues(
  z.object({ ...jobFields, publish: flag.describe('Publish at once (the organisation must be verified)') }),
  jobIssues,
);
export type JobInput = z.output<typeof jobInputSchema>;

/**
 * A change: any fields and/or a new status; a field left out stays as it is, and null (or an empty
 * form field) clears it. The merged result is validated as a whole.
 */
function patchSchema<F extends Record<string, z.ZodType>>(fields: F) {
  const clearable = Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, z.preprocess((v) => (v === '' ? null : v), z.union([z.null(), field]))]),
  ) as unknown as { [K in keyof F]: z.ZodType<z.output<F[K]> | null, z.input<F[K]> | null> };
  return z.object(clearable).partial();
}

export const jobPatchSchema = patchSchema({ ...jobFields, status: z.enum(jobStatuses, { error: 'validation.status.invalid' }) });

const trainingFields = {
  title: requiredText(5, 150, 'validation.training.title'),
  occupationCode: z.string({ error: 'validation.occupation.required' }).trim().min(1, 'validation.occupation.required'),
  level: z.enum(trainingLevels, { error: 'validation.trainingLevel.invalid' }),
  durationDays: wholeNumber(1, 730, 'validation.training.duration'),
  seats: wholeNumber(1, 500, 'validation.training.seats'),
  seatsLeft: optionalWholeNumber(0, 500, 'validation.training.seatsLeft'),
  schedule: optionalText(300, 'validation.training.schedule'),
  ...place,
  costVnd: wholeNumber(0, 100_000_000, 'validation.training.cost'),
  funding: z.enum(fundingKinds, { error: 'validation.funding.invalid' }),
  certificate: optionalText(200, 'validation.certificate.tooLong'),
  startDate: optionalDate,
  enrolmentDeadline: optionalDate,
  leadsToJobId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid('validation.training.leadsToJob').optional()),
};

function trainingIssues(v: z.output<z.ZodObject<typeof trainingFields>>): Issue[] {
  const issues = checkPlaceShape(v);
  if (v.seatsLeft !== undefined && v.seatsLeft > v.seats) issues.push({ path: 'seatsLeft', message: 'validation.training.seatsLeft' });
  if (v.funding === 'free' && v.costVnd !== 0) issues.push({ path: 'costVnd', message: 'validation.training.freeCost' });
  if (v.funding === 'fee' && v.costVnd === 0) issues.push({ path: 'costVnd', message: 'validation.training.feeCost' });
  if (v.startDate && v.enrolmentDeadline && v.enrolmentDeadline > v.startDate) {
    issues.push({ path: 'enrolmentDeadline', message: 'validation.training.deadlineAfterStart' });
  }
  return issues;
}

export const trainingInputSchema = withIssues(
  z.object({ ...trainingFields, publish: flag.describe('Publish at once (the organisation must be verified)') }),
  trainingIssues,
);
export type TrainingInput = z.output<typeof trainingInputSchema>;

export const trainingPatchSchema = patchSchema({
  ...trainingFields,
  status: z.enum(trainingStatuses, { error: 'validation.status.invalid' }),
});

// ── Status rules ────────────────────────────────────────────────────────────────────────────────

const jobTransitions: Record<(typeof jobStatuses)[number], readonly (typeof jobStatuses)[number][]> = {
  draft: ['open'],
  open: ['closed', 'filled'],
  closed: ['open'],
  filled: ['open'],
};
const trainingTransitions: Record<(typeof trainingStatuses)[number], readonly (typeof trainingStatuses)[number][]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

function checkTransition(from: string, to: string, allowed: Record<string, readonly string[]>) {
  if (from !== to && !allowed[from]?.includes(to)) throw new ConflictError('posting.status.transition');
}

/** Opening a posting needs a verified organisation and a closing date that has not passed. */
function checkCanOpen(organisation: Organisation, closingDate: string | undefined | null, field: string) {
  if (organisation.verificationStatus !== 'verified') throw new ConflictError('posting.unverified');
  if (closingDate && closingDate < vietnamDate()) throw new InputError({ [field]: 'validation.date.pastClosing' });
}

async function requireOwnOrganisation(db: DbOrTx, actor: User) {
  if (actor.role !== 'employer') throw new ForbiddenError('create:job:own');
  const organisation = await organisationOf(db, actor.id);
  if (!organisation) throw new ConflictError('organisation.none');
  return organisation;
}

/** Loads a posting for change by `actor`: 404 if it does not exist, 403 if it is another's. */
async function requireOwnPosting<T extends { organisationId: string }>(db: DbOrTx, actor: User, row: T | undefined) {
  if (!row) throw new NotFoundError();
  if (actor.role !== 'employer' || !(await isMember(db, actor.id, row.organisationId))) throw new ForbiddenError('update:job:own');
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, row.organisationId));
  return organisation;
}

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

async function resolveJobReferences(
  db: DbOrTx,
  input: Pick<JobInput, 'occupationCode' | 'requiredSkills' | 'niceToHaveSkills' | 'provinceCode' | 'communeCode'>,
) {
  const errors = await placeErrors(db, input.provinceCode, input.communeCode);
  const occupationId = await occupationIdByCode(db, input.occupationCode);
  if (!occupationId) errors.occupationCode = 'validation.occupation.unknown';
  const required = await skillIdsByCode(db, input.requiredSkills);
  const nice = await skillIdsByCode(db, input.niceToHaveSkills);
  if (!required) errors.requiredSkills = 'validation.skills.invalid';
  if (!nice) errors.niceToHaveSkills = 'validation.skills.invalid';
  if (Object.keys(errors).length || !occupationId || !required || !nice) throw new InputError(errors);
  return { occupationId, required, nice };
}

function jobColumns(input: Omit<JobInput, 'publish'>) {
  const { occupationCode: _o, requiredSkills: _r, niceToHaveSkills: _n, ...columns } = input;
  return {
    ...columns,
    communeCode: columns.communeCode ?? null,
    address: columns.address ?? null,
    latitude: columns.latitude ?? null,
    longitude: columns.longitude ?? null,
    workingHours: columns.workingHours ?? null,
    benefits: columns.benefits ?? null,
    minSchooling: columns.minSchooling ?? null,
    requiredCertificate: columns.requiredCertificate ?? null,
    drivingLicenceClass: columns.drivingLicenceClass ?? null,
    startDate: columns.startDate ?? null,
    closingDate: columns.closingDate ?? null,
  };
}

async function writeJobSkills(tx: DbOrTx, jobId: string, required: Map<string, number>, nice: Map<string, number>) {
  const rows = [
    ...[...required.values()].map((skillId) => ({ jobId, skillId, required: true })),
    ...[...nice.values()].map((skillId) => ({ jobId, skillId, required: false })),
  ];
  if (rows.length) await tx.insert(jobSkills).values(rows);
}

export async function createJob(db: Db, actor: User, input: JobInput) {
  const organisation = await requireOwnOrganisation(db, actor);
  if (input.publish) checkCanOpen(organisation, input.closingDate, 'closingDate');
  const refs = await resolveJobReferences(db, input);
  const { publish, ...fields } = input;
  return db.transaction(async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({
        ...jobColumns(fields),
        organisationId: organisation.id,
        occupationId: refs.occupationId,
        status: publish ? 'open' : 'draft',
        publishedAt: publish ? new Date() : null,
      })
      .returning();
    await writeJobSkills(tx, job.id, refs.required, refs.nice);
    await enqueueSearchSync(tx, 'job', [job.id]);
    return job;
  });
}

/** The editable form of a stored job (codes rather than ids), for merging a change into it. */
async function jobAsInput(db: DbOrTx, jobId: string) {
  const [row] = await db
    .select({ job: jobs, occupationCode: occupations.code })
    .from(jobs)
    .innerJoin(occupations, eq(occupations.id, jobs.occupationId))
    .where(eq(jobs.id, jobId));
  if (!row) return undefined;
  const skillRows = await db
    .select({ code: skills.code, required: jobSkills.required })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(eq(jobSkills.jobId, jobId));
  const { job } = row;
  const input = {
    title: job.title,
    occupationCode: row.occupationCode,
    requiredSkills: skillRows.filter((s) => s.required).map((s) => s.code),
    niceToHaveSkills: skillRows.filter((s) => !s.required).map((s) => s.code),
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
  return { job, input };
}

/** Applies a change (fields and/or status) to an employer's own job; the result is validated whole. */
export async function updateJob(db: Db, actor: User, jobId: string, patch: z.output<typeof jobPatchSchema>) {
  if (!isUuid(jobId)) throw new NotFoundError();
  const stored = await jobAsInput(db, jobId);
  const organisation = await requireOwnPosting(db, actor, stored?.job);
  const { job, input } = stored!;
  const { status: newStatus, ...changes } = patch;
  const status = newStatus ?? job.status;
  const merged = { ...input, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  const result = jobInputSchema.safeParse({ ...merged, publish: false });
  if (!result.success) {
    throw new InputError(Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message as MessageKey])));
  }
  checkTransition(job.status, status, jobTransitions);
  if (status === 'open' && job.status !== 'open') checkCanOpen(organisation, result.data.closingDate, 'closingDate');
  const refs = await resolveJobReferences(db, result.data);
  const { publish: _p, ...fields } = result.data;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(jobs)
      .set({
        ...jobColumns(fields),
        occupationId: refs.occupationId,
        status,
        ...(status === 'open' && !job.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(jobs.id, jobId))
      .returning();
    await tx.delete(jobSkills).where(eq(jobSkills.jobId, jobId));
    await writeJobSkills(tx, jobId, refs.required, refs.nice);
    await enqueueSearchSync(tx, 'job', [jobId]);
    return updated;
  });
}

// ── Training slots ──────────────────────────────────────────────────────────────────────────────

async function resolveTrainingReferences(
  db: DbOrTx,
  organisationId: string,
  input: Pick<TrainingInput, 'occupationCode' | 'provinceCode' | 'communeCode' | 'leadsToJobId'>,
) {
  const errors = await placeErrors(db, input.provinceCode, input.communeCode);
  const occupationId = await occupationIdByCode(db, input.occupationCode);
  if (!occupationId) errors.occupationCode = 'validation.occupation.unknown';
  if (input.leadsToJobId) {
    // A course may lead to the organisation's own job, or to any job the public can see.
    const [job] = await db
      .select({ id: jobs.id })
      .from(jobs)
      .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
      .where(and(eq(jobs.id, input.leadsToJobId), or(eq(jobs.organisationId, organisationId), publicJobCondition())));
    if (!job) errors.leadsToJobId = 'validation.training.leadsToJob';
  }
  if (Object.keys(errors).length || !occupationId) throw new InputError(errors);
  return { occupationId };
}

function trainingColumns(input: Omit<TrainingInput, 'publish'>) {
  const { occupationCode: _o, ...columns } = input;
  return {
    ...columns,
    seatsLeft: columns.seatsLeft ?? columns.seats,
    schedule: columns.schedule ?? null,
    communeCode: columns.communeCode ?? null,
    address: columns.address ?? null,
    latitude: columns.latitude ?? null,
    longitude: columns.longitude ?? null,
    certificate: columns.certificate ?? null,
    startDate: columns.startDate ?? null,
    enrolmentDeadline: columns.enrolmentDeadline ?? null,
    leadsToJobId: columns.leadsToJobId ?? null,
  };
}

export async function createTrainingSlot(db: Db, actor: User, input: TrainingInput) {
  const organisation = await requireOwnOrganisation(db, actor);
  if (input.publish) checkCanOpen(organisation, input.enrolmentDeadline, 'enrolmentDeadline');
  const refs = await resolveTrainingReferences(db, organisation.id, input);
  const { publish, ...fields } = input;
  return db.transaction(async (tx) => {
    const [slot] = await tx
      .insert(trainingSlots)
      .values({
        ...trainingColumns(fields),
        organisationId: organisation.id,
        occupationId: refs.occupationId,
        status: publish ? 'open' : 'draft',
        publishedAt: publish ? new Date() : null,
      })
      .returning();
    await enqueueSearchSync(tx, 'training', [slot.id]);
    return slot;
  });
}

export async function updateTrainingSlot(db: Db, actor: User, slotId: string, patch: z.output<typeof trainingPatchSchema>) {
  if (!isUuid(slotId)) throw new NotFoundError();
  const [row] = await db
    .select({ slot: trainingSlots, occupationCode: occupations.code })
    .from(trainingSlots)
    .innerJoin(occupations, eq(occupations.id, trainingSlots.occupationId))
    .where(eq(trainingSlots.id, slotId));
  const organisation = await requireOwnPosting(db, actor, row?.slot);
  const { slot } = row!;
  const { status: newStatus, ...changes } = patch;
  const status = newStatus ?? slot.status;
  const current = {
    title: slot.title,
    occupationCode: row!.occupationCode,
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
  const merged = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  // More seats offered: the seats left grow with them unless given.
  if (typeof changes.seats === 'number' && changes.seatsLeft === undefined)
    merged.seatsLeft = Math.max(0, slot.seatsLeft + changes.seats - slot.seats);
  const result = trainingInputSchema.safeParse({ ...merged, publish: false });
  if (!result.success) {
    throw new InputError(Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message as MessageKey])));
  }
  checkTransition(slot.status, status, trainingTransitions);
  if (status === 'open' && slot.status !== 'open') checkCanOpen(organisation, result.data.enrolmentDeadline, 'enrolmentDeadline');
  const refs = await resolveTrainingReferences(db, slot.organisationId, result.data);
  const { publish: _p, ...fields } = result.data;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(trainingSlots)
      .set({
        ...trainingColumns(fields),
        occupationId: refs.occupationId,
        status,
        ...(status === 'open' && !slot.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(trainingSlots.id, slotId))
      .returning();
    await enqueueSearchSync(tx, 'training', [slotId]);
    return updated;
  });
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

/** Who may see a posting that is not public: its organisation's members and staff. */
async function maySeeHidden(db: DbOrTx, viewer: User | null, organisationId: string) {
  if (!viewer) return false;
  if ((staffRoles as readonly string[]).includes(viewer.role)) return true;
  return viewer.role === 'employer' && isMember(db, viewer.id, organisationId);
}

const organisationSummary = {
  id: organisations.id,
  name: organisations.name,
  sector: organisations.sector,
  verificationStatus: organisations.verificationStatus,
  hiringStatement: organisations.hiringStatement,
  contactName: organisations.contactName,
  contactPhone: organisations.contactPhone,
};

/** A job's detail page: public while open; otherwise only for its organisation and staff (else 404). */
export async function getJobDetail(db: Db, viewer: User | null, jobId: string) {
  if (!isUuid(jobId)) throw new NotFoundError();
  const [row] = await db
    .select({
      job: jobs,
      isPublic: sql<boolean>`(${publicJobCondition()})`,
      organisation: organisationSummary,
      occupation: { code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn },
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .innerJoin(occupations, eq(occupations.id, jobs.occupationId))
    .innerJoin(provinces, eq(provinces.code, jobs.provinceCode))
    .leftJoin(communes, eq(communes.code, jobs.communeCode))
    .where(eq(jobs.id, jobId));
  if (!row || (!row.isPublic && !(await maySeeHidden(db, viewer, row.job.organisationId)))) throw new NotFoundError('posting.notFound');
  const skillRows = await db
    .select({ code: skills.code, nameVi: skills.nameVi, nameEn: skills.nameEn, required: jobSkills.required })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(eq(jobSkills.jobId, jobId))
    .orderBy(asc(skills.nameVi));
  const trainingLeadingHere = await db
    .select({ id: trainingSlots.id, title: trainingSlots.title })
    .from(trainingSlots)
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .where(and(eq(trainingSlots.leadsToJobId, jobId), publicTrainingCondition()));
  return {
    ...row,
    requiredSkills: skillRows.filter((s) => s.required),
    niceToHaveSkills: skillRows.filter((s) => !s.required),
    trainingLeadingHere,
  };
}

export async function getTrainingDetail(db: Db, viewer: User | null, slotId: string) {
  if (!isUuid(slotId)) throw new NotFoundError();
  const [row] = await db
    .select({
      slot: trainingSlots,
      isPublic: sql<boolean>`(${publicTrainingCondition()})`,
      organisation: organisationSummary,
      occupation: { code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn },
      provinceName: provinces.name,
      communeName: communes.name,
    })
    .from(trainingSlots)
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .innerJoin(occupations, eq(occupations.id, trainingSlots.occupationId))
    .innerJoin(provinces, eq(provinces.code, trainingSlots.provinceCode))
    .leftJoin(communes, eq(communes.code, trainingSlots.communeCode))
    .where(eq(trainingSlots.id, slotId));
  if (!row || (!row.isPublic && !(await maySeeHidden(db, viewer, row.slot.organisationId)))) throw new NotFoundError('posting.notFound');
  const [leadsTo] = row.slot.leadsToJobId
    ? await db
        .select({ id: jobs.id, title: jobs.title })
        .from(jobs)
        .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
        .where(and(eq(jobs.id, row.slot.leadsToJobId), publicJobCondition()))
    : [];
  return { ...row, leadsTo: leadsTo ?? null };
}

/** An organisation's own postings, newest first, for the employer's pages. */
export async function listOwnPostings(db: Db, organisationId: string, options: { page?: number; perPage?: number } = {}) {
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
