// The scoring module part by part: each hard filter, each part of a job's and a training slot's
// score with its reasons and what is missing, and the one ranking order.
import { expect, test } from 'vitest';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { matchingMessages } from '#app/i18n/messages/matching.ts';
import {
  certificateMeets,
  compareRanked,
  costPart,
  distanceKm,
  distancePart,
  foldedWords,
  gapPart,
  jobHardFilters,
  licenceClassesIn,
  licencesHeld,
  matchWeights,
  meetsCertificate,
  meetsLicence,
  prepareProfile,
  scoreJob,
  scoreTraining,
  skillGaps,
  skillsPart,
  startPart,
  supportPart,
  trainingHardFilters,
  trainingStartPart,
  trainingWeights,
  trainingWishPart,
  wagePart,
  wishPart,
  withinReach,
  type MatchJob,
  type MatchProfileInput,
  type MatchTraining,
} from '#app/services/matching/score.ts';

const today = '2026-03-01';
const context = { today };

function person(overrides: Partial<MatchProfileInput> = {}) {
  return prepareProfile({
    id: 'p1',
    provinceCode: '51',
    communeCode: '23302',
    latitude: 15.12,
    longitude: 108.8,
    willingToMove: false,
    maxTravelKm: null,
    availableFrom: null,
    wageFloor: null,
    wishWorkTypes: [],
    occupationWishes: [],
    skills: [],
    certificates: [],
    ...overrides,
  });
}

function job(overrides: Partial<MatchJob> = {}): MatchJob {
  return {
    id: 'j1',
    isPublic: true,
    occupation: 'welder',
    skills: [],
    provinceCode: '51',
    communeCode: '23302',
    latitude: 15.12,
    longitude: 108.8,
    wageMin: 7_000_000,
    wageMax: 9_000_000,
    workType: 'full_time',
    startDate: null,
    providesLodging: false,
    providesMeals: false,
    providesTraining: false,
    drivingLicenceClass: null,
    requiredCertificate: null,
    ...overrides,
  };
}

function slot(overrides: Partial<MatchTraining> = {}): MatchTraining {
  return {
    id: 's1',
    isPublic: true,
    occupation: 'welder',
    provinceCode: '51',
    communeCode: null,
    latitude: null,
    longitude: null,
    seatsLeft: 8,
    startDate: '2026-04-01',
    funding: 'free',
    costVnd: 0,
    ...overrides,
  };
}

/** A point `km` north of (15.12, 108.8). */
const north = (km: number) => ({ latitude: 15.12 + km / 111.195, longitude: 108.8 });

test('the weights of each score add up to 100', () => {
  expect(Object.values(matchWeights.parts).reduce((a, b) => a + b, 0)).toBe(100);
  expect(Object.values(trainingWeights.parts).reduce((a, b) => a + b, 0)).toBe(100);
  expect(matchWeights.wish.occupation + matchWeights.wish.workType).toBe(matchWeights.parts.wish);
  expect(matchWeights.support.lodging + matchWeights.support.meals + matchWeights.support.training).toBe(matchWeights.parts.support);
});

// ── Hard filters ────────────────────────────────────────────────────────────────────────────────

test('hard filter "open": a job that is not public never matches', () => {
  expect(jobHardFilters(person(), job({ isPublic: false }))).toEqual(['open']);
  expect(scoreJob(person(), job({ isPublic: false }), context)).toEqual({ eligible: false, failed: ['open'] });
});

test('hard filter "reach": within the daily range (30 km by default) when both places have coordinates', () => {
  expect(distanceKm(person(), { ...job(), ...north(10) })).toBeCloseTo(10, 1);
  expect(withinReach(person(), { ...job(), ...north(29) })).toBe(true);
  expect(withinReach(person(), { ...job(), ...north(31) })).toBe(false);
  expect(withinReach(person({ maxTravelKm: 10 }), { ...job(), ...north(12) })).toBe(false);
  expect(withinReach(person({ maxTravelKm: 50 }), { ...job(), ...north(45), provinceCode: '49' })).toBe(true);
});

test('hard filter "reach": the province when either place has no coordinates', () => {
  expect(withinReach(person({ latitude: null, longitude: null }), job({ provinceCode: '51' }))).toBe(true);
  expect(withinReach(person(), job({ latitude: null, longitude: null, provinceCode: '51' }))).toBe(true);
  expect(withinReach(person(), job({ latitude: null, longitude: null, provinceCode: '24' }))).toBe(false);
});

test('hard filter "reach": anywhere when lodging is offered and the person would move', () => {
  const far = job({ provinceCode: '24', latitude: 21.18, longitude: 106.07, providesLodging: true });
  expect(withinReach(person(), far)).toBe(false);
  expect(withinReach(person({ willingToMove: true }), far)).toBe(true);
  expect(withinReach(person({ willingToMove: true }), { ...far, providesLodging: false })).toBe(false);
});

