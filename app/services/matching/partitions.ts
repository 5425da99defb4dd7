// How "best jobs for a person" retrieves from Meilisearch without missing one (docs/matching.md).
// The jobs within the person's reach are cut into disjoint partitions along these dimensions — place
// (geohash cells by distance band, commune, province, moving for lodging), skills × occupation wish, wage against
// the floor, start date against availability, kind of work, and each offer of support — each level
// worth at most some points of the score (from the weights in score.ts), so each partition has an
// upper bound on the score any job in it can reach. Retrieval fetches partitions in order of
// bound and stops where no partition left can beat the last job kept. Every level is both a
// Meilisearch filter and a predicate, so tests can check the bounds against the scorer.
import { dayStartSeconds } from '#lib/dates.ts';
import { cellsWithin, geohash } from '#lib/geo-cells.ts';
import { distanceBandPoints, distanceKm, matchWeights, type MatchJob, type MatchProfile } from './score.ts';

/** One level of a dimension: its Meilisearch filter (null: no condition), its predicate, its most points. */
export type Level = { filter: string | null; contains: (job: MatchJob, km: number | null) => boolean; points: number };
export type Dimension = { name: string; levels: Level[] };
/** A partition: one level per dimension (`levels[d]` indexes `dimensions[d].levels`). */
export type Partition = { id: number; levels: number[]; bound: number };

/** Meilisearch and this module may disagree on a distance by a hair: a distance filter reaches this much further. */
const slackKm = 0.01;
/** Cells are listed out to this distance; a daily range beyond it (rare) falls back on a distance filter. */
const maxCellKm = 120;
const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;
const and = (...filters: (string | null)[]) => {
  const present = filters.filter((f): f is string => f !== null);
  return present.length === 0 ? null : present.length === 1 ? present[0] : present.map((f) => `(${f})`).join(' AND ');
};
const hasGeo = (job: MatchJob) => job.latitude !== null && job.longitude !== null;

/** Place: disjoint levels that together hold every job within the person's reach (plus a hair). */
export function placeLevels(person: MatchProfile): Level[] {
  const levels: Level[] = [];
  const province = person.provinceCode;
  const commune = person.communeCode;
  const sameProvince = (job: MatchJob) => job.provinceCode === province;
  const { sameCommune: communePoints, sameProvince: provincePoints, elsewhere } = matchWeights.place;
  if (person.latitude === null || person.longitude === null) {
    if (commune !== null) {
      levels.push({
        filter: `provinceCode = ${quote(province)} AND communeCode = ${quote(commune)}`,
        contains: (j) => sameProvince(j) && j.communeCode === commune,
        points: communePoints,
      });
      levels.push({
        filter: `provinceCode = ${quote(province)} AND NOT communeCode = ${quote(commune)}`,
        contains: (j) => sameProvince(j) && j.communeCode !== commune,
        points: provincePoints,
      });
    } else {
      levels.push({ filter: `provinceCode = ${quote(province)}`, contains: sameProvince, points: provincePoints });
    }
    if (person.willingToMove) {
      levels.push({
        filter: `providesLodging = true AND NOT provinceCode = ${quote(province)}`,
        contains: (j) => j.providesLodging && !sameProvince(j),
        points: elsewhere,
      });
    }
    return levels;
  }

  // With coordinates: by geohash cell (geo-cells.ts), each cell worth the band of its nearest point.
  const lat = person.latitude;
  const lng = person.longitude;
  const reach = person.reachKm;
  const lastEdge = matchWeights.distanceBands[matchWeights.distanceBands.length - 1].km;
  const radius = Math.min(person.willingToMove ? Math.max(reach, lastEdge) : reach, maxCellKm);
  const cells = cellsWithin(lat, lng, radius);
  const listed = new Set(cells.map((c) => c.hash));
  const cellOf = (j: MatchJob) => (hasGeo(j) ? geohash(j.latitude!, j.longitude!) : null);
  const byPoints = (inReach: boolean) => {
    const groups = new Map<number, string[]>();
    for (const cell of cells) {
      if (cell.minKm <= reach !== inReach) continue;
      const points = distanceBandPoints(cell.minKm);
      const group = groups.get(points);
      if (group) group.push(cell.hash);
      else groups.set(points, [cell.hash]);
    }
    return [...groups].sort((a, b) => b[0] - a[0]);
  };
  for (const [points, hashes] of byPoints(true)) {
    const set = new Set(hashes);
    levels.push({ filter: `geoCell IN ${list(hashes)}`, contains: (j) => set.has(cellOf(j) ?? ''), points });
  }
  const unlisted = (j: MatchJob) => hasGeo(j) && !listed.has(cellOf(j)!);
  const radiusFilter = `_geoRadius(${lat}, ${lng}, ${Math.round((reach + slackKm) * 1000)})`;
  const inRadius = (km: number | null) => km !== null && km <= reach + slackKm;
  if (reach > maxCellKm) {
    // A range wider than the cells listed (rare): the rest of it by distance, all of it beyond the last band.
    levels.push({
      filter: `${radiusFilter} AND geoCell NOT IN ${list([...listed])}`,
      contains: (j, km) => unlisted(j) && inRadius(km),
      points: matchWeights.distanceBeyond,
    });
  }
  // Jobs without coordinates are reached by province, and scored by commune or province.
  const noGeo = (j: MatchJob) => !hasGeo(j) && sameProvince(j);
  if (commune !== null) {
    levels.push({
      filter: `hasGeo = false AND provinceCode = ${quote(province)} AND communeCode = ${quote(commune)}`,
      contains: (j) => noGeo(j) && j.communeCode === commune,
      points: communePoints,
    });
    levels.push({
      filter: `hasGeo = false AND provinceCode = ${quote(province)} AND NOT communeCode = ${quote(commune)}`,
      contains: (j) => noGeo(j) && j.communeCode !== commune,
      points: provincePoints,
    });
  } else {
    levels.push({ filter: `hasGeo = false AND provinceCode = ${quote(province)}`, contains: noGeo, points: provincePoints });
  }
  if (person.willingToMove) {
    // Beyond the range, only jobs with lodging: the cells out to the last band edge, then the rest.
    for (const [points, hashes] of byPoints(false)) {
      const set = new Set(hashes);
      levels.push({
        filter: `providesLodging = true AND geoCell IN ${list(hashes)}`,
        contains: (j) => j.providesLodging && set.has(cellOf(j) ?? ''),
        points,
      });
    }
    levels.push({
      filter: `providesLodging = true AND hasGeo = true AND geoCell NOT IN ${list([...listed])}${reach > maxCellKm ? ` AND NOT ${radiusFilter}` : ''}`,
      contains: (j, km) => j.providesLodging && unlisted(j) && !(reach > maxCellKm && inRadius(km)),
      points: matchWeights.distanceBeyond,
    });
    levels.push({
      filter: `providesLodging = true AND hasGeo = false AND NOT provinceCode = ${quote(province)}`,
      contains: (j) => j.providesLodging && !hasGeo(j) && !sameProvince(j),
      points: elsewhere,
    });
  }
  return levels;
}

