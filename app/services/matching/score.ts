// Matching's one scoring module (issue 4, docs/matching.md): the hard filters a job or a training
// slot must pass for a person, then a score out of 100 made of named parts, each with its points and
// the reasons behind them (message keys + parameters, rendered later in the reader's language).
// Pure — no database, no clock (today is passed in): retrieval and the benchmark's brute-force
// oracle rank with exactly these functions, so their rankings can be compared one for one.
import type { MessageKey } from '#app/i18n/messages.ts';
import type { fundingKinds, skillLevels, workTypes } from '#db/schema.ts';
import { foldVietnamese } from '#lib/fold.ts';

export type SkillLevel = (typeof skillLevels)[number];
export type WorkType = (typeof workTypes)[number];
export type Funding = (typeof fundingKinds)[number];

// ── Weights: every number of the score, in one place ───────────────────────────────────────────

/** A job match: the parts' maxima add up to 100. Documented, with examples, in docs/matching.md. */
export const matchWeights = {
  parts: { skills: 40, wish: 15, distance: 20, wage: 10, start: 5, support: 10 },
  /** Skill coverage: a required skill weighs twice a nice-to-have one… */
  skillImportance: { required: 2, niceToHave: 1 },
  /** …and earns this share of its weight by the person's level. */
  skillLevel: { beginner: 0.4, can_work: 0.75, experienced: 1 },
  /** The job's occupation is wished (or no occupation wish was given); its kind of work is wished (or any). */
  wish: { occupation: 12, noOccupationWish: 6, workType: 3 },
  /** With coordinates on both sides: up to `km` away earns `points`; farther earns `beyond`. */
  distanceBands: [
    { km: 5, points: 20 },
    { km: 15, points: 16 },
    { km: 30, points: 12 },
    { km: 60, points: 8 },
  ],
  distanceBeyond: 4,
  /** Without coordinates on both sides: the administrative place. */
  place: { sameCommune: 20, sameProvince: 12, elsewhere: 4 },
  /** The job's minimum reaches the wage floor / only its maximum does / no floor given / below it. */
  wage: { meetsFloor: 10, maxMeetsFloor: 6, noFloor: 7, belowFloor: 0 },
  /** Available by the start (or no start date) / at most `lateDays` later / later still. */
  start: { fits: 5, noDate: 5, late: 2, lateDays: 30, tooLate: 0 },
  support: { lodging: 4, meals: 3, training: 3 },
} as const;

/** A training-slot match: the parts' maxima add up to 100. */
export const trainingWeights = {
  parts: { wish: 30, gap: 30, distance: 20, start: 10, cost: 10 },
  /** The course's occupation is wished / is the occupation of a skill the person already has. */
  wish: { occupation: 30, ownTrade: 15 },
  /** It teaches the occupation of a skill one of the person's best jobs requires / would like. */
  gap: { required: 30, niceToHave: 15 },
  start: { fits: 10, noDate: 6, tooEarly: 0 },
  cost: { free: 10, subsidised: 6, fee: 0 },
} as const;

/** The daily travel range of a person who gave none. */
export const defaultMaxTravelKm = 30;

// ── Shapes ──────────────────────────────────────────────────────────────────────────────────────

/** A reason's parameter: plain text or a number, or something rendered in the reader's language. */
export type ReasonParam =
  string | number | { skill: string } | { occupation: string } | { date: string } | { vnd: number } | { key: MessageKey };
export type Reason = { key: MessageKey; params?: Record<string, ReasonParam> };

export type JobPart = keyof typeof matchWeights.parts;
export type TrainingPart = keyof typeof trainingWeights.parts;
export type ScorePart<P extends string = JobPart | TrainingPart> = { part: P; points: number; max: number; reasons: Reason[] };
export type HardFilter = 'open' | 'reach' | 'licence' | 'certificate' | 'seats';

export type Scored<P extends string> =
  | { eligible: true; score: number; parts: ScorePart<P>[]; missing: Reason[]; distanceKm: number | null }
  | { eligible: false; failed: HardFilter[] };

type Place = { provinceCode: string; communeCode: string | null; latitude: number | null; longitude: number | null };

export type MatchProfileInput = Place & {
  id: string;
  willingToMove: boolean;
  maxTravelKm: number | null;
  availableFrom: string | null;
  wageFloor: number | null;
  wishWorkTypes: readonly WorkType[];
  /** Occupation codes. */
  occupationWishes: readonly string[];
  /** Skill codes with the person's level and the skill's occupation code. */
  skills: readonly { code: string; level: SkillLevel; occupation: string | null }[];
  /** Certificate names (never the issuer). */
  certificates: readonly string[];
};