test('hard filter "licence": a certificate naming the class, or a class that allows it', () => {
  expect(licenceClassesIn('Bằng lái xe hạng C')).toEqual(['C']);
  expect(licenceClassesIn('GPLX hạng B, C1')).toEqual(['B', 'C1']);
  expect(licenceClassesIn('Giấy phép lái xe B2')).toEqual(['B']);
  expect(licenceClassesIn('Driving licence class D2')).toEqual(['D2']);
  expect(licenceClassesIn('Chứng chỉ hàn hạng C')).toEqual([]);
  expect([...licencesHeld(['Bằng lái xe hạng C'])].sort()).toEqual(['B', 'C', 'C1']);
  const driver = person({ certificates: ['bang lai xe hang C'] });
  expect(meetsLicence(driver, { drivingLicenceClass: 'C' })).toBe(true);
  expect(meetsLicence(driver, { drivingLicenceClass: 'B' })).toBe(true);
  expect(meetsLicence(driver, { drivingLicenceClass: 'D' })).toBe(false);
  expect(meetsLicence(person(), { drivingLicenceClass: 'C' })).toBe(false);
  expect(meetsLicence(person(), { drivingLicenceClass: null })).toBe(true);
  expect(jobHardFilters(person(), job({ drivingLicenceClass: 'C' }))).toEqual(['licence']);
});

test('hard filter "certificate": every word of the requirement, folded, in one certificate', () => {
  expect(foldedWords('Chứng chỉ HÀN 3G')).toEqual(['chung', 'chi', 'han', '3g']);
  expect(certificateMeets(new Set(foldedWords('Chứng chỉ sơ cấp nghề hàn 3G')), 'Chứng chỉ hàn 3G')).toBe(true);
  expect(certificateMeets(new Set(foldedWords('CHUNG CHI HAN 3G')), 'chứng chỉ hàn 3g')).toBe(true);
  expect(certificateMeets(new Set(foldedWords('Chứng chỉ hàn')), 'Chứng chỉ hàn 3G')).toBe(false);
  expect(certificateMeets(new Set(foldedWords('Giấy chứng nhận an toàn lao động')), 'Chứng chỉ an toàn lao động')).toBe(true);
  const welder = person({ certificates: ['Chứng chỉ sơ cấp nghề hàn 3G', 'Bằng lái xe hạng A1'] });
  expect(meetsCertificate(welder, { requiredCertificate: 'Chứng chỉ hàn 3G' })).toBe(true);
  expect(meetsCertificate(person(), { requiredCertificate: 'Chứng chỉ hàn 3G' })).toBe(false);
  expect(meetsCertificate(person(), { requiredCertificate: '  ' })).toBe(true);
  expect(jobHardFilters(person(), job({ requiredCertificate: 'Chứng chỉ hàn 3G' }))).toEqual(['certificate']);
});

test('hard filter "seats": a training slot needs a seat left, and is reached without lodging', () => {
  expect(trainingHardFilters(person(), slot({ seatsLeft: 0 }))).toEqual(['seats']);
  expect(trainingHardFilters(person(), slot({ isPublic: false }))).toEqual(['open']);
  expect(trainingHardFilters(person({ willingToMove: true }), slot({ provinceCode: '24' }))).toEqual(['reach']);
  expect(trainingHardFilters(person(), slot())).toEqual([]);
});

// ── Parts of a job's score ──────────────────────────────────────────────────────────────────────

test('skills: weighted by level, required counting twice; what is lacked is missing', () => {
  const skills = [
    { code: 'welding-arc', required: true },
    { code: 'welding-mig', required: true },
    { code: 'welding-tig', required: false },
  ];
  const p = person({
    skills: [
      { code: 'welding-arc', level: 'experienced', occupation: 'welder' },
      { code: 'welding-tig', level: 'beginner', occupation: 'welder' },
    ],
  });
  const { part, missing } = skillsPart(p, { skills });
  // (2 × 1 + 1 × 0.4) / (2 + 2 + 1) × 40 = 19.2
  expect(part.points).toBe(19.2);
  expect(part.max).toBe(40);
  expect(part.reasons).toEqual([
    {
      key: 'match.reason.skill',
      params: {
        skill: { skill: 'welding-arc' },
        level: { key: 'skillLevel.experienced' },
        importance: { key: 'match.importance.required' },
      },
    },
    {
      key: 'match.reason.skill',
      params: {
        skill: { skill: 'welding-tig' },
        level: { key: 'skillLevel.beginner' },
        importance: { key: 'match.importance.niceToHave' },
      },
    },
  ]);
  expect(missing).toEqual([{ key: 'match.missing.requiredSkill', params: { skill: { skill: 'welding-mig' } } }]);
  const can = person({ skills: [{ code: 'welding-arc', level: 'can_work', occupation: 'welder' }] });
  expect(skillsPart(can, { skills: [{ code: 'welding-arc', required: true }] }).part.points).toBe(30);
  expect(skillsPart(person(), { skills }).part).toMatchObject({ points: 0, reasons: [{ key: 'match.reason.skills.noneHeld' }] });
  expect(skillsPart(p, { skills: [] }).part).toMatchObject({ points: 0, reasons: [{ key: 'match.reason.skills.noneAsked' }] });
  // The order the skills come in does not change the points.
  expect(skillsPart(p, { skills: [...skills].reverse() }).part.points).toBe(19.2);
});

