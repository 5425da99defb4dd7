// Input shapes of jobs and training slots (zod, messages as keys), the same for a page's form
// (strings) and JSON from the API; rules between fields are checked on the whole posting. Every free
// text the public reads passes the neutral-words check (DESIGN.md §3), refused on its own field.
import { z } from 'zod';
import { fundingKinds, jobStatuses, schoolingLevels, trainingLevels, trainingStatuses, workTypes } from '#db/schema.ts';
import {
  codeList,
  flag,
  optionalCommuneCode,
  optionalDate,
  optionalEnum,
  optionalNumber,
  optionalText,
  optionalWholeNumber,
  provinceCodeField,
  requiredText,
  wholeNumber,
  withRules,
  type FieldIssue,
} from '../fields.ts';
import { isNeutral } from '../neutral-words.ts';
import { drivingLicenceClasses } from './rules.ts';

const place = {
  provinceCode: provinceCodeField,
  communeCode: optionalCommuneCode,
  address: optionalText(300, 'validation.address.tooLong').refine(isNeutral, 'validation.neutral.address'),
  latitude: optionalNumber(8, 24, 'validation.geo.lat'),
  longitude: optionalNumber(102, 110, 'validation.geo.lng'),
};

const jobFields = {
  title: requiredText(5, 150, 'validation.job.title').refine(isNeutral, 'validation.neutral.title'),
  occupationCode: z.string({ error: 'validation.occupation.required' }).trim().min(1, 'validation.occupation.required'),
  requiredSkills: codeList(10, 'validation.skills.invalid'),
  niceToHaveSkills: codeList(10, 'validation.skills.invalid'),
  description: requiredText(30, 4000, 'validation.job.description').refine(isNeutral, 'validation.neutral.description'),
  workingHours: optionalText(300, 'validation.job.workingHours').refine(isNeutral, 'validation.neutral.workingHours'),
  benefits: optionalText(2000, 'validation.job.benefits').refine(isNeutral, 'validation.neutral.benefits'),
  openings: wholeNumber(1, 1000, 'validation.job.openings'),
  // Monthly wages in VND: a wage typed in millions ("7") is refused with a hint.
  wageMin: wholeNumber(1_000_000, 200_000_000, 'validation.wage.range'),
  wageMax: wholeNumber(1_000_000, 200_000_000, 'validation.wage.range'),
  workType: z.enum(workTypes, { error: 'validation.workType.invalid' }),
  ...place,
  providesMeals: flag,
  providesLodging: flag,
  providesTravel: flag,
  providesTraining: flag,
  providesWorkClothes: flag,
  minSchooling: optionalEnum(schoolingLevels, 'validation.schooling.invalid'),
  requiredCertificate: optionalText(200, 'validation.certificate.tooLong').refine(isNeutral, 'validation.neutral.certificate'),
  drivingLicenceClass: optionalEnum(drivingLicenceClasses, 'validation.drivingLicence.invalid'),
  recordCheck: flag,
  startDate: optionalDate,
  closingDate: optionalDate,
};

type Issue = FieldIssue;

function checkPlaceShape(v: { latitude?: number; longitude?: number }): Issue[] {
  return (v.latitude === undefined) !== (v.longitude === undefined)
    ? [{ path: v.latitude === undefined ? 'latitude' : 'longitude', message: 'validation.geo.both' }]
    : [];
}

/** Rules between two of a job's fields, each checked once both are given and parsed. */
function jobPairIssues(v: Partial<z.output<z.ZodObject<typeof jobFields>>>): Issue[] {
  const issues: Issue[] = [];
  if (v.wageMin !== undefined && v.wageMax !== undefined && v.wageMax < v.wageMin) {
    issues.push({ path: 'wageMax', message: 'validation.wage.maxBelowMin' });
  }
  if (v.requiredSkills && v.niceToHaveSkills && v.requiredSkills.some((code) => v.niceToHaveSkills?.includes(code))) {
    issues.push({ path: 'niceToHaveSkills', message: 'validation.skills.both' });
  }
  return issues;
}