export type MatchProfile = MatchProfileInput & {
  levelOf: ReadonlyMap<string, SkillLevel>;
  wishes: ReadonlySet<string>;
  workTypes: ReadonlySet<WorkType>;
  /** Occupations of the skills the person has. */
  trades: ReadonlySet<string>;
  /** Driving licence classes held, with the classes each of them also allows. */
  licences: ReadonlySet<string>;
  /** The words of each certificate's name, folded (see certificateWords). */
  certificateWords: readonly ReadonlySet<string>[];
  reachKm: number;
};

export type MatchJob = Place & {
  id: string;
  /** Open, from a verified employer, not past its closing date (publicJobCondition). */
  isPublic: boolean;
  /** Occupation code. */
  occupation: string;
  skills: readonly { code: string; required: boolean }[];
  wageMin: number;
  wageMax: number;
  workType: WorkType;
  startDate: string | null;
  providesLodging: boolean;
  providesMeals: boolean;
  providesTraining: boolean;
  drivingLicenceClass: string | null;
  requiredCertificate: string | null;
};

export type MatchTraining = Place & {
  id: string;
  isPublic: boolean;
  occupation: string;
  seatsLeft: number;
  startDate: string | null;
  funding: Funding;
  costVnd: number;
};

/** A skill one of the person's best jobs asks for and the person lacks. */
export type SkillGap = { skill: string; occupation: string; required: boolean; jobId: string; jobTitle: string };

export type ScoreContext = { today: string };

const round1 = (n: number) => Math.round(n * 10) / 10;

// ── Distance ────────────────────────────────────────────────────────────────────────────────────

const earthRadiusKm = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km, or null unless both places have coordinates. */
export function distanceKm(a: Place, b: Place): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Points of the distance band `km` falls in. */
export function distanceBandPoints(km: number): number {
  for (const band of matchWeights.distanceBands) if (km <= band.km) return band.points;
  return matchWeights.distanceBeyond;
}

// ── Certificates and driving licences ───────────────────────────────────────────────────────────

/** Words that name a kind of paper, not what it certifies: a requirement is met without them. */
const paperWords = new Set([
  'chung',
  'chi',
  'nhan',
  'giay',
  'bang',
  'van',
  'certificate',
  'certified',
  'of',
  'in',
  'and',
  'va',
  'co',
  'the',
]);

/** The words of a text, folded (no diacritics, lower case), split on anything not a letter or digit. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A job's required certificate is met when some certificate of the person contains every word of
 * the requirement, compared folded (no diacritics, any case), leaving out words that only name
 * a kind of paper ("chứng chỉ", "giấy chứng nhận", "bằng", "certificate"): "Chứng chỉ hàn 3G" is
 * met by "Chứng chỉ sơ cấp nghề hàn 3G" and "CHUNG CHI HAN 3G", not by "Chứng chỉ hàn".
 */
export function certificateMeets(certificateWordSet: ReadonlySet<string>, required: string): boolean {
  return foldedWords(required).every((word) => paperWords.has(word) || certificateWordSet.has(word));
}

/** Driving licence classes of the 2024 Road Traffic Order and Safety Law (Law 36/2024/QH15, Art. 57). */
export const licenceClasses = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'] as const;

/**
 * What a class also allows, as the law's ladder reads: A allows A1; C1 allows B; C allows C1 and B;
 * D1, D2 and D each allow the classes below them. Trailer classes (…E) and B1 stand only for
 * themselves here (conservative: the counsellor can always record the lower class too).
 */
export const licenceAlsoAllows: Record<string, readonly string[]> = {
  A: ['A1'],
  C1: ['B'],
  C: ['C1', 'B'],
  D1: ['C', 'C1', 'B'],
  D2: ['D1', 'C', 'C1', 'B'],
  D: ['D2', 'D1', 'C', 'C1', 'B'],
};

/** Classes of licences issued before 2025 that people still hold, read as today's class. */
const formerClasses: Record<string, string> = { B2: 'B', E: 'D', FC: 'CE' };

/**
 * The licence classes a certificate names, or none when it is not a driving licence. It is one when
 * its folded name has "lai xe", "gplx" or "driving licen(c|s)e"; its classes are the class-shaped
 * words after "hạng"/"class" (or anywhere, when neither word is there): "Bằng lái xe hạng C" → C,
 * "GPLX hạng B, C1" → B and C1, "Giấy phép lái xe B2" (a former class) → B.
 */
