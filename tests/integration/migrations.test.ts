// The committed migrations apply to an empty database, load the reference data, and can run again.
// Also checks the privacy rule "store no offence details at all" against the real schema.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { databaseUrl } from '#tests/setup/global.ts';

const name = `phien_cho_migrate_${randomBytes(4).toString('hex')}`;
const admin = createDb(inject('adminDatabaseUrl'), { max: 1 });
await admin.sql.unsafe(`create database ${name}`);
const target = createDb(databaseUrl(inject('adminDatabaseUrl'), name), { max: 2 });
afterAll(async () => {
  await target.sql.end();
  await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
  await admin.sql.end();
});

const countOf = async (table: string) => (await target.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

test('from zero: every table exists and the 34 provinces, 3,321 communes and old→new mapping are loaded', async () => {
  await migrateDatabase(target.db);
  expect(await countOf('provinces')).toBe(34);
  expect(await countOf('communes')).toBe(3321);
  expect(await countOf('commune_mappings')).toBeGreaterThan(10_000);
  expect(await countOf('occupations')).toBeGreaterThanOrEqual(30);
  expect(await countOf('skills')).toBeGreaterThanOrEqual(150);
  const [kontum] = await target.db.execute<{ name: string; province: string }>(sql`
    select c.name, p.name as province from commune_mappings m
    join communes c on c.code = m.new_commune_code join provinces p on p.code = c.province_code
    where m.old_province_name = 'Tỉnh Kon Tum' and m.old_district_name = 'Thành phố Kon Tum' limit 1`);
  expect(kontum.province).toBe('Quảng Ngãi');
});

test('every occupation has a 4-digit ISCO-08 code and Vietnamese and English names', async () => {
  const rows = await target.db.execute<{ bad: number }>(
    sql`select count(*)::int as bad from occupations where isco08 !~ '^[0-9]{4}$' or name_vi = '' or name_en = ''`,
  );
  expect(rows[0].bad).toBe(0);
  const [welder] = await target.db.execute<{ isco08: string; name_vi: string }>(
    sql`select isco08, name_vi from occupations where code = 'welder'`,
  );
  expect(welder).toMatchObject({ isco08: '7212' });
});

test('running the migrations again changes nothing', async () => {
  await migrateDatabase(target.db);
  expect(await countOf('communes')).toBe(3321);
  expect(await countOf('occupations')).toBe(await countOf('(select distinct code from occupations) o'));
});

test('privacy: no column anywhere can hold offence or conviction data', async () => {
  const columns = await target.db.execute<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns where table_schema = 'public'`);
  expect(columns.length).toBeGreaterThan(50);
  const forbidden = /offen|crime|criminal|convict|sentence|charge|prison|jail|toi_danh|an_phat|pham_toi|tien_an/i;
  expect(columns.filter((c) => forbidden.test(c.column_name) || forbidden.test(c.table_name))).toEqual([]);
});

test('the audit log table records who, what, when and why', async () => {
  const columns = (
    await target.db.execute<{ column_name: string }>(sql`
      select column_name from information_schema.columns where table_name = 'audit_log'`)
  ).map((c) => c.column_name);
  expect(columns).toEqual(expect.arrayContaining(['actor_user_id', 'action', 'entity_type', 'entity_id', 'reason', 'at']));
});
