// Provinces, communes and occupations: lists for pickers, and the checks that a submitted code
// exists (and that a commune lies in the chosen province).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Db, DbOrTx } from '#db/client.ts';
import { communes, occupations, provinces, skills } from '#db/schema.ts';

export function listProvinces(db: Db) {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.name));
}

export function listCommunes(db: Db, provinceCode: string) {
  return db
    .select({ code: communes.code, name: communes.name })
    .from(communes)
    .where(eq(communes.provinceCode, provinceCode))
    .orderBy(asc(communes.name));
}

export function listOccupations(db: Db) {
  return db
    .select({ code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn })
    .from(occupations)
    .orderBy(asc(occupations.nameVi));
}

export function listSkills(db: Db) {
  return db
    .select({ code: skills.code, nameVi: skills.nameVi, nameEn: skills.nameEn, occupationCode: occupations.code })
    .from(skills)
    .leftJoin(occupations, eq(occupations.id, skills.occupationId))
    .orderBy(asc(skills.nameVi));
}

/** Field errors for an unknown province, or a commune outside it (empty when the place is valid). */
export async function placeErrors(db: DbOrTx, provinceCode: string, communeCode?: string | null) {
  const errors: Record<string, MessageKey> = {};
  const [province] = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, provinceCode));
  if (!province) errors.provinceCode = 'validation.province.unknown';
  else if (communeCode) {
    const [commune] = await db
      .select({ code: communes.code })
      .from(communes)
      .where(and(eq(communes.code, communeCode), eq(communes.provinceCode, provinceCode)));
    if (!commune) errors.communeCode = 'validation.commune.notInProvince';
  }
  return errors;
}

export async function occupationIdByCode(db: DbOrTx, code: string) {
  const [row] = await db.select({ id: occupations.id }).from(occupations).where(eq(occupations.code, code));
  return row?.id ?? null;
}

/** Skill ids for codes, or null when any code is unknown. */
export async function skillIdsByCode(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return new Map<string, number>();
  const rows = await db.select({ id: skills.id, code: skills.code }).from(skills).where(inArray(skills.code, codes));
  return rows.length === new Set(codes).size ? new Map(rows.map((r) => [r.code, r.id])) : null;
}
