// Searching the catalogue: one query shape (zod) shared by the search page and GET /api/v1/jobs and
// /api/v1/training, turned into one Meilisearch multi-search (results, facet counts, and the counts
// for "job or training" and "starting soon"). When Meilisearch cannot answer, the same query runs
// as a simpler Postgres search (no facet counts, no typo tolerance) and the result says so.
import { z } from 'zod';
import { fundingKinds, trainingLevels, workTypes } from '#db/schema.ts';
import type { Db } from '#db/client.ts';
import type { SearchClient } from './client.ts';
import type { JobDocument, SearchDocument, TrainingDocument } from './documents.ts';
import { postgresSearch } from './fallback.ts';
import { indexName, type SearchEntity } from './indexes.ts';

/** Empty URL parameters mean "not given"; checkboxes send "on". */
const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const flag = z.preprocess(
  blank,
  z
    .union([z.boolean(), z.enum(['1', 'true', 'on', '0', 'false', 'off'])], { error: 'validation.search.flag' })
    .transform((v) => v === true || v === '1' || v === 'true' || v === 'on')
    .optional(),
);
const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const sortOptions = ['relevance', 'newest', 'wage', 'nearest'] as const;
export const searchKinds = ['job', 'training'] as const;
/** "Starting soon" means a start date within this many days (or already started). */
export const startingSoonDays = 30;
export const maxPerPage = 50;

export const catalogueQuerySchema = z
  .object({
    q: z.string().trim().max(200, 'validation.search.tooLong').default(''),
    kind: z.enum(searchKinds, { error: 'validation.search.kind' }).default('job'),
    province: optionalText(z.string().regex(/^\d{2}$/, 'validation.province.unknown')),
    commune: optionalText(z.string().regex(/^\d{5}$/, 'validation.commune.unknown')),
    occupation: optionalText(z.string().regex(/^[a-z0-9-]{2,60}$/, 'validation.occupation.unknown')),
    workType: optionalText(z.enum(workTypes, { error: 'validation.workType.invalid' })),
    level: optionalText(z.enum(trainingLevels, { error: 'validation.trainingLevel.invalid' })),
    funding: optionalText(z.enum(fundingKinds, { error: 'validation.funding.invalid' })),
    wageFloor: optionalText(z.coerce.number({ error: 'validation.wage.number' }).int('validation.wage.number').min(0).max(1_000_000_000)),
    meals: flag,
    lodging: flag,
    startingSoon: flag,
    sort: z.enum(sortOptions, { error: 'validation.search.sort' }).default('relevance'),
    lat: optionalText(z.coerce.number({ error: 'validation.geo.lat' }).min(-90, 'validation.geo.lat').max(90, 'validation.geo.lat')),
    lng: optionalText(z.coerce.number({ error: 'validation.geo.lng' }).min(-180, 'validation.geo.lng').max(180, 'validation.geo.lng')),
    page: z.coerce
      .number({ error: 'validation.page' })
      .int('validation.page')
      .min(1, 'validation.page')
      .max(500, 'validation.page')
      .default(1),
    perPage: z.coerce
      .number({ error: 'validation.perPage' })
      .int('validation.perPage')
      .min(1, 'validation.perPage')
      .max(maxPerPage, 'validation.perPage')
      .default(20),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lng === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.lat === undefined ? 'lat' : 'lng'], message: 'validation.geo.both' });
    }
    if (v.sort === 'nearest' && v.lat === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'validation.search.nearestNeedsPlace' });
    }
  });

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

export type SearchServices = { db: Db; search: SearchClient; indexPrefix: string };

const facetsOf: Record<SearchEntity, string[]> = {
  job: ['provinceCode', 'communeCode', 'occupationCode', 'workType', 'wageFloors', 'providesMeals', 'providesLodging'],
  training: ['provinceCode', 'communeCode', 'occupationCode', 'funding', 'level'],
};

/**
 * What a result carries: everything but the long description, which no result card shows (the
 * detail page has it). Halves the answer, and with it the time to pass it on.
 */
const listedAttributes: Record<SearchEntity, string[]> = {
  job: [
    'kind',
    'id',
    'title',
    'occupation',
    'occupationCode',
    'skills',
    'organisationId',
    'employer',
    'provinceCode',
    'provinceName',
    'communeCode',
    'communeName',
    'address',
    '_geo',
    'workType',
    'openings',
    'wageMin',
    'wageMax',
    'wageFloors',
    'providesMeals',
    'providesLodging',
    'providesTravel',
    'providesTraining',
    'providesWorkClothes',
    'recordCheck',
    'startDate',
    'startsAt',
    'closingDate',
    'closesAt',
    'publishedAt',
  ],
  training: ['*'],
};

