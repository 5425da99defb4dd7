// The indicator facts kept on write (app/services/indicators/facts-store.server.ts) and the SQL
// aggregate over them (aggregate.server.ts): steps recorded through the real commands show in a
// person's row once their transaction commits, and a rolled-back command leaves it as it was; the
// rows read back are the facts read from the records; the rebuild writes what the commands wrote;
// the aggregate gives `computeIndicators`' counts, on the commands' people and on random
// populations over random periods, areas and fairs; and erasing a person leaves past counts as they
// were, with a row that names nobody.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { inTransaction } from '#app/adapters/context.server.ts';
import { addNote, createReturnee, transferReturnee } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema, transferSchema } from '#app/services/caseload/schemas.ts';
import { createFair, registerForFair, setFairStatus } from '#app/services/fairs/setup.server.ts';
import { createFairSchema, fairStatusSchema, registerSchema } from '#app/services/fairs/schemas.ts';
import { aggregateIndicators, type AggregateRow } from '#app/services/indicators/aggregate.server.ts';
import {
  computeIndicators,
  type Area,
  type IndicatorOptions,
  type IndicatorRow,
  type PersonFacts,
  type PlacementFacts,
} from '#app/services/indicators/definitions.ts';
import {
  detachIndicatorFacts,
  loadStoredFacts,
  fillMissingIndicatorFacts,
  rebuildIndicatorFacts,
  storeFacts,
  withIndicatorFacts,
} from '#app/services/indicators/facts-store.server.ts';
import { loadPersonFacts } from '#app/services/indicators/facts.server.ts';
import { addDays, monthPeriod, quarterPeriod, reportingYear, yearPeriod, type Period } from '#app/services/indicators/periods.ts';
import { changeEnrolment, startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { addMonths } from '#app/services/pipeline/rules.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { enrolmentChangeSchema, followUpSchema } from '#app/services/pipeline/schemas.ts';
import { communes, indicatorFacts, returnees } from '#db/schema.ts';
import { makeJob, makeOrganisation, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import { seedDemo } from '#server/seed/demo.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const run = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(services, work);

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
const employer = await makeUser(db, { role: 'employer' });
const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });
const communeOf = async (provinceCode: string) =>
  (await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, provinceCode)).limit(1))[0].code;
const quangNgai = await communeOf('51');
const bacNinh = await communeOf('24');
const year2026 = yearPeriod(2026);

/** Sorts every list in a person's facts: the records and the row keep them in no set order. */
function normalised(person: PersonFacts) {
  const by = <T>(list: readonly T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...person,
    counselledOn: by(person.counselledOn),
    courses: by(person.courses),
    referrals: by(person.referrals),
    placements: by(person.placements.map((p) => ({ ...p, followUps: by(p.followUps) }))),
    loans: by(person.loans),
    fairIds: by(person.fairIds),
  };
}

const storedOf = async (id: string) => (await loadStoredFacts(db, { returneeIds: [id] })).map(normalised);
const recordsOf = async (id: string) => (await loadPersonFacts(db, { returneeIds: [id] })).map(normalised);

/** The counts of `computeIndicators`' rows, as the aggregate gives them. */
const countsOf = (rows: readonly IndicatorRow[]): AggregateRow[] =>
  rows.map(({ key, numerator, denominator, value, unknown }) => ({
    key,
    numerator,
    denominator,
    value,
    ...(unknown ? { unknown: unknown.count } : {}),
  }));

const figure = async (area: Area, key: string, period: Period = year2026) =>
  (await aggregateIndicators(db, { period, area, reoffending: true })).find((row) => row.key === key)!;

async function intake(fullName: string) {
  const { returnee } = (await run((tx) =>
    createReturnee(
      tx,
      counsellor,
      intakeSchema.parse({
        fullName,
        birthDate: '1990-05-01',
        sex: 'male',
        communeCode: quangNgai,
        releaseDate: '2026-01-05',
        releaseKind: 'completed',
        needs: ['job'],
      }),
    ),
  )) as { returnee: { id: string } };
  return returnee.id;
}

