// What the scoring module reads, loaded from the database or the search index: a returnee's match
// profile (skills, wishes, certificate names — never issuers, history text or release data), a job,
// a training slot; in bulk for candidate retrieval and for the benchmark's brute-force oracle.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  jobs,
  returneeCertificates,
  returneeOccupationWishes,
  returnees,
  returneeSkills,
  trainingSlots,
  type Returnee,
} from '#db/schema.ts';
import { type JobDocument } from '#search/documents.ts';
import { selectJobs, selectTraining, skillsOfJobs, type JobRow, type PostingSkill } from '#db/postings.ts';
import type { Reference } from './reference.server.ts';
import type { Funding, MatchJob, MatchProfileInput, MatchTraining, SkillLevel, WorkType } from './score.ts';

// ── One returnee ────────────────────────────────────────────────────────────────────────────────

export async function loadProfile(db: Executor, returnee: Pick<Returnee, 'id'>, reference: Reference): Promise<MatchProfileInput> {
  const [row] = await loadProfileRows(db, eq(returnees.id, returnee.id));
  if (!row) throw new Error(`No returnee ${returnee.id}`);
  return profileFromRow(row, reference);
}

// ── Returnees in bulk (candidate retrieval, the oracle) ─────────────────────────────────────────

export type ProfileRow = {
  id: string;
  province_code: string;
  commune_code: string | null;
  latitude: number | null;
  longitude: number | null;
  willing_to_move: boolean;
  max_travel_km: number | null;
  available_from: string | null;
  wage_floor: number | null;
  wish_work_types: WorkType[];
  status: string;
  needs: string[];
  share_card: boolean;
  /** "skillId:level" */
  skill_levels: string[];
  wish_ids: number[];
  certificates: string[];
};

/** Everything a match profile needs, one row per returnee; `where` is SQL over the returnees table. */
export function profileRowsQuery(where: SQL) {
  return sql`
    select returnees.id, returnees.province_code, returnees.commune_code, returnees.latitude, returnees.longitude,
      returnees.willing_to_move, returnees.max_travel_km, returnees.available_from::text as available_from,
      returnees.wage_floor, returnees.wish_work_types::text[] as wish_work_types, returnees.status::text as status,
      returnees.needs::text[] as needs, returnees.share_card,
      coalesce((select array_agg(rs.skill_id || ':' || rs.level::text) from ${returneeSkills} rs where rs.returnee_id = returnees.id), '{}') as skill_levels,
      coalesce((select array_agg(w.occupation_id) from ${returneeOccupationWishes} w where w.returnee_id = returnees.id), '{}') as wish_ids,
      coalesce((select array_agg(c.name) from ${returneeCertificates} c where c.returnee_id = returnees.id), '{}') as certificates
    from ${returnees}
    where ${where}`;
}

export async function loadProfileRows(db: Executor, where: SQL): Promise<ProfileRow[]> {
  return (await db.execute(profileRowsQuery(where))) as unknown as ProfileRow[];
}

export function profileFromRow(row: ProfileRow, reference: Reference): MatchProfileInput {
  const skills: MatchProfileInput['skills'][number][] = [];
  for (const entry of row.skill_levels) {
    const colon = entry.indexOf(':');
    const skill = reference.skillById.get(Number(entry.slice(0, colon)));
    if (skill) skills.push({ code: skill.code, level: entry.slice(colon + 1) as SkillLevel, occupation: skill.occupation });
  }
  return {
    id: row.id,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    latitude: row.latitude,
    longitude: row.longitude,
    willingToMove: row.willing_to_move,
    maxTravelKm: row.max_travel_km,
    availableFrom: row.available_from,
    wageFloor: row.wage_floor,
    wishWorkTypes: row.wish_work_types,
    occupationWishes: row.wish_ids.flatMap((id) => reference.occupationById.get(Number(id))?.code ?? []),
    skills,
    certificates: row.certificates,
  };
}

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

/** A job as matching reads it, with what the pages show of it. */
export type LoadedJob = { job: MatchJob; title: string; organisationId: string };

function loadedJob(row: JobRow, skills: readonly PostingSkill[], reference: Reference): LoadedJob {
  const { job, isPublic } = row;
  return {
    title: job.title,
    organisationId: job.organisationId,
    job: {
      id: job.id,
      isPublic,
      occupation: reference.occupationById.get(job.occupationId)?.code ?? '',
      skills: skills.map(({ code, required }) => ({ code, required })),
      provinceCode: job.provinceCode,
      communeCode: job.communeCode,
      latitude: job.latitude,
      longitude: job.longitude,
      wageMin: job.wageMin,
      wageMax: job.wageMax,
      workType: job.workType,
      startDate: job.startDate,
      providesLodging: job.providesLodging,
      providesMeals: job.providesMeals,
      providesTraining: job.providesTraining,
      drivingLicenceClass: job.drivingLicenceClass,
      requiredCertificate: job.requiredCertificate,
    },
  };
}

