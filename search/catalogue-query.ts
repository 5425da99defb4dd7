// The catalogue's query shape (zod), shared by the search page, GET /api/v1/jobs and /api/v1/training
// and both search paths (Meilisearch and the Postgres fallback), and the shape of a result.
import { z } from 'zod';
import { fundingKinds, trainingLevels, workTypes } from '#db/schema.ts';
import type { JobDocument, TrainingDocument } from './documents.ts';
import type { SearchEntity } from './indexes.ts';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const flag = z.preprocess(
  blank,
  z
    .union([z.boolean(), z.enum(['1', 'true', 'on', '0', 'false', 'off'])], { error: 'validation.search.flag' })
    .transform((v) => v === true || v === '1' || v === 'true' || v === 'on')
    .optional(),
);
const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
/** A number as typed in a query string: digits and one decimal point, nothing else ("0x10", "1e3" and " " are not numbers). */
const typedNumber = (v: unknown) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : blank(v));

export const sortOptions = ['relevance', 'newest', 'wage', 'nearest'] as const;
export const searchKinds = ['job', 'training'] as const;
/** "Starting soon" means a start date within this many days (or already started). */
export const startingSoonDays = 30;
export const maxPerPage = 50;

export const catalogueQuerySchema = z
  .object({
    q: z.string().trim().normalize('NFC').max(200, 'validation.search.tooLong').default(''),
    kind: z.enum(searchKinds, { error: 'validation.search.kind' }).default('job'),
    province: optionalText(z.string().regex(/^\d{2}$/, 'validation.province.unknown')),
    commune: optionalText(z.string().regex(/^\d{5}$/, 'validation.commune.unknown')),
    occupation: optionalText(z.string().regex(/^[a-z0-9-]{2,60}$/, 'validation.occupation.unknown')),
    workType: optionalText(z.enum(workTypes, { error: 'validation.workType.invalid' })),
    level: optionalText(z.enum(trainingLevels, { error: 'validation.trainingLevel.invalid' })),
    funding: optionalText(z.enum(fundingKinds, { error: 'validation.funding.invalid' })),
    wageFloor: z.preprocess(
      typedNumber,
      z
        .number({ error: 'validation.wage.number' })
        .int('validation.wage.number')
        .min(0, 'validation.wage.number')
        .max(1_000_000_000, 'validation.wage.number')
        .optional(),
    ),
    meals: flag,
    lodging: flag,
    startingSoon: flag,
    sort: z.enum(sortOptions, { error: 'validation.search.sort' }).default('relevance'),
    lat: z.preprocess(
      typedNumber,
      z.number({ error: 'validation.geo.lat' }).min(-90, 'validation.geo.lat').max(90, 'validation.geo.lat').optional(),
    ),
    lng: z.preprocess(
      typedNumber,
      z.number({ error: 'validation.geo.lng' }).min(-180, 'validation.geo.lng').max(180, 'validation.geo.lng').optional(),
    ),
    page: z.preprocess(
      typedNumber,
      z.number({ error: 'validation.page' }).int('validation.page').min(1, 'validation.page').max(500, 'validation.page').default(1),
    ),
    perPage: z.preprocess(
      typedNumber,
      z
        .number({ error: 'validation.perPage' })
        .int('validation.perPage')
        .min(1, 'validation.perPage')
        .max(maxPerPage, 'validation.perPage')
        .default(20),
    ),
  })
  // Rules between fields, run alongside the fields' own checks (every message at once): a field
  // that failed counts as given, so only its own message is shown.
  .check(
    z.superRefine(
      (value, ctx) => {
        if (typeof value !== 'object' || value === null) return;
        const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
        const v = value as Record<string, unknown>;
        const given = (key: string) => failed.has(key) || v[key] !== undefined;
        if (given('lat') !== given('lng')) {
          ctx.addIssue({ code: 'custom', path: [given('lat') ? 'lng' : 'lat'], message: 'validation.geo.both' });
        }
        if (!failed.has('sort') && v.sort === 'nearest' && !given('lat')) {
          ctx.addIssue({ code: 'custom', path: ['sort'], message: 'validation.search.nearestNeedsPlace' });
        }
      },
      { when: () => true },
    ),
  );

export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;

/** A search result: the posting's document without its description, and the distance when sorted by it. */
export type SearchHit = (Omit<JobDocument, 'description'> | TrainingDocument) & { distanceKm?: number };
export type FacetCounts = Record<string, Record<string, number>>;

export type CatalogueResult = {
  kind: SearchEntity;
  hits: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  facets: FacetCounts;
  /** Results for the same words and place in each kind, and how many start soon. */
  counts: { job: number; training: number; startingSoon: number };
  /** True when Meilisearch did not answer and Postgres served a simpler search. */
  degraded: boolean;
};
