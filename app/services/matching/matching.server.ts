// Matching for a person (issue 4, docs/matching.md): the best open jobs — retrieved from
// Meilisearch partition by partition (partitions.ts) until no job left out can outrank the last one
// kept, re-checked against Postgres — plus the best training slots and courses for the skills their
// best jobs need. (For a job's candidates, see candidates.server.ts.) All ranking is score.ts.
import { inArray } from 'drizzle-orm';
import type { Db, Executor } from '#db/client.ts';
import { jobs } from '#db/schema.ts';
import type { SearchClient } from '#search/client.ts';
import { selectJobs } from '#db/postings.ts';
import { indexName } from '#search/indexes.ts';
import { vietnamDate } from '#lib/dates.ts';
import { jobDimensions, jobPartitions, unionFilter, type Partition } from './partitions.ts';
import { jobFromDocument, loadOpenTraining, loadPublicJobs, matchAttributes, type MatchHit } from './profile.server.ts';
import { loadReference, type Reference } from './reference.server.ts';
import {
  compareRanked,
  scoreJob,
  scoreTraining,
  skillGaps,
  type JobPart,
  type MatchJob,
  type MatchProfile,
  type MatchTraining,
  type Scored,
  type ScoreContext,
  type SkillGap,
  type TrainingPart,
} from './score.ts';

export const defaultJobLimit = 20;
export const maxJobLimit = 50;
export const defaultCandidateLimit = 50;
export const maxCandidateLimit = 100;
export const defaultTrainingLimit = 10;
/** How many of the person's best jobs their skill gaps (and so course suggestions) come from. */
export const gapJobs = 10;

export type Match<P extends string> = Extract<Scored<P>, { eligible: true }>;
export type MatchServices = { db: Db; search: SearchClient; indexPrefix: string };

// ── Jobs for a person: Meilisearch retrieval by partitions ──────────────────────────────────────

/** The first round fetches the partitions whose bound is within this many points of the best one… */
const firstSpan = 10;
/** …and each later round, while too few jobs are ranked, this many points lower. */
const nextSpan = 15;
/**
 * A round reads at most this many hits. When it is cut short, its jobs still rank: the threshold
 * rises to the last ranked score and the round is asked again, narrower (all of it, if that does
 * not narrow it). Only a round read whole marks its partitions done.
 */
const roundHits = 300;
/** The most a Meilisearch query returns (the job index's pagination.maxTotalHits). */
const maxHits = 10_000;

export type RankedJob = { job: MatchJob; match: Match<JobPart> };
const byRank = (a: RankedJob, b: RankedJob) => compareRanked(a.match.score, a.job.id, b.match.score, b.job.id);
export type JobRetrieval = {
  ranked: RankedJob[];
  /** False only when a round hit Meilisearch's 10,000-hit cap (then a job may be missing). */
  exact: boolean;
  stats: { partitions: number; partitionsFetched: number; rounds: number; hits: number };
};

/** Filters every retrieved job must pass: still open by date, licence and certificate rules. */
export function hardJobFilters(person: MatchProfile, nowSeconds: number): string[] {
  const filters = [`(closesAt IS NULL OR closesAt >= ${nowSeconds})`];
  const licences = [...person.licences];
  filters.push(
    licences.length
      ? `(drivingLicenceClass IS NULL OR drivingLicenceClass IN [${licences.map((c) => JSON.stringify(c)).join(', ')}])`
      : 'drivingLicenceClass IS NULL',
  );
  if (person.certificates.length === 0) filters.push('hasRequiredCertificate = false');
  return filters;
}

/**
 * The best `limit` jobs for a person, exactly as scoring every public job would rank them (see
 * docs/matching.md): partitions are read best bound first; once `limit` jobs are ranked, only the
 * partitions whose bound reaches the last one's score are still read, and a partition left out
 * holds no job that could outrank it. When at most `readAllUpTo` (default: a round's hits) jobs pass
 * the hard filters, they are read at once instead (0 always walks the partitions).
 */
