// The best candidates for a job (issue 4, docs/matching.md), retrieved from Postgres: people still
// looking, in the caller's scope, within reach — the hard filters in SQL — read in order of an
// upper bound on their score computed in SQL from the same weights, and scored exactly by score.ts
// until no one left can outrank the last one kept. People who share a skill or the occupation wish
// with the job are read first (found by index); everyone else after, with no skill points.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { referrals, returneeOccupationWishes, returnees, returneeSkills } from '#db/schema.ts';
import { cardVisibleCondition } from '../caseload/cards.server.ts';
import { loadJob, loadProfileRows, profileFromRow, type LoadedJob } from './profile.server.ts';
import { loadReference, type Reference } from './reference.server.ts';
import {
  compareRanked,
  defaultMaxTravelKm,
  matchWeights,
  prepareProfile,
  scoreJob,
  type JobPart,
  type MatchJob,
  type MatchProfile,
  type Scored,
  type ScoreContext,
} from './score.ts';

/** Counsellors see the people of their province by name; employers see consenting people's cards, wherever reach allows. */
export type CandidateScope = { kind: 'province'; provinceCode: string } | { kind: 'cards' };
export type RankedCandidate = { person: MatchProfile; match: Extract<Scored<JobPart>, { eligible: true }> };
export type CandidateRetrieval = {
  ranked: RankedCandidate[];
  /** Profiles read and scored: people sharing something with the job, and others. */
  stats: { overlapping: number; others: number; pages: number };
};

/** Profiles are read this many at a time, best bound first. */
const pageSize = 200;
/** A hair of slack, so rounding in SQL or in the scorer never puts a bound under a score. */
const epsilon = 0.1;

/** Looking for work and still open: not placed, not closed, asking for a job. */
function lookingForWork(): SQL {
  return sql`${returnees.status} = 'active' and 'job'::need = any(${returnees.needs})`;
}

/**
 * A counsellor's province, or the cards employers may see — less anyone already in this job's
 * pipeline: the employer meets them there (named once they consented), and an anonymous card
 * beside the named entry would tie the two together.
 */
function scopeCondition(scope: CandidateScope, jobId: string): SQL {
  if (scope.kind === 'province') return eq(returnees.provinceCode, scope.provinceCode);
  const inPipeline = sql`exists (select 1 from ${referrals} where ${referrals.returneeId} = ${returnees.id} and ${referrals.jobId} = ${jobId})`;
  return and(cardVisibleCondition(), sql`not ${inPipeline}`)!;
}

const hasCoordinates = sql`(${returnees.latitude} is not null and ${returnees.longitude} is not null)`;
const reachKm = sql`coalesce(${returnees.maxTravelKm}, ${defaultMaxTravelKm}::int)`;

/** Great-circle km from the job (which has coordinates) to the person (who must too). */
function kmFrom(job: MatchJob): SQL {
  const lat = sql`${job.latitude}::float8`;
  const lng = sql`${job.longitude}::float8`;
  return sql`(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(${returnees.latitude} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${returnees.latitude})) * power(sin(radians(${returnees.longitude} - ${lng}) / 2), 2)))))`;
}

/** Within the daily range (or the province without coordinates): the reach rule of score.ts without lodging. */
function dailyReach(job: MatchJob): SQL {
  if (job.latitude === null || job.longitude === null) return eq(returnees.provinceCode, job.provinceCode);
  // A latitude difference alone already rules most people out, cheaply, before the exact distance.
  const near = sql`abs(${returnees.latitude} - ${job.latitude}::float8) * 111.19 <= ${reachKm} + 0.01 and ${kmFrom(job)} <= ${reachKm} + 0.01`;
  return sql`((${hasCoordinates} and ${near}) or (not ${hasCoordinates} and ${returnees.provinceCode} = ${job.provinceCode}))`;
}

/** The reach rule of score.ts in SQL, a hair wider (the scorer then applies it exactly). */
function reachCondition(job: MatchJob): SQL {
  return job.providesLodging ? sql`(${returnees.willingToMove} or ${dailyReach(job)})` : dailyReach(job);
}