export function licenceClassesIn(certificateName: string): string[] {
  const folded = foldVietnamese(certificateName);
  if (!/lai xe|gplx|driv\w* licen[cs]e/.test(folded)) return [];
  const words = foldedWords(certificateName);
  const marker = words.findIndex((w) => w === 'hang' || w === 'class');
  const candidates = marker >= 0 ? words.slice(marker + 1) : words;
  const found = new Set<string>();
  for (const word of candidates) {
    const upper = word.toUpperCase();
    if ((licenceClasses as readonly string[]).includes(upper)) found.add(upper);
    else if (formerClasses[upper]) found.add(formerClasses[upper]);
  }
  return [...found];
}

/** The classes a person may drive, from the names of their certificates. */
export function licencesHeld(certificates: readonly string[]): Set<string> {
  const held = new Set<string>();
  for (const name of certificates) {
    for (const cls of licenceClassesIn(name)) {
      held.add(cls);
      for (const lower of licenceAlsoAllows[cls] ?? []) held.add(lower);
    }
  }
  return held;
}

// ── The person, prepared once for many scores ───────────────────────────────────────────────────

export function prepareProfile(input: MatchProfileInput): MatchProfile {
  return {
    ...input,
    levelOf: new Map(input.skills.map((s) => [s.code, s.level])),
    wishes: new Set(input.occupationWishes),
    workTypes: new Set(input.wishWorkTypes),
    trades: new Set(input.skills.flatMap((s) => (s.occupation ? [s.occupation] : []))),
    licences: licencesHeld(input.certificates),
    certificateWords: input.certificates.map((name) => new Set(foldedWords(name))),
    reachKm: input.maxTravelKm ?? defaultMaxTravelKm,
  };
}

// ── Hard filters ────────────────────────────────────────────────────────────────────────────────

/**
 * Within the person's reach: a job offering lodging when they would move; else, with coordinates on
 * both sides, within their daily travel range (30 km when not given); else in their province.
 */
export function withinReach(person: MatchProfile, place: Place & { providesLodging?: boolean }, km = distanceKm(person, place)): boolean {
  if (person.willingToMove && place.providesLodging) return true;
  if (km !== null) return km <= person.reachKm;
  return place.provinceCode === person.provinceCode;
}

/** The job's driving licence class, if any, is one the person may drive. */
export function meetsLicence(person: MatchProfile, job: Pick<MatchJob, 'drivingLicenceClass'>): boolean {
  return !job.drivingLicenceClass || person.licences.has(job.drivingLicenceClass.toUpperCase());
}

/** The job's required certificate, if any, is met by one of the person's certificates. */
export function meetsCertificate(person: MatchProfile, job: Pick<MatchJob, 'requiredCertificate'>): boolean {
  const required = job.requiredCertificate?.trim();
  if (!required) return true;
  return person.certificateWords.some((words) => certificateMeets(words, required));
}

export function jobHardFilters(person: MatchProfile, job: MatchJob, km = distanceKm(person, job)): HardFilter[] {
  const failed: HardFilter[] = [];
  if (!job.isPublic) failed.push('open');
  if (!withinReach(person, job, km)) failed.push('reach');
  if (!meetsLicence(person, job)) failed.push('licence');
  if (!meetsCertificate(person, job)) failed.push('certificate');
  return failed;
}

export function trainingHardFilters(person: MatchProfile, slot: MatchTraining, km = distanceKm(person, slot)): HardFilter[] {
  const failed: HardFilter[] = [];
  if (!slot.isPublic) failed.push('open');
  if (slot.seatsLeft <= 0) failed.push('seats');
  // A course offers no lodging: only the daily range (or the province) counts.
  if (!withinReach(person, { ...slot, providesLodging: false }, km)) failed.push('reach');
  return failed;
}

// ── Parts of a job's score ──────────────────────────────────────────────────────────────────────

type PartResult<P extends string> = { part: ScorePart<P>; missing: Reason[] };

const skillParam = (code: string) => ({ skill: code });
const levelHundredths = (level: SkillLevel) => Math.round(matchWeights.skillLevel[level] * 100);

/**
 * Skill coverage: each skill the job asks for weighs 2 (required) or 1 (nice to have) and earns
 * that weight times the person's level factor; points = 40 × earned / total (0 when none is asked).
 */
