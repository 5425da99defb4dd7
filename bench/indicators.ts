// `npm run bench:indicators [-- --returnees N]`: the employment indicators at national scale, on the
// embedded default.
//
// It starts Postgres in a throw-away data folder (under the system temporary folder; --data-dir DIR
// keeps it), migrates, and generates N returnees (200,000) across the 34 provinces as indicator
// facts — release dates over 2020–2026, intakes, residence with some moves (within and between
// provinces), counselling, courses (applied, enrolled, completed, certified), referrals, hires with
// follow-ups at 1/3/6/12 months, loans (asked, decided, granted), closings (some "detained again"),
// fair tickets — written straight into `indicator_facts` by bulk inserts (`storeFacts`, the
// kept-on-write path's own writer). Events are the steps generated (each note, each course status,
// each referral step, hire, follow-up, loan step, move, closing and ticket): about 2,000,000.
//
// Then it times, after a warm-up, `aggregateIndicators` (the dashboard's figures) for a province-year
// (several provinces, ~30 runs) and for the country-year (~10 runs); in the same run the naive scan
// in application code (read the province's facts rows, `computeIndicators` in JS); and compares every
// measured answer with the oracle — `computeIndicators` over the generated people held in memory.
// Freshness: people created through the real intake command in the populated database are hired
// through the pipeline's commands (inside `inTransaction`); the time from the command's start until
// `aggregateIndicators` counts the hire. It prints a table and, as the last line of stdout, one JSON
// object. Progress goes to stderr. Everything started is stopped (and a throw-away folder removed),
// even on an error or ^C.
//
// Flags: --returnees N (200000) --province-runs (30) --country-runs (10) --freshness (20)
//        --seed S (20261201) --data-dir DIR (keep the folder)
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { inTransaction } from '#app/adapters/context.server.ts';
import { createReturnee } from '#app/services/caseload/commands.server.ts';
import { intakeSchema } from '#app/services/caseload/schemas.ts';
import { aggregateIndicators, type AggregateRow } from '#app/services/indicators/aggregate.server.ts';
import {
  computeIndicators,
  type IndicatorOptions,
  type IndicatorRow,
  type PersonFacts,
  type PlacementFacts,
} from '#app/services/indicators/definitions.ts';
import { loadStoredFacts, storeFacts } from '#app/services/indicators/facts-store.server.ts';
import { addDays, yearPeriod } from '#app/services/indicators/periods.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { addMonths } from '#app/services/pipeline/rules.ts';
import { createDb, type Db } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { communes, indicatorFacts, provinces } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import {
  chance,
  cleanup,
  int,
  log,
  mulberry32,
  ownSignals,
  percentile,
  pick,
  round1,
  runBench,
  seconds,
  stopAtEnd,
  table,
  wholeFlag,
  type Rng,
} from './common.ts';

const { values: flags } = parseArgs({
  options: {
    returnees: { type: 'string', default: '200000' },
    'province-runs': { type: 'string', default: '30' },
    'country-runs': { type: 'string', default: '10' },
    freshness: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20261201' },
    'data-dir': { type: 'string', default: '' },
  },
});
const options = {
  returnees: wholeFlag(flags, 'returnees', 100),
  provinceRuns: wholeFlag(flags, 'province-runs', 1),
  countryRuns: wholeFlag(flags, 'country-runs', 1),
  freshness: wholeFlag(flags, 'freshness', 1),
  seed: wholeFlag(flags, 'seed', 0),
  dataDir: flags['data-dir'] ? path.resolve(flags['data-dir']) : null,
};

const targets = { provinceP95: 100, countryP95: 500, freshnessP95: 5_000 };
const year = 2025;
const stableMonths = 6;

// ── The generated population ──────────────────────────────────────────────────────────────────────

type Places = { provinceCodes: string[]; weights: number[]; communesOf: Map<string, string[]> };

async function places(db: Db): Promise<Places> {
  const provinceCodes = (await db.select({ code: provinces.code }).from(provinces)).map((p) => p.code).sort();
  const communesOf = new Map<string, string[]>(provinceCodes.map((code) => [code, []]));
  for (const c of await db.select({ code: communes.code, provinceCode: communes.provinceCode }).from(communes)) {
    communesOf.get(c.provinceCode)?.push(c.code);
  }
  // Bigger and smaller provinces (a city holds several times a mountain province's people).
  const rng = mulberry32(7);
  const weights = provinceCodes.map(() => 0.4 + rng() * 2.2);
  return { provinceCodes, weights, communesOf };
}

