// Server side of the employer and verification forms: reading a posted form, turning the domain
// errors into what the page shows (field messages, a conflict alert, 403/404), and the lists the
// pickers need. Shared by the registration, organisation, job, training and verification routes.
import { data } from '@remix-run/node';
import { z } from 'zod';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '#app/services/errors.server.ts';
import { errorResponse, type FieldErrors } from '#app/services/http.server.ts';
import { drivingLicenceClasses } from '#app/services/postings.server.ts';
import { listCommunes, listOccupations, listProvinces, listSkills } from '#app/services/provinces.server.ts';
import type { Db } from '#db/client.ts';
import { fundingKinds, organisationKinds, schoolingLevels, trainingLevels, workTypes } from '#db/schema.ts';
import type { FormActionData, FormValues } from './types.ts';

/** The posted fields as strings; repeated names (skills without JS) are joined with commas. */
export async function readForm(request: Request): Promise<FormValues> {
  const form = await request.formData();
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    values[name] = form
      .getAll(name)
      .filter((v): v is string => typeof v === 'string')
      .join(',');
  }
  return values;
}

/** What is sent back so a page without JavaScript can show the typed values again (never passwords). */
export function echo(values: FormValues): FormValues {
  const { password: _password, ...rest } = values;
  return rest;
}

/** Field errors keyed by the form field: "requiredSkills.0" belongs beside "requiredSkills". */
export function byField(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[path.split('.')[0]] ??= message;
  return out;
}

export function invalid(locale: Locale, fields: FieldErrors, values: FormValues, extra: Partial<FormActionData> = {}) {
  return data<FormActionData>(
    { fields: byField(fields), formError: translate(locale, 'validation.invalid'), values: echo(values), ...extra },
    { status: 400 },
  );
}

/**
 * A domain error as the page shows it: InputError → 400 with field messages, ConflictError → 409
 * with its message in an alert (typed values kept), NotFound/Forbidden → thrown 404/403 pages.
 * Anything else is a bug and is rethrown (a 500).
 */
export function domainFailure(error: unknown, locale: Locale, values: FormValues, extra: Partial<FormActionData> = {}) {
  if (error instanceof InputError) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([k, key]) => [k, translate(locale, key)]));
    return invalid(locale, fields, values, extra);
  }
  if (error instanceof ConflictError) {
    return data<FormActionData>(
      { formError: translate(locale, error.messageKey), conflict: true, values: echo(values), ...extra },
      { status: 409 },
    );
  }
  return throwAsPage(error, locale);
}

/** NotFound and Forbidden become the 404/403 error page; anything else is rethrown. */
export function throwAsPage(error: unknown, locale: Locale): never {
  if (error instanceof NotFoundError) throw errorResponse('not_found', translate(locale, error.messageKey));
  if (error instanceof ForbiddenError) throw errorResponse('forbidden', translate(locale, 'auth.forbidden'));
  throw error;
}

/** Route ids are uuids; anything else is a 404 before it reaches the database. */
export function requireId(id: string | undefined, locale: Locale) {
  if (!z.uuid().safeParse(id).success) throw errorResponse('not_found', translate(locale, 'error.notFound'));
  return id as string;
}

/** Unchecked checkboxes are not posted; in a change they must read as "no", not "unchanged". */
export function withUnchecked(values: FormValues, names: readonly string[]): FormValues {
  return { ...values, ...Object.fromEntries(names.filter((n) => !(n in values)).map((n) => [n, 'off'])) };
}

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
export async function postingLists(db: Db, provinceCode: string | null | undefined) {
  const [place, occupations, skills] = await Promise.all([placeLists(db, provinceCode), listOccupations(db), listSkills(db)]);
  return { ...place, occupations, skills, options: formOptions };
}
