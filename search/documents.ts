// The search documents built from public postings (read through the one posting query of
// db/postings.ts, which also decides what is public): what the index holds and the fields it filters on.
import { inArray } from 'drizzle-orm';
import { dayEndSeconds, dayStartSeconds } from '#lib/dates.ts';
import { geohash } from '#lib/geo-cells.ts';
import type { Executor } from '#db/client.ts';
import { selectJobs, selectTraining, skillsOfJobs } from '#db/postings.ts';
import { jobs, trainingSlots } from '#db/schema.ts';
import type { SearchEntity } from './indexes.ts';

/**
 * Bumped whenever a document gains, loses or changes a field: at start the indexer refills an index
 * built from another version (through the outbox), so an upgrade needs no manual reindex.
 * job 2: skill codes, geo cell and requirements for matching.
 */
export const documentVersions: Record<SearchEntity, number> = { job: 2, training: 1 };

/** Wage floors offered as a facet (VND/month): a job counts under every floor its minimum wage reaches. */
export const wageFloors = [3_000_000, 5_000_000, 7_000_000, 10_000_000, 15_000_000] as const;

type Geo = { _geo?: { lat: number; lng: number } };
type Place = {
  provinceCode: string;
  provinceName: string;
  communeCode: string | null;
  communeName: string | null;
  address: string | null;
};
type Common = Place &
  Geo & {
    id: string;
    title: string;
    occupation: string;
    occupationCode: string;
    organisationId: string;
    employer: string;
    startDate: string | null;
    /** Unix seconds: start of the start day; null when none is given. */
    startsAt: number | null;
    /** Unix seconds: end of the last day to apply (closing date / enrolment deadline). */
    closesAt: number | null;
    publishedAt: number;
  };

export type JobDocument = Common & {
  kind: 'job';
  description: string;
  skills: string[];
  /** Codes of every skill the job asks for, and of those it requires (matching filters and scores on them). */
  skillCodes: string[];
  requiredSkillCodes: string[];
  /** Whether the job has coordinates: matching reaches a job without them by its province. */
  hasGeo: boolean;
  /** The geohash cell of its coordinates (lib/geo-cells.ts), for matching by distance band. */
  geoCell: string | null;
  drivingLicenceClass: string | null;
  requiredCertificate: string | null;
  hasRequiredCertificate: boolean;
  workType: (typeof jobs.$inferSelect)['workType'];
  openings: number;
  wageMin: number;
  wageMax: number;
  wageFloors: number[];
  providesMeals: boolean;
  providesLodging: boolean;
  providesTravel: boolean;
  providesTraining: boolean;
  providesWorkClothes: boolean;
  recordCheck: boolean;
  closingDate: string | null;
};

export type TrainingDocument = Common & {
  kind: 'training';
  level: (typeof trainingSlots.$inferSelect)['level'];
  durationDays: number;
  seats: number;
  seatsLeft: number;
  schedule: string | null;
  costVnd: number;
  funding: (typeof trainingSlots.$inferSelect)['funding'];
  certificate: string | null;
  enrolmentDeadline: string | null;
  leadsToJobId: string | null;
};

export type SearchDocument = JobDocument | TrainingDocument;

const geo = (latitude: number | null, longitude: number | null): Geo =>
  latitude !== null && longitude !== null ? { _geo: { lat: latitude, lng: longitude } } : {};
const seconds = (date: Date | null) => Math.floor((date ?? new Date()).getTime() / 1000);

/** The public documents among `ids`; ids not returned are not public and must leave the index. */
export async function loadJobDocuments(db: Executor, ids: string[] | 'all'): Promise<JobDocument[]> {
  const rows = await selectJobs(db, ids === 'all' ? undefined : inArray(jobs.id, ids), { publicOnly: true });
  if (rows.length === 0) return [];
  const skillsOf = await skillsOfJobs(db, ids === 'all' ? 'all' : rows.map((r) => r.job.id));

  return rows.map(({ job, occupation, organisation, provinceName, communeName }) => {
    const jobSkills = skillsOf.get(job.id) ?? [];
    return {
      kind: 'job',
      id: job.id,
      title: job.title,
      description: [job.description, job.workingHours, job.benefits].filter(Boolean).join('\n\n'),
      occupation: occupation.nameVi,
      occupationCode: occupation.code,
      skills: jobSkills.map((s) => s.nameVi),
      skillCodes: jobSkills.map((s) => s.code),
      requiredSkillCodes: jobSkills.filter((s) => s.required).map((s) => s.code),
      organisationId: job.organisationId,
      employer: organisation.name,
      provinceCode: job.provinceCode,
      provinceName,
      communeCode: job.communeCode,
      communeName,
      address: job.address,
      ...geo(job.latitude, job.longitude),
      hasGeo: job.latitude !== null && job.longitude !== null,
      geoCell: job.latitude !== null && job.longitude !== null ? geohash(job.latitude, job.longitude) : null,
      workType: job.workType,
      openings: job.openings,
      wageMin: job.wageMin,
      wageMax: job.wageMax,
      wageFloors: wageFloors.filter((floor) => job.wageMin >= floor),
      providesMeals: job.providesMeals,
      providesLodging: job.providesLodging,
      providesTravel: job.providesTravel,
      providesTraining: job.providesTraining,
      providesWorkClothes: job.providesWorkClothes,
      recordCheck: job.recordCheck,
      drivingLicenceClass: job.drivingLicenceClass,
      requiredCertificate: job.requiredCertificate,
      hasRequiredCertificate: job.requiredCertificate !== null && job.requiredCertificate.trim() !== '',
      startDate: job.startDate,
      startsAt: job.startDate ? dayStartSeconds(job.startDate) : null,
      closingDate: job.closingDate,
      closesAt: job.closingDate ? dayEndSeconds(job.closingDate) : null,
      publishedAt: seconds(job.publishedAt),
    };
  });
}

export async function loadTrainingDocuments(db: Executor, ids: string[] | 'all'): Promise<TrainingDocument[]> {
  const rows = await selectTraining(db, ids === 'all' ? undefined : inArray(trainingSlots.id, ids), { publicOnly: true });
  return rows.map(({ slot, occupation, organisation, provinceName, communeName }) => ({
    kind: 'training',
    id: slot.id,
    title: slot.title,
    occupation: occupation.nameVi,
    occupationCode: occupation.code,
    organisationId: slot.organisationId,
    employer: organisation.name,
    provinceCode: slot.provinceCode,
    provinceName,
    communeCode: slot.communeCode,
    communeName,
    address: slot.address,
    ...geo(slot.latitude, slot.longitude),
    level: slot.level,
    durationDays: slot.durationDays,
    seats: slot.seats,
    seatsLeft: slot.seatsLeft,
    schedule: slot.schedule,
    costVnd: slot.costVnd,
    funding: slot.funding,
    certificate: slot.certificate,
    startDate: slot.startDate,
    startsAt: slot.startDate ? dayStartSeconds(slot.startDate) : null,
    enrolmentDeadline: slot.enrolmentDeadline,
    closesAt: slot.enrolmentDeadline ? dayEndSeconds(slot.enrolmentDeadline) : null,
    leadsToJobId: slot.leadsToJobId,
    publishedAt: seconds(slot.publishedAt),
  }));
}

export function loadDocuments(db: Executor, entity: SearchEntity, ids: string[] | 'all'): Promise<SearchDocument[]> {
  return entity === 'job' ? loadJobDocuments(db, ids) : loadTrainingDocuments(db, ids);
}