/** Rules between a job's fields, over the fields that parsed (every message at once). */
function jobIssues(v: Partial<z.output<z.ZodObject<typeof jobFields>>>): Issue[] {
  return [...checkPlaceShape(v), ...jobPairIssues(v)];
}

export const jobInputSchema = withRules(
  z.object({ ...jobFields, publish: flag.describe('Publish at once (the organisation must be verified)') }),
  jobIssues,
);
export type JobInput = z.output<typeof jobInputSchema>;

/**
 * A change: any fields and/or a new status; a field left out stays as it is, and null (or an empty
 * form field) clears it. The merged result is validated as a whole by the command; the rules
 * between two fields given together are checked here too, alongside the fields' own messages.
 */
function patchSchema<F extends Record<string, z.ZodType>>(
  fields: F,
  pairs: (value: Partial<{ [K in keyof F]: z.output<F[K]> }>) => Issue[],
) {
  const clearable = Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, z.preprocess((v) => (v === '' ? null : v), field.nullable())]),
  ) as unknown as { [K in keyof F]: z.ZodType<z.output<F[K]> | null, z.input<F[K]> | null> };
  return withRules(z.object(clearable).partial(), (value) =>
    pairs(
      Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<{
        [K in keyof F]: z.output<F[K]>;
      }>,
    ),
  );
}

export const jobPatchSchema = patchSchema(
  { ...jobFields, status: z.enum(jobStatuses, { error: 'validation.status.invalid' }) },
  jobPairIssues,
);

const trainingFields = {
  title: requiredText(5, 150, 'validation.training.title').refine(isNeutral, 'validation.neutral.title'),
  occupationCode: z.string({ error: 'validation.occupation.required' }).trim().min(1, 'validation.occupation.required'),
  level: z.enum(trainingLevels, { error: 'validation.trainingLevel.invalid' }),
  durationDays: wholeNumber(1, 730, 'validation.training.duration'),
  seats: wholeNumber(1, 500, 'validation.training.seats'),
  seatsLeft: optionalWholeNumber(0, 500, 'validation.training.seatsLeft'),
  schedule: optionalText(300, 'validation.training.schedule').refine(isNeutral, 'validation.neutral.schedule'),
  ...place,
  costVnd: wholeNumber(0, 100_000_000, 'validation.training.cost'),
  funding: z.enum(fundingKinds, { error: 'validation.funding.invalid' }),
  certificate: optionalText(200, 'validation.certificate.tooLong').refine(isNeutral, 'validation.neutral.certificate'),
  startDate: optionalDate,
  enrolmentDeadline: optionalDate,
  leadsToJobId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid('validation.training.leadsToJob').optional()),
};

/** Rules between two of a training slot's fields, each checked once both are given and parsed. */
function trainingPairIssues(v: Partial<z.output<z.ZodObject<typeof trainingFields>>>): Issue[] {
  const issues: Issue[] = [];
  if (v.seatsLeft !== undefined && v.seats !== undefined && v.seatsLeft > v.seats) {
    issues.push({ path: 'seatsLeft', message: 'validation.training.seatsLeft' });
  }
  if (v.funding === 'free' && v.costVnd !== undefined && v.costVnd !== 0) {
    issues.push({ path: 'costVnd', message: 'validation.training.freeCost' });
  }
  if (v.funding === 'fee' && v.costVnd === 0) issues.push({ path: 'costVnd', message: 'validation.training.feeCost' });
  if (v.startDate && v.enrolmentDeadline && v.enrolmentDeadline > v.startDate) {
    issues.push({ path: 'enrolmentDeadline', message: 'validation.training.deadlineAfterStart' });
  }
  return issues;
}

function trainingIssues(v: Partial<z.output<z.ZodObject<typeof trainingFields>>>): Issue[] {
  return [...checkPlaceShape(v), ...trainingPairIssues(v)];
}

export const trainingInputSchema = withRules(
  z.object({ ...trainingFields, publish: flag.describe('Publish at once (the organisation must be verified)') }),
  trainingIssues,
);
export type TrainingInput = z.output<typeof trainingInputSchema>;

export const trainingPatchSchema = patchSchema(
  { ...trainingFields, status: z.enum(trainingStatuses, { error: 'validation.status.invalid' }) },
  trainingPairIssues,
);