test('a hire, a follow-up, a course completed, a fair ticket and a move show in the person’s row when their command commits', async () => {
  const id = await intake('Phạm Văn Hòa');
  expect(await storedOf(id)).toEqual(await recordsOf(id));
  const province = { kind: 'province', code: '51' } as const;
  expect(await figure(province, 'placed')).toMatchObject({ numerator: 0, denominator: 1 });

  // Hired in March (recorded late), still employed at six months.
  const placement = await run(async (tx) => {
    const { referral } = await startReferral(tx, counsellor, { jobId: job.id, returneeId: id, consent: true, effectiveOn: '2026-03-01' });
    await changeReferral(tx, employer, referral.id, { status: 'offered' });
    const hired = await changeReferral(tx, employer, referral.id, {
      status: 'hired',
      startDate: '2026-03-15',
      wageVnd: 7_000_000,
      contractType: 'indefinite',
      effectiveOn: '2026-03-10',
    });
    return hired.placement!;
  });
  expect(await figure(province, 'placed')).toMatchObject({ numerator: 1, denominator: 1 });
  expect(await figure(province, 'stable_job')).toMatchObject({ numerator: 0, unknown: 1 });
  await run((tx) =>
    recordFollowUp(tx, counsellor, placement.id, followUpSchema.parse({ month: '6', stillEmployed: 'yes', effectiveOn: '2026-09-20' })),
  );
  expect(await figure(province, 'stable_job')).toMatchObject({ numerator: 1, denominator: 1, unknown: 0 });

  // A course begun in February, completed in May.
  const slot = await makeTrainingSlot(db, { organisationId: organisation.id, startDate: '2026-02-01' });
  const { enrolment } = await run((tx) => startEnrolment(tx, counsellor, { trainingSlotId: slot.id, returneeId: id }));
  await run((tx) => changeEnrolment(tx, counsellor, enrolment.id, enrolmentChangeSchema.parse({ status: 'enrolled' })));
  await run((tx) =>
    changeEnrolment(tx, counsellor, enrolment.id, enrolmentChangeSchema.parse({ status: 'completed', effectiveOn: '2026-05-02' })),
  );
  expect(await figure(province, 'trained')).toMatchObject({ numerator: 1, denominator: 1 });

  // A ticket for a fair: the fair's figures count the person.
  const fair = await run((tx) =>
    createFair(
      tx,
      organiser,
      createFairSchema.parse({
        name: 'Phiên chợ việc làm tháng 12',
        kind: 'periodic',
        communeCode: quangNgai,
        venueAddress: 'Nhà văn hóa phường',
        startsAt: '2026-12-12T07:30',
        endsAt: '2026-12-12T16:30',
      }),
    ),
  );
  await run((tx) =>
    setFairStatus(tx, organiser, fairStatusSchema.parse({ fairId: fair.id, status: 'registration', idempotencyKey: 'status-0001' })),
  );
  await run((tx) =>
    registerForFair(tx, counsellor, registerSchema.parse({ fairId: fair.id, returneeId: id, idempotencyKey: 'ticket-0001' })),
  );
  expect((await storedOf(id))[0].fairIds).toEqual([fair.id]);
  const atTheFair = await aggregateIndicators(db, { period: year2026, area: province, fairId: fair.id, reoffending: true });
  expect(atTheFair.find((row) => row.key === 'placed')).toMatchObject({ numerator: 0, denominator: 1 });

  // Moved to Bắc Ninh today (December): counted there for 2026, with the steps taken before the move.
  await run((tx) => transferReturnee(tx, counsellor, id, transferSchema.parse({ provinceCode: '24', communeCode: bacNinh })));
  expect(await figure(province, 'placed')).toMatchObject({ numerator: 0, denominator: 0 });
  expect(await figure({ kind: 'province', code: '24' }, 'placed')).toMatchObject({ numerator: 1, denominator: 1 });
  expect(await figure({ kind: 'province', code: '24' }, 'trained')).toMatchObject({ numerator: 1, denominator: 1 });

  // After all of it, the row is what the records say.
  expect(await storedOf(id)).toEqual(await recordsOf(id));
});

