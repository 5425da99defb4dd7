// Loaders and actions of the employer's posting pages, one implementation for jobs and training
// slots: new (save a draft or publish), edit (save, publish) and status changes (close, filled,
// reopen). The services decide; this turns their answers into pages.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { translate, type MessageKey } from '#app/i18n/i18n.ts';
import { requirePermission } from '#app/services/auth.server.ts';
import { errorResponse, parseWith } from '#app/services/http.server.ts';
import { isMember, organisationOf } from '#app/services/organisations.server.ts';
import {
  createJob,
  createTrainingSlot,
  getJobDetail,
  getTrainingDetail,
  jobInputSchema,
  jobPatchSchema,
  listOwnPostings,
  trainingInputSchema,
  trainingPatchSchema,
  updateJob,
  updateTrainingSlot,
} from '#app/services/postings.server.ts';
import type { Db } from '#db/client.ts';
import type { User } from '#db/schema.ts';
import { domainFailure, invalid, jobFlagNames, postingLists, readForm, requireId, throwAsPage, withUnchecked } from './form.server.ts';
import type { FormActionData, FormValues } from './types.ts';

export type PostingKind = 'job' | 'training';

/** Status buttons on the edit page and the status each one asks for. */
const statusIntents = {
  job: { close: 'closed', fill: 'filled', reopen: 'open' },
  training: { close: 'closed', reopen: 'open' },
} as const;

const kinds = {
  job: {
    createPermission: 'create:job:own',
    updatePermission: 'update:job:own',
    flags: jobFlagNames,
    path: (id: string) => `/employer/jobs/${id}`,
    create: (db, user, values) => {
      const parsed = parseWith(jobInputSchema, values, user.locale);
      return parsed.ok ? createJob(db, user, parsed.data) : parsed;
    },
    update: (db, user, id, values) => {
      const parsed = parseWith(jobPatchSchema, values, user.locale);
      return parsed.ok ? updateJob(db, user, id, parsed.data) : parsed;
    },
  },
  training: {
    createPermission: 'create:training:own',
    updatePermission: 'update:training:own',
    flags: [],
    path: (id: string) => `/employer/training/${id}`,
    create: (db, user, values) => {
      const parsed = parseWith(trainingInputSchema, values, user.locale);
      return parsed.ok ? createTrainingSlot(db, user, parsed.data) : parsed;
    },
    update: (db, user, id, values) => {
      const parsed = parseWith(trainingPatchSchema, values, user.locale);
      return parsed.ok ? updateTrainingSlot(db, user, id, parsed.data) : parsed;
    },
  },
} satisfies Record<
  PostingKind,
  {
    createPermission: 'create:job:own' | 'create:training:own';
    updatePermission: 'update:job:own' | 'update:training:own';
    flags: readonly string[];
    path: (id: string) => string;
    // Either the saved row, or the field errors of input that did not parse.
    create: (db: Db, user: User, values: FormValues) => Promise<{ id: string } | Invalid> | Invalid;
    update: (db: Db, user: User, id: string, values: FormValues) => Promise<unknown> | Invalid;
  }
>;

type Invalid = { ok: false; fields: Record<string, string> };
const isInvalid = (v: unknown): v is Invalid => typeof v === 'object' && v !== null && 'ok' in v && v.ok === false;

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
  const k = kinds[kind];
  const user = await requirePermission(request, context, k.createPermission);
  const { db } = context.services;
  const organisation = await organisationOf(db, user.id);
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
  const user = await requirePermission(request, context, k.createPermission);
  const values = await readForm(request);
  const publish = values.intent === 'publish';
  try {
    const created = await k.create(context.services.db, user, { ...values, publish: publish ? 'on' : '' });
    if (isInvalid(created)) return invalid(user.locale, created.fields, values);
    return redirect(`${k.path(created.id)}?saved=${publish ? 'published' : 'draft'}`);
  } catch (error) {
    return domainFailure(error, user.locale, values);
  }
}

/** The start of an edit page: permission, a valid id, and the notice after a redirect from "new". */
async function editContext(kind: PostingKind, { request, context, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, context, kinds[kind].updatePermission);
  const id = requireId(params.id, user.locale);
  const saved = new URL(request.url).searchParams.get('saved');
  const notice: MessageKey | null = saved === 'published' ? 'postingForm.published' : saved === 'draft' ? 'postingForm.savedDraft' : null;
  return { user, id, db: context.services.db, notice: notice ? translate(user.locale, notice) : null };
}

/** 403 unless the posting belongs to one of the user's organisations. */
async function requireOwn(db: Db, user: User, organisationId: string) {
  if (!(await isMember(db, user.id, organisationId))) throw errorResponse('forbidden', translate(user.locale, 'auth.forbidden'));
  return organisationSummary(await organisationOf(db, user.id));
}

/** A job for editing: 404 when it does not exist (or is hidden), 403 when it is another's. */
export async function editJobLoader(args: LoaderFunctionArgs) {
  const { user, id, db, notice } = await editContext('job', args);
  const detail = await getJobDetail(db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
  const organisation = await requireOwn(db, user, detail.job.organisationId);
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
  const { user, id, db, notice } = await editContext('training', args);
  const detail = await getTrainingDetail(db, user, id).catch((error: unknown) => throwAsPage(error, user.locale));
  const organisation = await requireOwn(db, user, detail.slot.organisationId);
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
  const user = await requirePermission(request, context, k.updatePermission);
  const id = requireId(params.id, user.locale);
  const posted = await readForm(request);
  const intent = posted.intent ?? 'save';
  const statuses: Record<string, string> = statusIntents[kind];
  const statusOnly = intent in statuses;
  // A status button changes only the status; the main form sends every field ("no" for unticked boxes).
  const values = statusOnly ? { status: statuses[intent] } : withUnchecked(posted, k.flags);
  const patch = intent === 'publish' ? { ...values, status: 'open' } : values;
  const echoed = statusOnly ? {} : values;
  try {
    const result = await k.update(context.services.db, user, id, patch);
    if (isInvalid(result)) return invalid(user.locale, result.fields, echoed);
    return data<FormActionData>({ ok: true, message: translate(user.locale, doneMessages[intent] ?? 'postingForm.saved') });
  } catch (error) {
    return domainFailure(error, user.locale, echoed);
  }
}
