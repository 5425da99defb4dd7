// Writes to the catalogue: an employer creates and changes their organisation's jobs and training
// slots (draft, publish, close, filled, reopen). Only a verified organisation publishes. Each write
// checks every code it refers to in one query and writes its search-outbox row through the same
// executor, so the index follows the commit. Round trips are few: the reads a command needs are
// sent together, and in a transaction so are its writes (db/client.ts `sendInOrder`). A new
// posting's id is made here, so its skills and outbox row need not wait for the insert to return it.
import { randomUUID } from 'node:crypto';
import { and, eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import { sendInOrder, type Executor } from '#db/client.ts';
import { publicJobCondition } from '#db/postings.ts';
import { jobSkills, jobs, organisations, trainingSlots } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { searchSyncStatement } from '#search/outbox.ts';
import { authorize, type Actor } from '../authorize.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';
import { checkCodes, idsOf, placeErrors, type CodeCheck } from '../reference/queries.server.ts';
import { jobAsInput, trainingAsInput } from './queries.server.ts';
import { canMovePosting, jobTransitions, trainingTransitions } from './rules.ts';
import {
  jobInputSchema,
  trainingInputSchema,
  type JobInput,
  type jobPatchSchema,
  type TrainingInput,
  type trainingPatchSchema,
} from './schemas.ts';

type OrganisationState = { id: string; verificationStatus: string };

/** The organisation a new posting belongs to: the actor's first (403 for a role that posts nothing). */
function ownOrganisationId(actor: Actor, permission: 'create:job' | 'create:training') {
  authorize(actor, permission);
  const organisationId = actor.organisationIds[0];
  if (!organisationId) throw new ConflictError('organisation.none');
  authorize(actor, permission, { organisationId });
  return organisationId;
}

/** The organisation's state (read alongside the codes a new posting refers to); 409 when it is gone. */
async function readOrganisation(tx: Executor, organisationId: string) {
  const [organisation] = await tx
    .select({ id: organisations.id, verificationStatus: organisations.verificationStatus })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return organisation as OrganisationState | undefined;
}

function existing(organisation: OrganisationState | undefined): OrganisationState {
  if (!organisation) throw new ConflictError('organisation.none');
  return organisation;
}

/** Opening a posting needs a verified organisation and a closing date that has not passed. */
function checkCanOpen(organisation: OrganisationState, closingDate: string | undefined | null, field: string) {
  if (organisation.verificationStatus !== 'verified') throw new ConflictError('posting.unverified');
  if (closingDate && closingDate < vietnamDate()) throw new InputError({ [field]: 'validation.date.pastClosing' });
}

function checkMove(from: string, to: string, allowed: Record<string, readonly string[]>) {
  if (!canMovePosting(from, to, allowed)) throw new ConflictError('posting.status.transition');
}

/** A change merged into the stored posting is validated whole, every field's message at once. */
function validateMerged<S extends z.ZodType>(schema: S, merged: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse({ ...merged, publish: false });
  if (!result.success)
    throw new InputError(Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message as MessageKey])));
  return result.data;
}

