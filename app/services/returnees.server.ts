// Returnee records (issue 4, DESIGN.md §3): a counsellor's intake, the profile (skills,
// certificates, work history, wishes, needs), consent to share an anonymised card, the caseload
// list, counselling notes, the timeline and the person's own sign-in. There is no field for
// offences: input objects refuse any key they do not know, so such data cannot even arrive.
// Every read and change of a record passes requireReturnee (scope check + staff audit row).
import { randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { translate, type MessageKey } from '#app/i18n/i18n.ts';
import type { Db, DbOrTx } from '#db/client.ts';
import {
  communes,
  consents,
  counsellingNotes,
  needs,
  occupations,
  provinces,
  releaseKinds,
  returneeCertificates,
  returneeOccupationWishes,
  returneeSkills,
  returneeWorkHistory,
  returnees,
  schoolingLevels,
  sexes,
  skillLevels,
  skills,
  users,
  workTypes,
  type Returnee,
  type User,
} from '#db/schema.ts';
import { foldVietnamese, foldedSql } from '#lib/fold.ts';
import { audit } from './audit.server.ts';
import { normalizePhone } from './auth.server.ts';
import { recordCaseEvent, touchLastContact } from './case-events.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors.server.ts';
import { codeList, flag, optionalDate, optionalEnum, optionalNumber, optionalText, optionalWholeNumber, requiredText } from './fields.ts';
import { findPastLabel } from './neutral-words.ts';
import { timelineOf } from './pipeline/timeline.server.ts';
import { assertPermission } from './permissions.ts';
import { counsellorProvince, requireReturnee, type ReturneeAccess } from './returnee-access.server.ts';
import { createAccount } from './users.server.ts';

// ── Rules ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Pre-release intake: the release date may lie in the future by at most 92 days (the longest span
 * of three calendar months), so a profile can be opened 1–3 months before release; any date from
 * today up to then is accepted too. Past release dates have no limit other than the birth date.
 */
export const preReleaseMaxDays = 92;
/** A working-age person: 16 to 80 years old on the day of intake or change. */
export const minAge = 16;
export const maxAge = 80;
export const caseloadPageSize = 20;
/** The caseload's status filter: pre_release is an active case whose release date is after today. */
export const caseloadStatuses = ['pre_release', 'active', 'placed', 'closed'] as const;
export type CaseloadStatus = (typeof caseloadStatuses)[number];
export const caseloadSorts = ['name', 'last_contact', 'newest'] as const;
/** The case states a counsellor sets by hand ("placed" comes from a hire in the pipeline). */
export const settableStatuses = ['active', 'closed'] as const;
export const accountMethods = ['password', 'code'] as const;
/** The question put to the person; its Vietnamese text at that moment is stored with each answer. */
export const cardConsentWordingKey = 'caseload.consent.cardWording' satisfies MessageKey;

/** Whole years from `birthDate` to `day` (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, day: string) {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A case shown as the caseload shows it: "active" before the release date reads as pre_release. */
export function caseloadStatusOf(r: Pick<Returnee, 'status' | 'releaseDate'>, today = vietnamDate()): CaseloadStatus {
  return r.status === 'active' && r.releaseDate !== null && r.releaseDate > today ? 'pre_release' : r.status;
}

// ── Input shapes ────────────────────────────────────────────────────────────────────────────────

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/**
 * An object that keeps only the keys it declares and refuses any other one with a message on that
 * key (e.g. "offence"), reported together with the other fields' messages.
 */
function closedObject<S extends z.ZodRawShape>(shape: S) {
  const known = new Set(Object.keys(shape));
  return (
    z
      .looseObject(shape, { error: 'validation.invalid' })
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
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: key })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date.invalid')
      .refine(
        (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        'validation.date.invalid',
      ),
  );
}

function phoneField(key: MessageKey) {
  return z
    .string({ error: key })
    .trim()
    .max(30, 'validation.phone.invalid')
    .transform((value, ctx) => {
      const phone = normalizePhone(value);
      if (!phone) {
        ctx.addIssue({ code: 'custom', message: 'validation.phone.invalid' });
        return z.NEVER;
      }
      return phone;
    });
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

const certificateItem = closedObject({
  name: requiredText(2, 150, 'caseload.validation.certificateName'),
  issuer: optionalText(150, 'caseload.validation.certificateIssuer'),
  year: optionalWholeNumber(1950, 2100, 'caseload.validation.certificateYear'),
}).superRefine((c, ctx) => {
  // The name appears on anonymised cards employers read; where it was earned goes in `issuer`.
  if (findPastLabel(c.name)) ctx.addIssue({ code: 'custom', path: ['name'], message: 'caseload.validation.certificatePastLabel' });
  if (c.year !== undefined && c.year > Number(vietnamDate().slice(0, 4))) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'caseload.validation.certificateYear' });
  }
});