const quote = (value: string) => JSON.stringify(value);

/** Filters that apply to both kinds (words, place, occupation, still open), as Meilisearch expressions. */
function sharedFilters(query: CatalogueQuery, nowSeconds: number) {
  const filters = [`(closesAt IS NULL OR closesAt >= ${nowSeconds})`];
  if (query.province) filters.push(`provinceCode = ${quote(query.province)}`);
  if (query.commune) filters.push(`communeCode = ${quote(query.commune)}`);
  if (query.occupation) filters.push(`occupationCode = ${quote(query.occupation)}`);
  return filters;
}

function startingSoonFilter(nowSeconds: number) {
  return `startsAt <= ${nowSeconds + startingSoonDays * 86_400}`;
}

function kindFilters(query: CatalogueQuery, kind: SearchEntity) {
  const filters: string[] = [];
  if (kind === 'job') {
    if (query.workType) filters.push(`workType = ${quote(query.workType)}`);
    if (query.wageFloor !== undefined) filters.push(`wageMin >= ${query.wageFloor}`);
    if (query.meals) filters.push('providesMeals = true');
    if (query.lodging) filters.push('providesLodging = true');
  } else {
    if (query.level) filters.push(`level = ${quote(query.level)}`);
    if (query.funding) filters.push(`funding = ${quote(query.funding)}`);
  }
  return filters;
}

function sortFor(query: CatalogueQuery, kind: SearchEntity): string[] | undefined {
  switch (query.sort) {
    case 'newest':
      return ['publishedAt:desc'];
    case 'wage':
      return kind === 'job' ? ['wageMax:desc', 'wageMin:desc'] : ['costVnd:asc'];
    case 'nearest':
      return [`_geoPoint(${query.lat}, ${query.lng}):asc`];
    default:
      // Without words there is nothing to rank by: show the newest first.
      return query.q ? undefined : ['publishedAt:desc'];
  }
}

/** The Meilisearch multi-search the app sends for a query (the bench sends the same one directly). */
export function meiliQueries(query: CatalogueQuery, indexPrefix: string, now = Date.now()) {
  const nowSeconds = Math.floor(now / 1000);
  const kind = query.kind;
  const other: SearchEntity = kind === 'job' ? 'training' : 'job';
  const shared = sharedFilters(query, nowSeconds);
  const soon = query.startingSoon ? [startingSoonFilter(nowSeconds)] : [];
  const main = [...shared, ...soon, ...kindFilters(query, kind)];
  return [
    {
      indexUid: indexName(indexPrefix, kind),
      q: query.q,
      filter: main,
      facets: facetsOf[kind],
      page: query.page,
      hitsPerPage: query.perPage,
      attributesToRetrieve: listedAttributes[kind],
      sort: sortFor(query, kind),
    },
    { indexUid: indexName(indexPrefix, other), q: query.q, filter: [...shared, ...soon], page: 1, hitsPerPage: 0 },
    { indexUid: indexName(indexPrefix, kind), q: query.q, filter: [...main, startingSoonFilter(nowSeconds)], page: 1, hitsPerPage: 0 },
  ];
}

const metres = (hit: { _geoDistance?: number }) =>
  hit._geoDistance === undefined ? {} : { distanceKm: Math.round(hit._geoDistance / 100) / 10 };

export async function searchWithMeilisearch(services: SearchServices, query: CatalogueQuery, now = Date.now()) {
  const queries = meiliQueries(query, services.indexPrefix, now);
  const { results } = await services.search.multiSearch({ queries }, { signal: AbortSignal.timeout(3_000) });
  const [main, other, soon] = results;
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  const hits = main.hits.map(({ _geoDistance, ...doc }) => ({ ...(doc as SearchDocument), ...metres({ _geoDistance }) }));
  const otherTotal = other.totalHits ?? 0;
  const result: CatalogueResult = {
    kind: query.kind,
    hits,
    total,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.ceil(total / query.perPage),
    facets: main.facetDistribution ?? {},
    counts: {
      job: query.kind === 'job' ? total : otherTotal,
      training: query.kind === 'training' ? total : otherTotal,
      startingSoon: soon.totalHits ?? 0,
    },
    degraded: false,
  };
  return result;
}

/** Searches with Meilisearch, or with Postgres (degraded) when Meilisearch does not answer. */
export async function searchCatalogue(
  services: SearchServices,
  query: CatalogueQuery,
  options: { now?: number } = {},
): Promise<CatalogueResult> {
  try {
    return await searchWithMeilisearch(services, query, options.now);
  } catch (error) {
    console.warn(`search: Meilisearch did not answer (${String(error)}); Postgres answered instead`);
    return postgresSearch(services.db, query, options.now);
  }
}
