// The two Meilisearch indexes — open jobs and open training slots, never any returnee data — and
// their settings, kept here in code and applied at start, before every reindex and by tests.
import type { Settings, Task } from 'meilisearch';
import type { SearchClient } from './client.ts';

export type SearchEntity = 'job' | 'training';

export const indexUids: Record<SearchEntity, string> = { job: 'jobs', training: 'training' };

export function indexName(prefix: string, entity: SearchEntity) {
  return `${prefix}${indexUids[entity]}`;
}

/**
 * Common Vietnamese trade words that mean the same job. Meilisearch folds diacritics in synonyms
 * as it does in queries, so "tai xe" also reaches "lái xe".
 */
export const tradeSynonymGroups = [
  ['thợ hàn', 'hàn điện', 'hàn xì'],
  ['lái xe', 'tài xế'],
  ['phụ bếp', 'bếp', 'nấu ăn'],
  ['may', 'may mặc', 'công nhân may'],
  ['bảo vệ', 'an ninh'],
  ['phụ hồ', 'thợ phụ xây dựng'],
  ['bốc xếp', 'bốc vác'],
  ['giúp việc', 'tạp vụ'],
];

function synonyms() {
  const map: Record<string, string[]> = {};
  for (const group of tradeSynonymGroups) {
    for (const word of group) map[word] = group.filter((other) => other !== word);
  }
  return map;
}

const common: Settings = {
  synonyms: synonyms(),
  // Pages past 10,000 results are never read; a cap keeps deep pagination cheap.
  pagination: { maxTotalHits: 10_000 },
  // Enough for every commune of one province and every occupation, sorted by count for the UI.
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
  // Defaults (one typo from 5 letters, two from 9) already forgive "cong nhna may"; shorter
  // Vietnamese syllables with a typo allowed match far too much ("tai" → "tải", "tài", "tay").
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
};

export const indexSettings: Record<SearchEntity, Settings> = {
  job: {
    ...common,
    searchableAttributes: ['title', 'occupation', 'skills', 'employer', 'description'],
    filterableAttributes: [
      'provinceCode',
      'communeCode',
      'occupationCode',
      'workType',
      'wageMin',
      'wageFloors',
      'providesMeals',
      'providesLodging',
      'startsAt',
      'closesAt',
      'organisationId',
      '_geo',
      // Matching (app/services/matching): the hard filters and the partitions it retrieves by.
      'skillCodes',
      'wageMax',
      'providesTraining',
      'hasGeo',
      'geoCell',
      'drivingLicenceClass',
      'hasRequiredCertificate',
    ],
    sortableAttributes: ['publishedAt', 'wageMax', 'wageMin', '_geo'],
  },
  training: {
    ...common,
    searchableAttributes: ['title', 'occupation', 'employer', 'certificate', 'schedule'],
    filterableAttributes: [
      'provinceCode',
      'communeCode',
      'occupationCode',
      'level',
      'funding',
      'startsAt',
      'closesAt',
      'organisationId',
      '_geo',
    ],
    sortableAttributes: ['publishedAt', 'startsAt', 'costVnd', '_geo'],
  },
};

/** Meilisearch accepts a task before doing it; only a succeeded task means the change is in. */
export function assertSucceeded(task: Task) {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? ''}`);
  }
  return task;
}

/** Creates missing indexes and applies the settings; returns the entities whose index was new. */
export async function applyIndexSettings(search: SearchClient, prefix: string) {
  const created: SearchEntity[] = [];
  for (const entity of Object.keys(indexUids) as SearchEntity[]) {
    const uid = indexName(prefix, entity);
    const task = await search.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    if (task.error?.code !== 'index_already_exists') {
      assertSucceeded(task);
      created.push(entity);
    }
    assertSucceeded(await search.index(uid).updateSettings(indexSettings[entity]).waitTask({ timeout: 60_000 }));
  }
  return created;
}