function merge<T extends Record<string, unknown>>(stored: T, changes: Record<string, unknown>): T {
  return { ...stored, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
}

/** Changes to a posting are its organisation's: 404 when missing, 403 when another's. */
function authorizeChange(actor: Actor, permission: 'update:job' | 'update:training', organisationId: string) {
  authorize(actor, permission, { organisationId }, { outOfScope: 'forbidden' });
}

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

type JobCodes = Pick<JobInput, 'occupationCode' | 'requiredSkills' | 'niceToHaveSkills' | 'provinceCode' | 'communeCode'>;

/** Every code a job refers to, checked in one query. */
function checkJobCodes(tx: Executor, input: JobCodes) {
  return checkCodes(tx, {
    provinceCode: input.provinceCode,
    communeCode: input.communeCode,
    occupationCodes: [input.occupationCode],
    skillCodes: [...input.requiredSkills, ...input.niceToHaveSkills],
  });
}

/** The ids of a job's occupation and skills, every unknown code (and place) reported at once. */
function jobCodeIds(check: CodeCheck, input: JobCodes) {
  const errors = placeErrors(check, input.communeCode);
  const occupationId = check.occupationIds.get(input.occupationCode);
  const required = idsOf(check.skillIds, input.requiredSkills);
  const nice = idsOf(check.skillIds, input.niceToHaveSkills);
  if (!occupationId) errors.occupationCode = 'validation.occupation.unknown';
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

/** The statements that write the job's skill rows and its outbox row, to send after the job's own. */
function skillsAndOutbox(tx: Executor, jobId: string, codes: { required: Map<string, number>; nice: Map<string, number> }) {
  const rows = [
    ...[...codes.required.values()].map((skillId) => ({ jobId, skillId, required: true })),
    ...[...codes.nice.values()].map((skillId) => ({ jobId, skillId, required: false })),
  ];
  return [rows.length ? tx.insert(jobSkills).values(rows) : null, searchSyncStatement(tx, 'job', [jobId])] as const;
}

export async function createJob(tx: Executor, actor: Actor, input: JobInput) {
  const organisationId = ownOrganisationId(actor, 'create:job');
  // One round trip reads the organisation and checks the codes; the checks then go in order.
  const [stored, check] = await Promise.all([readOrganisation(tx, organisationId), checkJobCodes(tx, input)]);
  const organisation = existing(stored);
  if (input.publish) checkCanOpen(organisation, input.closingDate, 'closingDate');
  const codes = jobCodeIds(check, input);
  const { publish, ...fields } = input;
  // One more writes the job, its skills and its outbox row.
  const id = randomUUID();
  const [[job]] = await sendInOrder(tx, [
    tx
      .insert(jobs)
      .values({
        ...jobColumns(fields),
        id,
        organisationId: organisation.id,
        occupationId: codes.occupationId,
        status: publish ? 'open' : 'draft',
        publishedAt: publish ? new Date() : null,
      })
      .returning(),
    ...skillsAndOutbox(tx, id, codes),
  ]);
  return job;
}

/** Applies a change (fields and/or status) to an employer's own job; the result is validated whole. */
export async function updateJob(tx: Executor, actor: Actor, jobId: string, patch: z.output<typeof jobPatchSchema>) {
  authorize(actor, 'update:job');
  if (!isUuid(jobId)) throw new NotFoundError();
  const stored = await jobAsInput(tx, jobId);
  if (!stored) throw new NotFoundError();
  const { job, input, organisation } = stored;
  authorizeChange(actor, 'update:job', job.organisationId);
  const { status: newStatus, ...changes } = patch;
  const status = newStatus ?? job.status;
  const valid = validateMerged(jobInputSchema, merge(input, changes));
  checkMove(job.status, status, jobTransitions);
  if (status === 'open' && job.status !== 'open') checkCanOpen(organisation, valid.closingDate, 'closingDate');
  const codes = jobCodeIds(await checkJobCodes(tx, valid), valid);
  const { publish: _p, ...fields } = valid;
  // The job, its skills (replaced) and its outbox row, sent together.
  const [[updated]] = await sendInOrder(tx, [
    tx
      .update(jobs)
      .set({
        ...jobColumns(fields),
        occupationId: codes.occupationId,
        status,
        ...(status === 'open' && !job.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(jobs.id, jobId))
      .returning(),
    tx.delete(jobSkills).where(eq(jobSkills.jobId, jobId)),
    ...skillsAndOutbox(tx, jobId, codes),
  ]);
  return updated;
}

// ── Training slots ──────────────────────────────────────────────────────────────────────────────

type TrainingCodes = Pick<TrainingInput, 'occupationCode' | 'provinceCode' | 'communeCode' | 'leadsToJobId'>;

/** Every code a training slot refers to, and the job it leads to, read together. */
async function checkTrainingCodes(tx: Executor, organisationId: string, input: TrainingCodes) {
  const [check, [job]] = await Promise.all([
    checkCodes(tx, { provinceCode: input.provinceCode, communeCode: input.communeCode, occupationCodes: [input.occupationCode] }),
    // A course may lead to the organisation's own job, or to any job the public can see.
    input.leadsToJobId
      ? tx
          .select({ id: jobs.id })
          .from(jobs)
          .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
          .where(and(eq(jobs.id, input.leadsToJobId), or(eq(jobs.organisationId, organisationId), publicJobCondition())))
      : [{ id: null }],
  ]);
  return { check, job };
}

/** The id of a training slot's occupation, every unknown code (and place, and job) reported at once. */
function trainingCodeIds({ check, job }: Awaited<ReturnType<typeof checkTrainingCodes>>, input: TrainingCodes) {
  const errors = placeErrors(check, input.communeCode);
  const occupationId = check.occupationIds.get(input.occupationCode);
  if (!occupationId) errors.occupationCode = 'validation.occupation.unknown';
  if (!job) errors.leadsToJobId = 'validation.training.leadsToJob';
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

export async function createTrainingSlot(tx: Executor, actor: Actor, input: TrainingInput) {
  const organisationId = ownOrganisationId(actor, 'create:training');
  // One round trip reads the organisation and checks the codes; the checks then go in order.
  const [stored, checked] = await Promise.all([readOrganisation(tx, organisationId), checkTrainingCodes(tx, organisationId, input)]);
  const organisation = existing(stored);
  if (input.publish) checkCanOpen(organisation, input.enrolmentDeadline, 'enrolmentDeadline');
  const codes = trainingCodeIds(checked, input);
  const { publish, ...fields } = input;
  // One more writes the slot and its outbox row.
  const id = randomUUID();
  const [[slot]] = await sendInOrder(tx, [
    tx
      .insert(trainingSlots)
      .values({
        ...trainingColumns(fields),
        id,
        organisationId: organisation.id,
        occupationId: codes.occupationId,
        status: publish ? 'open' : 'draft',
        publishedAt: publish ? new Date() : null,
      })
      .returning(),
    searchSyncStatement(tx, 'training', [id]),
  ]);
  return slot;
}

export async function updateTrainingSlot(tx: Executor, actor: Actor, slotId: string, patch: z.output<typeof trainingPatchSchema>) {
  authorize(actor, 'update:training');
  if (!isUuid(slotId)) throw new NotFoundError();
  const stored = await trainingAsInput(tx, slotId);
  if (!stored) throw new NotFoundError();
  const { slot, input, organisation } = stored;
  authorizeChange(actor, 'update:training', slot.organisationId);
  const { status: newStatus, ...changes } = patch;
  const status = newStatus ?? slot.status;
  const merged = merge(input, changes);
  // More seats offered: the seats left grow with them unless given.
  if (typeof changes.seats === 'number' && changes.seatsLeft === undefined) {
    merged.seatsLeft = Math.max(0, slot.seatsLeft + changes.seats - slot.seats);
  }
  const valid = validateMerged(trainingInputSchema, merged);
  checkMove(slot.status, status, trainingTransitions);
  if (status === 'open' && slot.status !== 'open') checkCanOpen(organisation, valid.enrolmentDeadline, 'enrolmentDeadline');
  const codes = trainingCodeIds(await checkTrainingCodes(tx, slot.organisationId, valid), valid);
  const { publish: _p, ...fields } = valid;
  // The slot and its outbox row, sent together.
  const [[updated]] = await sendInOrder(tx, [
    tx
      .update(trainingSlots)
      .set({
        ...trainingColumns(fields),
        occupationId: codes.occupationId,
        status,
        ...(status === 'open' && !slot.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(trainingSlots.id, slotId))
      .returning(),
    searchSyncStatement(tx, 'training', [slotId]),
  ]);
  return updated;
}