test('a rolled-back command leaves the row as it was; the row is rewritten inside the command’s transaction', async () => {
  const id = await intake('Trần Văn Nam');
  const before = await db.select().from(indicatorFacts).where(eq(indicatorFacts.returneeId, id));
  await expect(
    run(async (tx) => {
      await addNote(tx, counsellor, id, noteSchema.parse({ contactDate: '2026-04-02', text: 'Tư vấn nghề' }));
      throw new Error('the command fails after its step');
    }),
  ).rejects.toThrow('the command fails');
  expect(await db.select().from(indicatorFacts).where(eq(indicatorFacts.returneeId, id))).toEqual(before);
  expect((await storedOf(id))[0].counselledOn).toEqual([]);

  // Committed, the same step is in the row; and a reader in the transaction sees it before the commit.
  let seenInside: string[] = [];
  await db.transaction(async (tx) => {
    // What `inTransaction` runs inside the transaction it opens.
    await withIndicatorFacts(tx, () => addNote(tx, counsellor, id, noteSchema.parse({ contactDate: '2026-04-02', text: 'Tư vấn nghề' })));
    seenInside = (await loadStoredFacts(tx, { returneeIds: [id] }))[0].counselledOn;
    // Not committed yet: another connection still sees the row without the note.
    const [outside] = await services.sql`select counselled_on::text[] as days from indicator_facts where returnee_id = ${id}`;
    expect(outside.days).toEqual([]);
  });
  expect(seenInside).toEqual(['2026-04-02']);
  expect((await storedOf(id))[0].counselledOn).toEqual(['2026-04-02']);
});

test('the rebuild writes every row as the commands wrote it; an emptied table is refilled the same', async () => {
  const rows = async () => (await loadStoredFacts(db, 'country')).map(normalised).sort((a, b) => a.id.localeCompare(b.id));
  const kept = await rows();
  expect(kept.length).toBeGreaterThanOrEqual(2);
  expect(await rebuildIndicatorFacts(db)).toBe((await db.select({ id: returnees.id }).from(returnees)).length);
  expect(await rows()).toEqual(kept);
  await db
    .transaction(async (tx) => {
      await tx.delete(indicatorFacts);
      await rebuildIndicatorFacts(tx);
      const refilled = (await loadStoredFacts(tx, 'country')).map(normalised).sort((a, b) => a.id.localeCompare(b.id));
      expect(refilled).toEqual(kept);
      // At start-up, the rows of people who have none (an upgraded database, a row lost) are written.
      await tx.delete(indicatorFacts).where(eq(indicatorFacts.returneeId, kept[0].id));
      expect(await fillMissingIndicatorFacts(tx)).toBe(1);
      expect(await fillMissingIndicatorFacts(tx)).toBe(0);
      expect((await loadStoredFacts(tx, 'country')).map(normalised).sort((a, b) => a.id.localeCompare(b.id))).toEqual(kept);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
    });
  // The stored facts of a province are the records' for it.
  const province = (await loadStoredFacts(db, { provinceCodes: ['51'] })).map(normalised).sort((a, b) => a.id.localeCompare(b.id));
  const records = (await loadPersonFacts(db, { provinceCodes: ['51'] })).map(normalised).sort((a, b) => a.id.localeCompare(b.id));
  expect(province).toEqual(records);
});