/** The distance part exactly: by km band with coordinates on both sides, else commune / province / elsewhere. */
function distancePoints(job: MatchJob): SQL {
  const place = matchWeights.place;
  const byPlace = sql`(case when ${returnees.communeCode} = ${job.communeCode} and ${returnees.provinceCode} = ${job.provinceCode} then ${place.sameCommune}::int
    when ${returnees.provinceCode} = ${job.provinceCode} then ${place.sameProvince}::int else ${place.elsewhere}::int end)`;
  if (job.latitude === null || job.longitude === null) return byPlace;
  const km = kmFrom(job);
  // A hair of slack on each edge: a distance the scorer puts just inside a band is never put outside.
  const bands = sql.join(
    matchWeights.distanceBands.map((b) => sql`when ${km} <= ${b.km + 0.001}::float8 then ${b.points}::int`),
    sql` `,
  );
  return sql`(case when ${hasCoordinates} then (case ${bands} else ${matchWeights.distanceBeyond}::int end) else ${byPlace} end)`;
}

/** The job's support points (they do not depend on the person). */
function supportOf(job: MatchJob) {
  const w = matchWeights.support;
  return (job.providesLodging ? w.lodging : 0) + (job.providesMeals ? w.meals : 0) + (job.providesTraining ? w.training : 0);
}

/** Everything but skills and the occupation wish, at most what the scorer can give (the start part: 5, or 2 when late). */
function commonBound(job: MatchJob, today: string): SQL {
  const w = matchWeights;
  const support = supportOf(job);
  const start = job.startDate && job.startDate > today ? job.startDate : today;
  const startBound = job.startDate
    ? sql`(case when ${returnees.availableFrom} is null or ${returnees.availableFrom} <= ${start}::date then ${Math.max(w.start.fits, w.start.noDate)}::int else ${w.start.late}::int end)`
    : sql`${w.start.noDate}::int`;
  return sql`(
    (case when cardinality(${returnees.wishWorkTypes}) = 0 or ${job.workType}::work_type = any(${returnees.wishWorkTypes}) then ${w.wish.workType}::int else 0 end)
    + (case when ${returnees.wageFloor} is null then ${w.wage.noFloor}::int when ${returnees.wageFloor} <= ${job.wageMin}::int then ${w.wage.meetsFloor}::int
            when ${returnees.wageFloor} <= ${job.wageMax}::int then ${w.wage.maxMeetsFloor}::int else ${w.wage.belowFloor}::int end)
    + ${distancePoints(job)} + ${startBound} + ${support}::int)`;
}

function wishesFor(occupationId: number): SQL {
  return sql`(select ${returneeOccupationWishes.returneeId} from ${returneeOccupationWishes} where ${returneeOccupationWishes.occupationId} = ${occupationId}::int)`;
}
const hasAnyWish = sql`exists (select 1 from ${returneeOccupationWishes} where ${returneeOccupationWishes.returneeId} = ${returnees.id})`;

/** The skill part exactly (40 × earned / total weight), in SQL; 0 for a job asking no skill. */
function skillPoints(job: MatchJob, reference: Reference): SQL {
  const w = matchWeights;
  const weights = job.skills.flatMap((s) => {
    const id = reference.skillByCode.get(s.code)?.id;
    return id === undefined ? [] : [{ id, weight: s.required ? w.skillImportance.required : w.skillImportance.niceToHave }];
  });
  if (weights.length === 0) return sql`0`;
  const total = weights.reduce((sum, s) => sum + s.weight, 0);
  const weightOf = sql.join(
    weights.map((s) => sql`when ${s.id}::int then ${s.weight}::int`),
    sql` `,
  );
  const factor = sql.join(
    (['experienced', 'can_work', 'beginner'] as const).map((level) => sql`when ${level}::skill_level then ${w.skillLevel[level]}::float8`),
    sql` `,
  );
  return sql`(${w.parts.skills}::float8 * coalesce((select sum((case ${returneeSkills.skillId} ${weightOf} end) * (case ${returneeSkills.level} ${factor} end))
    from ${returneeSkills} where ${returneeSkills.returneeId} = ${returnees.id} and ${returneeSkills.skillId} in (${sql.join(
      weights.map((s) => sql`${s.id}::int`),
      sql`, `,
    )})), 0) / ${total}::float8)`;
}

/** People who share one of the job's skills or wish for its occupation (found by index). */
function overlapQuery(job: MatchJob, reference: Reference): SQL {
  const skillIds = job.skills.flatMap((s) => reference.skillByCode.get(s.code)?.id ?? []);
  const occupationId = reference.occupationByCode.get(job.occupation)?.id ?? -1;
  const bySkill = skillIds.length
    ? sql`select ${returneeSkills.returneeId} from ${returneeSkills} where ${returneeSkills.skillId} in (${sql.join(
        skillIds.map((id) => sql`${id}::int`),
        sql`, `,
      )}) union `
    : sql``;
  return sql`${bySkill}${wishesFor(occupationId)}`;
}

