// Server side of the caseload pages' forms: posted fields → the commands' input objects (each form
// sends only its own fields, so the PATCH rule "left out keeps" holds), list rows renumbered so
// field messages keep their place ("skills.2.level"), and a stored profile → form values.
import type { ReturneeProfile } from '#app/services/caseload/queries.server.ts';
import { accountMethods, caseloadSorts, caseloadStatuses, closeReasons, settableStatuses } from '#app/services/caseload/rules.ts';
import { needs, releaseKinds, schoolingLevels, sexes, skillLevels, workTypes } from '#db/schema.ts';
import type { FormValues } from '../form-data.ts';

export const caseloadOptions = {
  needs,
  sexes,
  releaseKinds,
  schoolingLevels,
  skillLevels,
  workTypes,
  caseloadStatuses,
  caseloadSorts,
  settableStatuses,
  closeReasons,
  accountMethods,
};

/** The fields each form sends, by the `intent` of its submit button. */
export const formFields = {
  intake: [
    'fullName',
    'birthDate',
    'sex',
    'ethnicity',
    'phone',
    'communeCode',
    'releaseDate',
    'releaseKind',
    'schoolingLevel',
    'needs',
    'availableFrom',
  ],
  details: [
    'fullName',
    'birthDate',
    'sex',
    'ethnicity',
    'phone',
    'communeCode',
    'releaseDate',
    'releaseKind',
    'schoolingLevel',
    'latitude',
    'longitude',
    'status',
    'closeReason',
    'closedOn',
    'movedOn',
  ],
  wishes: ['needs', 'availableFrom', 'occupationWishes', 'workTypes', 'wageFloor', 'maxTravelKm', 'willingToMove'],
  ownWishes: ['occupationWishes', 'workTypes', 'wageFloor', 'maxTravelKm', 'willingToMove'],
} as const;

/** Checkbox groups and checkboxes: not posted when nothing is ticked, which here means "none"/"no". */
const unticked: Record<string, string> = { needs: '', workTypes: '', willingToMove: 'off' };

export function pick(values: FormValues, names: readonly string[]) {
  const out: Record<string, string> = {};
  for (const name of names) {
    if (name in values) out[name] = values[name];
    else if (name in unticked) out[name] = unticked[name];
  }
  return out;
}

/** The rows of a repeated group ("skills.0.code", "skills.0.level", …) that have their key field filled. */
export function rows(values: FormValues, prefix: string, names: readonly string[], filled: (row: Record<string, string>) => boolean) {
  const indices = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match) indices.add(Number(match[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((i) => Object.fromEntries(names.map((n) => [n, (values[`${prefix}.${i}.${n}`] ?? '').trim()])))
    .filter(filled);
}

/** Rows renumbered from 0 as the service saw them, so messages ("skills.1.level") land on the right row. */
export function rowValues(prefix: string, list: Record<string, string>[]): FormValues {
  const out: FormValues = {};
  list.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) out[`${prefix}.${i}.${name}`] = value;
  });
  return out;
}

export const skillRows = (values: FormValues) => rows(values, 'skills', ['code', 'level'], (r) => r.code !== '');
export const certificateRows = (values: FormValues) =>
  rows(values, 'certificates', ['name', 'issuer', 'year'], (r) => Object.values(r).some(Boolean));
export const historyRows = (values: FormValues) =>
  rows(values, 'workHistory', ['description', 'occupationCode', 'months'], (r) => Object.values(r).some(Boolean));

/** A list row for the service: empty strings mean "not given". */
export function withoutBlanks(row: Record<string, string>) {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
}

/** Form values showing a stored profile. */
export function profileValues(p: ReturneeProfile): FormValues {
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    fullName: p.fullName,
    birthDate: s(p.birthDate),
    sex: s(p.sex),
    ethnicity: s(p.ethnicity),
    phone: s(p.phone),
    communeCode: s(p.communeCode),
    releaseDate: s(p.releaseDate),
    releaseKind: s(p.releaseKind),
    schoolingLevel: s(p.schoolingLevel),
    latitude: s(p.latitude),
    longitude: s(p.longitude),
    status: p.status,
    needs: p.needs.join(','),
    availableFrom: s(p.availableFrom),
    occupationWishes: p.wishes.occupations.map((o) => o.code).join(','),
    workTypes: p.wishes.workTypes.join(','),
    wageFloor: s(p.wishes.wageFloor),
    maxTravelKm: s(p.wishes.maxTravelKm),
    willingToMove: p.wishes.willingToMove ? 'on' : '',
    ...rowValues(
      'skills',
      p.skills.map((k) => ({ code: k.code, level: k.level })),
    ),
    ...rowValues(
      'certificates',
      p.certificates.map((c) => ({ name: c.name, issuer: s(c.issuer), year: s(c.year) })),
    ),
    ...rowValues(
      'workHistory',
      p.workHistory.map((h) => ({ description: h.description, occupationCode: h.occupation?.code ?? '', months: s(h.months) })),
    ),
  };
}

export type ProfileIntent = 'details' | 'experience' | 'wishes' | 'ownSkills' | 'ownWishes';

/**
 * The change one profile form asks for, and the values to show again if it is refused (list rows
 * renumbered the way the service numbers them).
 */
export function patchFromForm(intent: ProfileIntent, values: FormValues): { input: Record<string, unknown>; shown: FormValues } {
  switch (intent) {
    case 'details':
      return { input: pick(values, formFields.details), shown: values };
    case 'wishes':
      return { input: pick(values, formFields.wishes), shown: values };
    case 'ownWishes':
      return { input: pick(values, formFields.ownWishes), shown: values };
    case 'ownSkills':
    case 'experience': {
      const skills = skillRows(values);
      const certificates = intent === 'experience' ? certificateRows(values) : [];
      const workHistory = intent === 'experience' ? historyRows(values) : [];
      const input: Record<string, unknown> = { skills: skills.map(withoutBlanks) };
      if (intent === 'experience') {
        input.certificates = certificates.map(withoutBlanks);
        input.workHistory = workHistory.map(withoutBlanks);
      }
      return {
        input,
        shown: { ...rowValues('skills', skills), ...rowValues('certificates', certificates), ...rowValues('workHistory', workHistory) },
      };
    }
  }
}
