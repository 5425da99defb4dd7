// The simpler search used while Meilisearch is unreachable: the same query over Postgres, every
// word matched without diacritics, the same filters and sorts, no typo tolerance and no facet
// counts. Slower on a large catalogue, but the portal keeps working.
import { and, asc, count, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import { vietnamDate } from '#lib/dates.ts';
import type { Db } from '#db/client.ts';
import { jobs, occupations, organisations, trainingSlots } from '#db/schema.ts';
import { loadDocuments } from './documents.ts';
import { publicJobCondition, publicTrainingCondition } from '#db/postings.ts';
import { foldVietnamese, foldedSql } from '#lib/fold.ts';
import type { SearchEntity } from './indexes.ts';
import { startingSoonDays, type CatalogueQuery, type CatalogueResult, type SearchHit } from './catalogue-query.ts';

const tables = { job: jobs, training: trainingSlots } as const;

function wordsCondition(text: SQL, q: string) {
  const words = foldVietnamese(q).split(/\s+/).filter(Boolean).slice(0, 10);
  return words.map((word) => like(foldedSql(text), `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
}

function conditions(kind: SearchEntity, query: CatalogueQuery, now: number, includeKindFilters: boolean) {
  const t = tables[kind];
  const today = vietnamDate(0, now);
  const soonUntil = vietnamDate(startingSoonDays, now);
  const searchable =
    kind === 'job'
      ? sql`${jobs.title} || ' ' || ${occupations.nameVi} || ' ' || ${organisations.name} || ' ' || ${jobs.description}`
      : sql`${trainingSlots.title} || ' ' || ${occupations.nameVi} || ' ' || ${organisations.name} || ' ' || coalesce(${trainingSlots.certificate}, '')`;
  const list: (SQL | undefined)[] = [
    kind === 'job' ? publicJobCondition(today) : publicTrainingCondition(today),
    ...wordsCondition(searchable, query.q),
    query.province ? eq(t.provinceCode, query.province) : undefined,
    query.commune ? eq(t.communeCode, query.commune) : undefined,
    query.occupation ? eq(occupations.code, query.occupation) : undefined,
    query.startingSoon ? lte(t.startDate, soonUntil) : undefined,
  ];
  if (includeKindFilters && kind === 'job') {
    list.push(
      query.workType ? eq(jobs.workType, query.workType) : undefined,
      query.wageFloor !== undefined ? gte(jobs.wageMin, query.wageFloor) : undefined,
      query.meals ? eq(jobs.providesMeals, true) : undefined,
      query.lodging ? eq(jobs.providesLodging, true) : undefined,
    );
  }
  if (includeKindFilters && kind === 'training') {
    list.push(
      query.level ? eq(trainingSlots.level, query.level) : undefined,
      query.funding ? eq(trainingSlots.funding, query.funding) : undefined,
    );
  }
  return and(...list);
}

// Both tables share the columns joined on here; Drizzle cannot type a select over a union of tables.
const postingTable = (kind: SearchEntity) => tables[kind] as typeof jobs;

async function countOf(db: Db, kind: SearchEntity, where: SQL | undefined) {
  const t = postingTable(kind);
  const [row] = await db
    .select({ n: count() })
    .from(t)
    .innerJoin(organisations, eq(organisations.id, t.organisationId))
    .innerJoin(occupations, eq(occupations.id, t.occupationId))
    .where(where);
  return row.n;
}

async function pageIds(db: Db, kind: SearchEntity, where: SQL | undefined, query: CatalogueQuery) {
  const t = postingTable(kind);
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .innerJoin(organisations, eq(organisations.id, t.organisationId))
    .innerJoin(occupations, eq(occupations.id, t.occupationId))
    .where(where)
    .orderBy(...orderFor(kind, query))
    .limit(query.perPage)
    .offset((query.page - 1) * query.perPage);
  return rows.map((row) => row.id);
}

function orderFor(kind: SearchEntity, query: CatalogueQuery): SQL[] {
  const t = tables[kind];
  switch (query.sort) {
    case 'wage':
      return kind === 'job' ? [desc(jobs.wageMax), desc(jobs.wageMin)] : [asc(trainingSlots.costVnd)];
    case 'nearest': {
      // Equirectangular distance: exact enough to order places within a country.
      const dx = sql`(${t.longitude} - ${query.lng}) * cos(radians(${query.lat}))`;
      const dy = sql`(${t.latitude} - ${query.lat})`;
      return [sql`(${dx} * ${dx} + ${dy} * ${dy}) asc nulls last`];
    }
    default:
      return [desc(t.publishedAt), asc(t.id)];
  }
}

function distanceKm(hit: SearchHit, query: CatalogueQuery) {
  if (query.lat === undefined || query.lng === undefined || !hit._geo) return undefined;
  const rad = Math.PI / 180;
  const dLat = (hit._geo.lat - query.lat) * rad;
  const dLng = (hit._geo.lng - query.lng) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(query.lat * rad) * Math.cos(hit._geo.lat * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(12_742 * Math.asin(Math.sqrt(a)) * 10) / 10;
}

export async function postgresSearch(db: Db, query: CatalogueQuery, now = Date.now()): Promise<CatalogueResult> {
  const kind = query.kind;
  const other: SearchEntity = kind === 'job' ? 'training' : 'job';
  const where = conditions(kind, query, now, true);
  const t = tables[kind];
  const [total, otherTotal, soonTotal, ids] = await Promise.all([
    countOf(db, kind, where),
    countOf(db, other, conditions(other, query, now, false)),
    countOf(db, kind, and(where, lte(t.startDate, vietnamDate(startingSoonDays, now)))),
    pageIds(db, kind, where, query),
  ]);
  const documents = new Map((await loadDocuments(db, kind, ids)).map((d) => [d.id, d]));
  const hits = ids.flatMap((id) => {
    const found = documents.get(id);
    if (!found) return [];
    const { description: _notListed, ...doc } = found as typeof found & { description?: string };
    const distance = distanceKm(doc, query);
    return [distance === undefined ? doc : { ...doc, distanceKm: distance }];
  });
  return {
    kind,
    hits,
    total,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.ceil(total / query.perPage),
    facets: {},
    counts: { job: kind === 'job' ? total : otherTotal, training: kind === 'training' ? total : otherTotal, startingSoon: soonTotal },
    degraded: true,
  };
}
