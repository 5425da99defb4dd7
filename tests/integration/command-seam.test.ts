// The command seam: commands run in the transaction their caller opened (so several stand or fall
// together, with their outbox, audit and timeline rows), audit rows carry the caller's address, and
// the timeline's events are typed, record the person's area at the time, and outlive the record.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, expect, inject, test } from 'vitest';
import { recordCaseEvent } from '#app/services/audit/case-events.server.ts';
import { createJob, updateJob } from '#app/services/catalogue/commands.server.ts';
import { jobInputSchema } from '#app/services/catalogue/schemas.ts';
import { addNote, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { createDb } from '#db/client.ts';
import { migrationsFolder } from '#db/migrate.ts';
import { auditLog, caseEvents, jobs, returnees, searchOutbox } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, cookieFrom, jsonRequest } from '#tests/helpers.ts';
import { databaseUrl } from '#tests/setup/global.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

const jobInput = jobInputSchema.parse({
  title: 'Thợ hàn kết cấu thép',
  occupationCode: 'welder',
  description: 'Hàn kết cấu thép nhà xưởng theo bản vẽ, có thợ cả hướng dẫn trong tháng đầu.',
  openings: 1,
  wageMin: 8_000_000,
  wageMax: 9_000_000,
  workType: 'full_time',
  provinceCode: '51',
  publish: true,
});

test('two commands in one transaction stand or fall together, with their outbox rows', async () => {
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const rollback = new Error('roll back');
  await expect(
    db.transaction(async (tx) => {
      const job = await createJob(tx, employer, jobInput);
      await updateJob(tx, employer, job.id, { openings: 3 });
      throw rollback;
    }),
  ).rejects.toBe(rollback);
  expect(await db.select().from(jobs).where(eq(jobs.organisationId, organisation.id))).toEqual([]);
  // Both commands' outbox rows went with them.
  const outbox = await db.select().from(searchOutbox);
  expect(outbox.filter((row) => row.entity === 'job')).toEqual([]);

  const kept = await db.transaction(async (tx) => {
    const job = await createJob(tx, employer, jobInput);
    return updateJob(tx, employer, job.id, { openings: 3 });
  });
  expect(kept.openings).toBe(3);
  expect((await db.select().from(searchOutbox).where(eq(searchOutbox.entityId, kept.id))).length).toBe(2);
});

test('audit rows record the caller’s address, through the API as through a command', async () => {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51', email: 'diachi@example.vn' });
  const context = contextFor(services, '198.51.100.7');
  const cookie = cookieFrom(
    (await call(
      apiHandler,
      jsonRequest('POST', '/api/v1/session', { login: 'diachi@example.vn', password: 'mat-khau-thu-nghiem' }),
      context,
    )) as Response,
  );
  const person = await makeReturnee(db, { fullName: 'Đặng Văn Địa Chỉ', communeCode: null });
  const read = (await call(
    apiHandler,
    jsonRequest('GET', `/api/v1/returnees/${person.id}`, undefined, { Cookie: cookie }),
    context,
  )) as Response;
  expect(read.status).toBe(200);
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.actorUserId, counsellor.id)));
  expect(row).toMatchObject({ action: 'read', entityType: 'returnee', ipAddress: '198.51.100.7' });
});

