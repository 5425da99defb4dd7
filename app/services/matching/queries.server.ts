// What the API and the pages show of a match, under the permission rules (DESIGN.md §3):
// a person's suggestions for their counsellor (same province, audited) or for themself; a job's
// candidates by name for a counsellor of the job's province (each listed person audited), or as
// anonymised cards of consenting people for the job's own employer — nothing else.
import { eq, inArray } from 'drizzle-orm';
import type { Locale } from '#app/i18n/i18n.ts';
import type { Db, Executor } from '#db/client.ts';
import { communes, provinces, returnees } from '#db/schema.ts';
import type { SearchClient } from '#search/client.ts';
import { candidateCards, type CandidateCard } from '../caseload/cards.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, heldScopes, scopeFor, type Actor } from '../authorize.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';
import { requireReturnee } from '../caseload/access.server.ts';
import { plainMatch, renderReason, renderScore, type PlainMatch, type RenderedReason, type RenderedScore } from './explain.ts';
import { coursesForSkills, jobGap, type JobGap } from './gaps.server.ts';
import { bestJobsFor, bestTrainingFor, defaultCandidateLimit, defaultJobLimit, type JobSummary } from './matching.server.ts';
import { retrieveCandidates, type CandidateScope } from './candidates.server.ts';
import { loadJob, loadProfile } from './profile.server.ts';
import { loadReference, type Named } from './reference.server.ts';
import { prepareProfile } from './score.ts';

type Services = { db: Db; search: SearchClient; indexPrefix: string };
type Options = { locale: Locale; limit?: number; now?: number };

const named = (ref: Named | undefined, code: string) => ({ code, nameVi: ref?.nameVi ?? code, nameEn: ref?.nameEn ?? code });

// ── A person's suggestions ──────────────────────────────────────────────────────────────────────

/** `plain`: what the person themself reads (a strength and plain sentences, no points). */
export type SuggestedJob = RenderedScore & {
  rank: number;
  plain: PlainMatch;
  /** A required skill the person lacks, with the course that teaches it (the person's own view says so). */
  gap: JobGap | null;
  job: JobSummary & { distanceKm: number | null };
};
export type SuggestedTraining = RenderedScore & {
  rank: number;
  plain: PlainMatch;
  training: {
    id: string;
    title: string;
    provider: string;
    occupation: { code: string; nameVi: string; nameEn: string };
    startDate: string | null;
    seatsLeft: number;
    costVnd: number;
    funding: string;
    distanceKm: number | null;
  };
};
export type TrainingForGap = {
  job: { id: string; title: string };
  skill: { code: string; nameVi: string; nameEn: string };
  required: boolean;
  training: { id: string; title: string; startDate: string | null; seatsLeft: number };
  reason: RenderedReason;
};
export type ReturneeMatches = {
  returnee: { id: string; fullName: string };
  jobs: SuggestedJob[];
  training: SuggestedTraining[];
  trainingForGaps: TrainingForGap[];
  /** False only when too many jobs were within reach to consider them all (docs/matching.md). */
  exact: boolean;
};

/** A returnee's best jobs, training and courses for missing skills, for `actor` (404/403 otherwise). */
export async function returneeMatches(services: Services, actor: Actor, returneeId: string, options: Options): Promise<ReturneeMatches> {
  authorize(actor, 'read:match');
  const returnee = await requireReturnee(services.db, actor, returneeId, 'read', 'matching: suggested jobs and training');
  const reference = await loadReference(services.db);
  const person = prepareProfile(await loadProfile(services.db, returnee, reference));
  const now = options.now ?? Date.now();
  const today = vietnamDate(0, now);
  const { jobs, exact } = await bestJobsFor(services, person, { limit: options.limit ?? defaultJobLimit, today, now });
  const { training, forGaps } = await bestTrainingFor(
    services.db,
    person,
    jobs.map((j) => ({ job: j.job, title: j.summary.title })),
    reference,
    { today },
  );
  const { locale } = options;
  const courseForSkill = coursesForSkills(forGaps);
  return {
    returnee: { id: returnee.id, fullName: returnee.fullName },
    exact,
    jobs: jobs.map((j, i) => ({
      rank: i + 1,
      job: { ...j.summary, distanceKm: j.match.distanceKm },
      ...renderScore(j.match, locale, reference),
      plain: plainMatch(j.match, locale, reference),
      gap: jobGap(person, { ...j.job, title: j.summary.title }, courseForSkill, reference, locale),
    })),
    training: training.map((t, i) => ({
      rank: i + 1,
      training: {
        id: t.slot.id,
        title: t.title,
        provider: t.employer,
        occupation: named(reference.occupationByCode.get(t.slot.occupation), t.slot.occupation),
        startDate: t.slot.startDate,
        seatsLeft: t.slot.seatsLeft,
        costVnd: t.slot.costVnd,
        funding: t.slot.funding,
        distanceKm: t.match.distanceKm,
      },
      ...renderScore(t.match, locale, reference),
      plain: plainMatch(t.match, locale, reference),
    })),
    trainingForGaps: forGaps.map(({ gap, training: t }) => ({
      job: { id: gap.jobId, title: gap.jobTitle },
      skill: named(reference.skillByCode.get(gap.skill), gap.skill),
      required: gap.required,
      training: { id: t.slot.id, title: t.title, startDate: t.slot.startDate, seatsLeft: t.slot.seatsLeft },
      reason: renderReason(
        {
          key: t.slot.startDate ? 'match.gap.course' : 'match.gap.courseNoDate',
          params: {
            job: gap.jobTitle,
            skill: { skill: gap.skill },
            course: t.title,
            ...(t.slot.startDate ? { date: { date: t.slot.startDate } } : {}),
            seats: t.slot.seatsLeft,
          },
        },
        locale,
        reference,
      ),
    })),
  };
}