test('erasing a person: last year’s counts are unchanged and their row names nobody', async () => {
  const id = await intake('Lê Thị Xóa');
  await run((tx) => addNote(tx, counsellor, id, noteSchema.parse({ contactDate: '2026-02-10', text: 'Tư vấn' })));
  const province = { kind: 'province', code: '51' } as const;
  const before = await aggregateIndicators(db, { period: year2026, area: province, reoffending: true });
  expect(before.find((row) => row.key === 'counselled')!.numerator).toBeGreaterThanOrEqual(1);

  await run(async (tx) => {
    await detachIndicatorFacts(tx, id);
    await tx.delete(returnees).where(eq(returnees.id, id));
  });
  expect(await db.select().from(returnees).where(eq(returnees.id, id))).toEqual([]);
  expect(await aggregateIndicators(db, { period: year2026, area: province, reoffending: true })).toEqual(before);
  // The row: no link, a birth year only, nothing that names the person.
  const orphans = await db.execute(sql`select to_jsonb(f) as row from indicator_facts f where returnee_id is null`);
  const rows = orphans.map((r) => r.row as Record<string, unknown>);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ returnee_id: null, birth_date: '1990-01-01', counselled_on: ['2026-02-10'] });
  expect(JSON.stringify(rows[0])).not.toContain(id);
  expect(JSON.stringify(rows[0])).not.toContain('Xóa');
  // A rebuild from the records keeps the row of a person no longer on record.
  await rebuildIndicatorFacts(db);
  expect(await aggregateIndicators(db, { period: year2026, area: province, reoffending: true })).toEqual(before);
});

// ── The aggregate against the definition, on random populations ───────────────────────────────

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)];
  const chance = (p: number) => next() < p;
  // Days in 2024–2026, crowded around month ends and a few fixed days so ties and edges happen.
  const day = () =>
    chance(0.2) ? pick(['2025-01-01', '2025-06-30', '2025-12-31', '2026-03-31', '2025-08-31']) : addDays('2024-01-01', int(0, 1095));
  const maybe = <T>(p: number, value: () => T) => (chance(p) ? value() : null);
  return { int, pick, chance, day, maybe };
}

const provincePool = ['51', '24', '62'];
const communePool = ['51001', '51002', '24001', '24002', '62001'];
const fairPool = [randomUUID(), randomUUID(), randomUUID()];

function randomPerson(g: ReturnType<typeof generator>): PersonFacts {
  const place = () => {
    const communeCode = g.maybe(0.9, () => g.pick(communePool));
    return { provinceCode: communeCode ? communeCode.slice(0, 2) : g.pick(provincePool), communeCode };
  };
  const release = g.maybe(0.95, g.day);
  const intake = g.maybe(0.9, () => (release && g.chance(0.7) ? addDays(release, g.int(-60, 30)) : g.day()));
  const placements = Array.from({ length: g.pick([0, 0, 1, 1, 2]) }, (): PlacementFacts => {
    const startDate = g.day();
    return {
      hiredOn: addDays(startDate, -g.int(0, 10)),
      startDate,
      // Some end exactly on a mark (an end on the mark day is short of it).
      endedOn: g.maybe(0.4, () => (g.chance(0.5) ? addMonths(startDate, g.pick([1, 3, 6, 12])) : addDays(startDate, g.int(0, 400)))),
      fairId: g.maybe(0.3, () => g.pick(fairPool)),
      followUps: [1, 3, 6, 12]
        .filter(() => g.chance(0.4))
        .map((month) => ({ month, stillEmployed: g.chance(0.7), on: addDays(startDate, month * 30) })),
    };
  });
  const closedOn = g.maybe(0.2, g.day);
  return {
    id: randomUUID(),
    releaseDate: release,
    intakeOn: intake,
    caseStartedOn: intake,
    closedOn,
    residence: Array.from({ length: g.pick([1, 1, 1, 2, 3]) }, () => ({ from: g.day(), ...place() })),
    sex: g.pick(['female', 'male', 'other', null] as const),
    ethnicity: g.maybe(0.8, () => g.pick(['Kinh', 'Ba Na', 'Xơ Đăng'])),
    birthDate: g.maybe(0.8, () => addDays('1960-01-01', g.int(0, 15000))),
    occupationCode: g.maybe(0.7, () => g.pick(['welder', 'driver'])),
    counselledOn: Array.from({ length: g.int(0, 3) }, g.day),
    courses: Array.from({ length: g.pick([0, 0, 1, 2]) }, () => {
      const completedOn = g.day();
      return {
        completedOn,
        certifiedOn: g.maybe(0.5, () => addDays(completedOn, g.int(0, 60))),
        fairId: g.maybe(0.3, () => g.pick(fairPool)),
      };
    }),
    referrals: Array.from({ length: g.pick([0, 1, 2]) }, () => ({ referredOn: g.day(), fairId: g.maybe(0.3, () => g.pick(fairPool)) })),
    placements,
    loans: Array.from({ length: g.pick([0, 0, 1, 2]) }, () => {
      const askedOn = g.day();
      return {
        askedOn,
        eligible: g.pick([true, true, false, null]),
        grantedOn: g.maybe(0.5, () => addDays(askedOn, g.int(0, 120))),
      };
    }),
    detainedAgainOn: closedOn && g.chance(0.3) ? closedOn : null,
    fairIds: fairPool.filter(() => g.chance(0.3)),
  };
}