export function skillsPart(person: MatchProfile, job: Pick<MatchJob, 'skills'>): PartResult<'skills'> {
  const max = matchWeights.parts.skills;
  if (job.skills.length === 0) {
    return { part: { part: 'skills', points: 0, max, reasons: [{ key: 'match.reason.skills.noneAsked' }] }, missing: [] };
  }
  // Whole hundredths, so the sum does not depend on the order the skills come in.
  let total = 0;
  let earned = 0;
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  for (const required of [true, false]) {
    for (const skill of job.skills) {
      if (skill.required !== required) continue;
      const weight = required ? matchWeights.skillImportance.required : matchWeights.skillImportance.niceToHave;
      total += weight * 100;
      const level = person.levelOf.get(skill.code);
      if (level) {
        earned += weight * levelHundredths(level);
        reasons.push({
          key: 'match.reason.skill',
          params: {
            skill: skillParam(skill.code),
            level: { key: `skillLevel.${level}` as const },
            importance: { key: required ? 'match.importance.required' : 'match.importance.niceToHave' },
          },
        });
      } else {
        missing.push({
          key: required ? 'match.missing.requiredSkill' : 'match.missing.niceSkill',
          params: { skill: skillParam(skill.code) },
        });
      }
    }
  }
  if (reasons.length === 0) reasons.push({ key: 'match.reason.skills.noneHeld' });
  return { part: { part: 'skills', points: round1((max * earned) / total), max, reasons }, missing };
}

/** The wished occupation (12, or 6 when none is wished) and kind of work (3 when wished or any). */
export function wishPart(person: MatchProfile, job: Pick<MatchJob, 'occupation' | 'workType'>): PartResult<'wish'> {
  const w = matchWeights.wish;
  let points = 0;
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  const occupation = { occupation: job.occupation };
  if (person.wishes.size === 0) {
    points += w.noOccupationWish;
    reasons.push({ key: 'match.reason.wish.noOccupation' });
  } else if (person.wishes.has(job.occupation)) {
    points += w.occupation;
    reasons.push({ key: 'match.reason.wish.occupation', params: { occupation } });
  } else {
    reasons.push({ key: 'match.reason.wish.otherOccupation', params: { occupation } });
  }
  const workType = { key: `job.workType.${job.workType}` as const };
  if (person.workTypes.size === 0) {
    points += w.workType;
    reasons.push({ key: 'match.reason.wish.anyWorkType' });
  } else if (person.workTypes.has(job.workType)) {
    points += w.workType;
    reasons.push({ key: 'match.reason.wish.workType', params: { workType } });
  } else {
    missing.push({ key: 'match.missing.workType', params: { workType } });
  }
  return { part: { part: 'wish', points, max: matchWeights.parts.wish, reasons }, missing };
}

/**
 * Distance: by km band when both places have coordinates, else same commune > same province >
 * elsewhere; says so when the place is reached only by moving to the lodging offered.
 */
export function distancePart(
  person: MatchProfile,
  place: Place & { providesLodging?: boolean },
  km = distanceKm(person, place),
): PartResult<'distance'> {
  const reasons: Reason[] = [];
  let points: number;
  if (km !== null) {
    points = distanceBandPoints(km);
    reasons.push({ key: 'match.reason.distance.km', params: { km: round1(km) } });
  } else if (person.communeCode !== null && place.communeCode === person.communeCode && place.provinceCode === person.provinceCode) {
    points = matchWeights.place.sameCommune;
    reasons.push({ key: 'match.reason.distance.sameCommune' });
  } else if (place.provinceCode === person.provinceCode) {
    points = matchWeights.place.sameProvince;
    reasons.push({ key: 'match.reason.distance.sameProvince' });
  } else {
    points = matchWeights.place.elsewhere;
    reasons.push({ key: 'match.reason.distance.elsewhere' });
  }
  const dailyReach = km !== null ? km <= person.reachKm : place.provinceCode === person.provinceCode;
  if (!dailyReach && person.willingToMove && place.providesLodging) reasons.push({ key: 'match.reason.distance.moves' });
  return { part: { part: 'distance', points, max: matchWeights.parts.distance, reasons }, missing: [] };
}

/** A monthly wage in millions of VND, to one decimal (7,5). */
export const millions = (vnd: number) => Math.round(vnd / 100_000) / 10;

