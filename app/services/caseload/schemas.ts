// Input shapes of the caseload (zod, messages as keys), the same for a page's form and the API:
// intake, a counsellor's change, the person's own change, consent, notes, the person's sign-in and
// the caseload filter. There is no field for offences: input objects refuse any key they do not
// know, so such data cannot even arrive; rules between fields are checked on the record as a whole.
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import { needs, releaseKinds, schoolingLevels, sexes, skillLevels, workTypes } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import {
  calendarDate,
  effectiveOnField,
  codeList,
  flag,
  optionalDate,
  optionalEnum,
  optionalNumber,
  optionalText,
  optionalWholeNumber,
  phoneField,
  requiredText,
  text,
  withRules,
  type FieldIssue,
} from '../fields.ts';
import { findPastLabel } from '../neutral-words.ts';
import {
  accountMethods,
  ageOn,
  caseloadSorts,
  caseloadStatuses,
  closeReasons,
  maxAge,
  minAge,
  preReleaseMaxDays,
  settableStatuses,
} from './rules.ts';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/**
 * An object that keeps only the keys it declares and refuses any other one with a message on that
 * key (e.g. "offence"), reported together with the other fields' messages — and with those of the
 * `rules` between its fields (which must run before the transform below: zod stops at it).
 */
function closedObject<S extends z.ZodRawShape>(shape: S, rules: (value: Partial<z.output<z.ZodObject<S>>>) => FieldIssue[] = () => []) {
  const known = new Set(Object.keys(shape));
  return (
    withRules(z.looseObject(shape, { error: 'validation.invalid' }), rules)
      .check(
        z.superRefine(
          (value, ctx) => {
            if (typeof value !== 'object' || value === null) return;
            for (const key of Object.keys(value)) {
              if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'caseload.validation.unknownField' });
            }
          },
          { when: () => true },
        ),
      )
      // Documented as closed (the refusal above is what enforces it).
      .meta({ additionalProperties: false })
      .transform((value) => Object.fromEntries(Object.entries(value).filter(([key]) => known.has(key))) as z.output<z.ZodObject<S>>)
  );
}

function requiredDate(key: MessageKey) {
  return z.preprocess(blankToUndefined, calendarDate(key));
}

/** A set of enum values from a JSON array or a form's comma-joined checkboxes; repeats dropped. */
function enumList<const T extends readonly [string, ...string[]]>(values: T, key: MessageKey) {
  return z.preprocess(
    (v) =>
      v === undefined || v === null || v === ''
        ? []
        : typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
    z
      .array(z.enum(values, { error: key }), { error: key })
      .max(values.length * 2, key)
      .transform((list) => [...new Set(list)]),
  );
}

const skillItem = closedObject({
  code: z
    .string({ error: 'validation.skills.invalid' })
    .trim()
    .regex(/^[a-z0-9-]{2,60}$/, 'validation.skills.invalid'),
  level: z.enum(skillLevels, { error: 'caseload.validation.skillLevel' }),
});

const certificateItem = closedObject(
  {
    name: requiredText(2, 150, 'caseload.validation.certificateName'),
    issuer: optionalText(150, 'caseload.validation.certificateIssuer'),
    year: optionalWholeNumber(1950, 2100, 'caseload.validation.certificateYear'),
  },
  (c) => [
    // The name appears on anonymised cards employers read; where it was earned goes in `issuer`.
    ...(c.name && findPastLabel(c.name) ? [{ path: 'name', message: 'caseload.validation.certificatePastLabel' as const }] : []),
    ...(c.year !== undefined && c.year > Number(vietnamDate().slice(0, 4))
      ? [{ path: 'year', message: 'caseload.validation.certificateYear' as const }]
      : []),
  ],
);

const historyItem = closedObject({
  description: requiredText(2, 500, 'caseload.validation.historyDescription'),
  occupationCode: z.preprocess(
    blankToUndefined,
    z.string({ error: 'validation.occupation.unknown' }).trim().max(60, 'validation.occupation.unknown').optional(),
  ),
  months: optionalWholeNumber(1, 600, 'caseload.validation.historyMonths'),
});

const skillList = z
  .array(skillItem, { error: 'validation.skills.invalid' })
  .max(30, 'caseload.validation.tooMany')
  .check(
    // A skill named twice is marked even while another row has its own mistake.
    z.superRefine(
      (list, ctx) => {
        if (!Array.isArray(list)) return;
        const seen = new Set<string>();
        list.forEach((s: unknown, i) => {
          const code = typeof s === 'object' && s !== null && 'code' in s && typeof s.code === 'string' ? s.code.trim() : null;
          if (code === null) return;
          if (seen.has(code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'caseload.validation.skillTwice' });
          seen.add(code);
        });
      },
      { when: () => true },
    ),
  );
