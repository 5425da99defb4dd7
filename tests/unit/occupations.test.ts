// The curated occupation and skill list: codes the URL and API schemas accept, unique codes (the loader
// upserts by code, so a repeated code would silently overwrite another entry), ISCO-08 unit groups,
// both names, and the trades that real postings needed.
import { expect, test } from 'vitest';
import { occupations } from '#db/reference/occupations.ts';

const codePattern = /^[a-z0-9-]{2,60}$/;
const allSkills = occupations.flatMap((o) => o.skills.map((s) => ({ ...s, occupation: o.code })));

test('every occupation and skill code is well-formed and used once', () => {
  const occupationCodes = occupations.map((o) => o.code);
  const skillCodes = allSkills.map((s) => s.code);
  expect(occupationCodes.filter((c) => !codePattern.test(c))).toEqual([]);
  expect(skillCodes.filter((c) => !codePattern.test(c))).toEqual([]);
  expect(occupationCodes.filter((c, i) => occupationCodes.indexOf(c) !== i)).toEqual([]);
  expect(skillCodes.filter((c, i) => skillCodes.indexOf(c) !== i)).toEqual([]);
});

test('every occupation has a 4-digit ISCO-08 unit group, both names and at least four skills', () => {
  for (const o of occupations) {
    expect(o.isco08, o.code).toMatch(/^[0-9]{4}$/);
    expect(o.nameVi.trim(), o.code).not.toBe('');
    expect(o.nameEn.trim(), o.code).not.toBe('');
    expect(o.skills.length, o.code).toBeGreaterThanOrEqual(4);
  }
  for (const s of allSkills) {
    expect(s.nameVi.trim(), s.code).not.toBe('');
    expect(s.nameEn.trim(), s.code).not.toBe('');
  }
});

test('the trades real postings asked for are there, under the chosen ISCO-08 groups', () => {
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  expect(byCode.get('machinist')?.isco08).toBe('7223');
  expect(byCode.get('vehicle-cleaner')?.isco08).toBe('9122');
  expect(byCode.get('crop-grower')?.isco08).toBe('6114');
  expect(byCode.get('food-processing-worker')?.isco08).toBe('8160');
  for (const code of ['machinist', 'vehicle-cleaner', 'food-processing-worker']) {
    expect(byCode.get(code)?.skills.length, code).toBeGreaterThanOrEqual(4);
    expect(byCode.get(code)?.skills.length, code).toBeLessThanOrEqual(6);
  }
  // Truck driving is a skill of the one driver occupation that drives trucks, with its licence classes.
  const truckDriving = allSkills.find((s) => s.code === 'truck-driving');
  expect(truckDriving?.occupation).toBe('truck-driver');
  expect(truckDriving?.nameVi).toMatch(/C1/);
  expect(truckDriving?.nameVi).toMatch(/\bC\b/);
  expect(new Set(allSkills.filter((s) => /lái xe tải/i.test(s.nameVi)).map((s) => s.occupation))).toEqual(new Set(['truck-driver']));
});
