// The employer's posting pages (new, edit with publish / close / filled / reopen) for jobs and
// training slots, one implementation for both; the public posting pages' loading; and the lists
// the pickers need. The catalogue's services decide; this turns their answers into pages.
import { redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node';
import { translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import { authorize, can, type Actor } from '#app/services/authorize.ts';
import { createJob, createTrainingSlot, updateJob, updateTrainingSlot } from '#app/services/catalogue/commands.server.ts';
import { getJobDetail, getTrainingDetail, listOwnPostings } from '#app/services/catalogue/queries.server.ts';
import { drivingLicenceClasses } from '#app/services/catalogue/rules.ts';
import { jobInputSchema, jobPatchSchema, trainingInputSchema, trainingPatchSchema } from '#app/services/catalogue/schemas.ts';
import { organisationOf } from '#app/services/organisations/queries.server.ts';
import type { ApplyState } from '#app/services/pipeline/apply-state.ts';
import { listCommunes, listOccupations, listProvinces, listSkills } from '#app/services/reference/queries.server.ts';
import type { Db } from '#db/client.ts';
import { fundingKinds, organisationKinds, schoolingLevels, trainingLevels, workTypes } from '#db/schema.ts';
import type { FormValues } from '../form-data.ts';

/** Who is reading a posting, as far as applying goes (the page says how to apply accordingly). */
export type Applicant = 'signed-out' | 'may-apply' | 'other';
import { formCommand, readForm, requireId, throwAsPage, withUnchecked } from '../form.server.ts';
import { getActor, getLocale, requireUserWithPermission } from '../session.server.ts';

export type PostingKind = 'job' | 'training';

export const jobFlagNames = [
  'providesMeals',
  'providesLodging',
  'providesTravel',
  'providesTraining',
  'providesWorkClothes',
  'recordCheck',
] as const;

/** The value lists the forms offer (sent from the server so the browser bundle has no Drizzle). */
export const formOptions = { workTypes, schoolingLevels, drivingLicenceClasses, trainingLevels, fundingKinds, organisationKinds };

/** Provinces, and the communes of the province already chosen (the rest load on change). */
export async function placeLists(db: Db, provinceCode: string | null | undefined) {
  const [provinces, communes] = await Promise.all([listProvinces(db), provinceCode ? listCommunes(db, provinceCode) : []]);
  return { provinces, communes };
}

/** Everything a posting form's pickers need. */
async function postingLists(db: Db, provinceCode: string | null | undefined) {
  const [place, occupations, skills] = await Promise.all([placeLists(db, provinceCode), listOccupations(db), listSkills(db)]);
  return { ...place, occupations, skills, options: formOptions };
}

/** Status buttons on the edit page and the status each one asks for. */
const statusIntents = {
  job: { close: 'closed', fill: 'filled', reopen: 'open' },
  training: { close: 'closed', reopen: 'open' },
} as const;

const kinds = {
  job: {
    createPermission: 'create:job',
    updatePermission: 'update:job',
    flags: jobFlagNames,
    path: (id: string) => `/employer/jobs/${id}`,
    inputSchema: jobInputSchema,
    patchSchema: jobPatchSchema,
    create: createJob,
    update: updateJob,
  },
  training: {
    createPermission: 'create:training',
    updatePermission: 'update:training',
    flags: [],
    path: (id: string) => `/employer/training/${id}`,
    inputSchema: trainingInputSchema,
    patchSchema: trainingPatchSchema,
    create: createTrainingSlot,
    update: updateTrainingSlot,
  },
} as const;

/** Form strings from a stored row: booleans as checkbox values, missing values as empty. */
function toValues(row: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) out[key] = '';
    else if (typeof value === 'boolean') out[key] = value ? 'on' : '';
    else if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
  }
  return out;
}

/** The organisation's jobs a course may lead to (the most recent hundred). */
async function ownJobs(db: Db, organisationId: string | undefined) {
  if (!organisationId) return [];
  const { jobs } = await listOwnPostings(db, organisationId, { perPage: 100 });
  return jobs.map((j) => ({ id: j.id, title: j.title }));
}

function organisationSummary(organisation: Awaited<ReturnType<typeof organisationOf>>) {
  return organisation ? { name: organisation.name, verificationStatus: organisation.verificationStatus } : null;
}

export async function newPostingLoader(kind: PostingKind, { request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, kinds[kind].createPermission);
  const { db } = context.services;
  const organisation = await organisationOf(db, actor);
  const [lists, jobs] = await Promise.all([
    postingLists(db, organisation?.provinceCode),
    kind === 'training' ? ownJobs(db, organisation?.id) : [],
  ]);
  const defaults: FormValues =
    kind === 'job'
      ? { provinceCode: organisation?.provinceCode ?? '', openings: '1', workType: 'full_time' }
      : { provinceCode: organisation?.provinceCode ?? '', level: 'so_cap', funding: 'free', costVnd: '0', durationDays: '60', seats: '20' };
  return { organisation: organisationSummary(organisation), lists, jobs, defaults };
}

export async function newPostingAction(kind: PostingKind, { request, context }: ActionFunctionArgs) {
  const k = kinds[kind];
  const actor = await requireUserWithPermission(request, context, k.createPermission);
  const values = await readForm(request);
  const publish = values.intent === 'publish';
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    schema: k.inputSchema,
    input: { ...values, publish: publish ? 'on' : '' },
    run: (tx, input) => (k.create as (tx: unknown, actor: Actor, input: unknown) => Promise<{ id: string }>)(tx, actor, input),
    done: (created) => redirect(`${k.path(created.id)}?saved=${publish ? 'published' : 'draft'}`),
  });
}

