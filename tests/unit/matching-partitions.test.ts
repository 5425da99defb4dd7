// The partitions "best jobs for a person" retrieves by: for thousands of generated people and jobs,
// every job a person may get falls in exactly one partition, and no job scores above its
// partition's bound — which is what makes leaving a partition out safe.
import { expect, test } from 'vitest';
import { boundOf, jobDimensions, jobPartitions, partitionOf, unionFilter } from '#app/services/matching/partitions.ts';
import {
  prepareProfile,
  scoreJob,
  type MatchJob,
  type MatchProfileInput,
  type SkillLevel,
  type WorkType,
} from '#app/services/matching/score.ts';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const skillPool = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'c2', 'c3'];
const occupationOf = (code: string) => `occ-${code[0]}`;
const levels: SkillLevel[] = ['beginner', 'can_work', 'experienced'];
const workTypes: WorkType[] = ['full_time', 'part_time', 'seasonal', 'shift'];
const communes = ['10001', '10002', null];

function generate(seed: number) {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const some = <T>(list: readonly T[], p: number) => list.filter(() => r() < p);
  const place = () => {
    const province = r() < 0.7 ? '51' : '24';
    const geo = r() < 0.7;
    return {
      provinceCode: province,
      communeCode: pick(communes),
      latitude: geo ? 15 + (r() - 0.5) * 1.6 : null,
      longitude: geo ? 108.8 + (r() - 0.5) * 1.6 : null,
    };
  };
  const personInput: MatchProfileInput = {
    id: `p${seed}`,
    ...place(),
    willingToMove: r() < 0.4,
    maxTravelKm: pick([null, 4, 10, 15, 22, 30, 45, 80]),
    availableFrom: pick([null, '2026-02-01', '2026-04-15']),
    wageFloor: pick([null, 5_000_000, 7_000_000, 9_000_000]),
    wishWorkTypes: some(workTypes, 0.3),
    occupationWishes: some(['occ-a', 'occ-b', 'occ-c'], 0.3),
    skills: some(skillPool, 0.3).map((code) => ({ code, level: pick(levels), occupation: occupationOf(code) })),
    certificates: [],
  };
  const jobs: MatchJob[] = Array.from({ length: 150 }, (_, i) => {
    const wageMin = (3 + Math.floor(r() * 10)) * 1_000_000;
    return {
      id: `j${seed}-${i}`,
      isPublic: true,
      occupation: pick(['occ-a', 'occ-b', 'occ-c', 'occ-d']),
      skills: some(skillPool, 0.25).map((code) => ({ code, required: r() < 0.5 })),
      ...place(),
      wageMin,
      wageMax: wageMin + Math.floor(r() * 4) * 1_000_000,
      workType: pick(workTypes),
      startDate: pick([null, '2026-03-01', '2026-05-01']),
      providesLodging: r() < 0.4,
      providesMeals: r() < 0.4,
      providesTraining: r() < 0.4,
      drivingLicenceClass: null,
      requiredCertificate: null,
    };
  });
  return { person: prepareProfile(personInput), jobs };
}

const today = '2026-03-01';

test('every job a person may get lies in exactly one partition, and scores at most its bound', () => {
  let checked = 0;
  for (let seed = 1; seed <= 200; seed++) {
    const { person, jobs } = generate(seed);
    const dimensions = jobDimensions(person, today);
    for (const job of jobs) {
      const result = scoreJob(person, job, { today });
      const levels = partitionOf(dimensions, person, job);
      if (!result.eligible) continue;
      expect(levels, `${person.id} ${job.id}`).not.toBeNull();
      expect(result.score, `${person.id} ${job.id}`).toBeLessThanOrEqual(boundOf(dimensions, levels!));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(3_000);
});

test('the bounds are tight: some job reaches its partition’s bound', () => {
  let reached = 0;
  for (let seed = 1; seed <= 200; seed++) {
    const { person, jobs } = generate(seed);
    const dimensions = jobDimensions(person, today);
    for (const job of jobs) {
      const result = scoreJob(person, job, { today });
      if (result.eligible && result.score === boundOf(dimensions, partitionOf(dimensions, person, job)!)) reached++;
    }
  }
  expect(reached).toBeGreaterThan(0);
});

test('partitions come best bound first, and one filter covers a set of them', () => {
  const { person } = generate(7);
  const dimensions = jobDimensions(person, today);
  const partitions = jobPartitions(dimensions);
  expect(partitions.length).toBe(dimensions.reduce((n, d) => n * d.levels.length, 1));
  expect(partitions.map((p) => p.bound)).toEqual([...partitions.map((p) => p.bound)].sort((a, b) => b - a));
  expect(partitions[0].bound).toBeLessThanOrEqual(100);
  // All partitions of one place: that place's filter alone.
  const place = partitions[0].levels[0];
  expect(
    unionFilter(
      dimensions,
      partitions.filter((p) => p.levels[0] === place),
    ),
  ).toBe(dimensions[0].levels[place].filter);
  // One partition: the conjunction of its levels.
  const one = unionFilter(dimensions, [partitions[0]]);
  for (const [d, level] of partitions[0].levels.entries()) {
    const filter = dimensions[d].levels[level].filter;
    if (filter) expect(one).toContain(filter);
  }
});

test('a person without coordinates is reached by commune and province, and by lodging when moving', () => {
  const person = prepareProfile({
    id: 'p',
    provinceCode: '51',
    communeCode: '23302',
    latitude: null,
    longitude: null,
    willingToMove: true,
    maxTravelKm: null,
    availableFrom: '2026-04-01',
    wageFloor: null,
    wishWorkTypes: [],
    occupationWishes: [],
    skills: [{ code: 'welding-arc', level: 'experienced', occupation: 'welder' }],
    certificates: [],
  });
  const [place, skills, wage, start, workType, lodging, meals, training] = jobDimensions(person, today);
  expect(place.levels.map((l) => [l.filter, l.points])).toEqual([
    ['provinceCode = "51" AND communeCode = "23302"', 20],
    ['provinceCode = "51" AND NOT communeCode = "23302"', 12],
    ['providesLodging = true AND NOT provinceCode = "51"', 4],
  ]);
  expect(skills.levels.map((l) => [l.filter, l.points])).toEqual([
    ['skillCodes IN ["welding-arc"]', 46],
    ['skillCodes NOT IN ["welding-arc"]', 6],
  ]);
  expect(wage.levels.map((l) => l.points)).toEqual([7]);
  expect(start.levels.map((l) => l.points)).toEqual([5, 2]);
  expect(workType.levels.map((l) => l.points)).toEqual([3]);
  expect([lodging, meals, training].map((d) => d.levels.map((l) => [l.filter, l.points]))).toEqual([
    [
      ['providesLodging = true', 4],
      ['providesLodging = false', 0],
    ],
    [
      ['providesMeals = true', 3],
      ['providesMeals = false', 0],
    ],
    [
      ['providesTraining = true', 3],
      ['providesTraining = false', 0],
    ],
  ]);
});