const certificateList = z.array(certificateItem, { error: 'caseload.validation.certificateName' }).max(20, 'caseload.validation.tooMany');
const historyList = z.array(historyItem, { error: 'caseload.validation.historyDescription' }).max(20, 'caseload.validation.tooMany');

/** Every field of a record, each demanding a value; intake, change and the person's own change pick from it. */
const fields = {
  fullName: requiredText(2, 120, 'caseload.validation.fullName'),
  birthDate: requiredDate('caseload.validation.birthDate'),
  sex: z.preprocess(blankToUndefined, z.enum(sexes, { error: 'caseload.validation.sex' })),
  ethnicity: optionalText(50, 'caseload.validation.ethnicity'),
  phone: z.preprocess(blankToUndefined, phoneField('validation.phone.invalid').optional()),
  communeCode: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'caseload.validation.commune' })
      .trim()
      .regex(/^\d{5}$/, 'caseload.validation.commune'),
  ),
  releaseDate: requiredDate('caseload.validation.releaseDate'),
  releaseKind: z.preprocess(blankToUndefined, z.enum(releaseKinds, { error: 'caseload.validation.releaseKind' })),
  schoolingLevel: optionalEnum(schoolingLevels, 'validation.schooling.invalid'),
  needs: enumList(needs, 'caseload.validation.needs'),
  availableFrom: optionalDate,
  latitude: optionalNumber(8, 24, 'validation.geo.lat'),
  longitude: optionalNumber(102, 110, 'validation.geo.lng'),
  skills: skillList,
  certificates: certificateList,
  workHistory: historyList,
  occupationWishes: codeList(10, 'validation.occupation.unknown'),
  workTypes: enumList(workTypes, 'validation.workType.invalid'),
  /** VND per month; a figure typed in millions ("6") is refused with a hint. */
  wageFloor: optionalWholeNumber(1_000_000, 200_000_000, 'caseload.validation.wageFloor'),
  maxTravelKm: optionalWholeNumber(1, 1000, 'caseload.validation.maxTravelKm'),
  willingToMove: flag,
};

/** A record's fields as a change would leave them (a value, null for cleared, or absent). */
export type Fields = { [K in keyof typeof fields]?: z.output<(typeof fields)[K]> | null };
export type FieldName = keyof typeof fields;
type Issue = { path: string; message: MessageKey; involves: (keyof typeof fields)[] };

/** Rules between fields, on a record as it would be after the change. */
export function recordIssues(v: Fields, today = vietnamDate()): Issue[] {
  const issues: Issue[] = [];
  if (v.birthDate) {
    const age = ageOn(v.birthDate, today);
    if (age < minAge || age > maxAge) issues.push({ path: 'birthDate', message: 'caseload.validation.age', involves: ['birthDate'] });
  }
  if (v.releaseDate) {
    if (v.releaseDate > vietnamDate(preReleaseMaxDays)) {
      issues.push({ path: 'releaseDate', message: 'caseload.validation.releaseTooFar', involves: ['releaseDate'] });
    } else if (v.birthDate && v.releaseDate <= v.birthDate) {
      issues.push({ path: 'releaseDate', message: 'caseload.validation.releaseBeforeBirth', involves: ['releaseDate', 'birthDate'] });
    }
  }
  if (v.availableFrom) {
    if (v.releaseDate && v.availableFrom < v.releaseDate) {
      issues.push({
        path: 'availableFrom',
        message: 'caseload.validation.availableBeforeRelease',
        involves: ['availableFrom', 'releaseDate'],
      });
    } else if (v.availableFrom > vietnamDate(730)) {
      issues.push({ path: 'availableFrom', message: 'caseload.validation.availableTooFar', involves: ['availableFrom'] });
    }
  }
  if ((v.latitude == null) !== (v.longitude == null)) {
    issues.push({
      path: v.latitude == null ? 'latitude' : 'longitude',
      message: 'validation.geo.both',
      involves: ['latitude', 'longitude'],
    });
  }
  return issues;
}

