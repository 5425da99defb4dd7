// The catalogue's part of the JSON API: search and read jobs and training slots (anyone), create
// and change an employer's own postings — one declaration per operation, both kinds alike.
import { z } from 'zod';
import { createJob, createTrainingSlot, updateJob, updateTrainingSlot } from '#app/services/catalogue/commands.server.ts';
import { getJobDetail, getTrainingDetail } from '#app/services/catalogue/queries.server.ts';
import { jobInputSchema, jobPatchSchema, trainingInputSchema, trainingPatchSchema } from '#app/services/catalogue/schemas.ts';
import { fundingKinds, jobStatuses, schoolingLevels, trainingLevels, trainingStatuses, workTypes } from '#db/schema.ts';
import { catalogueQuerySchema } from '#search/catalogue-query.ts';
import { searchCatalogue } from '#search/query.ts';
import { defineOperation } from './operation.ts';

const place = {
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
};
const organisation = z.object({ id: z.uuid(), name: z.string(), verified: z.boolean() });
const occupation = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });
const skill = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const apiJobSchema = z.object({
  id: z.uuid(),
  status: z.enum(jobStatuses),
  public: z.boolean().describe('Visible to everyone (open, verified employer, not past its closing date)'),
  title: z.string(),
  occupation,
  requiredSkills: z.array(skill),
  niceToHaveSkills: z.array(skill),
  description: z.string(),
  workingHours: z.string().nullable(),
  benefits: z.string().nullable(),
  openings: z.number().int(),
  wageMin: z.number().int().describe('VND per month'),
  wageMax: z.number().int().describe('VND per month'),
  workType: z.enum(workTypes),
  ...place,
  providesMeals: z.boolean(),
  providesLodging: z.boolean(),
  providesTravel: z.boolean(),
  providesTraining: z.boolean(),
  providesWorkClothes: z.boolean(),
  minSchooling: z.enum(schoolingLevels).nullable(),
  requiredCertificate: z.string().nullable(),
  drivingLicenceClass: z.string().nullable(),
  recordCheck: z.boolean(),
  startDate: z.string().nullable(),
  closingDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  organisation,
});

export const apiTrainingSchema = z.object({
  id: z.uuid(),
  status: z.enum(trainingStatuses),
  public: z.boolean(),
  title: z.string(),
  occupation,
  level: z.enum(trainingLevels),
  durationDays: z.number().int(),
  seats: z.number().int(),
  seatsLeft: z.number().int(),
  schedule: z.string().nullable(),
  ...place,
  costVnd: z.number().int(),
  funding: z.enum(fundingKinds),
  certificate: z.string().nullable(),
  startDate: z.string().nullable(),
  enrolmentDeadline: z.string().nullable(),
  leadsToJobId: z.uuid().nullable(),
  publishedAt: z.string().nullable(),
  organisation,
});

function toApiJob(detail: Awaited<ReturnType<typeof getJobDetail>>): z.output<typeof apiJobSchema> {
  const { job } = detail;
  return {
    id: job.id,
    status: job.status,
    public: detail.isPublic,
    title: job.title,
    occupation: detail.occupation,
    requiredSkills: detail.requiredSkills.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn })),
    niceToHaveSkills: detail.niceToHaveSkills.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn })),
    description: job.description,
    workingHours: job.workingHours,
    benefits: job.benefits,
    openings: job.openings,
    wageMin: job.wageMin,
    wageMax: job.wageMax,
    workType: job.workType,
    provinceCode: job.provinceCode,
    provinceName: detail.provinceName,
    communeCode: job.communeCode,
    communeName: detail.communeName,
    address: job.address,
    latitude: job.latitude,
    longitude: job.longitude,
    providesMeals: job.providesMeals,
    providesLodging: job.providesLodging,
    providesTravel: job.providesTravel,
    providesTraining: job.providesTraining,
    providesWorkClothes: job.providesWorkClothes,
    minSchooling: job.minSchooling,
    requiredCertificate: job.requiredCertificate,
    drivingLicenceClass: job.drivingLicenceClass,
    recordCheck: job.recordCheck,
    startDate: job.startDate,
    closingDate: job.closingDate,
    publishedAt: job.publishedAt?.toISOString() ?? null,
    organisation: {
      id: detail.organisation.id,
      name: detail.organisation.name,
      verified: detail.organisation.verificationStatus === 'verified',
    },
  };
}

function toApiTraining(detail: Awaited<ReturnType<typeof getTrainingDetail>>): z.output<typeof apiTrainingSchema> {
  const { slot } = detail;
  return {
    id: slot.id,
    status: slot.status,
    public: detail.isPublic,
    title: slot.title,
    occupation: detail.occupation,
    level: slot.level,
    durationDays: slot.durationDays,
    seats: slot.seats,
    seatsLeft: slot.seatsLeft,
    schedule: slot.schedule,
    provinceCode: slot.provinceCode,
    provinceName: detail.provinceName,
    communeCode: slot.communeCode,
    communeName: detail.communeName,
    address: slot.address,
    latitude: slot.latitude,
    longitude: slot.longitude,
    costVnd: slot.costVnd,
    funding: slot.funding,
    certificate: slot.certificate,
    startDate: slot.startDate,
    enrolmentDeadline: slot.enrolmentDeadline,
    leadsToJobId: slot.leadsToJobId,
    publishedAt: slot.publishedAt?.toISOString() ?? null,
    organisation: {
      id: detail.organisation.id,
      name: detail.organisation.name,
      verified: detail.organisation.verificationStatus === 'verified',
    },
  };
}