function weighted(rng: Rng, weights: number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const firstDay = '2020-01-01';
const today = vietnamDate();
const dayBetween = (rng: Rng, from: string, to: string) => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, span <= 0 ? 0 : int(rng, 0, span));
};
const min = (a: string, b: string) => (a < b ? a : b);

/** One person's facts, and how many steps (events) made them. */
function generatePerson(rng: Rng, where: Places, fairsOf: Map<string, string[]>): { person: PersonFacts; steps: number } {
  let steps = 0;
  const province = where.provinceCodes[weighted(rng, where.weights)];
  const place = (code: string) => ({ provinceCode: code, communeCode: chance(rng, 0.95) ? pick(rng, where.communesOf.get(code)!) : null });
  const releaseDate = chance(rng, 0.98) ? dayBetween(rng, firstDay, today) : null;
  const anchor = releaseDate ?? dayBetween(rng, firstDay, today);
  const intakeOn = chance(rng, 0.95) ? min(today, addDays(anchor, chance(rng, 0.85) ? int(rng, -60, 20) : int(rng, 20, 200))) : null;
  if (intakeOn) steps++;
  const start = intakeOn ?? anchor;
  const closedOn = chance(rng, 0.25) ? addDays(start, int(rng, 30, 1500)) : null;
  const closed = closedOn !== null && closedOn <= today ? closedOn : null;
  if (closed) steps++;
  const end = closed ?? today;
  const within = () => dayBetween(rng, start, end);

  const residence = [{ from: start, ...place(province) }];
  const moves = chance(rng, 0.12) ? (chance(rng, 0.15) ? 2 : 1) : 0;
  for (let m = 0; m < moves; m++) {
    const from = dayBetween(rng, residence.at(-1)!.from, end);
    residence.push({ from, ...place(chance(rng, 0.4) ? where.provinceCodes[weighted(rng, where.weights)] : province) });
    steps++;
  }

  const counselledOn = Array.from({ length: intakeOn ? int(rng, 0, 8) : 0 }, within);
  steps += counselledOn.length;

  const localFairs = fairsOf.get(province)!;
  const fairIds = chance(rng, 0.3) ? [...new Set(Array.from({ length: int(rng, 1, 2) }, () => pick(rng, localFairs)))] : [];
  steps += fairIds.length;
  const atAFair = (p: number) => (fairIds.length && chance(rng, p) ? pick(rng, fairIds) : null);

  const courses: PersonFacts['courses'] = [];
  if (intakeOn && chance(rng, 0.3)) {
    steps += 2; // applied, enrolled
    if (chance(rng, 0.75)) {
      const completedOn = within();
      const certifiedOn = chance(rng, 0.7) ? min(today, addDays(completedOn, int(rng, 0, 45))) : null;
      steps += certifiedOn ? 2 : 1;
      courses.push({ completedOn, certifiedOn, fairId: atAFair(0.4) });
    } else steps++; // dropped out
  }

  const referrals: PersonFacts['referrals'] = [];
  const placements: PlacementFacts[] = [];
  if (intakeOn && chance(rng, 0.5)) {
    for (let r = int(rng, 1, 3); r > 0; r--) {
      const referredOn = within();
      const fairId = atAFair(0.5);
      referrals.push({ referredOn, fairId });
      steps += 2; // referred, then an answer (interview, offer, not hired…)
      if (chance(rng, 0.35) && referredOn < today) {
        const hiredOn = min(today, addDays(referredOn, int(rng, 3, 30)));
        const startDate = addDays(hiredOn, int(rng, 0, 20));
        steps++;
        let endedOn: string | null = null;
        const followUps: PlacementFacts['followUps'] = [];
        for (const month of [1, 3, 6, 12]) {
          const due = addMonths(startDate, month);
          if (due > today || endedOn !== null) break;
          const stillEmployed = chance(rng, 0.85);
          if (!stillEmployed) endedOn = addDays(due, -int(rng, 1, 25));
          if (chance(rng, 0.7) || !stillEmployed) {
            followUps.push({ month, stillEmployed, on: min(today, addDays(due, int(rng, 0, 20))) });
            steps++;
          }
        }
        placements.push({ hiredOn, startDate, endedOn, fairId, followUps });
      }
    }
  }

  const loans: PersonFacts['loans'] = [];
  if (intakeOn && chance(rng, 0.25)) {
    const askedOn = within();
    const eligible = chance(rng, 0.7) ? true : chance(rng, 0.5) ? false : null;
    const grantedOn = eligible && chance(rng, 0.6) ? min(today, addDays(askedOn, int(rng, 10, 90))) : null;
    steps += 1 + (eligible === null ? 0 : 1) + (grantedOn ? 2 : 0); // asked, decided, sent to the bank, granted
    loans.push({ askedOn, eligible, grantedOn });
  }

  const birthDate = chance(rng, 0.9) ? dayBetween(rng, '1960-01-01', '2006-12-31') : null;
  return {
    person: {
      id: randomUUID(),
      releaseDate,
      intakeOn,
      caseStartedOn: intakeOn,
      closedOn: closed,
      residence,
      sex: chance(rng, 0.05) ? null : chance(rng, 0.88) ? 'male' : 'female',
      ethnicity: chance(rng, 0.1) ? null : chance(rng, 0.85) ? 'Kinh' : pick(rng, ['Tày', 'Thái', 'Mường', 'Khmer', 'H’Mông', 'Ba Na']),
      birthDate,
      occupationCode: chance(rng, 0.3) ? null : pick(rng, ['welder', 'construction-labourer', 'driver', 'garment-worker', 'farmer']),
      counselledOn,
      courses,
      referrals,
      placements,
      loans,
      detainedAgainOn: closed && chance(rng, 0.12) ? closed : null,
      fairIds,
    },
    steps,
  };
}