/** Intake: who the person is, where they live, when they return and what they ask for. */
export const intakeSchema = closedObject(
  {
    fullName: fields.fullName,
    birthDate: fields.birthDate,
    sex: fields.sex,
    ethnicity: fields.ethnicity,
    phone: fields.phone,
    communeCode: fields.communeCode.describe('A commune of the counsellor’s province'),
    releaseDate: fields.releaseDate.describe(`Release date; a future date at most ${preReleaseMaxDays} days ahead (pre-release intake)`),
    releaseKind: fields.releaseKind,
    schoolingLevel: fields.schoolingLevel,
    needs: fields.needs,
    availableFrom: fields.availableFrom,
    confirmSharedPhone: flag.describe('Go on although another person’s record has the same phone (after being told who looks after it)'),
  },
  (value) => recordIssues(value),
);
export type IntakeInput = z.output<typeof intakeSchema>;

/**
 * A record opened at a fair's door for someone who came with no ticket (a walk-in): the name is all
 * a record needs; phone, birth date, sex and commune as the person gives them (no question about
 * the past at the door). The same fields and rules as an intake; a counsellor completes it later.
 */
export const walkInRecordFields = {
  fullName: fields.fullName,
  phone: fields.phone,
  birthDate: z.preprocess(blankToUndefined, fields.birthDate.optional()),
  sex: z.preprocess(blankToUndefined, fields.sex.optional()),
  communeCode: z.preprocess(blankToUndefined, fields.communeCode.optional().describe('A commune of the fair’s province')),
  confirmSharedPhone: flag.describe('Go on although another person’s record has the same phone (after being told who looks after it)'),
};

/** A change: left out keeps, null (or an empty form field) clears; lists are replaced whole. */
function clearable<T extends z.ZodType>(field: T) {
  return z.preprocess((v) => (v === '' ? null : v), field.nullable()).optional();
}

const wishPatch = {
  skills: clearable(fields.skills),
  occupationWishes: clearable(fields.occupationWishes),
  workTypes: clearable(fields.workTypes),
  wageFloor: clearable(fields.wageFloor),
  maxTravelKm: clearable(fields.maxTravelKm),
  willingToMove: fields.willingToMove.optional(),
};

/**
 * The rules between fields that a change decides by itself (every field they involve is in it), so
 * they come with the fields' own messages; the command checks the merged record for the rest.
 */
function patchIssues(patch: Fields) {
  return recordIssues(patch).filter((issue) => issue.involves.every((key) => patch[key] != null));
}

/** What a counsellor may change; the fields an intake requires cannot be cleared, only corrected. */
export const profilePatchSchema = closedObject(
  {
    fullName: fields.fullName.optional(),
    birthDate: fields.birthDate.optional(),
    sex: fields.sex.optional(),
    ethnicity: clearable(fields.ethnicity),
    phone: clearable(fields.phone),
    communeCode: fields.communeCode.optional(),
    releaseDate: fields.releaseDate.optional(),
    releaseKind: fields.releaseKind.optional(),
    schoolingLevel: clearable(fields.schoolingLevel),
    needs: clearable(fields.needs),
    availableFrom: clearable(fields.availableFrom),
    latitude: clearable(fields.latitude),
    longitude: clearable(fields.longitude),
    certificates: clearable(fields.certificates),
    workHistory: clearable(fields.workHistory),
    ...wishPatch,
    status: z.preprocess(blankToUndefined, z.enum(settableStatuses, { error: 'caseload.validation.status' }).optional()),
    closeReason: optionalEnum(closeReasons, 'caseload.validation.closeReason').describe(
      'Required when closing (status "closed"): why, from the list',
    ),
    closedOn: z
      .preprocess(blankToUndefined, calendarDate('caseload.validation.closedOn').optional())
      .refine((day) => day === undefined || day <= vietnamDate(), 'caseload.validation.closedOnFuture')
      .describe('Required when closing (status "closed"): the day the case ended (not after today)'),
    movedOn: effectiveOnField.describe(
      'With a new commune: the day the person moved there (default today, never after today); ignored when the commune stays',
    ),
  },
  (patch) => [
    ...patchIssues(patch as Fields),
    ...closeIssues(patch),
    ...(patch.movedOn !== undefined && patch.communeCode === undefined
      ? [{ path: 'movedOn', message: 'caseload.validation.movedOnWithoutCommune' as const }]
      : []),
  ],
);

