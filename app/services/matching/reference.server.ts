// Skills and occupations by id and by code, with their names, for matching: search documents and
// reasons name skills by code, the database by id. Reference data changes only with a migration,
// so a copy is kept per database handle for a few minutes.
import { eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { occupations, skills } from '#db/schema.ts';

export type Named = { nameVi: string; nameEn: string };
export type SkillRef = Named & { id: number; code: string; occupation: string | null };
export type OccupationRef = Named & { id: number; code: string };

export type Reference = {
  skillById: ReadonlyMap<number, SkillRef>;
  skillByCode: ReadonlyMap<string, SkillRef>;
  occupationById: ReadonlyMap<number, OccupationRef>;
  occupationByCode: ReadonlyMap<string, OccupationRef>;
};

const keepMs = 10 * 60_000;
const cache = new WeakMap<object, { at: number; reference: Promise<Reference> }>();

async function load(db: Executor): Promise<Reference> {
  const [occupationRows, skillRows] = await Promise.all([
    db.select({ id: occupations.id, code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn }).from(occupations),
    db
      .select({ id: skills.id, code: skills.code, nameVi: skills.nameVi, nameEn: skills.nameEn, occupation: occupations.code })
      .from(skills)
      .leftJoin(occupations, eq(occupations.id, skills.occupationId)),
  ]);
  return {
    skillById: new Map(skillRows.map((s) => [s.id, s])),
    skillByCode: new Map(skillRows.map((s) => [s.code, s])),
    occupationById: new Map(occupationRows.map((o) => [o.id, o])),
    occupationByCode: new Map(occupationRows.map((o) => [o.code, o])),
  };
}

export function loadReference(db: Executor): Promise<Reference> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < keepMs) return cached.reference;
  const reference = load(db);
  cache.set(db, { at: Date.now(), reference });
  reference.catch(() => cache.delete(db));
  return reference;
}