/**
 * Skills × occupation wish: has one of the person's experienced skills, else a can-work one, else a
 * beginner one, else none (at most 40 × that level's factor); × wished occupation or not.
 */
export function skillLevels(person: MatchProfile): Level[] {
  const codesAt = (level: string) => person.skills.filter((s) => s.level === level).map((s) => s.code);
  const has = (codes: readonly string[]) => (job: MatchJob) => job.skills.some((s) => codes.includes(s.code));
  const max = matchWeights.parts.skills;
  const classes: Level[] = [];
  const above: string[] = [];
  for (const level of ['experienced', 'can_work', 'beginner'] as const) {
    const codes = codesAt(level);
    if (codes.length === 0) continue;
    const higher = [...above];
    classes.push({
      filter: and(`skillCodes IN ${list(codes)}`, higher.length ? `skillCodes NOT IN ${list(higher)}` : null),
      contains: (j) => has(codes)(j) && !has(higher)(j),
      points: max * matchWeights.skillLevel[level],
    });
    above.push(...codes);
  }
  classes.push({ filter: above.length ? `skillCodes NOT IN ${list(above)}` : null, contains: (j) => !has(above)(j), points: 0 });

  const w = matchWeights.wish;
  const wishes = [...person.wishes];
  if (wishes.length === 0) return classes.map((c) => ({ ...c, points: c.points + w.noOccupationWish }));
  return classes.flatMap((c): Level[] => [
    {
      filter: and(c.filter, `occupationCode IN ${list(wishes)}`),
      contains: (j, km) => c.contains(j, km) && person.wishes.has(j.occupation),
      points: c.points + w.occupation,
    },
    {
      filter: and(c.filter, `occupationCode NOT IN ${list(wishes)}`),
      contains: (j, km) => c.contains(j, km) && !person.wishes.has(j.occupation),
      points: c.points,
    },
  ]);
}

/** The wage against the floor: the minimum reaches it, only the maximum does, or neither. */
export function wageLevels(person: MatchProfile): Level[] {
  const w = matchWeights.wage;
  const floor = person.wageFloor;
  if (floor === null) return [{ filter: null, contains: () => true, points: w.noFloor }];
  return [
    { filter: `wageMin >= ${floor}`, contains: (j) => j.wageMin >= floor, points: w.meetsFloor },
    {
      filter: `wageMin < ${floor} AND wageMax >= ${floor}`,
      contains: (j) => j.wageMin < floor && j.wageMax >= floor,
      points: w.maxMeetsFloor,
    },
    { filter: `wageMax < ${floor}`, contains: (j) => j.wageMax < floor, points: w.belowFloor },
  ];
}