// ── Comparing with the oracle ─────────────────────────────────────────────────────────────────────

const countsOf = (rows: readonly IndicatorRow[]): AggregateRow[] =>
  rows.map(({ key, numerator, denominator, value, unknown }) => ({
    key,
    numerator,
    denominator,
    value,
    ...(unknown ? { unknown: unknown.count } : {}),
  }));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

// ── The run ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const phases: Record<string, number> = {};
  const benchStart = Date.now();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'phien-cho-bench-indicators-'));
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // Postgres runs as the postgres user when we are root: it must reach the folder
  if (!options.dataDir) stopAtEnd('the data folder', async () => rmSync(dataDir, { recursive: true, force: true }));

  let t = Date.now();
  const postgres = await startEmbeddedPostgres({ dataDir, log });
  stopAtEnd('Postgres', postgres.stop);
  ownSignals();
  const { db, sql: client } = createDb(postgres.url, { max: 6 });
  stopAtEnd('the database pool', () => client.end({ timeout: 5 }));
  await migrateDatabase(db);
  await db.delete(indicatorFacts); // a kept folder: start from an empty table
  phases.setup = Date.now() - t;
  log(`Postgres ready in ${dataDir} (${seconds(phases.setup)})`);

  // Generate and write.
  t = Date.now();
  const where = await places(db);
  const fairsOf = new Map(where.provinceCodes.map((code) => [code, Array.from({ length: 12 }, () => randomUUID())]));
  const rng = mulberry32(options.seed);
  const people: PersonFacts[] = [];
  let events = 0;
  const chunk = 10_000;
  for (let done = 0; done < options.returnees; done += chunk) {
    const batch: PersonFacts[] = [];
    for (let i = done; i < Math.min(options.returnees, done + chunk); i++) {
      const { person, steps } = generatePerson(rng, where, fairsOf);
      batch.push(person);
      events += steps;
    }
    await storeFacts(db, batch, { linked: false });
    people.push(...batch);
    log(`${people.length} people written (${events} events so far)`);
  }
  await client.unsafe('vacuum analyze indicator_facts');
  phases.load = Date.now() - t;
  const [{ size }] = await client.unsafe<{ size: string }[]>(`select pg_size_pretty(pg_total_relation_size('indicator_facts')) as size`);
  log(`${people.length} people, ${events} events in indicator_facts (${size}) in ${seconds(phases.load)}`);

  const mismatches: string[] = [];
  const check = (what: string, got: unknown, expected: unknown) => {
    if (!same(got, expected)) mismatches.push(`${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  };
  const base = { period: yearPeriod(year), stableMonths, reoffending: true } as const;
  const optionsFor = (code: string | null): IndicatorOptions => ({
    ...base,
    area: code === null ? { kind: 'country' } : { kind: 'province', code },
  });
  const oracleCache = new Map<string, AggregateRow[]>();
  const oracle = (code: string | null) => {
    const key = code ?? 'country';
    if (!oracleCache.has(key)) oracleCache.set(key, countsOf(computeIndicators(people, optionsFor(code))));
    return oracleCache.get(key)!;
  };

  const loadAtQueries = os.loadavg()[0];
  // Province-year: several provinces (the biggest and some others), in turn.
  const byPopulation = [...where.provinceCodes].sort(
    (a, b) => where.weights[where.provinceCodes.indexOf(b)] - where.weights[where.provinceCodes.indexOf(a)],
  );
  const chosen = [...byPopulation.slice(0, 2), ...byPopulation.slice(-2), ...byPopulation.slice(15, 17)];
  t = Date.now();
  for (const code of chosen.slice(0, 3)) await aggregateIndicators(db, optionsFor(code)); // warm-up
  const provinceMs: number[] = [];
  const provinceRows: number[] = [];
  for (let run = 0; run < options.provinceRuns; run++) {
    const code = chosen[run % chosen.length];
    const { ms, result } = await timed(() => aggregateIndicators(db, optionsFor(code)));
    provinceMs.push(ms);
    check(`province ${code} ${year}`, result, oracle(code));
    provinceRows.push(result.find((r) => r.key === 'counselled')!.denominator);
  }
  phases.province = Date.now() - t;
  log(`province-year: p50 ${round1(percentile(provinceMs, 50))} ms, p95 ${round1(percentile(provinceMs, 95))} ms`);

  // Country-year.
  t = Date.now();
  await aggregateIndicators(db, optionsFor(null)); // warm-up
  const countryMs: number[] = [];
  for (let run = 0; run < options.countryRuns; run++) {
    const { ms, result } = await timed(() => aggregateIndicators(db, optionsFor(null)));
    countryMs.push(ms);
    check(`country ${year}`, result, oracle(null));
  }
  phases.country = Date.now() - t;
  log(`country-year: p50 ${round1(percentile(countryMs, 50))} ms, p95 ${round1(percentile(countryMs, 95))} ms`);

  // The naive scan in application code: read the province's rows, count in JS.
  t = Date.now();
  const naiveMs: number[] = [];
  const naiveRuns = Math.min(options.provinceRuns, 12);
  for (let run = 0; run < naiveRuns; run++) {
    const code = chosen[run % chosen.length];
    const { ms, result } = await timed(async () =>
      computeIndicators(await loadStoredFacts(db, { provinceCodes: [code] }), optionsFor(code)),
    );
    naiveMs.push(ms);
    check(`naive province ${code} ${year}`, countsOf(result), oracle(code));
  }
  phases.naive = Date.now() - t;
  log(`naive province-year: p50 ${round1(percentile(naiveMs, 50))} ms, p95 ${round1(percentile(naiveMs, 95))} ms`);

  // Freshness: real people, real commands, in the populated database.
  t = Date.now();
  const services = { db };
  const freshProvince = chosen[0];
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: freshProvince });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });
  const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, freshProvince)).limit(1);
  const thisYear = { ...base, period: yearPeriod(Number(today.slice(0, 4))), area: { kind: 'province', code: freshProvince } } as const;
  const placedNow = async () => (await aggregateIndicators(db, thisYear)).find((r) => r.key === 'placed')!.numerator;
  const freshnessMs: number[] = [];
  for (let i = 0; i < options.freshness; i++) {
    const { returnee } = (await inTransaction(services, (tx) =>
      createReturnee(
        tx,
        counsellor,
        intakeSchema.parse({
          fullName: `Người thử ${i + 1}`,
          birthDate: '1992-03-04',
          sex: 'male',
          communeCode: commune.code,
          releaseDate: addDays(today, -30),
          releaseKind: 'completed',
          needs: ['job'],
        }),
      ),
    )) as { returnee: { id: string } };
    const before = await placedNow();
    const started = performance.now();
    await inTransaction(services, async (tx) => {
      const { referral } = await startReferral(tx, counsellor, { jobId: job.id, returneeId: returnee.id, consent: true });
      await changeReferral(tx, employer, referral.id, { status: 'offered' });
      await changeReferral(tx, employer, referral.id, {
        status: 'hired',
        startDate: today,
        wageVnd: 7_000_000,
        contractType: 'indefinite',
      });
    });
    while ((await placedNow()) <= before) {
      if (performance.now() - started > 60_000) throw new Error('a hire did not show in the figures within a minute');
    }
    freshnessMs.push(performance.now() - started);
  }
  phases.freshness = Date.now() - t;
  log(`freshness: p50 ${round1(percentile(freshnessMs, 50))} ms, p95 ${round1(percentile(freshnessMs, 95))} ms`);
  phases.total = Date.now() - benchStart;

  const r = {
    provinceP50: percentile(provinceMs, 50),
    provinceP95: percentile(provinceMs, 95),
    countryP50: percentile(countryMs, 50),
    countryP95: percentile(countryMs, 95),
    naiveP50: percentile(naiveMs, 50),
    naiveP95: percentile(naiveMs, 95),
    freshnessP50: percentile(freshnessMs, 50),
    freshnessP95: percentile(freshnessMs, 95),
  };
  const matches = mismatches.length === 0;
  const pass = {
    province: r.provinceP95 <= targets.provinceP95,
    country: r.countryP95 <= targets.countryP95,
    freshness: r.freshnessP95 <= targets.freshnessP95,
  };
  const verdict = (ok: boolean) => (ok ? '✔ pass' : '✘ FAIL');
  const ms = (n: number) => `${round1(n)} ms`;
  const load = os.loadavg()[0];
  const rows: [string, string, string][] = [
    ['returnees / events (steps generated)', `${people.length} / ${events}`, '200000 / ~2000000'],
    ['provinces / facts table size', `${where.provinceCodes.length} / ${size}`, ''],
    ['generate + bulk insert + analyze', seconds(phases.load), '(once)'],
    [
      `province-year ${year} p50 / p95 (${provinceMs.length} runs)`,
      `${ms(r.provinceP50)} / ${ms(r.provinceP95)}`,
      `p95 ≤ ${targets.provinceP95} ms  ${verdict(pass.province)}`,
    ],
    [
      '  provinces measured (managed people each)',
      chosen.map((code) => `${code}: ${provinceRows[chosen.indexOf(code)] ?? '-'}`).join(', '),
      '',
    ],
    [
      `country-year ${year} p50 / p95 (${countryMs.length} runs)`,
      `${ms(r.countryP50)} / ${ms(r.countryP95)}`,
      `p95 ≤ ${targets.countryP95} ms  ${verdict(pass.country)}`,
    ],
    [
      `naive province-year in JS p50 / p95 (${naiveMs.length} runs)`,
      `${ms(r.naiveP50)} / ${ms(r.naiveP95)}`,
      '(read rows + computeIndicators)',
    ],
    ['naive / aggregate (province p95)', `${round1(r.naiveP95 / r.provinceP95)}×`, ''],
    [
      `freshness: command start → counted p50 / p95 (${freshnessMs.length})`,
      `${ms(r.freshnessP50)} / ${ms(r.freshnessP95)}`,
      `p95 ≤ ${targets.freshnessP95} ms  ${verdict(pass.freshness)}`,
    ],
    ['every measured answer = computeIndicators (oracle)', matches ? 'yes' : `NO (${mismatches.length})`, verdict(matches)],
    [
      'machine load (1-minute average) at the start of the queries / at the end',
      `${round1(loadAtQueries)} / ${round1(load)}`,
      `${os.cpus().length} cores`,
    ],
    ['total bench time', seconds(phases.total), ''],
  ];
  const out = table('Indicators benchmark — Phiên chợ của tình người', rows);
  for (const m of mismatches.slice(0, 10)) out.push(`  mismatch: ${m}`);
  const result = {
    returnees: people.length,
    events,
    provinces: where.provinceCodes.length,
    province_year_p50_ms: round1(r.provinceP50),
    province_year_p95_ms: round1(r.provinceP95),
    country_year_p50_ms: round1(r.countryP50),
    country_year_p95_ms: round1(r.countryP95),
    naive_province_year_p50_ms: round1(r.naiveP50),
    naive_province_year_p95_ms: round1(r.naiveP95),
    naive_over_aggregate_province_p95: round1(r.naiveP95 / r.provinceP95),
    naive_over_aggregate_province_p50: round1(r.naiveP50 / r.provinceP50),
    freshness_p50_ms: round1(r.freshnessP50),
    freshness_p95_ms: round1(r.freshnessP95),
    matches_oracle: matches,
    load_average: [round1(loadAtQueries), round1(load)],
    phases_s: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round1(v / 1000)])),
    pass: pass.province && pass.country && pass.freshness && matches,
  };
  out.push(JSON.stringify(result));
  process.stdout.write(`${out.join('\n')}\n`);
  await cleanup();
}

runBench(main);