export async function retrieveJobs(
  services: Pick<MatchServices, 'search' | 'indexPrefix'>,
  person: MatchProfile,
  options: { limit: number; today: string; now: number; roundHits?: number; readAllUpTo?: number },
): Promise<JobRetrieval> {
  const dimensions = jobDimensions(person, options.today);
  const firstRead = options.roundHits ?? roundHits;
  const partitions = jobPartitions(dimensions);
  const hard = hardJobFilters(person, Math.floor(options.now / 1000));
  const index = services.search.index(indexName(services.indexPrefix, 'job'));
  const context: ScoreContext = { today: options.today };
  const ranked: RankedJob[] = [];
  const seen = new Set<string>();
  const done = new Set<Partition>();
  let exact = true;
  let hits = 0;
  let rounds = 0;

  /** Reads the union of `selected` (every partition: null), up to `max` hits; true when it was read whole. */
  async function read(selected: Partition[] | null, max: number) {
    rounds++;
    const result = await index.search<MatchHit>('', {
      filter: selected ? [...hard, unionFilter(dimensions, selected)] : hard,
      limit: max,
      attributesToRetrieve: [...matchAttributes],
    });
    hits += result.hits.length;
    for (const hit of result.hits) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      const job = jobFromDocument(hit);
      const match = scoreJob(person, job, context);
      if (match.eligible) ranked.push({ job, match });
    }
    ranked.sort(byRank);
    ranked.length = Math.min(ranked.length, options.limit);
    if (result.hits.length < max) return true;
    if (max >= maxHits) exact = false;
    return false;
  }

  // Few jobs pass the hard filters (a narrow profile, a small province): one read takes them all,
  // where walking down the partitions would cost a round per step (7 rounds for 6 jobs on the demo).
  const readAllUpTo = options.readAllUpTo ?? firstRead;
  if (readAllUpTo > 0) {
    const { estimatedTotalHits } = await index.search('', { filter: hard, limit: 0 });
    if ((estimatedTotalHits ?? Infinity) <= readAllUpTo && (await read(null, readAllUpTo))) {
      return { ranked, exact, stats: { partitions: partitions.length, partitionsFetched: partitions.length, rounds, hits } };
    }
  }

  let target = (partitions[0]?.bound ?? 0) - firstSpan;
  let previous: Partition[] | null = null;
  for (;;) {
    const full = ranked.length >= options.limit;
    const threshold = full ? ranked[options.limit - 1].match.score : target;
    const pending = partitions.filter((p) => !done.has(p) && p.bound >= threshold);
    if (pending.length === 0) {
      // Every partition that could still hold a better job has been read whole.
      if (full || done.size === partitions.length) break;
      target -= nextSpan;
      continue;
    }
    // Asked again with nothing narrower: read it whole this time.
    const same = previous !== null && previous.length === pending.length;
    if (await read(pending, same ? maxHits : firstRead)) {
      for (const p of pending) done.add(p);
      previous = null;
    } else if (same) {
      for (const p of pending) done.add(p); // cut at 10,000 hits: marked inexact
      previous = null;
    } else {
      previous = pending;
    }
  }
  return {
    ranked,
    exact,
    stats: { partitions: partitions.length, partitionsFetched: done.size, rounds, hits },
  };
}

// ── Jobs for a person: checked against Postgres, with what the pages show ───────────────────────

export type JobSummary = {
  id: string;
  title: string;
  organisationId: string;
  employer: string;
  occupation: { code: string; nameVi: string; nameEn: string };
  provinceName: string;
  communeName: string | null;
  wageMin: number;
  wageMax: number;
  workType: MatchJob['workType'];
  startDate: string | null;
  closingDate: string | null;
  providesLodging: boolean;
  providesMeals: boolean;
  providesTraining: boolean;
};

/** The jobs among `ids` that are public now (the index may lag a commit by a moment), with their summaries. */
async function publicJobSummaries(db: Executor, ids: string[]): Promise<Map<string, JobSummary>> {
  if (!ids.length) return new Map();
  const rows = await selectJobs(db, inArray(jobs.id, ids), { publicOnly: true });
  return new Map(
    rows.map(({ job, organisation, occupation, provinceName, communeName }) => [
      job.id,
      {
        id: job.id,
        title: job.title,
        organisationId: job.organisationId,
        employer: organisation.name,
        occupation: { code: occupation.code, nameVi: occupation.nameVi, nameEn: occupation.nameEn },
        provinceName,
        communeName,
        wageMin: job.wageMin,
        wageMax: job.wageMax,
        workType: job.workType,
        startDate: job.startDate,
        closingDate: job.closingDate,
        providesLodging: job.providesLodging,
        providesMeals: job.providesMeals,
        providesTraining: job.providesTraining,
      },
    ]),
  );
}

/** Jobs the index still holds for a moment after they closed are dropped; a few spares replace them. */
const spareJobs = 5;

export type JobSuggestion = RankedJob & { summary: JobSummary };