/**
 * The employer's support, one dimension per offer (lodging, meals, on-the-job training): as
 * separate dimensions, "support worth at least n points" collapses into a short filter.
 */
export function supportDimensions(): Dimension[] {
  const w = matchWeights.support;
  const offer = (name: string, attribute: 'providesLodging' | 'providesMeals' | 'providesTraining', points: number): Dimension => ({
    name,
    levels: [
      { filter: `${attribute} = true`, contains: (j) => j[attribute], points },
      { filter: `${attribute} = false`, contains: (j) => !j[attribute], points: 0 },
    ],
  });
  return [
    offer('lodging', 'providesLodging', w.lodging),
    offer('meals', 'providesMeals', w.meals),
    offer('training', 'providesTraining', w.training),
  ];
}

/** Start date: only a person available later than today can miss a start (then at most `late` points). */
export function startLevels(person: MatchProfile, today: string): Level[] {
  const w = matchWeights.start;
  const available = person.availableFrom;
  if (!available || available <= today) return [{ filter: null, contains: () => true, points: Math.max(w.fits, w.noDate) }];
  const fits = (j: MatchJob) => j.startDate === null || j.startDate >= available;
  return [
    { filter: `startsAt IS NULL OR startsAt >= ${dayStartSeconds(available)}`, contains: fits, points: Math.max(w.fits, w.noDate) },
    { filter: `startsAt < ${dayStartSeconds(available)}`, contains: (j) => !fits(j), points: w.late },
  ];
}

/** The kind of work: wished (or no wish given) or not. */
export function workTypeLevels(person: MatchProfile): Level[] {
  const types = [...person.workTypes];
  const points = matchWeights.wish.workType;
  if (types.length === 0) return [{ filter: null, contains: () => true, points }];
  return [
    { filter: `workType IN ${list(types)}`, contains: (j) => person.workTypes.has(j.workType), points },
    { filter: `workType NOT IN ${list(types)}`, contains: (j) => !person.workTypes.has(j.workType), points: 0 },
  ];
}

export function jobDimensions(person: MatchProfile, today: string): Dimension[] {
  return [
    { name: 'place', levels: placeLevels(person) },
    { name: 'skills', levels: skillLevels(person) },
    { name: 'wage', levels: wageLevels(person) },
    { name: 'start', levels: startLevels(person, today) },
    { name: 'workType', levels: workTypeLevels(person) },
    ...supportDimensions(),
  ];
}

/** Every partition (one level per dimension), highest bound first. */
export function jobPartitions(dimensions: readonly Dimension[]): Partition[] {
  const partitions: Partition[] = [];
  const levels: number[] = new Array(dimensions.length).fill(0);
  const walk = (d: number, bound: number) => {
    if (d === dimensions.length) {
      partitions.push({ id: partitions.length, levels: [...levels], bound });
      return;
    }
    dimensions[d].levels.forEach((level, i) => {
      levels[d] = i;
      walk(d + 1, bound + level.points);
    });
  };
  walk(0, 0);
  return partitions.sort((a, b) => b.bound - a.bound || a.id - b.id);
}

/** The partition a job falls in (tests: every job within reach falls in exactly one). */
export function partitionOf(dimensions: readonly Dimension[], person: MatchProfile, job: MatchJob): number[] | null {
  const km = distanceKm(person, job);
  const levels: number[] = [];
  for (const dimension of dimensions) {
    const found = dimension.levels.flatMap((level, i) => (level.contains(job, km) ? [i] : []));
    if (found.length !== 1) return null;
    levels.push(found[0]);
  }
  return levels;
}

/** The bound of the partition with these levels. */
export function boundOf(dimensions: readonly Dimension[], levels: readonly number[]) {
  return levels.reduce((sum, level, d) => sum + dimensions[d].levels[level].points, 0);
}

/**
 * One Meilisearch filter for the union of `partitions`: a tree by dimension (place, then skills…),
 * where a level whose partitions are all selected stands alone, without its subtree.
 */
export function unionFilter(dimensions: readonly Dimension[], partitions: readonly Partition[]): string {
  const sizeBelow = (d: number) => dimensions.slice(d).reduce((n, dim) => n * dim.levels.length, 1);
  const or = (filters: (string | null)[]) =>
    filters.includes(null) ? null : filters.length === 1 ? filters[0] : filters.map((f) => `(${f})`).join(' OR ');
  const build = (d: number, selected: readonly Partition[]): string | null => {
    if (selected.length === sizeBelow(d)) return null; // everything below: no condition
    const byLevel = new Map<number, Partition[]>();
    for (const p of selected) {
      const group = byLevel.get(p.levels[d]);
      if (group) group.push(p);
      else byLevel.set(p.levels[d], [p]);
    }
    return or([...byLevel].map(([level, group]) => and(dimensions[d].levels[level].filter, build(d + 1, group))));
  };
  return build(0, partitions) ?? '';
}
