// Reference data reaches installs that already have it: the loader runs at every start, and an
// occupation or skill added to the curated list (or a corrected ISCO-08 code) must arrive in a
// database that was loaded from an older list, without touching the rows postings point at.
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { makeJob, makeOrganisation } from '#server/seed/factories.ts';
import { loadReferenceData } from '#db/reference/load.ts';
import { occupations as occupationSeeds } from '#db/reference/occupations.ts';
import { occupations, skills } from '#db/schema.ts';
import { testServices } from '#tests/setup/services.ts';

const { db } = await testServices();

const added = ['machinist', 'vehicle-cleaner', 'food-processing-worker'];
const addedSkills = ['truck-driving', 'crop-rice', 'crop-fruit-trees', 'crop-harvest-grading', 'crop-farm-machinery'];

const count = async (table: typeof occupations | typeof skills) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

test('occupations and skills added to the curated list arrive in a database loaded from the older list', async () => {
  // The database as an install loaded before these additions left it, with a posting in use.
  const addedIds = (await db.select({ id: occupations.id }).from(occupations).where(inArray(occupations.code, added))).map((r) => r.id);
  await db.delete(skills).where(inArray(skills.occupationId, addedIds));
  await db.delete(skills).where(inArray(skills.code, addedSkills));
  await db.delete(occupations).where(inArray(occupations.code, added));
  await db
    .update(occupations)
    .set({ isco08: '6111', nameVi: 'Công nhân trồng trọt (rau màu, cây lương thực)' })
    .where(eq(occupations.code, 'crop-grower'));
  const org = await makeOrganisation(db);
  const job = await makeJob(db, { organisationId: org.id, occupationCode: 'truck-driver', title: 'Lái xe tải hạng C' });
  const before = new Map((await db.select().from(occupations)).map((o) => [o.code, o.id]));
  expect(before.has('machinist')).toBe(false);

  await loadReferenceData(db);

  expect(await count(occupations)).toBe(occupationSeeds.length);
  expect(await count(skills)).toBe(occupationSeeds.reduce((n, o) => n + o.skills.length, 0));
  const after = await db.select().from(occupations);
  // Rows that were there keep their ids, so postings and profiles still point at the same occupation.
  for (const o of after.filter((row) => before.has(row.code))) expect(o.id, o.code).toBe(before.get(o.code));
  const machinist = after.find((o) => o.code === 'machinist');
  expect(machinist).toMatchObject({ isco08: '7223', nameVi: 'Thợ cơ khí (tiện, phay, CNC)' });
  expect(after.find((o) => o.code === 'crop-grower')).toMatchObject({ isco08: '6114' });
  const machinistSkills = await db.select({ code: skills.code }).from(skills).where(eq(skills.occupationId, machinist!.id));
  expect(machinistSkills.map((s) => s.code)).toContain('machining-cnc-operation');
  const [truckDriving] = await db
    .select({ occupation: occupations.code, nameVi: skills.nameVi })
    .from(skills)
    .innerJoin(occupations, eq(occupations.id, skills.occupationId))
    .where(eq(skills.code, 'truck-driving'));
  expect(truckDriving).toMatchObject({ occupation: 'truck-driver', nameVi: 'Lái xe tải (hạng C1, C)' });
  expect(after.find((o) => o.id === job.occupationId)?.code).toBe('truck-driver');
});

test('loading again changes nothing', async () => {
  const snapshot = async () => ({
    occupations: await db.select().from(occupations).orderBy(occupations.id),
    skills: await db.select().from(skills).orderBy(skills.id),
  });
  const first = await snapshot();
  await loadReferenceData(db);
  expect(await snapshot()).toEqual(first);
});