/** Closing asks for its reason and date; they go only with a closing. */
function closeIssues(patch: { status?: string; closeReason?: string; closedOn?: string }): FieldIssue[] {
  const closing = patch.status === 'closed';
  const issues: FieldIssue[] = [];
  for (const key of ['closeReason', 'closedOn'] as const) {
    if (closing && patch[key] === undefined) issues.push({ path: key, message: `caseload.validation.${key}` });
    if (!closing && patch[key] !== undefined) issues.push({ path: key, message: 'caseload.validation.closeOnlyWhenClosing' });
  }
  return issues;
}
export type ProfilePatch = z.output<typeof profilePatchSchema>;

/** What the person may change themself: wishes, skills and the card consent (not name or release data). */
export const ownProfilePatchSchema = closedObject({
  ...wishPatch,
  shareCard: z.boolean({ error: 'caseload.validation.consent' }).optional().describe('Consent to show an anonymised card to employers'),
});
export type OwnProfilePatch = z.output<typeof ownProfilePatchSchema>;

/**
 * A transfer to another province (the person moved there): the receiving province and a commune of
 * it, the day it took effect (default today, never after today) and an optional note for the
 * receiving job centre. The commune is required: the indicators count people where they live.
 */
export const transferSchema = closedObject({
  provinceCode: z
    .preprocess(
      blankToUndefined,
      z
        .string({ error: 'caseload.validation.transferProvince' })
        .trim()
        .regex(/^\d{2}$/, 'validation.province.unknown'),
    )
    .describe('The receiving province (not the person’s present one)'),
  communeCode: z
    .preprocess(
      blankToUndefined,
      z
        .string({ error: 'caseload.validation.transferCommune' })
        .trim()
        .regex(/^\d{5}$/, 'caseload.validation.transferCommune'),
    )
    .describe('A commune or ward of the receiving province'),
  effectiveOn: effectiveOnField.describe('The day the person moved (YYYY-MM-DD; default today, never after today)'),
  note: optionalText(500, 'caseload.validation.transferNote').describe('For the receiving job centre (at most 500 characters)'),
});
export type TransferInput = z.output<typeof transferSchema>;

export const consentSchema = closedObject({
  granted: z.preprocess(
    (v) => (v === 'yes' || v === 'true' ? true : v === 'no' || v === 'false' ? false : v),
    z.boolean({ error: 'caseload.validation.consent' }),
  ),
  effectiveOn: effectiveOnField,
});

export const noteSchema = closedObject({
  contactDate: requiredDate('caseload.validation.contactDate')
    .refine((day) => day <= vietnamDate(), 'caseload.validation.contactDateFuture')
    .refine((day) => day >= vietnamDate(-5 * 366), 'caseload.validation.contactDateOld')
    .describe('The day of the contact (not after today)'),
  text: requiredText(1, 2000, 'caseload.validation.noteText'),
});
export type NoteInput = z.output<typeof noteSchema>;

export const accountSchema = closedObject(
  {
    phone: z.preprocess(blankToUndefined, phoneField('caseload.validation.accountPhone')),
    method: z.preprocess(blankToUndefined, z.enum(accountMethods, { error: 'caseload.validation.accountMethod' })),
    password: z.preprocess(
      blankToUndefined,
      z.string({ error: 'validation.password.tooLong' }).max(200, 'validation.password.tooLong').optional(),
    ),
  },
  (v) => (v.method === 'password' && (v.password ?? '').length < 8 ? [{ path: 'password', message: 'validation.password.tooShort' }] : []),
);
export type AccountInput = z.output<typeof accountSchema>;

export const caseloadFilterSchema = z.object({
  q: z.preprocess(blankToUndefined, text('caseload.validation.search').max(100, 'caseload.validation.search').optional()),
  status: optionalEnum(caseloadStatuses, 'caseload.validation.statusFilter'),
  needs: enumList(needs, 'caseload.validation.needs').describe('Any of these needs (comma-separated)'),
  communeCode: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'caseload.validation.commune')
      .optional(),
  ),
  noContactDays: optionalWholeNumber(1, 3650, 'caseload.validation.days').describe('No contact for at least this many days (or never)'),
  contactedWithinDays: optionalWholeNumber(1, 3650, 'caseload.validation.days').describe('Contacted within this many days'),
  releasedWithinDays: optionalWholeNumber(1, 3650, 'caseload.validation.days').describe('Released in the last N days'),
  sort: optionalEnum(caseloadSorts, 'caseload.validation.sort'),
  page: optionalWholeNumber(1, 10_000, 'validation.page'),
});
export type CaseloadFilter = z.output<typeof caseloadFilterSchema>;
