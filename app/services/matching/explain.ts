// A score's parts and reasons in the reader's language: each reason keeps its message key and
// parameters (for API clients) and gains its text. Employers see distances only as "within the
// candidate's travel range": a distance in km from the job would hint at where the person lives;
// and a wage only as fitting the person's wish or not, never the wish itself (it would weaken the
// person in any talk about pay).
// The person themself reads no points: a strength in three levels and short plain sentences.
import { formatDay, formatVnd, formatNumber } from '#lib/format.ts';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Reference } from './reference.server.ts';
import type { Reason, ReasonParam, ScorePart } from './score.ts';

export type RenderedReason = { key: MessageKey; params: Record<string, ReasonParam>; text: string };
export type RenderedPart = { part: string; label: string; points: number; max: number; reasons: RenderedReason[] };
export type RenderedScore = { score: number; parts: RenderedPart[]; missing: RenderedReason[] };

function paramText(value: ReasonParam, locale: Locale, reference: Reference): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(locale, value);
  const name = (named: { nameVi: string; nameEn: string } | undefined, code: string) =>
    named ? (locale === 'vi' ? named.nameVi : named.nameEn) : code;
  if ('skill' in value) return name(reference.skillByCode.get(value.skill), value.skill);
  if ('occupation' in value) return name(reference.occupationByCode.get(value.occupation), value.occupation);
  if ('date' in value) return formatDay(locale, value.date);
  if ('vnd' in value) return formatVnd(locale, value.vnd);
  return translate(locale, value.key);
}

export function renderReason(reason: Reason, locale: Locale, reference: Reference): RenderedReason {
  const params = reason.params ?? {};
  const vars = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, paramText(value, locale, reference)]));
  return { key: reason.key, params, text: translate(locale, reason.key, vars) };
}

/** What an employer may read of a wage: whether it fits the person's wish, no amount. */
const employerWageReason = (fits: boolean): Reason => ({ key: fits ? 'match.employer.wageFits' : 'match.employer.wageBelow' });

/**
 * What an employer may read of a distance (no km) and of a wage: fits or not, with all or none of
 * the part's points — the finer points (only the top of the range reaches the wish, no wish given)
 * would tell where the wish lies.
 */
function forEmployer(part: ScorePart): ScorePart {
  if (part.part === 'wage') {
    const fits = !part.reasons.some((r) => r.key === 'match.reason.wage.below');
    return { ...part, points: fits ? part.max : 0, reasons: [employerWageReason(fits)] };
  }
  if (part.part !== 'distance') return part;
  const moves = part.reasons.some((r) => r.key === 'match.reason.distance.moves');
  const reasons = part.reasons.flatMap((r): Reason[] =>
    r.key !== 'match.reason.distance.km' ? [r] : moves ? [] : [{ key: 'match.reason.distance.withinReach' }],
  );
  return { ...part, reasons };
}

export function renderScore(
  scored: { score: number; parts: ScorePart[]; missing: Reason[] },
  locale: Locale,
  reference: Reference,
  options: { employer?: boolean } = {},
): RenderedScore {
  const parts = options.employer ? scored.parts.map(forEmployer) : scored.parts;
  // The score is the sum of the parts shown (an employer's wage part is all or nothing).
  const shift = parts.reduce((sum, p, i) => sum + p.points - scored.parts[i].points, 0);
  const missing = options.employer
    ? scored.missing.map((r) => (r.key === 'match.missing.wage' ? employerWageReason(false) : r))
    : scored.missing;
  return {
    score: Math.round((scored.score + shift) * 10) / 10,
    parts: parts.map((p) => ({
      part: p.part,
      label: translate(locale, `match.part.${p.part}` as MessageKey),
      points: p.points,
      max: p.max,
      reasons: p.reasons.map((r) => renderReason(r, locale, reference)),
    })),
    missing: missing.map((r) => renderReason(r, locale, reference)),
  };
}

// ── The person's own view: a strength and plain sentences, no points ───────────────────────────

export type Strength = 'strong' | 'good' | 'possible';
export type PlainMatch = { strength: Strength; good: string[]; missing: string[] };

/** Three levels instead of a score out of 100 (a part "15/40" read like a failing mark). */
export function strengthOf(score: number): Strength {
  return score >= 70 ? 'strong' : score >= 50 ? 'good' : 'possible';
}

/** Each reason worth telling the person, as a plain sentence (the others are left out). */
const plainKeys: Partial<Record<MessageKey, MessageKey>> = {
  'match.reason.skill': 'match.plain.skill',
  'match.reason.skills.noneAsked': 'match.plain.noneAsked',
  'match.reason.wish.occupation': 'match.plain.wishOccupation',
  'match.reason.wish.workType': 'match.plain.workType',
  'match.reason.distance.km': 'match.plain.km',
  'match.reason.distance.sameCommune': 'match.plain.sameCommune',
  'match.reason.distance.sameProvince': 'match.plain.sameProvince',
  'match.reason.distance.moves': 'match.plain.moves',
  'match.reason.wage.meets': 'match.plain.wageMeets',
  'match.reason.wage.partly': 'match.plain.wagePartly',
  'match.reason.start.fits': 'match.plain.startFits',
  'match.reason.support.lodging': 'match.plain.lodging',
  'match.reason.support.meals': 'match.plain.meals',
  'match.reason.support.training': 'match.plain.training',
  'match.reason.training.wish': 'match.plain.courseWish',
  'match.reason.training.ownTrade': 'match.plain.ownTrade',
  'match.reason.training.gap': 'match.plain.courseGap',
  'match.reason.training.starts': 'match.plain.courseStarts',
  'match.reason.training.free': 'match.plain.free',
  'match.reason.training.subsidised': 'match.plain.subsidised',
  'match.missing.requiredSkill': 'match.plain.missingSkill',
  'match.missing.niceSkill': 'match.plain.niceSkill',
  'match.missing.wage': 'match.plain.missingWage',
  'match.missing.start': 'match.plain.missingStart',
  'match.missing.workType': 'match.plain.missingWorkType',
  'match.missing.trainingStart': 'match.plain.missingCourseStart',
};

function plainSentences(reasons: readonly Reason[], locale: Locale, reference: Reference): string[] {
  return reasons.flatMap((r) => {
    const key = plainKeys[r.key];
    return key ? [renderReason({ key, params: r.params }, locale, reference).text] : [];
  });
}

/** What the person reads of a match: how strong it is, what fits and what is missing, in plain words. */
export function plainMatch(
  scored: { score: number; parts: ScorePart[]; missing: Reason[] },
  locale: Locale,
  reference: Reference,
): PlainMatch {
  return {
    strength: strengthOf(scored.score),
    good: plainSentences(
      scored.parts.flatMap((p) => p.reasons),
      locale,
      reference,
    ),
    missing: plainSentences(scored.missing, locale, reference),
  };
}