// ── A job's candidates ──────────────────────────────────────────────────────────────────────────

type JobHeader = { id: string; title: string; public: boolean };
export type NamedCandidate = RenderedScore & {
  rank: number;
  returnee: { id: string; fullName: string; provinceName: string; communeName: string | null };
  distanceKm: number | null;
};
export type CardCandidate = RenderedScore & { rank: number; card: CandidateCard };
export type JobCandidates =
  { view: 'named'; job: JobHeader; candidates: NamedCandidate[] } | { view: 'cards'; job: JobHeader; candidates: CardCandidate[] };

/** Who may see candidates for a job, and how: by name, as cards, or not at all. */
function candidateScopeFor(actor: Actor, job: { provinceCode: string; organisationId: string; isPublic: boolean }): CandidateScope {
  const held = heldScopes(actor, 'read:candidate');
  if (held.length === 0) throw new ForbiddenError('read:candidate');
  const scope = scopeFor(actor, 'read:candidate', { provinceCode: job.provinceCode, organisationId: job.organisationId });
  // A counsellor of the job's province sees the people of that province by name; the job's employer sees cards.
  if (scope === 'province' && actor.provinceCode) return { kind: 'province', provinceCode: actor.provinceCode };
  if (scope === 'own') return { kind: 'cards' };
  // Another organisation's draft stays invisible (404); its public job is simply not yours (403).
  if (held.includes('own') && !job.isPublic) throw new NotFoundError();
  throw new ForbiddenError('read:candidate');
}

/** The best candidates for a job, as `actor` may see them (404 for no such job, 403 when not theirs). */
export async function jobCandidates(services: Services, actor: Actor, jobId: string, options: Options): Promise<JobCandidates> {
  const { db } = services;
  if (!isUuid(jobId)) throw new NotFoundError();
  const reference = await loadReference(db);
  const loaded = await loadJob(db, jobId, reference);
  if (!loaded) throw new NotFoundError();
  const scope = candidateScopeFor(actor, { ...loaded.job, organisationId: loaded.organisationId });
  const now = options.now ?? Date.now();
  const { ranked } = await retrieveCandidates(db, loaded, scope, reference, {
    limit: options.limit ?? defaultCandidateLimit,
    today: vietnamDate(0, now),
  });
  const job = { id: loaded.job.id, title: loaded.title, public: loaded.job.isPublic };
  const ids = ranked.map((r) => r.person.id);

  if (scope.kind === 'cards') {
    const cards = await candidateCards(db, loaded.job.id, ids);
    const candidates = ranked.flatMap((r) => {
      const card = cards.get(r.person.id);
      return card ? [{ card, ...renderScore(r.match, options.locale, reference, { employer: true }) }] : [];
    });
    // In the order of the scores the employer reads (their wage part is all or nothing; the sort is stable).
    candidates.sort((a, b) => b.score - a.score);
    return { view: 'cards', job, candidates: candidates.map((c, i) => ({ rank: i + 1, ...c })) };
  }

  const people = await namesOf(db, ids);
  await auditCandidateReads(db, actor, ids, loaded.job.id);
  return {
    view: 'named',
    job,
    candidates: ranked.map((r, i) => ({
      rank: i + 1,
      returnee: people.get(r.person.id) ?? { id: r.person.id, fullName: '', provinceName: '', communeName: null },
      distanceKm: r.match.distanceKm,
      ...renderScore(r.match, options.locale, reference),
    })),
  };
}

async function namesOf(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, NamedCandidate['returnee']>();
  const rows = await db
    .select({ id: returnees.id, fullName: returnees.fullName, provinceName: provinces.name, communeName: communes.name })
    .from(returnees)
    .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
    .leftJoin(communes, eq(communes.code, returnees.communeCode))
    .where(inArray(returnees.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A named list is a staff read of each person on it: one audit row each, written at once (DESIGN.md §3). */
async function auditCandidateReads(db: Executor, actor: Actor, ids: string[], jobId: string) {
  await writeAudit(
    db,
    actor,
    ids.map((id) => ({
      action: 'read',
      entityType: 'returnee',
      entityId: id,
      reason: 'matching: candidates for a job',
      details: { jobId },
    })),
  );
}