const historyItem = closedObject({
  description: requiredText(2, 500, 'caseload.validation.historyDescription'),
  occupationCode: z.preprocess(blankToUndefined, z.string({ error: 'validation.occupation.unknown' }).trim().max(60).optional()),
  months: optionalWholeNumber(1, 600, 'caseload.validation.historyMonths'),
});

const skillList = z
  .array(skillItem, { error: 'validation.skills.invalid' })
  .max(30, 'caseload.validation.tooMany')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'caseload.validation.skillTwice' });
      seen.add(s.code);
    });
  });
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

type Fields = { [K in keyof typeof fields]?: z.output<(typeof fields)[K]> | null };
type Issue = { path: string; message: MessageKey; involves: (keyof typeof fields)[] };

/** Rules between fields, on a record as it would be after the change. */
function recordIssues(v: Fields, today = vietnamDate()): Issue[] {
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

function withRecordIssues<T extends z.ZodType<Fields>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    for (const issue of recordIssues(value)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
}

/** Intake: who the person is, where they live, when they return and what they ask for. */
export const intakeSchema = withRecordIssues(
  closedObject({
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
  }),
);
export type IntakeInput = z.output<typeof intakeSchema>;

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

/** What a counsellor may change; the fields an intake requires cannot be cleared, only corrected. */
export const profilePatchSchema = closedObject({
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
});
export type ProfilePatch = z.output<typeof profilePatchSchema>;

/** What the person may change themself: wishes, skills and the card consent (not name or release data). */
export const ownProfilePatchSchema = closedObject({
  ...wishPatch,
  shareCard: z.boolean({ error: 'caseload.validation.consent' }).optional().describe('Consent to show an anonymised card to employers'),
});
export type OwnProfilePatch = z.output<typeof ownProfilePatchSchema>;

export const consentSchema = closedObject({
  granted: z.preprocess(
    (v) => (v === 'yes' || v === 'true' ? true : v === 'no' || v === 'false' ? false : v),
    z.boolean({ error: 'caseload.validation.consent' }),
  ),
});

export const noteSchema = closedObject({
  contactDate: requiredDate('caseload.validation.contactDate').describe('The day of the contact (not after today)'),
  text: requiredText(1, 2000, 'caseload.validation.noteText'),
}).superRefine((v, ctx) => {
  if (v.contactDate > vietnamDate())
    ctx.addIssue({ code: 'custom', path: ['contactDate'], message: 'caseload.validation.contactDateFuture' });
  else if (v.contactDate < vietnamDate(-5 * 366))
    ctx.addIssue({ code: 'custom', path: ['contactDate'], message: 'caseload.validation.contactDateOld' });
});
export type NoteInput = z.output<typeof noteSchema>;

export const accountSchema = closedObject({
  phone: z.preprocess(blankToUndefined, phoneField('caseload.validation.accountPhone')),
  method: z.preprocess(blankToUndefined, z.enum(accountMethods, { error: 'caseload.validation.accountMethod' })),
  password: z.preprocess(blankToUndefined, z.string().max(200, 'validation.password.tooLong').optional()),
}).superRefine((v, ctx) => {
  if (v.method === 'password' && (v.password ?? '').length < 8) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.password.tooShort' });
  }
});
export type AccountInput = z.output<typeof accountSchema>;

export const caseloadFilterSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, 'caseload.validation.search').optional()),
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

/** A query string as an object; repeated names (checkboxes) are joined with commas. */
export function queryValues(url: URL) {
  const values: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) values[name] = url.searchParams.getAll(name).join(',');
  return values;
}

// ── The profile as every reader gets it ─────────────────────────────────────────────────────────

type Named = { code: string; nameVi: string; nameEn: string };