/**
 * The best `limit` candidates for a job in `scope`, exactly as scoring everyone in scope would rank
 * them: profiles are read best bound first, a page at a time, and reading stops where the next
 * bound is below the `limit`-th score.
 */
export async function retrieveCandidates(
  db: Executor,
  loaded: LoadedJob,
  scope: CandidateScope,
  reference: Reference,
  options: { limit: number; today: string },
): Promise<CandidateRetrieval> {
  const { job } = loaded;
  const stats = { overlapping: 0, others: 0, pages: 0 };
  if (!job.isPublic) return { ranked: [], stats };
  const context: ScoreContext = { today: options.today };
  const occupationId = reference.occupationByCode.get(job.occupation)?.id ?? -1;
  const base = and(lookingForWork(), scopeCondition(scope, job.id), reachCondition(job))!;
  const w = matchWeights;
  const tiers = [
    {
      name: 'overlapping' as const,
      max: Infinity,
      where: and(sql`${returnees.id} = any(array(${overlapQuery(job, reference)}))`, base)!,
      bound: sql`(${skillPoints(job, reference)}
        + (case when ${returnees.id} in ${wishesFor(occupationId)} then ${w.wish.occupation}::int when ${hasAnyWish} then 0 else ${w.wish.noOccupationWish}::int end)
        + ${commonBound(job, options.today)} + ${epsilon}::float8)`,
    },
    {
      name: 'others' as const,
      // The most anyone sharing nothing with the job can score: no skill, no wished occupation.
      max: w.wish.noOccupationWish + w.wish.workType + w.wage.meetsFloor + w.parts.distance + w.parts.start + supportOf(job) + epsilon,
      where: and(sql`${returnees.id} not in (${overlapQuery(job, reference)})`, base)!,
      bound: sql`((case when ${hasAnyWish} then 0 else ${w.wish.noOccupationWish}::int end) + ${commonBound(job, options.today)} + ${epsilon}::float8)`,
    },
  ];

  const ranked: RankedCandidate[] = [];
  const threshold = () => (ranked.length >= options.limit ? ranked[options.limit - 1].match.score : null);
  for (const tier of tiers) {
    let after: { bound: number; id: string } | null = null;
    for (;;) {
      const floor = threshold();
      if (floor !== null && tier.max < floor) break;
      // "offset 0" keeps the bound computed once per row.
      const page = (await db.execute(sql`
        select id, bound from (select ${returnees.id} as id, ${tier.bound} as bound from ${returnees} where ${tier.where} offset 0) candidates
        where true
          ${floor === null ? sql`` : sql`and bound >= ${floor}::float8`}
          ${after === null ? sql`` : sql`and (bound, id) < (${after.bound}::float8, ${after.id}::uuid)`}
        order by bound desc, id desc
        limit ${pageSize}::int`)) as unknown as { id: string; bound: number }[];
      if (page.length === 0) break;
      stats.pages++;
      stats[tier.name] += page.length;
      const rows = await loadProfileRows(
        db,
        sql`${returnees.id} = any(${sql`array[${sql.join(
          page.map((p) => sql`${p.id}::uuid`),
          sql`, `,
        )}]`})`,
      );
      for (const row of rows) {
        const person = prepareProfile(profileFromRow(row, reference));
        const match = scoreJob(person, job, context);
        if (match.eligible) ranked.push({ person, match });
      }
      ranked.sort((a, b) => compareRanked(a.match.score, a.person.id, b.match.score, b.person.id));
      ranked.length = Math.min(ranked.length, options.limit);
      const last = page[page.length - 1];
      const next = threshold();
      if (page.length < pageSize || (next !== null && Number(last.bound) < next)) break;
      after = { bound: Number(last.bound), id: last.id };
    }
  }
  return { ranked, stats };
}

/**
 * How many anonymised cards the candidates page of each job would show its employer now (at most
 * `limit`, the page's length): the same retrieval, counted. A job that is not public has none.
 */
export async function cardCandidateCounts(
  db: Executor,
  jobIds: string[],
  options: { limit: number; today: string },
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!jobIds.length) return counts;
  const reference = await loadReference(db);
  for (const id of jobIds) {
    const loaded = await loadJob(db, id, reference);
    counts.set(id, loaded ? (await retrieveCandidates(db, loaded, { kind: 'cards' }, reference, options)).ranked.length : 0);
  }
  return counts;
}