/** Wage fit against the person's wage floor. */
export function wagePart(person: MatchProfile, job: Pick<MatchJob, 'wageMin' | 'wageMax'>): PartResult<'wage'> {
  const w = matchWeights.wage;
  const range = { min: millions(job.wageMin), max: millions(job.wageMax) };
  const part = (points: number, reason: Reason, missing: Reason[] = []): PartResult<'wage'> => ({
    part: { part: 'wage', points, max: matchWeights.parts.wage, reasons: [reason] },
    missing,
  });
  const floor = person.wageFloor;
  if (floor === null) return part(w.noFloor, { key: 'match.reason.wage.noFloor', params: range });
  const params = { ...range, floor: millions(floor) };
  if (job.wageMin >= floor) return part(w.meetsFloor, { key: 'match.reason.wage.meets', params });
  if (job.wageMax >= floor) return part(w.maxMeetsFloor, { key: 'match.reason.wage.partly', params });
  return part(w.belowFloor, { key: 'match.reason.wage.below', params: range }, [{ key: 'match.missing.wage', params }]);
}

/** Whole days from `from` to `to` ('YYYY-MM-DD'). */
export function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Start-date fit: the person is available by the start (a start already past counts as today), or
 * at most 30 days after it (2 points), or later (0, and it is missing).
 */
export function startPart(person: MatchProfile, job: Pick<MatchJob, 'startDate'>, context: ScoreContext): PartResult<'start'> {
  const w = matchWeights.start;
  const max = matchWeights.parts.start;
  if (!job.startDate) return { part: { part: 'start', points: w.noDate, max, reasons: [{ key: 'match.reason.start.open' }] }, missing: [] };
  const start = later(job.startDate, context.today);
  const available = person.availableFrom;
  if (!available || available <= start) {
    return {
      part: { part: 'start', points: w.fits, max, reasons: [{ key: 'match.reason.start.fits', params: { date: { date: start } } }] },
      missing: [],
    };
  }
  const days = daysBetween(start, available);
  if (days <= w.lateDays) {
    return {
      part: {
        part: 'start',
        points: w.late,
        max,
        reasons: [{ key: 'match.reason.start.late', params: { date: { date: available }, days } }],
      },
      missing: [],
    };
  }
  return {
    part: {
      part: 'start',
      points: w.tooLate,
      max,
      reasons: [{ key: 'match.reason.start.tooLate', params: { date: { date: available } } }],
    },
    missing: [{ key: 'match.missing.start', params: { date: { date: available }, start: { date: start } } }],
  };
}

/** What the employer offers: lodging, meals, on-the-job training. */
export function supportPart(job: Pick<MatchJob, 'providesLodging' | 'providesMeals' | 'providesTraining'>): PartResult<'support'> {
  const w = matchWeights.support;
  let points = 0;
  const reasons: Reason[] = [];
  if (job.providesLodging) {
    points += w.lodging;
    reasons.push({ key: 'match.reason.support.lodging' });
  }
  if (job.providesMeals) {
    points += w.meals;
    reasons.push({ key: 'match.reason.support.meals' });
  }
  if (job.providesTraining) {
    points += w.training;
    reasons.push({ key: 'match.reason.support.training' });
  }
  if (reasons.length === 0) reasons.push({ key: 'match.reason.support.none' });
  return { part: { part: 'support', points, max: matchWeights.parts.support, reasons }, missing: [] };
}

function total<P extends string>(results: PartResult<P>[], km: number | null): Scored<P> {
  let score = 0;
  for (const r of results) score += r.part.points;
  return {
    eligible: true,
    score: round1(score),
    parts: results.map((r) => r.part),
    missing: results.flatMap((r) => r.missing),
    distanceKm: km === null ? null : round1(km),
  };
}

/** A job for a person: hard filters, then the six parts. */
export function scoreJob(person: MatchProfile, job: MatchJob, context: ScoreContext): Scored<JobPart> {
  const km = distanceKm(person, job);
  const failed = jobHardFilters(person, job, km);
  if (failed.length) return { eligible: false, failed };
  return total(
    [
      skillsPart(person, job),
      wishPart(person, job),
      distancePart(person, job, km),
      wagePart(person, job),
      startPart(person, job, context),
      supportPart(job),
    ],
    km,
  );
}

// ── Training slots ──────────────────────────────────────────────────────────────────────────────

