// The caseload's part of the JSON API: a counsellor's caseload, intake, the profile, consent,
// counselling notes, the person's sign-in and a transfer to another province; and the returnee's
// own profile.
import { z } from 'zod';
import {
  addNote,
  createReturnee,
  createReturneeAccount,
  setCardConsent,
  transferReturnee,
  updateOwnProfile,
  updateReturneeProfile,
} from '#app/services/caseload/commands.server.ts';
import {
  getOwnProfile,
  getReturneeProfile,
  listCaseload,
  listNotes,
  loadProfile,
  type CaseloadRow,
  type CounsellingNote,
  type ReturneeProfile,
} from '#app/services/caseload/queries.server.ts';
import { caseloadStatuses } from '#app/services/caseload/rules.ts';
import {
  accountSchema,
  caseloadFilterSchema,
  consentSchema,
  intakeSchema,
  noteSchema,
  ownProfilePatchSchema,
  profilePatchSchema,
  transferSchema,
} from '#app/services/caseload/schemas.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { caseStatuses, needs, releaseKinds, schoolingLevels, sexes, skillLevels, workTypes } from '#db/schema.ts';
import { translate } from '#app/i18n/i18n.ts';
import { errorResponse } from '../answers.ts';
import { defineOperation } from './operation.ts';