export async function bestJobsFor(
  services: MatchServices,
  person: MatchProfile,
  options: { limit?: number; today?: string; now?: number } = {},
): Promise<{ jobs: JobSuggestion[]; exact: boolean; stats: JobRetrieval['stats'] }> {
  const limit = options.limit ?? defaultJobLimit;
  const now = options.now ?? Date.now();
  const today = options.today ?? vietnamDate(0, now);
  let retrieval: JobRetrieval;
  try {
    retrieval = await retrieveJobs(services, person, { limit: limit + spareJobs, today, now });
  } catch (error) {
    console.warn(`matching: Meilisearch did not answer (${String(error)}); every public job was scored from Postgres instead`);
    retrieval = await rankAllPublicJobs(services.db, person, limit + spareJobs, today);
  }
  const summaries = await publicJobSummaries(
    services.db,
    retrieval.ranked.map((r) => r.job.id),
  );
  const suggestions = retrieval.ranked.flatMap((r) => {
    const summary = summaries.get(r.job.id);
    return summary ? [{ ...r, summary }] : [];
  });
  return { jobs: suggestions.slice(0, limit), exact: retrieval.exact, stats: retrieval.stats };
}

/** Without Meilisearch: every public job read from Postgres and scored — the same ranking, only slower. */
async function rankAllPublicJobs(db: Db, person: MatchProfile, limit: number, today: string): Promise<JobRetrieval> {
  const all = await loadPublicJobs(db, await loadReference(db));
  const ranked = all
    .flatMap((job) => {
      const match = scoreJob(person, job, { today });
      return match.eligible ? [{ job, match }] : [];
    })
    .sort(byRank)
    .slice(0, limit);
  return { ranked, exact: true, stats: { partitions: 0, partitionsFetched: 0, rounds: 0, hits: all.length } };
}

// ── Training for a person, and courses for the skills their best jobs need ──────────────────────

export type TrainingSuggestion = { slot: MatchTraining; title: string; employer: string; match: Match<TrainingPart> };
export type GapSuggestion = { gap: SkillGap; training: TrainingSuggestion };

/**
 * Open courses with seats left, within the person's daily reach, in an occupation they wish for,
 * already work in, or that teaches a skill one of their best jobs asks for and they lack — among
 * `trainingIds` only, when given (the courses shown at a job fair).
 */
export async function bestTrainingFor(
  db: Executor,
  person: MatchProfile,
  bestJobs: readonly { job: MatchJob; title: string }[],
  reference: Reference,
  options: { limit?: number; today?: string; gapJobs?: number; trainingIds?: readonly string[] } = {},
): Promise<{ training: TrainingSuggestion[]; forGaps: GapSuggestion[] }> {
  const context: ScoreContext = { today: options.today ?? vietnamDate() };
  const occupationOf = (skill: string) => reference.skillByCode.get(skill)?.occupation ?? null;
  // Required skills first (stable: the better job first within each).
  const fromJobs = options.gapJobs ?? gapJobs;
  const gaps = bestJobs
    .slice(0, fromJobs)
    .flatMap(({ job, title }) => skillGaps(person, { ...job, title }, occupationOf))
    .sort((a, b) => Number(b.required) - Number(a.required));
  const occupationCodes = new Set([...person.wishes, ...person.trades, ...gaps.map((g) => g.occupation)]);
  const occupationIds = [...occupationCodes].flatMap((code) => reference.occupationByCode.get(code)?.id ?? []);
  const slots = await loadOpenTraining(db, occupationIds, reference, options.trainingIds);
  const scored: TrainingSuggestion[] = [];
  for (const loaded of slots) {
    const match = scoreTraining(person, loaded.slot, gaps, context);
    if (match.eligible) scored.push({ ...loaded, match });
  }
  scored.sort((a, b) => compareRanked(a.match.score, a.slot.id, b.match.score, b.slot.id));

  // For each missing skill (from the best job first, required first), the best course teaching its occupation.
  const forGaps: GapSuggestion[] = [];
  const covered = new Set<string>();
  for (const gap of gaps) {
    if (covered.has(gap.skill)) continue;
    const training = scored.find((t) => t.slot.occupation === gap.occupation);
    if (!training) continue;
    covered.add(gap.skill);
    forGaps.push({ gap, training });
  }
  return {
    training: scored.slice(0, options.limit ?? defaultTrainingLimit),
    forGaps: forGaps.slice(0, Math.max(defaultTrainingLimit, fromJobs)),
  };
}