/** The start of an edit page: permission, a valid id, and the notice after a redirect from "new". */
async function editContext(kind: PostingKind, { request, context, params }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, kinds[kind].updatePermission);
  const id = requireId(params.id, actor.locale);
  const saved = new URL(request.url).searchParams.get('saved');
  const notice: MessageKey | null = saved === 'published' ? 'postingForm.published' : saved === 'draft' ? 'postingForm.savedDraft' : null;
  return { actor, id, db: context.services.db, notice: notice ? translate(actor.locale, notice) : null };
}

/** 403 unless the posting belongs to one of the actor's organisations. */
async function requireOwn(db: Db, actor: Actor, kind: PostingKind, organisationId: string) {
  try {
    authorize(actor, kinds[kind].updatePermission, { organisationId }, { outOfScope: 'forbidden' });
  } catch (error) {
    throwAsPage(error, actor.locale);
  }
  return organisationSummary(await organisationOf(db, actor));
}

/** A job for editing: 404 when it does not exist (or is hidden), 403 when it is another's. */
export async function editJobLoader(args: LoaderFunctionArgs) {
  const { actor, id, db, notice } = await editContext('job', args);
  const detail = await getJobDetail(db, actor, id).catch((error: unknown) => throwAsPage(error, actor.locale));
  const organisation = await requireOwn(db, actor, 'job', detail.job.organisationId);
  const { job } = detail;
  return {
    id: job.id,
    title: job.title,
    status: job.status,
    organisation,
    notice,
    values: toValues({
      ...job,
      occupationCode: detail.occupation.code,
      requiredSkills: detail.requiredSkills.map((s) => s.code).join(','),
      niceToHaveSkills: detail.niceToHaveSkills.map((s) => s.code).join(','),
    }),
    lists: await postingLists(db, job.provinceCode),
  };
}

export async function editTrainingLoader(args: LoaderFunctionArgs) {
  const { actor, id, db, notice } = await editContext('training', args);
  const detail = await getTrainingDetail(db, actor, id).catch((error: unknown) => throwAsPage(error, actor.locale));
  const organisation = await requireOwn(db, actor, 'training', detail.slot.organisationId);
  const { slot } = detail;
  const [lists, jobs] = await Promise.all([postingLists(db, slot.provinceCode), ownJobs(db, slot.organisationId)]);
  return {
    id: slot.id,
    title: slot.title,
    status: slot.status,
    organisation,
    notice,
    values: toValues({ ...slot, occupationCode: detail.occupation.code }),
    lists,
    jobs,
  };
}

const doneMessages: Record<string, MessageKey> = {
  save: 'postingForm.saved',
  publish: 'postingForm.published',
  close: 'postingForm.closedDone',
  fill: 'postingForm.filledDone',
  reopen: 'postingForm.reopened',
};

export async function editPostingAction(kind: PostingKind, { request, context, params }: ActionFunctionArgs) {
  const k = kinds[kind];
  const actor = await requireUserWithPermission(request, context, k.updatePermission);
  const id = requireId(params.id, actor.locale);
  const posted = await readForm(request);
  const intent = posted.intent ?? 'save';
  const statuses: Record<string, string> = statusIntents[kind];
  const statusOnly = intent in statuses;
  // A status button changes only the status; the main form sends every field ("no" for unticked boxes).
  const values = statusOnly ? { status: statuses[intent] } : withUnchecked(posted, k.flags);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    shown: statusOnly ? {} : values,
    schema: k.patchSchema,
    input: intent === 'publish' ? { ...values, status: 'open' } : values,
    run: (tx, patch) => (k.update as (tx: unknown, actor: Actor, id: string, patch: unknown) => Promise<unknown>)(tx, actor, id, patch),
    done: () => doneMessages[intent] ?? 'postingForm.saved',
  });
}

type OrganisationSummary = Awaited<ReturnType<typeof getJobDetail>>['organisation'];

/**
 * A public posting page: who is looking decides what is visible; "not there or not for you" is a 404
 * page. `offer` says what the page offers a reader who applies for themself (apply.server.ts).
 */
export async function loadPostingPage<T extends { organisation: OrganisationSummary }>(
  request: Request,
  context: AppLoadContext,
  load: (db: Db, viewer: Actor | null) => Promise<T>,
  offer?: (db: Db, viewer: Actor | null, loaded: T, locale: Locale) => Promise<ApplyState | null>,
) {
  const viewer = await getActor(request, context);
  const locale = await getLocale(request, viewer);
  try {
    const loaded = await load(context.services.db, viewer);
    const { organisation: summary, ...detail }: { organisation: OrganisationSummary } & Omit<T, 'organisation'> = loaded;
    const apply = offer ? await offer(context.services.db, viewer, loaded, locale) : null;
    // The organisation's contact stays off the page: people apply by signing in or through a counsellor.
    const { contactName: _name, contactPhone: _phone, ...organisation } = summary;
    const applicant = viewer === null ? 'signed-out' : can(viewer, 'create:application') ? 'may-apply' : 'other';
    return { ...detail, locale, applicant: applicant as Applicant, apply, organisation };
  } catch (error) {
    return throwAsPage(error, locale);
  }
}
