// The matching part of the JSON API: a person's ranked suggestions (their counsellor, or the
// person), and a job's ranked candidates (named for a counsellor of its province, anonymised
// cards for its employer).
import { z } from 'zod';
import { defaultCandidateLimit, defaultJobLimit, maxCandidateLimit, maxJobLimit } from '#app/services/matching/matching.server.ts';
import { jobCandidates, returneeMatches } from '#app/services/matching/queries.server.ts';
import { readWholeNumber } from '#app/services/fields.ts';
import { skillLevels, workTypes } from '#db/schema.ts';
import { defineOperation } from './operation.ts';

const personal = { 'Cache-Control': 'private, no-store' };

/** How many to return: digits only ("0x10" or "1e1" is not a number here). */
const limit = (byDefault: number, max: number) =>
  z.preprocess(
    readWholeNumber,
    z
      .number({ error: 'validation.match.limit' })
      .int('validation.match.limit')
      .min(1, 'validation.match.limit')
      .max(max, 'validation.match.limit')
      .default(byDefault)
      .describe(`How many to return (1–${max}, default ${byDefault})`),
  );

export const returneeMatchesQuerySchema = z.object({ limit: limit(defaultJobLimit, maxJobLimit) });
export const jobMatchesQuerySchema = z.object({ limit: limit(defaultCandidateLimit, maxCandidateLimit) });

const named = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

const reasonParamSchema = z.union([
  z.string(),
  z.number(),
  z.object({ skill: z.string().describe('Skill code') }),
  z.object({ occupation: z.string().describe('Occupation code') }),
  z.object({ date: z.string().describe('YYYY-MM-DD') }),
  z.object({ vnd: z.number().describe('An amount in VND') }),
  z.object({ key: z.string().describe('A message key, itself translated') }),
]);

export const reasonSchema = z
  .object({
    key: z.string().describe('Message key, e.g. match.reason.skill'),
    params: z.record(z.string(), reasonParamSchema),
    text: z.string().describe('The reason in the caller’s language'),
  })
  .describe('One reason: a message key with its parameters, and its text');

const partSchema = z.object({
  part: z.string().describe('skills, wish, distance, wage, start, support (jobs); wish, gap, distance, start, cost (training)'),
  label: z.string(),
  points: z.number(),
  max: z.number(),
  reasons: z.array(reasonSchema),
});

const scoreFields = {
  rank: z.number().int(),
  score: z.number().describe('0–100: the sum of the parts’ points (weights in docs/matching.md)'),
  parts: z.array(partSchema),
  missing: z.array(reasonSchema).describe('What keeps it from fitting better: skills lacked, wage below the wish…'),
};

const suggestedJobSchema = z.object({
  ...scoreFields,
  job: z.object({
    id: z.uuid(),
    title: z.string(),
    organisationId: z.uuid(),
    employer: z.string(),
    occupation: named,
    provinceName: z.string(),
    communeName: z.string().nullable(),
    wageMin: z.number().int(),
    wageMax: z.number().int(),
    workType: z.enum(workTypes),
    startDate: z.string().nullable(),
    closingDate: z.string().nullable(),
    providesLodging: z.boolean(),
    providesMeals: z.boolean(),
    providesTraining: z.boolean(),
    distanceKm: z.number().nullable(),
  }),
});

const suggestedTrainingSchema = z.object({
  ...scoreFields,
  training: z.object({
    id: z.uuid(),
    title: z.string(),
    provider: z.string(),
    occupation: named,
    startDate: z.string().nullable(),
    seatsLeft: z.number().int(),
    costVnd: z.number().int(),
    funding: z.string(),
    distanceKm: z.number().nullable(),
  }),
});

const trainingForGapSchema = z.object({
  job: z.object({ id: z.uuid(), title: z.string() }),
  skill: named,
  required: z.boolean(),
  training: z.object({ id: z.uuid(), title: z.string(), startDate: z.string().nullable(), seatsLeft: z.number().int() }),
  reason: reasonSchema,
});

export const returneeMatchesSchema = z.object({
  returnee: z.object({ id: z.uuid(), fullName: z.string() }),
  jobs: z.array(suggestedJobSchema),
  training: z.array(suggestedTrainingSchema),
  trainingForGaps: z.array(trainingForGapSchema).describe('Courses for skills the best jobs need and the person lacks'),
  exact: z.boolean().describe('False only when too many jobs were within reach to consider them all'),
});

const cardSchema = z
  .object({
    ref: z.string().describe('The card’s reference on this job, for asking an introduction: a pseudonym that differs per job'),
    provinceName: z.string(),
    communeName: z.string().nullable(),
    availableFrom: z.string().nullable(),
    workTypes: z.array(z.enum(workTypes)),
    skills: z.array(named.extend({ level: z.enum(skillLevels) })),
    certificates: z.array(z.string()),
    experience: z.array(z.object({ nameVi: z.string(), nameEn: z.string(), months: z.number().int().nullable() })),
  })
  .describe('An anonymised candidate card: no name, contact, birth or release data');

const jobHeader = z.object({ id: z.uuid(), title: z.string(), public: z.boolean().describe('Only an open, public job has candidates') });

export const jobMatchesSchema = z.discriminatedUnion('view', [
  z.object({
    view: z.literal('named').describe('For a counsellor of the job’s province: people of that province, by name'),
    job: jobHeader,
    candidates: z.array(
      z.object({
        ...scoreFields,
        returnee: z.object({ id: z.uuid(), fullName: z.string(), provinceName: z.string(), communeName: z.string().nullable() }),
        distanceKm: z.number().nullable(),
      }),
    ),
  }),
  z.object({
    view: z.literal('cards').describe('For the job’s employer: anonymised cards of people who agreed to share one'),
    job: jobHeader,
    candidates: z.array(z.object({ ...scoreFields, card: cardSchema })),
  }),
]);

export const matchingOperations = [
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/returnees/{id}/matches',
      summary: 'A returnee’s best open jobs and training slots, ranked, each with the parts of its score and what is missing',
      tag: 'Matching',
      access: 'read:match',
      record: 'returnee',
      query: returneeMatchesQuerySchema,
      responses: {
        200: { description: 'Ranked suggestions', schema: returneeMatchesSchema },
        400: { description: 'Invalid parameters' },
        401: { description: 'Not signed in' },
        403: { description: 'Neither a counsellor nor this returnee' },
        404: { description: 'No such returnee in your province (or not you)' },
      },
    },
    async ({ context, actor, params, query }) => ({
      body: await returneeMatches(context.services, actor, params.id, { locale: actor.locale, limit: query.limit }),
      headers: personal,
    }),
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/jobs/{id}/matches',
      summary: 'A job’s best candidates: named for a counsellor of its province, anonymised cards for its employer',
      tag: 'Matching',
      access: 'read:candidate',
      record: 'job',
      query: jobMatchesQuerySchema,
      responses: {
        200: { description: 'Ranked candidates', schema: jobMatchesSchema },
        400: { description: 'Invalid parameters' },
        401: { description: 'Not signed in' },
        403: { description: 'Not a counsellor of the job’s province nor a member of its employer' },
        404: { description: 'No such job' },
      },
    },
    async ({ context, actor, params, query }) => ({
      body: await jobCandidates(context.services, actor, params.id, { locale: actor.locale, limit: query.limit }),
      headers: personal,
    }),
  ),
];