export type ReturneeProfile = {
  id: string;
  fullName: string;
  birthDate: string | null;
  sex: (typeof sexes)[number] | null;
  ethnicity: string | null;
  phone: string | null;
  provinceCode: string;
  provinceName: string;
  communeCode: string | null;
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
  releaseDate: string | null;
  releaseKind: (typeof releaseKinds)[number] | null;
  /** Release date after today. */
  preRelease: boolean;
  schoolingLevel: (typeof schoolingLevels)[number] | null;
  status: Returnee['status'];
  caseloadStatus: CaseloadStatus;
  needs: (typeof needs)[number][];
  availableFrom: string | null;
  skills: (Named & { level: (typeof skillLevels)[number] })[];
  certificates: { id: string; name: string; issuer: string | null; year: number | null }[];
  workHistory: { id: string; description: string; occupation: Named | null; months: number | null }[];
  wishes: {
    occupations: Named[];
    workTypes: (typeof workTypes)[number][];
    /** VND per month. */
    wageFloor: number | null;
    maxTravelKm: number | null;
    willingToMove: boolean;
  };
  shareCard: boolean;
  /** The latest card consent answer: when and who recorded it, with the wording shown. */
  cardConsent: { granted: boolean; at: string; recordedBy: string | null; wording: string } | null;
  counsellor: { id: string; fullName: string } | null;
  /** The person's own sign-in, once created. */
  account: { phone: string | null } | null;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * Full profiles of `ids` (unknown ids are left out). No access check and no audit: callers pass
 * ids already cleared by requireReturnee (or use getReturneeProfile), e.g. matching over a caseload.
 */
export async function loadProfiles(db: DbOrTx, ids: string[]): Promise<Map<string, ReturneeProfile>> {
  const result = new Map<string, ReturneeProfile>();
  if (ids.length === 0) return result;
  const counsellor = alias(users, 'counsellor');
  const account = alias(users, 'account');
  const [people, skillRows, wishRows, certificateRows, historyRows, consentRows] = await Promise.all([
    db
      .select({
        r: returnees,
        provinceName: provinces.name,
        communeName: communes.name,
        counsellorName: counsellor.fullName,
        accountPhone: account.phone,
      })
      .from(returnees)
      .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .leftJoin(counsellor, eq(counsellor.id, returnees.counsellorId))
      .leftJoin(account, eq(account.id, returnees.userId))
      .where(inArray(returnees.id, ids)),
    db
      .select({
        returneeId: returneeSkills.returneeId,
        code: skills.code,
        nameVi: skills.nameVi,
        nameEn: skills.nameEn,
        level: returneeSkills.level,
      })
      .from(returneeSkills)
      .innerJoin(skills, eq(skills.id, returneeSkills.skillId))
      .where(inArray(returneeSkills.returneeId, ids))
      .orderBy(asc(skills.nameVi)),
    db
      .select({
        returneeId: returneeOccupationWishes.returneeId,
        code: occupations.code,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
      })
      .from(returneeOccupationWishes)
      .innerJoin(occupations, eq(occupations.id, returneeOccupationWishes.occupationId))
      .where(inArray(returneeOccupationWishes.returneeId, ids))
      .orderBy(asc(occupations.nameVi)),
    db
      .select()
      .from(returneeCertificates)
      .where(inArray(returneeCertificates.returneeId, ids))
      .orderBy(desc(sql`coalesce(${returneeCertificates.year}, 0)`), asc(returneeCertificates.name)),
    db
      .select({
        id: returneeWorkHistory.id,
        returneeId: returneeWorkHistory.returneeId,
        description: returneeWorkHistory.description,
        months: returneeWorkHistory.months,
        code: occupations.code,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
      })
      .from(returneeWorkHistory)
      .leftJoin(occupations, eq(occupations.id, returneeWorkHistory.occupationId))
      .where(inArray(returneeWorkHistory.returneeId, ids))
      .orderBy(asc(returneeWorkHistory.description)),
    db
      .selectDistinctOn([consents.returneeId], {
        returneeId: consents.returneeId,
        granted: consents.granted,
        at: consents.at,
        wording: consents.wording,
        recordedBy: users.fullName,
      })
      .from(consents)
      .leftJoin(users, eq(users.id, consents.recordedById))
      .where(and(inArray(consents.returneeId, ids), eq(consents.scope, 'anonymised_card')))
      .orderBy(consents.returneeId, desc(consents.at), desc(consents.id)),
  ]);
  const today = vietnamDate();
  for (const { r, provinceName, communeName, counsellorName, accountPhone } of people) {
    result.set(r.id, {
      id: r.id,
      fullName: r.fullName,
      birthDate: r.birthDate,
      sex: r.sex,
      ethnicity: r.ethnicity,
      phone: r.phone,
      provinceCode: r.provinceCode,
      provinceName,
      communeCode: r.communeCode,
      communeName,
      latitude: r.latitude,
      longitude: r.longitude,
      releaseDate: r.releaseDate,
      releaseKind: r.releaseKind,
      preRelease: r.releaseDate !== null && r.releaseDate > today,
      schoolingLevel: r.schoolingLevel,
      status: r.status,
      caseloadStatus: caseloadStatusOf(r, today),
      needs: r.needs,
      availableFrom: r.availableFrom,
      skills: [],
      certificates: [],
      workHistory: [],
      wishes: {
        occupations: [],
        workTypes: r.wishWorkTypes,
        wageFloor: r.wageFloor,
        maxTravelKm: r.maxTravelKm,
        willingToMove: r.willingToMove,
      },
      shareCard: r.shareCard,
      cardConsent: null,
      counsellor: r.counsellorId && counsellorName ? { id: r.counsellorId, fullName: counsellorName } : null,
      account: r.userId ? { phone: accountPhone } : null,
      lastContactAt: r.lastContactAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  for (const { returneeId, ...skill } of skillRows) result.get(returneeId)?.skills.push(skill);
  for (const { returneeId, ...occupation } of wishRows) result.get(returneeId)?.wishes.occupations.push(occupation);
  for (const { returneeId, id, name, issuer, year } of certificateRows)
    result.get(returneeId)?.certificates.push({ id, name, issuer, year });
  for (const h of historyRows) {
    result.get(h.returneeId)?.workHistory.push({
      id: h.id,
      description: h.description,
      occupation: h.code && h.nameVi && h.nameEn ? { code: h.code, nameVi: h.nameVi, nameEn: h.nameEn } : null,
      months: h.months,
    });
  }
  for (const c of consentRows) {
    const profile = result.get(c.returneeId);
    if (profile) profile.cardConsent = { granted: c.granted, at: c.at.toISOString(), recordedBy: c.recordedBy, wording: c.wording };
  }
  return result;
}

/** One full profile, no access check (see loadProfiles). */
export async function loadProfile(db: DbOrTx, returneeId: string): Promise<ReturneeProfile> {
  const profile = (await loadProfiles(db, [returneeId])).get(returneeId);
  if (!profile) throw new NotFoundError();
  return profile;
}

/** The profile `actor` may read (a counsellor of the province, or the person): audited for staff. */
export async function getReturneeProfile(db: DbOrTx, actor: User, returneeId: string, purpose = 'profile'): Promise<ReturneeProfile> {
  const returnee = await requireReturnee(db, actor, returneeId, 'read', purpose);
  return loadProfile(db, returnee.id);
}

/** The signed-in person's own profile, or null until a counsellor links one to their sign-in. */
export async function getOwnProfile(db: DbOrTx, actor: User): Promise<ReturneeProfile | null> {
  const [own] = await db.select({ id: returnees.id }).from(returnees).where(eq(returnees.userId, actor.id));
  return own ? loadProfile(db, own.id) : null;
}

/** Work only staff do on a record: a returnee gets 404 for another's record and 403 for their own. */
async function requireStaff(db: DbOrTx, actor: User, returneeId: string, access: ReturneeAccess, purpose: string) {
  if (actor.role === 'returnee') {
    await requireReturnee(db, actor, returneeId, 'read', purpose);
    throw new ForbiddenError(`${access}:returnee:province`);
  }
  return requireReturnee(db, actor, returneeId, access, purpose);
}

/** Locks the record for the rest of the transaction, so concurrent changes apply one after another. */
async function lockReturnee(tx: DbOrTx, returneeId: string) {
  const [row] = await tx.select().from(returnees).where(eq(returnees.id, returneeId)).for('update');
  if (!row) throw new NotFoundError();
  return row;
}

/** The counsellor's province and its communes, for the intake and profile forms. */
export async function counsellorPlace(db: DbOrTx, actor: User) {
  const provinceCode = counsellorProvince(actor);
  const [[province], communeList] = await Promise.all([
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
    db
      .select({ code: communes.code, name: communes.name })
      .from(communes)
      .where(eq(communes.provinceCode, provinceCode))
      .orderBy(asc(communes.name)),
  ]);
  return { provinceCode, provinceName: province?.name ?? provinceCode, communes: communeList };
}

// ── Intake ──────────────────────────────────────────────────────────────────────────────────────

/** Opens a record in the counsellor's own province; the counsellor becomes the person's counsellor. */
export async function createReturnee(db: Db, actor: User, input: IntakeInput): Promise<Returnee> {
  assertPermission(actor, 'create:returnee:province');
  const provinceCode = counsellorProvince(actor);
  await checkCommune(db, provinceCode, input.communeCode);
  return db.transaction(async (tx) => {
    const [returnee] = await tx
      .insert(returnees)
      .values({
        fullName: input.fullName,
        birthDate: input.birthDate,
        sex: input.sex,
        ethnicity: input.ethnicity ?? null,
        phone: input.phone ?? null,
        provinceCode,
        communeCode: input.communeCode,
        releaseDate: input.releaseDate,
        releaseKind: input.releaseKind,
        schoolingLevel: input.schoolingLevel ?? null,
        needs: input.needs,
        availableFrom: input.availableFrom ?? null,
        counsellorId: actor.id,
      })
      .returning();
    const preRelease = input.releaseDate > vietnamDate();
    // The timeline reads "timeline.intake.<toStatus>": a pre-release intake says so.
    await recordCaseEvent(tx, {
      returneeId: returnee.id,
      actorUserId: actor.id,
      kind: 'intake',
      toStatus: preRelease ? 'pre_release' : 'active',
      details: { preRelease },
    });
    await audit(tx, {
      actorUserId: actor.id,
      action: 'create',
      entityType: 'returnee',
      entityId: returnee.id,
      reason: 'intake',
      details: { preRelease },
    });
    return returnee;
  });
}

async function checkCommune(db: DbOrTx, provinceCode: string, communeCode: string) {
  const [commune] = await db
    .select({ code: communes.code })
    .from(communes)
    .where(and(eq(communes.code, communeCode), eq(communes.provinceCode, provinceCode)));
  if (!commune) throw new InputError({ communeCode: 'caseload.validation.communeNotInProvince' });
}

// ── Profile changes ─────────────────────────────────────────────────────────────────────────────

const scalarKeys = [
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
  'latitude',
  'longitude',
  'wageFloor',
  'maxTravelKm',
  'willingToMove',
] as const satisfies readonly (keyof typeof fields)[];

type AnyPatch = Omit<ProfilePatch, 'status'> & { status?: ProfilePatch['status'] };

function storedFields(r: Returnee): Fields {
  return {
    fullName: r.fullName,
    birthDate: r.birthDate,
    sex: r.sex,
    ethnicity: r.ethnicity,
    phone: r.phone,
    communeCode: r.communeCode,
    releaseDate: r.releaseDate,
    releaseKind: r.releaseKind,
    schoolingLevel: r.schoolingLevel,
    needs: r.needs,
    availableFrom: r.availableFrom,
    latitude: r.latitude,
    longitude: r.longitude,
    wageFloor: r.wageFloor,
    maxTravelKm: r.maxTravelKm,
    willingToMove: r.willingToMove,
  };
}

/** Codes to ids for the lists in a change; every unknown code is reported at its place in the list. */
async function resolveCodes(db: DbOrTx, patch: AnyPatch) {
  const errors: Record<string, MessageKey> = {};
  const skillCodes = patch.skills?.map((s) => s.code) ?? [];
  const occupationCodes = [
    ...(patch.occupationWishes ?? []),
    ...(patch.workHistory ?? []).flatMap((h) => (h.occupationCode ? [h.occupationCode] : [])),
  ];
  const [skillRows, occupationRows] = await Promise.all([
    skillCodes.length ? db.select({ id: skills.id, code: skills.code }).from(skills).where(inArray(skills.code, skillCodes)) : [],
    occupationCodes.length
      ? db.select({ id: occupations.id, code: occupations.code }).from(occupations).where(inArray(occupations.code, occupationCodes))
      : [],
  ]);
  const skillIds = new Map(skillRows.map((s) => [s.code, s.id]));
  const occupationIds = new Map(occupationRows.map((o) => [o.code, o.id]));
  patch.skills?.forEach((s, i) => {
    if (!skillIds.has(s.code)) errors[`skills.${i}.code`] = 'validation.skills.invalid';
  });
  patch.occupationWishes?.forEach((code, i) => {
    if (!occupationIds.has(code)) errors[`occupationWishes.${i}`] = 'validation.occupation.unknown';
  });
  patch.workHistory?.forEach((h, i) => {
    if (h.occupationCode && !occupationIds.has(h.occupationCode))
      errors[`workHistory.${i}.occupationCode`] = 'validation.occupation.unknown';
  });
  return { errors, skillIds, occupationIds };
}

const statusMoves: Record<Returnee['status'], readonly Returnee['status'][]> = {
  active: ['closed'],
  placed: ['closed'],
  closed: ['active'],
};

/**
 * Applies a change inside the caller's transaction (record already cleared and locked): scalar
 * fields are merged with the stored record and the rules between fields checked on the result;
 * the lists given are replaced whole. Returns the names of the fields given.
 */
async function applyPatch(tx: DbOrTx, actor: User, stored: Returnee, patch: AnyPatch) {
  const given = Object.keys(patch).filter((k) => patch[k as keyof AnyPatch] !== undefined) as (keyof AnyPatch)[];
  const merged: Fields = { ...storedFields(stored) };
  for (const key of scalarKeys) if (patch[key] !== undefined) Object.assign(merged, { [key]: patch[key] });
  const errors: Record<string, MessageKey> = {};
  for (const issue of recordIssues(merged)) {
    if (issue.involves.some((k) => given.includes(k as keyof AnyPatch))) errors[issue.path] ??= issue.message;
  }
  if (patch.communeCode && patch.communeCode !== stored.communeCode) {
    await checkCommune(tx, stored.provinceCode, patch.communeCode).catch((e: unknown) => {
      if (e instanceof InputError) Object.assign(errors, e.fields);
      else throw e;
    });
  }
  const codes = await resolveCodes(tx, patch);
  Object.assign(errors, codes.errors);
  if (Object.keys(errors).length) throw new InputError(errors);
  if (patch.status && patch.status !== stored.status && !statusMoves[stored.status].includes(patch.status)) {
    throw new ConflictError('caseload.status.transition');
  }

  const columns: Partial<typeof returnees.$inferInsert> = {};
  for (const key of scalarKeys) {
    const value = patch[key];
    if (value === undefined) continue;
    Object.assign(columns, { [key]: key === 'needs' ? (value ?? []) : value });
  }
  if (patch.workTypes !== undefined) columns.wishWorkTypes = patch.workTypes ?? [];
  if (patch.status) columns.status = patch.status;
  if (Object.keys(columns).length) await tx.update(returnees).set(columns).where(eq(returnees.id, stored.id));
  else await tx.update(returnees).set({ updatedAt: new Date() }).where(eq(returnees.id, stored.id));

  const id = stored.id;
  if (patch.skills !== undefined) {
    await tx.delete(returneeSkills).where(eq(returneeSkills.returneeId, id));
    const rows = (patch.skills ?? []).map((s) => ({ returneeId: id, skillId: codes.skillIds.get(s.code)!, level: s.level }));
    if (rows.length) await tx.insert(returneeSkills).values(rows);
  }
  if (patch.occupationWishes !== undefined) {
    await tx.delete(returneeOccupationWishes).where(eq(returneeOccupationWishes.returneeId, id));
    const occupationIds = [...new Set((patch.occupationWishes ?? []).map((code) => codes.occupationIds.get(code)!))];
    if (occupationIds.length)
      await tx.insert(returneeOccupationWishes).values(occupationIds.map((occupationId) => ({ returneeId: id, occupationId })));
  }
  if (patch.certificates !== undefined) {
    await tx.delete(returneeCertificates).where(eq(returneeCertificates.returneeId, id));
    const rows = (patch.certificates ?? []).map((c) => ({ returneeId: id, name: c.name, issuer: c.issuer ?? null, year: c.year ?? null }));
    if (rows.length) await tx.insert(returneeCertificates).values(rows);
  }
  if (patch.workHistory !== undefined) {
    await tx.delete(returneeWorkHistory).where(eq(returneeWorkHistory.returneeId, id));
    const rows = (patch.workHistory ?? []).map((h) => ({
      returneeId: id,
      description: h.description,
      occupationId: h.occupationCode ? codes.occupationIds.get(h.occupationCode)! : null,
      months: h.months ?? null,
    }));
    if (rows.length) await tx.insert(returneeWorkHistory).values(rows);
  }

  const changed = given.filter((k) => k !== 'status');
  if (changed.length) {
    await recordCaseEvent(tx, { returneeId: id, actorUserId: actor.id, kind: 'profile', details: { fields: changed } });
  }
  if (patch.status && patch.status !== stored.status) {
    await recordCaseEvent(tx, {
      returneeId: id,
      actorUserId: actor.id,
      kind: 'case.status',
      fromStatus: stored.status,
      toStatus: patch.status,
    });
  }
  return given;
}

/** A counsellor's change to a record of their province (audited 'update' with the fields named). */
export async function updateReturneeProfile(db: Db, actor: User, returneeId: string, patch: ProfilePatch): Promise<ReturneeProfile> {
  const fieldNames = Object.keys(patch).filter((k) => patch[k as keyof ProfilePatch] !== undefined);
  await db.transaction(async (tx) => {
    await requireStaff(tx, actor, returneeId, 'update', `profile: ${fieldNames.join(', ') || 'nothing'}`);
    const stored = await lockReturnee(tx, returneeId);
    await applyPatch(tx, actor, stored, patch);
  });
  return loadProfile(db, returneeId);
}

/** The person's own change: wishes, skills and the card consent. */
export async function updateOwnProfile(db: Db, actor: User, patch: OwnProfilePatch): Promise<ReturneeProfile> {
  const { shareCard, ...rest } = patch;
  const [own] = await db.select({ id: returnees.id }).from(returnees).where(eq(returnees.userId, actor.id));
  if (!own) throw new NotFoundError('caseload.me.notLinked');
  await db.transaction(async (tx) => {
    await requireReturnee(tx, actor, own.id, 'update', 'own profile');
    const stored = await lockReturnee(tx, own.id);
    if (Object.values(rest).some((v) => v !== undefined)) await applyPatch(tx, actor, stored, rest);
    if (shareCard !== undefined && shareCard !== stored.shareCard) await writeCardConsent(tx, actor, stored, shareCard);
  });
  return loadProfile(db, own.id);
}

// ── Consent to an anonymised card ───────────────────────────────────────────────────────────────

async function writeCardConsent(tx: DbOrTx, actor: User, stored: Returnee, granted: boolean) {
  const [consent] = await tx
    .insert(consents)
    .values({
      returneeId: stored.id,
      scope: 'anonymised_card',
      granted,
      wording: translate('vi', cardConsentWordingKey),
      recordedById: actor.id,
    })
    .returning();
  // The card's visibility reads this flag, so a withdrawal hides the card from the next request on.
  await tx.update(returnees).set({ shareCard: granted }).where(eq(returnees.id, stored.id));
  await recordCaseEvent(tx, {
    returneeId: stored.id,
    actorUserId: actor.id,
    kind: 'consent.card',
    subjectId: consent.id,
    fromStatus: stored.shareCard ? 'granted' : 'withdrawn',
    toStatus: granted ? 'granted' : 'withdrawn',
  });
  return consent;
}

/**
 * Records the person's answer (given to the counsellor, or by themself) with who recorded it,
 * when, and the exact wording shown; the current flag changes in the same transaction.
 */
export async function setCardConsent(db: Db, actor: User, returneeId: string, granted: boolean): Promise<ReturneeProfile> {
  await db.transaction(async (tx) => {
    const cleared = await requireReturnee(tx, actor, returneeId, 'update', `consent: anonymised card ${granted ? 'granted' : 'withdrawn'}`);
    const stored = await lockReturnee(tx, cleared.id);
    await writeCardConsent(tx, actor, stored, granted);
  });
  return loadProfile(db, returneeId);
}

// ── Caseload ────────────────────────────────────────────────────────────────────────────────────

export type CaseloadRow = {
  id: string;
  fullName: string;
  phone: string | null;
  communeCode: string | null;
  communeName: string | null;
  status: CaseloadStatus;
  releaseDate: string | null;
  needs: (typeof needs)[number][];
  availableFrom: string | null;
  lastContactAt: string | null;
  shareCard: boolean;
  hasAccount: boolean;
};

const dayMs = 86_400_000;

function caseloadConditions(provinceCode: string, f: CaseloadFilter): SQL[] {
  const today = vietnamDate();
  const conditions: SQL[] = [eq(returnees.provinceCode, provinceCode)];
  if (f.status === 'pre_release') conditions.push(and(eq(returnees.status, 'active'), gt(returnees.releaseDate, today))!);
  else if (f.status === 'active')
    conditions.push(and(eq(returnees.status, 'active'), or(isNull(returnees.releaseDate), lte(returnees.releaseDate, today)))!);
  else if (f.status) conditions.push(eq(returnees.status, f.status));
  if (f.needs.length)
    conditions.push(
      sql`${returnees.needs} && array[${sql.join(
        f.needs.map((n) => sql`${n}`),
        sql`, `,
      )}]::need[]`,
    );
  if (f.communeCode) conditions.push(eq(returnees.communeCode, f.communeCode));
  if (f.noContactDays) {
    conditions.push(or(isNull(returnees.lastContactAt), lt(returnees.lastContactAt, new Date(Date.now() - f.noContactDays * dayMs)))!);
  }
  if (f.contactedWithinDays) conditions.push(gte(returnees.lastContactAt, new Date(Date.now() - f.contactedWithinDays * dayMs)));
  if (f.releasedWithinDays) {
    conditions.push(and(gte(returnees.releaseDate, vietnamDate(-f.releasedWithinDays)), lte(returnees.releaseDate, today))!);
  }
  if (f.q) {
    const words = foldVietnamese(f.q)
      .replace(/[%_\\]/g, ' ')
      .trim();
    const digits = f.q.replace(/\D/g, '');
    const byName = words ? sql`${foldedSql(sql`${returnees.fullName}`)} like ${`%${words.replace(/\s+/g, '%')}%`}` : undefined;
    const byPhone = digits.length >= 3 ? sql`${returnees.phone} like ${`%${digits}%`}` : undefined;
    conditions.push(or(byName, byPhone) ?? sql`false`);
  }
  return conditions;
}

/** One page of the counsellor's province's caseload; the viewing is audited with the ids shown. */
export async function listCaseload(db: DbOrTx, actor: User, filter: CaseloadFilter) {
  const provinceCode = counsellorProvince(actor);
  const page = filter.page ?? 1;
  const where = and(...caseloadConditions(provinceCode, filter));
  const order =
    filter.sort === 'last_contact'
      ? [sql`${returnees.lastContactAt} asc nulls first`, asc(returnees.fullName), asc(returnees.id)]
      : filter.sort === 'newest'
        ? [desc(returnees.createdAt), asc(returnees.id)]
        : [asc(returnees.fullName), asc(returnees.id)];
  const [rows, [{ total }], [province]] = await Promise.all([
    db
      .select({ r: returnees, communeName: communes.name })
      .from(returnees)
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .where(where)
      .orderBy(...order)
      .limit(caseloadPageSize)
      .offset((page - 1) * caseloadPageSize),
    db.select({ total: count() }).from(returnees).where(where),
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
  ]);
  const today = vietnamDate();
  const list: CaseloadRow[] = rows.map(({ r, communeName }) => ({
    id: r.id,
    fullName: r.fullName,
    phone: r.phone,
    communeCode: r.communeCode,
    communeName,
    status: caseloadStatusOf(r, today),
    releaseDate: r.releaseDate,
    needs: r.needs,
    availableFrom: r.availableFrom,
    lastContactAt: r.lastContactAt?.toISOString() ?? null,
    shareCard: r.shareCard,
    hasAccount: r.userId !== null,
  }));
  const { page: _page, ...criteria } = filter;
  await audit(db, {
    actorUserId: actor.id,
    action: 'list',
    entityType: 'returnee',
    reason: 'caseload',
    details: { filter: { ...criteria, page }, ids: list.map((r) => r.id) },
  });
  return {
    provinceName: province?.name ?? provinceCode,
    rows: list,
    total,
    page,
    perPage: caseloadPageSize,
    pages: Math.max(1, Math.ceil(total / caseloadPageSize)),
  };
}

// ── Counselling notes ───────────────────────────────────────────────────────────────────────────

export type CounsellingNote = { id: string; contactDate: string; text: string; author: string | null; createdAt: string };

async function notesOf(db: DbOrTx, returneeId: string): Promise<CounsellingNote[]> {
  const rows = await db
    .select({ n: counsellingNotes, author: users.fullName })
    .from(counsellingNotes)
    .leftJoin(users, eq(users.id, counsellingNotes.authorId))
    .where(eq(counsellingNotes.returneeId, returneeId))
    .orderBy(desc(counsellingNotes.contactDate), desc(counsellingNotes.createdAt))
    .limit(500);
  return rows.map(({ n, author }) => ({
    id: n.id,
    contactDate: n.contactDate,
    text: n.text,
    author,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** The notes on a person, newest contact first (staff only). */
export async function listNotes(db: DbOrTx, actor: User, returneeId: string) {
  const returnee = await requireStaff(db, actor, returneeId, 'read', 'counselling notes');
  return notesOf(db, returnee.id);
}

/** A dated counselling contact: moves "last contact" forward and goes on the timeline. */
export async function addNote(db: Db, actor: User, returneeId: string, input: NoteInput): Promise<CounsellingNote> {
  return db.transaction(async (tx) => {
    await requireStaff(tx, actor, returneeId, 'update', 'counselling note');
    const stored = await lockReturnee(tx, returneeId);
    const [note] = await tx
      .insert(counsellingNotes)
      .values({ returneeId, authorId: actor.id, contactDate: input.contactDate, text: input.text })
      .returning();
    // A contact today counts from now; one entered later for an earlier day, from noon that day.
    const at = input.contactDate === vietnamDate() ? new Date() : new Date(`${input.contactDate}T12:00:00+07:00`);
    if (!stored.lastContactAt || stored.lastContactAt < at) await touchLastContact(tx, returneeId, at);
    // Dated at the contact, so the timeline and the "counselled" indicator count it on the right day.
    await recordCaseEvent(tx, {
      returneeId,
      actorUserId: actor.id,
      kind: 'note',
      subjectId: note.id,
      details: { contactDate: input.contactDate },
      at,
    });
    return { id: note.id, contactDate: note.contactDate, text: note.text, author: actor.fullName, createdAt: note.createdAt.toISOString() };
  });
}

/** What the counsellor's page of one person shows (profile, notes, timeline), read and audited once. */
export async function getCaseFile(db: Db, actor: User, returneeId: string) {
  const returnee = await requireStaff(db, actor, returneeId, 'read', 'case file');
  const [profile, notes, timeline] = await Promise.all([
    loadProfile(db, returnee.id),
    notesOf(db, returnee.id),
    timelineOf(db, returnee.id, actor.locale),
  ]);
  return { profile, notes, timeline };
}

// ── The person's own sign-in ────────────────────────────────────────────────────────────────────

/** Eight digits for the counsellor to hand over; it is the initial password, stored only as a hash. */
function oneTimeCode() {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Creates the person's phone sign-in and links it to the record. With method "code" the initial
 * password is a generated 8-digit code, returned once here and never stored in clear.
 */
export async function createReturneeAccount(db: Db, actor: User, returneeId: string, input: AccountInput) {
  try {
    return await db.transaction(async (tx) => {
      await requireStaff(tx, actor, returneeId, 'update', 'create sign-in');
      const stored = await lockReturnee(tx, returneeId);
      if (stored.userId) throw new ConflictError('caseload.account.exists');
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, input.phone));
      if (taken) throw new ConflictError('caseload.account.phoneTaken');
      const code = input.method === 'code' ? oneTimeCode() : null;
      const user = await createAccount(tx, {
        phone: input.phone,
        fullName: stored.fullName,
        role: 'returnee',
        password: code ?? input.password ?? '',
      });
      await tx
        .update(returnees)
        .set({ userId: user.id, phone: stored.phone ?? input.phone })
        .where(eq(returnees.id, returneeId));
      await audit(tx, {
        actorUserId: actor.id,
        action: 'create',
        entityType: 'user',
        entityId: user.id,
        reason: 'returnee sign-in',
        details: { returneeId, method: input.method },
      });
      await recordCaseEvent(tx, {
        returneeId,
        actorUserId: actor.id,
        kind: 'account',
        subjectId: user.id,
        details: { method: input.method },
      });
      return { userId: user.id, phone: input.phone, oneTimeCode: code };
    });
  } catch (error) {
    // Two counsellors creating the same phone at once: the loser gets the same conflict.
    if (isUniqueViolation(error)) throw new ConflictError('caseload.account.phoneTaken');
    throw error;
  }
}