function randomOptions(g: ReturnType<typeof generator>): IndicatorOptions {
  const year = g.int(2024, 2026);
  const period = g.pick<() => Period>([
    () => yearPeriod(year),
    () => quarterPeriod(year, g.pick([1, 2, 3, 4] as const)),
    () => monthPeriod(year, g.int(1, 12)),
    () => reportingYear(year, { month: 12, day: 10 }),
    () => {
      const from = g.day();
      return { from, to: addDays(from, g.int(0, 500)) };
    },
  ])();
  const area = g.pick<() => Area>([
    () => ({ kind: 'country' }),
    () => ({ kind: 'province', code: g.pick(provincePool) }),
    () => ({ kind: 'commune', code: g.pick(communePool) }),
    () => ({ kind: 'plan', communeCodes: communePool.filter(() => g.chance(0.5)) }),
  ])();
  return {
    period,
    area,
    fairId: g.chance(0.25) ? g.pick(fairPool) : null,
    stableMonths: g.pick([1, 3, 6, 6, 12, 30]),
    reoffending: g.chance(0.8),
  };
}

test('the aggregate gives computeIndicators’ counts on random populations, periods, areas and fairs', async () => {
  const g = generator(20261201);
  let compared = 0;
  for (let population = 0; population < 6; population++) {
    const people = Array.from({ length: g.int(50, 400) }, () => randomPerson(g));
    await db
      .transaction(async (tx) => {
        await tx.delete(indicatorFacts);
        await storeFacts(tx, people, { linked: false });
        for (let query = 0; query < 40; query++) {
          const options = randomOptions(g);
          const expected = countsOf(computeIndicators(people, options));
          expect(await aggregateIndicators(tx, options), JSON.stringify(options)).toEqual(expected);
          compared++;
        }
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
  }
  expect(compared).toBe(240);
}, 120_000);

test('the demo seed leaves every person’s row as the records say', async () => {
  expect(await seedDemo(db)).toBe(true);
  const records = (await loadPersonFacts(db, 'country')).map(normalised).sort((a, b) => a.id.localeCompare(b.id));
  const onRecord = new Set(records.map((person) => person.id));
  const stored = (await loadStoredFacts(db, 'country'))
    .filter((person) => onRecord.has(person.id))
    .map(normalised)
    .sort((a, b) => a.id.localeCompare(b.id));
  expect(records.length).toBeGreaterThan(10);
  expect(stored).toEqual(records);
}, 120_000);
