// Reference data: provinces and communes (the units in force since 1 July 2025), occupations and
// skills — the lists pickers offer, and the check that submitted codes exist, done in one query.
import { asc, eq, sql } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { communes, occupations, provinces, skills } from '#db/schema.ts';

export function listProvinces(db: Executor) {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.name));
}

export function listCommunes(db: Executor, provinceCode: string) {
  return db
    .select({ code: communes.code, name: communes.name })
    .from(communes)
    .where(eq(communes.provinceCode, provinceCode))
    .orderBy(asc(communes.name));
}

export function listOccupations(db: Executor) {
  return db
    .select({ code: occupations.code, nameVi: occupations.nameVi, nameEn: occupations.nameEn })
    .from(occupations)
    .orderBy(asc(occupations.nameVi));
}

export function listSkills(db: Executor) {
  return db
    .select({ code: skills.code, nameVi: skills.nameVi, nameEn: skills.nameEn, occupationCode: occupations.code })
    .from(skills)
    .leftJoin(occupations, eq(occupations.id, skills.occupationId))
    .orderBy(asc(skills.nameVi));
}

export async function provinceName(db: Executor, code: string | null) {
  if (!code) return null;
  const [row] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, code));
  return row?.name ?? null;
}

export type CodeCheck = {
  /** The province exists. */
  province: boolean;
  /** The commune exists and lies in the province. */
  commune: boolean;
  /** Ids of the occupations and skills found, by code (a code missing here is unknown). */
  occupationIds: Map<string, number>;
  skillIds: Map<string, number>;
};

/** Checks every code a form refers to in one round trip. */
export async function checkCodes(
  db: Executor,
  codes: { provinceCode?: string | null; communeCode?: string | null; occupationCodes?: readonly string[]; skillCodes?: readonly string[] },
): Promise<CodeCheck> {
  const occupationCodes = [...new Set(codes.occupationCodes ?? [])];
  const skillCodes = [...new Set(codes.skillCodes ?? [])];
  const [row] = (await db.execute(sql`
    select
      exists (select 1 from ${provinces} where ${provinces.code} = ${codes.provinceCode ?? ''}) as province,
      exists (select 1 from ${communes} where ${communes.code} = ${codes.communeCode ?? ''} and ${communes.provinceCode} = ${codes.provinceCode ?? ''}) as commune,
      coalesce((select json_object_agg(${occupations.code}, ${occupations.id}) from ${occupations} where ${occupations.code} = any(${sql.param(occupationCodes)}::text[])), '{}') as occupations,
      coalesce((select json_object_agg(${skills.code}, ${skills.id}) from ${skills} where ${skills.code} = any(${sql.param(skillCodes)}::text[])), '{}') as skills`)) as unknown as {
    province: boolean;
    commune: boolean;
    occupations: Record<string, number>;
    skills: Record<string, number>;
  }[];
  return {
    province: row.province,
    commune: row.commune,
    occupationIds: new Map(Object.entries(row.occupations)),
    skillIds: new Map(Object.entries(row.skills)),
  };
}

/** Field errors for an unknown province, or a commune outside it (none when the place is valid). */
export function placeErrors(check: CodeCheck, communeCode: string | null | undefined) {
  const errors: Record<string, MessageKey> = {};
  if (!check.province) errors.provinceCode = 'validation.province.unknown';
  else if (communeCode && !check.commune) errors.communeCode = 'validation.commune.notInProvince';
  return errors;
}

/** Ids for `wanted` codes, or null when any of them is unknown. */
export function idsOf(found: Map<string, number>, wanted: readonly string[]) {
  const ids = new Map<string, number>();
  for (const code of wanted) {
    const id = found.get(code);
    if (id === undefined) return null;
    ids.set(code, id);
  }
  return ids;
}