test('wish: the wished occupation and kind of work', () => {
  const p = person({ occupationWishes: ['welder'], wishWorkTypes: ['full_time'] });
  expect(wishPart(p, job()).part.points).toBe(15);
  expect(wishPart(p, job({ occupation: 'cook' })).part).toMatchObject({
    points: 3,
    reasons: [{ key: 'match.reason.wish.otherOccupation' }, { key: 'match.reason.wish.workType' }],
  });
  const shift = wishPart(p, job({ workType: 'shift' }));
  expect(shift.part.points).toBe(12);
  expect(shift.missing).toEqual([{ key: 'match.missing.workType', params: { workType: { key: 'job.workType.shift' } } }]);
  expect(wishPart(person(), job()).part.points).toBe(6 + 3);
});

test('distance: km bands with coordinates, else same commune > same province > elsewhere', () => {
  const p = person();
  expect(distancePart(p, { ...job(), ...north(3) }).part).toMatchObject({
    points: 20,
    reasons: [{ key: 'match.reason.distance.km', params: { km: 3 } }],
  });
  expect(distancePart(p, { ...job(), ...north(12) }).part.points).toBe(16);
  expect(distancePart(p, { ...job(), ...north(25) }).part.points).toBe(12);
  expect(distancePart(p, { ...job(), ...north(50) }).part.points).toBe(8);
  expect(distancePart(p, { ...job(), ...north(100) }).part.points).toBe(4);
  const noGeo = { latitude: null, longitude: null };
  expect(distancePart(p, job({ ...noGeo })).part).toMatchObject({ points: 20, reasons: [{ key: 'match.reason.distance.sameCommune' }] });
  expect(distancePart(p, job({ ...noGeo, communeCode: '23305' })).part).toMatchObject({
    points: 12,
    reasons: [{ key: 'match.reason.distance.sameProvince' }],
  });
  const moving = person({ willingToMove: true, latitude: null, longitude: null });
  expect(distancePart(moving, job({ provinceCode: '24', communeCode: null, providesLodging: true })).part).toMatchObject({
    points: 4,
    reasons: [{ key: 'match.reason.distance.elsewhere' }, { key: 'match.reason.distance.moves' }],
  });
});

test('wage: the minimum reaches the floor, only the maximum does, no floor, or below (missing)', () => {
  expect(wagePart(person({ wageFloor: 6_000_000 }), job()).part).toMatchObject({
    points: 10,
    reasons: [{ key: 'match.reason.wage.meets', params: { min: 7, max: 9, floor: 6 } }],
  });
  expect(wagePart(person({ wageFloor: 8_000_000 }), job()).part.points).toBe(6);
  expect(wagePart(person(), job()).part.points).toBe(7);
  const below = wagePart(person({ wageFloor: 9_500_000 }), job());
  expect(below.part.points).toBe(0);
  expect(below.missing).toEqual([{ key: 'match.missing.wage', params: { min: 7, max: 9, floor: 9.5 } }]);
});

test('start date: available by the start (a past start counts as today), a little later, or too late (missing)', () => {
  expect(startPart(person(), job({ startDate: null }), context).part.points).toBe(5);
  expect(startPart(person({ availableFrom: '2026-03-10' }), job({ startDate: '2026-03-15' }), context).part.points).toBe(5);
  expect(startPart(person({ availableFrom: '2026-02-01' }), job({ startDate: '2026-01-01' }), context).part.points).toBe(5);
  expect(startPart(person({ availableFrom: '2026-03-20' }), job({ startDate: '2026-03-01' }), context).part).toMatchObject({
    points: 2,
    reasons: [{ key: 'match.reason.start.late', params: { days: 19 } }],
  });
  // Started in January: what counts is today (1 March), and 1 May is 61 days later.
  const late = startPart(person({ availableFrom: '2026-05-01' }), job({ startDate: '2026-01-10' }), context);
  expect(late.part.points).toBe(0);
  expect(late.missing).toEqual([{ key: 'match.missing.start', params: { date: { date: '2026-05-01' }, start: { date: today } } }]);
});