/** A page of search results (hits are the public search documents). */
const searchResultSchema = z.object({
  kind: z.enum(['job', 'training']),
  hits: z.array(z.looseObject({ id: z.uuid(), title: z.string(), employer: z.string(), distanceKm: z.number().optional() })),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  totalPages: z.number().int(),
  facets: z.record(z.string(), z.record(z.string(), z.number())).describe('Counts per value of each facet'),
  counts: z.object({ job: z.number().int(), training: z.number().int(), startingSoon: z.number().int() }),
  degraded: z.boolean().describe('True when the search engine was unreachable and a simpler search answered'),
});

const writeErrors = {
  400: { description: 'Invalid input (one message per field)' },
  401: { description: 'Not signed in' },
  403: { description: 'Not an employer, or not your organisation’s posting' },
  409: { description: 'Not allowed in the current state (e.g. publishing while unverified)' },
} as const;

const notFound = { 404: { description: 'No such public posting (a draft or closed one only for its organisation and staff)' } };

export const catalogueOperations = [
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/jobs',
      summary: 'Search open jobs (with or without Vietnamese diacritics, typo-tolerant), with facet counts',
      tag: 'Jobs',
      access: 'public',
      query: catalogueQuerySchema,
      responses: { 200: { description: 'A page of results', schema: searchResultSchema }, 400: { description: 'Invalid parameters' } },
    },
    async ({ context, query }) => ({
      body: await searchCatalogue(context.services, { ...query, kind: 'job' }, { timing: context.timing }),
    }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/jobs',
      summary: 'Create a job for your organisation (a draft, or published with "publish": true)',
      tag: 'Jobs',
      access: 'create:job',
      write: true,
      body: jobInputSchema,
      responses: { 201: { description: 'Created', schema: z.object({ job: apiJobSchema }) }, ...writeErrors },
    },
    async ({ actor, executor, body }) => {
      const created = await createJob(executor, actor, body);
      const job = toApiJob(await getJobDetail(executor, actor, created.id));
      return { status: 201, body: { job }, headers: { Location: `/api/v1/jobs/${created.id}` } };
    },
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/jobs/{id}',
      summary: 'One job: public while open; drafts and closed jobs only for their organisation and staff',
      tag: 'Jobs',
      access: 'public',
      record: 'job',
      responses: { 200: { description: 'The job', schema: z.object({ job: apiJobSchema }) }, ...notFound },
    },
    async ({ actor, executor, params }) => ({ body: { job: toApiJob(await getJobDetail(executor, actor, params.id)) } }),
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/jobs/{id}',
      summary: 'Change your job and/or its status (draft → open → closed | filled; closed | filled → open)',
      tag: 'Jobs',
      access: 'update:job',
      record: 'job',
      write: true,
      body: jobPatchSchema,
      responses: {
        200: { description: 'Changed', schema: z.object({ job: apiJobSchema }) },
        ...writeErrors,
        404: { description: 'No such job' },
      },
    },
    async ({ actor, executor, params, body }) => {
      await updateJob(executor, actor, params.id, body);
      return { body: { job: toApiJob(await getJobDetail(executor, actor, params.id)) } };
    },
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/training',
      summary: 'Search open training slots, with facet counts (same parameters as jobs)',
      tag: 'Training',
      access: 'public',
      query: catalogueQuerySchema,
      responses: { 200: { description: 'A page of results', schema: searchResultSchema }, 400: { description: 'Invalid parameters' } },
    },
    async ({ context, query }) => ({
      body: await searchCatalogue(context.services, { ...query, kind: 'training' }, { timing: context.timing }),
    }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/training',
      summary: 'Create a training slot for your organisation',
      tag: 'Training',
      access: 'create:training',
      write: true,
      body: trainingInputSchema,
      responses: { 201: { description: 'Created', schema: z.object({ training: apiTrainingSchema }) }, ...writeErrors },
    },
    async ({ actor, executor, body }) => {
      const created = await createTrainingSlot(executor, actor, body);
      const training = toApiTraining(await getTrainingDetail(executor, actor, created.id));
      return { status: 201, body: { training }, headers: { Location: `/api/v1/training/${created.id}` } };
    },
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/training/{id}',
      summary: 'One training slot: public while open; otherwise only for its organisation and staff',
      tag: 'Training',
      access: 'public',
      record: 'training',
      responses: { 200: { description: 'The training slot', schema: z.object({ training: apiTrainingSchema }) }, ...notFound },
    },
    async ({ actor, executor, params }) => ({ body: { training: toApiTraining(await getTrainingDetail(executor, actor, params.id)) } }),
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/training/{id}',
      summary: 'Change your training slot and/or its status (draft → open → closed; closed → open)',
      tag: 'Training',
      access: 'update:training',
      record: 'training',
      write: true,
      body: trainingPatchSchema,
      responses: {
        200: { description: 'Changed', schema: z.object({ training: apiTrainingSchema }) },
        ...writeErrors,
        404: { description: 'No such training slot' },
      },
    },
    async ({ actor, executor, params, body }) => {
      await updateTrainingSlot(executor, actor, params.id, body);
      return { body: { training: toApiTraining(await getTrainingDetail(executor, actor, params.id)) } };
    },
  ),
];