test('each timeline event records the person’s province and commune at that moment, and a kind the database knows', async () => {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const [first, second] = (
    await db.execute<{ code: string }>(sql`select code from communes where province_code = '51' order by code limit 2`)
  ).map((c) => c.code);
  const person = await makeReturnee(db, { communeCode: first, releaseDate: vietnamDate(-100), birthDate: '1990-01-01' });
  await db.transaction((tx) => addNote(tx, counsellor, person.id, { contactDate: vietnamDate(), text: 'Trao đổi lần đầu.' }));
  await db.transaction((tx) => updateReturneeProfile(tx, counsellor, person.id, { communeCode: second }));
  await db.transaction((tx) => addNote(tx, counsellor, person.id, { contactDate: vietnamDate(), text: 'Đã chuyển nơi ở.' }));
  const events = await db.select().from(caseEvents).where(eq(caseEvents.returneeId, person.id)).orderBy(caseEvents.id);
  expect(events.map((e) => [e.kind, e.provinceCode, e.communeCode, e.actorUserId, e.fairId])).toEqual([
    ['note', '51', first, counsellor.id, null],
    ['profile', '51', second, counsellor.id, null], // recorded with the change it records: the new commune
    ['residence', '51', second, counsellor.id, null], // the move itself, from → to (the indicators' residence history)
    ['note', '51', second, counsellor.id, null],
  ]);
  await expect(
    db.execute(sql`insert into case_events (returnee_id, province_code, kind) values (${person.id}, '51', 'offence')`),
  ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/invalid input value for enum case_event_kind/) } });
  // Typed details: the compiler refuses a detail the kind does not have.
  // @ts-expect-error a note records its contact date, nothing else
  await recordCaseEvent(db, counsellor, { kind: 'note', returneeId: person.id, details: { offence: 'x' } });
});

test('erasing a person’s record does not erase what the indicators counted', async () => {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const person = await makeReturnee(db, { releaseDate: vietnamDate(-30), birthDate: '1992-05-05' });
  await db.transaction((tx) => addNote(tx, counsellor, person.id, { contactDate: vietnamDate(), text: 'Gặp mặt.' }));
  await db.delete(returnees).where(eq(returnees.id, person.id));
  const left = await db.select().from(caseEvents).where(eq(caseEvents.returneeId, person.id));
  expect(left).toMatchObject([{ kind: 'note', provinceCode: '51' }]);
});

// ── The migration of existing events ────────────────────────────────────────────────────────────

const scratch = `phien_cho_events_${randomBytes(4).toString('hex')}`;
const admin = createDb(inject('adminDatabaseUrl'), { max: 1 });
const folders: string[] = [];
afterAll(async () => {
  await admin.sql.unsafe(`drop database if exists ${scratch} with (force)`);
  await admin.sql.end();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The committed migrations up to (not including) `tag`, in a folder of their own. */
function migrationsBefore(tag: string) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  folders.push(folder);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((entry) => entry.tag === tag),
  );
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

test('events written before kinds were typed keep their kind and get the person’s area', async () => {
  await admin.sql.unsafe(`create database ${scratch}`);
  const target = createDb(databaseUrl(inject('adminDatabaseUrl'), scratch), { max: 1 });
  try {
    await migrate(target.db, { migrationsFolder: migrationsBefore('0004_typed_case_events') });
    await target.sql.unsafe(`insert into provinces (code, name, place_type) values ('51', 'Quảng Ngãi', 'Tỉnh')`);
    await target.sql.unsafe(`insert into communes (code, name, province_code) values ('21000', 'Phường Thử', '51')`);
    const [person] = await target.sql.unsafe(
      `insert into returnees (full_name, province_code, commune_code) values ('Người Cũ', '51', '21000') returning id`,
    );
    await target.sql.unsafe(
      `insert into case_events (returnee_id, kind, to_status, details) values ('${person.id}', 'referral', 'requested', '{"jobTitle":"Thợ hàn"}'),
         ('${person.id}', 'placement.follow_up', 'employed', '{"month":3}')`,
    );
    await migrate(target.db, { migrationsFolder });
    const rows = await target.sql.unsafe(`select kind::text, province_code, commune_code, to_status, details from case_events order by id`);
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { kind: 'referral', province_code: '51', commune_code: '21000', to_status: 'requested', details: { jobTitle: 'Thợ hàn' } },
      { kind: 'placement.follow_up', province_code: '51', commune_code: '21000', to_status: 'employed', details: { month: 3 } },
    ]);
  } finally {
    await target.sql.end();
  }
});