export function trainingWishPart(person: MatchProfile, slot: Pick<MatchTraining, 'occupation'>): PartResult<'wish'> {
  const w = trainingWeights.wish;
  const occupation = { occupation: slot.occupation };
  const [points, key]: [number, MessageKey] = person.wishes.has(slot.occupation)
    ? [w.occupation, 'match.reason.training.wish']
    : person.trades.has(slot.occupation)
      ? [w.ownTrade, 'match.reason.training.ownTrade']
      : [0, 'match.reason.training.otherOccupation'];
  return { part: { part: 'wish', points, max: trainingWeights.parts.wish, reasons: [{ key, params: { occupation } }] }, missing: [] };
}

/** A course that teaches the occupation of a skill one of the person's best jobs asks for. */
export function gapPart(slot: Pick<MatchTraining, 'occupation'>, gaps: readonly SkillGap[]): PartResult<'gap'> {
  const max = trainingWeights.parts.gap;
  const fitting = gaps.filter((g) => g.occupation === slot.occupation);
  const best = fitting.find((g) => g.required) ?? fitting[0];
  if (!best) return { part: { part: 'gap', points: 0, max, reasons: [{ key: 'match.reason.training.noGap' }] }, missing: [] };
  return {
    part: {
      part: 'gap',
      points: best.required ? trainingWeights.gap.required : trainingWeights.gap.niceToHave,
      max,
      reasons: [{ key: 'match.reason.training.gap', params: { skill: skillParam(best.skill), job: best.jobTitle } }],
    },
    missing: [],
  };
}

export function trainingStartPart(
  person: MatchProfile,
  slot: Pick<MatchTraining, 'startDate'>,
  context: ScoreContext,
): PartResult<'start'> {
  const w = trainingWeights.start;
  const max = trainingWeights.parts.start;
  if (!slot.startDate)
    return { part: { part: 'start', points: w.noDate, max, reasons: [{ key: 'match.reason.training.noDate' }] }, missing: [] };
  const available = later(person.availableFrom ?? context.today, context.today);
  const date = { date: slot.startDate };
  if (slot.startDate >= available) {
    return {
      part: { part: 'start', points: w.fits, max, reasons: [{ key: 'match.reason.training.starts', params: { date } }] },
      missing: [],
    };
  }
  return {
    part: { part: 'start', points: w.tooEarly, max, reasons: [{ key: 'match.reason.training.startsBefore', params: { date } }] },
    missing: [{ key: 'match.missing.trainingStart', params: { date, available: { date: available } } }],
  };
}

export function costPart(slot: Pick<MatchTraining, 'funding' | 'costVnd'>): PartResult<'cost'> {
  const w = trainingWeights.cost;
  const max = trainingWeights.parts.cost;
  const cost = { vnd: slot.costVnd };
  const [points, reason]: [number, Reason] =
    slot.funding === 'free' || slot.costVnd === 0
      ? [w.free, { key: 'match.reason.training.free' }]
      : slot.funding === 'subsidised'
        ? [w.subsidised, { key: 'match.reason.training.subsidised', params: { cost } }]
        : [w.fee, { key: 'match.reason.training.fee', params: { cost } }];
  return { part: { part: 'cost', points, max, reasons: [reason] }, missing: [] };
}

/** A training slot for a person: hard filters (open, seats left, reach), then five parts. */
export function scoreTraining(
  person: MatchProfile,
  slot: MatchTraining,
  gaps: readonly SkillGap[],
  context: ScoreContext,
): Scored<TrainingPart> {
  const km = distanceKm(person, slot);
  const failed = trainingHardFilters(person, slot, km);
  if (failed.length) return { eligible: false, failed };
  return total(
    [
      trainingWishPart(person, slot),
      gapPart(slot, gaps),
      distancePart(person, slot, km),
      trainingStartPart(person, slot, context),
      costPart(slot),
    ],
    km,
  );
}

// ── Ranking ─────────────────────────────────────────────────────────────────────────────────────

/** The one order of every ranked list: higher score first, then by id (so ties rank the same everywhere). */
export function compareRanked(aScore: number, aId: string, bScore: number, bId: string) {
  return bScore - aScore || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

/** The skills a job asks for that the person lacks, required first. */
export function skillGaps(
  person: MatchProfile,
  job: Pick<MatchJob, 'id' | 'skills'> & { title: string },
  occupationOf: (skill: string) => string | null,
): SkillGap[] {
  const gaps: SkillGap[] = [];
  for (const required of [true, false]) {
    for (const skill of job.skills) {
      if (skill.required !== required || person.levelOf.has(skill.code)) continue;
      const occupation = occupationOf(skill.code);
      if (occupation) gaps.push({ skill: skill.code, occupation, required, jobId: job.id, jobTitle: job.title });
    }
  }
  return gaps;
}