const named = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const apiReturneeSchema: z.ZodType<ReturneeProfile> = z.object({
  id: z.uuid(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  ethnicity: z.string().nullable(),
  phone: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  latitude: z.number().nullable().describe('Home, for distances; never shown to employers'),
  longitude: z.number().nullable(),
  releaseDate: z.string().nullable(),
  releaseKind: z.enum(releaseKinds).nullable(),
  preRelease: z.boolean().describe('The release date is after today'),
  schoolingLevel: z.enum(schoolingLevels).nullable(),
  status: z.enum(caseStatuses),
  caseloadStatus: z.enum(caseloadStatuses),
  needs: z.array(z.enum(needs)),
  availableFrom: z.string().nullable(),
  skills: z.array(named.extend({ level: z.enum(skillLevels) })),
  certificates: z.array(z.object({ id: z.uuid(), name: z.string(), issuer: z.string().nullable(), year: z.number().int().nullable() })),
  workHistory: z.array(
    z.object({ id: z.uuid(), description: z.string(), occupation: named.nullable(), months: z.number().int().nullable() }),
  ),
  wishes: z.object({
    occupations: z.array(named),
    workTypes: z.array(z.enum(workTypes)),
    wageFloor: z.number().int().nullable().describe('VND per month'),
    maxTravelKm: z.number().int().nullable(),
    willingToMove: z.boolean(),
  }),
  shareCard: z.boolean().describe('Current consent to show an anonymised card to employers'),
  cardConsent: z
    .object({ granted: z.boolean(), at: z.string(), recordedBy: z.string().nullable(), wording: z.string() })
    .nullable()
    .describe('The latest answer, with the wording shown'),
  counsellor: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  account: z.object({ phone: z.string().nullable() }).nullable().describe('The person’s own sign-in, once created'),
  lastContactAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const apiCaseloadRowSchema: z.ZodType<CaseloadRow> = z.object({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  status: z.enum(caseloadStatuses),
  releaseDate: z.string().nullable(),
  needs: z.array(z.enum(needs)),
  availableFrom: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  shareCard: z.boolean(),
  hasAccount: z.boolean(),
});

export const apiNoteSchema: z.ZodType<CounsellingNote> = z.object({
  id: z.uuid(),
  contactDate: z.string(),
  text: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
});

const caseloadPageSchema = z.object({
  returnees: z.array(apiCaseloadRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  pages: z.number().int(),
});

const profileResponse = { description: 'The profile', schema: z.object({ returnee: apiReturneeSchema }) };
const errors = {
  400: { description: 'Invalid input (one message per field; unknown fields such as offence details are refused)' },
  401: { description: 'Not signed in' },
  403: { description: 'Not allowed for this role' },
  404: { description: 'No such person in your scope (another province’s record looks exactly like a missing one)' },
} as const;

export const caseloadOperations = [
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/returnees',
      summary: 'The caseload of your province (counsellors), filtered, 20 per page; audited with the ids shown',
      tag: 'Caseload',
      access: 'read:returnee:province',
      query: caseloadFilterSchema,
      responses: { 200: { description: 'A page of the caseload', schema: caseloadPageSchema }, ...errors },
    },
    async ({ actor, executor, query }) => {
      const { rows, total, page, perPage, pages } = await listCaseload(executor, actor, query);
      return { body: { returnees: rows, total, page, perPage, pages } };
    },
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/returnees',
      summary: 'Intake: open a record in your province (a release date at most 92 days ahead allows pre-release intake)',
      tag: 'Caseload',
      access: 'create:returnee:province',
      write: true,
      body: intakeSchema,
      responses: {
        201: { description: 'Created', schema: z.object({ returnee: apiReturneeSchema }) },
        ...errors,
        409: {
          description:
            'Another person’s record has this phone: nothing was written; `fields.phone` says who looks after it (send `confirmSharedPhone: true` to go on)',
        },
      },
    },
    async ({ actor, executor, body, locale }) => {
      const { returnee: created, sharedPhone } = await createReturnee(executor, actor, body);
      if (!created) {
        const holders = sharedPhone.map((h) =>
          h.counsellorName
            ? translate(locale, 'caseload.intake.phoneHolder', { counsellor: h.counsellorName, province: h.provinceName })
            : translate(locale, 'caseload.intake.phoneHolderNoCounsellor', { province: h.provinceName }),
        );
        return errorResponse('conflict', translate(locale, 'caseload.intake.phoneShared'), {
          fields: { phone: translate(locale, 'caseload.intake.phoneSharedApi', { holders: holders.join('; ') }) },
        });
      }
      return {
        status: 201,
        body: { returnee: await loadProfile(executor, created.id) },
        headers: { Location: `/api/v1/returnees/${created.id}` },
      };
    },
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/returnees/{id}',
      summary: 'One person’s profile (counsellors of the province, or the person themself); staff reads are audited',
      tag: 'Caseload',
      access: 'read:returnee',
      record: 'returnee',
      responses: { 200: profileResponse, ...errors },
    },
    async ({ actor, executor, params }) => ({ body: { returnee: await getReturneeProfile(executor, actor, params.id, 'api: profile') } }),
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/returnees/{id}',
      summary: 'Change a profile: a field left out stays, null clears it; skills, certificates, work history and wishes are replaced whole',
      tag: 'Caseload',
      access: 'update:returnee:province',
      record: 'returnee',
      write: true,
      body: profilePatchSchema,
      responses: { 200: profileResponse, ...errors, 409: { description: 'Status change not allowed' } },
    },
    async ({ actor, executor, params, body }) => ({ body: { returnee: await updateReturneeProfile(executor, actor, params.id, body) } }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/returnees/{id}/consent',
      summary: 'Record consent (or its withdrawal) to show an anonymised card to employers; takes effect at once',
      tag: 'Caseload',
      access: 'update:returnee',
      record: 'returnee',
      write: true,
      body: consentSchema,
      responses: { 200: profileResponse, ...errors },
    },
    async ({ actor, executor, params, body }) => ({
      body: { returnee: await setCardConsent(executor, actor, params.id, body.granted, body.effectiveOn) },
    }),
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/returnees/{id}/notes',
      summary: 'Counselling notes, newest contact first',
      tag: 'Caseload',
      access: 'read:returnee:province',
      record: 'returnee',
      responses: { 200: { description: 'The notes', schema: z.object({ notes: z.array(apiNoteSchema) }) }, ...errors },
    },
    async ({ actor, executor, params }) => ({ body: { notes: await listNotes(executor, actor, params.id) } }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/returnees/{id}/notes',
      summary: 'Add a dated counselling note (contact date not after today); moves the last-contact date',
      tag: 'Caseload',
      access: 'update:returnee:province',
      record: 'returnee',
      write: true,
      body: noteSchema,
      responses: { 201: { description: 'Added', schema: z.object({ note: apiNoteSchema }) }, ...errors },
    },
    async ({ actor, executor, params, body }) => ({ status: 201, body: { note: await addNote(executor, actor, params.id, body) } }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/returnees/{id}/account',
      summary: 'Create the person’s phone sign-in with an initial password, or a generated 8-digit code returned once',
      tag: 'Caseload',
      access: 'update:returnee:province',
      record: 'returnee',
      write: true,
      body: accountSchema,
      responses: {
        201: {
          description: 'Created; `oneTimeCode` is present (once) when method is "code"',
          schema: z.object({ account: z.object({ userId: z.uuid(), phone: z.string(), oneTimeCode: z.string().nullable() }) }),
        },
        ...errors,
        409: { description: 'The person already has a sign-in, or the phone number is taken' },
      },
    },
    async ({ actor, executor, params, body }) => ({
      status: 201,
      body: { account: await createReturneeAccount(executor, actor, params.id, body) },
    }),
  ),
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/returnees/{id}/transfer',
      summary:
        'Transfer the record to the province the person moved to (a commune of it, the day it took effect): the counsellor is cleared for the receiving job centre to assign, the move goes on the timeline, and the record leaves your caseload',
      tag: 'Caseload',
      access: 'update:returnee:province',
      record: 'returnee',
      write: true,
      body: transferSchema,
      responses: {
        200: {
          description: 'Transferred',
          schema: z.object({
            transfer: z.object({
              returneeId: z.uuid(),
              provinceCode: z.string(),
              provinceName: z.string(),
              communeCode: z.string(),
              communeName: z.string(),
              effectiveOn: z.string().describe('The day the move took effect'),
            }),
          }),
        },
        ...errors,
        400: {
          description: 'Invalid input: the same province, a commune outside the receiving province, a future day (one message per field)',
        },
      },
    },
    async ({ actor, executor, params, body }) => ({ body: { transfer: await transferReturnee(executor, actor, params.id, body) } }),
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/me/profile',
      summary: 'The signed-in returnee’s own profile',
      tag: 'My profile',
      access: 'read:returnee:own',
      responses: { 200: profileResponse, ...errors },
    },
    async ({ actor, executor }) => {
      const profile = await getOwnProfile(executor, actor);
      if (!profile) throw new NotFoundError('caseload.me.notLinked');
      return { body: { returnee: profile } };
    },
  ),
  defineOperation(
    {
      method: 'patch',
      path: '/api/v1/me/profile',
      summary: 'Change your own skills and wishes, and give or withdraw consent to an anonymised card (shareCard)',
      tag: 'My profile',
      access: 'update:returnee:own',
      write: true,
      body: ownProfilePatchSchema,
      responses: { 200: profileResponse, ...errors },
    },
    async ({ actor, executor, body }) => ({ body: { returnee: await updateOwnProfile(executor, actor, body) } }),
  ),
];