/** Jobs as matching reads them, through the one posting query, with their skills. */
async function withSkills(db: Executor, rows: JobRow[], reference: Reference): Promise<LoadedJob[]> {
  const skillsOf = await skillsOfJobs(
    db,
    rows.map((r) => r.job.id),
  );
  return rows.map((row) => loadedJob(row, skillsOf.get(row.job.id) ?? [], reference));
}

export async function loadJob(db: Executor, jobId: string, reference: Reference): Promise<LoadedJob | null> {
  return (await withSkills(db, await selectJobs(db, eq(jobs.id, jobId)), reference))[0] ?? null;
}

/** Several jobs by id, as matching reads them (what a page of search results lacks for a person). */
export async function loadJobs(db: Executor, jobIds: readonly string[], reference: Reference): Promise<LoadedJob[]> {
  if (!jobIds.length) return [];
  return withSkills(db, await selectJobs(db, inArray(jobs.id, [...jobIds])), reference);
}

/** Every public job (the brute-force oracle scores them all, and so does matching while Meilisearch is away). */
export async function loadPublicJobs(db: Executor, reference: Reference): Promise<MatchJob[]> {
  const rows = await selectJobs(db, undefined, { publicOnly: true });
  const loaded: MatchJob[] = [];
  // In slices, so the skills query stays a reasonable size.
  for (let i = 0; i < rows.length; i += 5000) loaded.push(...(await withSkills(db, rows.slice(i, i + 5000), reference)).map((l) => l.job));
  return loaded;
}

/** The attributes of a job search document that matching reads. */
export const matchAttributes = [
  'id',
  'occupationCode',
  'skillCodes',
  'requiredSkillCodes',
  'provinceCode',
  'communeCode',
  '_geo',
  'wageMin',
  'wageMax',
  'workType',
  'startDate',
  'providesLodging',
  'providesMeals',
  'providesTraining',
  'drivingLicenceClass',
  'requiredCertificate',
] as const satisfies readonly (keyof JobDocument)[];

export type MatchHit = Pick<JobDocument, (typeof matchAttributes)[number]>;

/** A job from its search document: in the index means public (the indexer keeps only those). */
export function jobFromDocument(doc: MatchHit): MatchJob {
  const required = new Set(doc.requiredSkillCodes);
  return {
    id: doc.id,
    isPublic: true,
    occupation: doc.occupationCode,
    skills: doc.skillCodes.map((code) => ({ code, required: required.has(code) })),
    provinceCode: doc.provinceCode,
    communeCode: doc.communeCode,
    latitude: doc._geo?.lat ?? null,
    longitude: doc._geo?.lng ?? null,
    wageMin: doc.wageMin,
    wageMax: doc.wageMax,
    workType: doc.workType,
    startDate: doc.startDate,
    providesLodging: doc.providesLodging,
    providesMeals: doc.providesMeals,
    providesTraining: doc.providesTraining,
    drivingLicenceClass: doc.drivingLicenceClass,
    requiredCertificate: doc.requiredCertificate,
  };
}

// ── Training slots ──────────────────────────────────────────────────────────────────────────────

export type LoadedTraining = { slot: MatchTraining; title: string; employer: string };

/** Public training slots with seats left in the given occupations (their reach is checked by the scorer). */
export async function loadOpenTraining(
  db: Executor,
  occupationIds: number[],
  reference: Reference,
  onlyIds?: readonly string[],
): Promise<LoadedTraining[]> {
  if (!occupationIds.length || onlyIds?.length === 0) return [];
  const rows = await selectTraining(
    db,
    and(
      sql`${trainingSlots.seatsLeft} > 0`,
      inArray(trainingSlots.occupationId, occupationIds),
      onlyIds ? inArray(trainingSlots.id, [...onlyIds]) : undefined,
    ),
    { publicOnly: true },
  );
  return rows.map(({ slot, organisation }) => ({
    title: slot.title,
    employer: organisation.name,
    slot: {
      id: slot.id,
      isPublic: true,
      occupation: reference.occupationById.get(slot.occupationId)?.code ?? '',
      provinceCode: slot.provinceCode,
      communeCode: slot.communeCode,
      latitude: slot.latitude,
      longitude: slot.longitude,
      seatsLeft: slot.seatsLeft,
      startDate: slot.startDate,
      funding: slot.funding as Funding,
      costVnd: slot.costVnd,
    },
  }));
}