test('support: lodging, meals and on-the-job training', () => {
  expect(supportPart(job({ providesLodging: true, providesMeals: true, providesTraining: true })).part.points).toBe(10);
  expect(supportPart(job({ providesLodging: true })).part).toMatchObject({ points: 4, reasons: [{ key: 'match.reason.support.lodging' }] });
  expect(supportPart(job()).part).toMatchObject({ points: 0, reasons: [{ key: 'match.reason.support.none' }] });
});

test('a whole job score is the sum of its parts, with everything missing listed', () => {
  const p = person({
    skills: [{ code: 'welding-arc', level: 'experienced', occupation: 'welder' }],
    occupationWishes: ['welder'],
    wageFloor: 6_000_000,
  });
  const result = scoreJob(
    p,
    job({
      ...north(12),
      skills: [
        { code: 'welding-arc', required: true },
        { code: 'welding-mig', required: false },
      ],
      providesLodging: true,
    }),
    context,
  );
  if (!result.eligible) throw new Error('expected a match');
  expect(result.parts.map((x) => [x.part, x.points])).toEqual([
    ['skills', 26.7],
    ['wish', 15],
    ['distance', 16],
    ['wage', 10],
    ['start', 5],
    ['support', 4],
  ]);
  expect(result.score).toBe(76.7);
  expect(result.distanceKm).toBe(12);
  expect(result.missing).toEqual([{ key: 'match.missing.niceSkill', params: { skill: { skill: 'welding-mig' } } }]);
});

// ── Training slots ──────────────────────────────────────────────────────────────────────────────

test('training parts: wish or own trade, the skill gap it fills, start, cost', () => {
  const p = person({ occupationWishes: ['cook'], skills: [{ code: 'welding-arc', level: 'beginner', occupation: 'welder' }] });
  expect(trainingWishPart(p, slot({ occupation: 'cook' })).part.points).toBe(30);
  expect(trainingWishPart(p, slot()).part).toMatchObject({ points: 15, reasons: [{ key: 'match.reason.training.ownTrade' }] });
  expect(trainingWishPart(p, slot({ occupation: 'plumber' })).part.points).toBe(0);

  const gaps = skillGaps(
    p,
    {
      id: 'j1',
      title: 'Thợ hàn TIG',
      skills: [
        { code: 'welding-tig', required: true },
        { code: 'welding-arc', required: true },
        { code: 'welding-mig', required: false },
      ],
    },
    (skill) => (skill.startsWith('welding') ? 'welder' : null),
  );
  expect(gaps.map((g) => [g.skill, g.required])).toEqual([
    ['welding-tig', true],
    ['welding-mig', false],
  ]);
  expect(gapPart(slot(), gaps).part).toMatchObject({
    points: 30,
    reasons: [{ key: 'match.reason.training.gap', params: { skill: { skill: 'welding-tig' }, job: 'Thợ hàn TIG' } }],
  });
  expect(gapPart(slot({ occupation: 'cook' }), gaps).part.points).toBe(0);

  expect(trainingStartPart(p, slot({ startDate: '2026-04-01' }), context).part.points).toBe(10);
  expect(trainingStartPart(p, slot({ startDate: null }), context).part.points).toBe(6);
  const early = trainingStartPart(person({ availableFrom: '2026-05-01' }), slot({ startDate: '2026-04-01' }), context);
  expect(early.part.points).toBe(0);
  expect(early.missing[0].key).toBe('match.missing.trainingStart');

  expect(costPart(slot()).part.points).toBe(10);
  expect(costPart(slot({ funding: 'subsidised', costVnd: 500_000 })).part).toMatchObject({
    points: 6,
    reasons: [{ params: { cost: { vnd: 500_000 } } }],
  });
  expect(costPart(slot({ funding: 'fee', costVnd: 2_000_000 })).part.points).toBe(0);

  const scored = scoreTraining(p, slot(), gaps, context);
  expect(scored.eligible && scored.score).toBe(15 + 30 + 12 + 10 + 10);
});

test('ranking: higher score first, ties by id', () => {
  const list = [
    { score: 50, id: 'b' },
    { score: 70, id: 'c' },
    { score: 50, id: 'a' },
  ].sort((x, y) => compareRanked(x.score, x.id, y.score, y.id));
  expect(list.map((x) => x.id)).toEqual(['c', 'a', 'b']);
});

test('no matching message labels a past, in either language', () => {
  for (const [key, text] of Object.entries(matchingMessages)) {
    expect(findPastLabel(text.vi), key).toBeNull();
    expect(findPastLabel(text.en), key).toBeNull();
  }
});
