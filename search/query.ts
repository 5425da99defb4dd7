// Searching the catalogue: one query shape (zod) shared by the search page and GET /api/v1/jobs and
// /api/v1/training, turned into one Meilisearch multi-search (results, facet counts, and the counts
// for "job or training" and "starting soon"). When Meilisearch cannot answer, the same query runs
// as a simpler Postgres search (no facet counts, no typo tolerance) and the result says so.
import type { Db } from '#db/client.ts';
import type { ServerTiming } from '#lib/server-timing.ts';
import { startingSoonDays, type CatalogueQuery, type CatalogueResult } from './catalogue-query.ts';
import type { SearchClient } from './client.ts';
import type { SearchDocument } from './documents.ts';
import { postgresSearch } from './fallback.ts';
import { indexName, type SearchEntity } from './indexes.ts';

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

export async function searchWithMeilisearch(services: SearchServices, query: CatalogueQuery, now = Date.now(), timing?: ServerTiming) {
  const queries = meiliQueries(query, services.indexPrefix, now);
  const send = () => services.search.multiSearch({ queries }, { signal: AbortSignal.timeout(3_000) });
  const { results } = await (timing ? timing.time('search', send) : send());
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

/**
 * Searches with Meilisearch, or with Postgres (degraded) when Meilisearch does not answer. The time
 * spent waiting on Meilisearch counts to `timing`'s `search` part (the Server-Timing header).
 */
export async function searchCatalogue(
  services: SearchServices,
  query: CatalogueQuery,
  options: { now?: number; timing?: ServerTiming } = {},
): Promise<CatalogueResult> {
  try {
    return await searchWithMeilisearch(services, query, options.now, options.timing);
  } catch (error) {
    console.warn(`search: Meilisearch did not answer (${String(error)}); Postgres answered instead`);
    return postgresSearch(services.db, query, options.now);
  }
}
