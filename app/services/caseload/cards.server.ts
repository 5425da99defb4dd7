// The anonymised candidate card an employer may see (DESIGN.md §3): skills with levels, certificate
// names, an experience summary, availability and the area — never a name, contact, birth date,
// release information, the certificate's issuer or free-text history, nor any word for the past.
// The rule for whose card employers may see lives here once.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { skillsOfReturnees } from './queries.server.ts';
import {
  communes,
  occupations,
  provinces,
  returneeCertificates,
  returneeWorkHistory,
  returnees,
  type skillLevels,
  type workTypes,
} from '#db/schema.ts';

/** Consented to anonymised sharing, and still looking (not placed, not closed). */
export function cardVisibleCondition(): SQL {
  return and(eq(returnees.shareCard, true), eq(returnees.status, 'active'))!;
}

export type CandidateCard = {
  /** Stable reference for asking an introduction; carries no personal data. */
  ref: string;
  provinceName: string;
  communeName: string | null;
  availableFrom: string | null;
  workTypes: (typeof workTypes)[number][];
  skills: { code: string; nameVi: string; nameEn: string; level: (typeof skillLevels)[number] }[];
  certificates: string[];
  /** Occupations worked in before, with months when known (no free text). */
  experience: { nameVi: string; nameEn: string; months: number | null }[];
};

/** Cards for `returneeIds`, in no particular order; callers decide who may see them. */
export async function candidateCards(db: Executor, returneeIds: string[]): Promise<Map<string, CandidateCard>> {
  const cards = new Map<string, CandidateCard>();
  if (!returneeIds.length) return cards;
  const [people, skillRows, certificateRows, historyRows] = await Promise.all([
    db
      .select({
        id: returnees.id,
        provinceName: provinces.name,
        communeName: communes.name,
        availableFrom: returnees.availableFrom,
        workTypes: returnees.wishWorkTypes,
      })
      .from(returnees)
      .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .where(inArray(returnees.id, returneeIds)),
    skillsOfReturnees(db, returneeIds),
    db
      .select({ returneeId: returneeCertificates.returneeId, name: returneeCertificates.name })
      .from(returneeCertificates)
      .where(inArray(returneeCertificates.returneeId, returneeIds))
      .orderBy(asc(returneeCertificates.name)),
    db
      .select({
        returneeId: returneeWorkHistory.returneeId,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
        months: returneeWorkHistory.months,
      })
      .from(returneeWorkHistory)
      .innerJoin(occupations, eq(occupations.id, returneeWorkHistory.occupationId))
      .where(inArray(returneeWorkHistory.returneeId, returneeIds)),
  ]);
  for (const p of people) {
    cards.set(p.id, {
      ref: p.id,
      provinceName: p.provinceName,
      communeName: p.communeName,
      availableFrom: p.availableFrom,
      workTypes: p.workTypes,
      skills: [],
      certificates: [],
      experience: [],
    });
  }
  for (const { returneeId, ...skill } of skillRows) cards.get(returneeId)?.skills.push(skill);
  for (const { returneeId, name } of certificateRows) cards.get(returneeId)?.certificates.push(name);
  for (const { returneeId, ...job } of historyRows) cards.get(returneeId)?.experience.push(job);
  return cards;
}
