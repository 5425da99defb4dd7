// `npm run bench:matching [-- --jobs N --profiles M --data-dir DIR]`: the matching benchmark on the
// embedded default.
//
// It starts Postgres and Meilisearch in a data folder (a throw-away one under the system temporary
// folder, or DIR with --data-dir / BENCH_DATA_DIR: kept, and its data reused by the next run with
// the same sizes and seed), and generates: ~100 verified employers; N open jobs and T training
// slots through the real write path (createJob / createTrainingSlot, each with its outbox row,
// drained into Meilisearch by an indexer in this process); M returnee profiles (skills with levels,
// occupation wishes, certificates, place, reach, wage floor, availability, consent) by bulk
// inserts of the same rows the intake writes (not through the intake service: 100,000 intakes,
// each with its audit and consent rows, would take far longer and add nothing matching reads).
//
// Then it times, over Q seeded random queries each (after a warm-up), "best 20 jobs for a person"
// (load the profile, Meilisearch retrieval by partitions, exact scoring, the Postgres check) and
// "best 50 candidates for a job" (load the job, Postgres retrieval, exact scoring; alternately as
// the job's counsellor — named people of its province — and as its employer — consenting cards
// anywhere within reach), and in the same run a brute-force scorer: the same scoring module over
// every public job / every profile, loaded once from Postgres into memory (its times exclude that
// load, which is reported once). The brute force is also the oracle: each query's top 20 must be
// the same. It prints a table and, as the last line of stdout, one JSON object. Progress goes to
// stderr. Everything started is stopped (and a throw-away folder removed), even on an error or ^C.
//
// Flags (or environment): --jobs N (BENCH_JOBS, 50000) --profiles M (BENCH_PROFILES, 100000)
//   --training T (BENCH_TRAINING, 2000) --queries Q (BENCH_QUERIES, 200) --warmup W (20)
//   --workers K (4: concurrent job writers) --organisations (100) --seed S (20250701)
//   --data-dir DIR (BENCH_DATA_DIR: keep and reuse the generated data)
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { vietnamDate } from '#lib/dates.ts';
import { retrieveCandidates, type CandidateScope } from '#app/services/matching/candidates.server.ts';
import { bestJobsFor } from '#app/services/matching/matching.server.ts';
import { loadJob, loadProfile, loadProfileRows, loadPublicJobs, profileFromRow } from '#app/services/matching/profile.server.ts';
import { loadReference, type Reference } from '#app/services/matching/reference.server.ts';
import { compareRanked, prepareProfile, scoreJob, type MatchJob, type MatchProfile } from '#app/services/matching/score.ts';
import type { Actor } from '#app/services/authorize.ts';
import { createJob, createTrainingSlot } from '#app/services/catalogue/commands.server.ts';
import { jobInputSchema, trainingInputSchema } from '#app/services/catalogue/schemas.ts';
import { createDb } from '#db/client.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { occupations as occupationSeeds } from '#db/reference/occupations.ts';
import {
  communes,
  jobs as jobsTable,
  occupations,
  provinces,
  returneeCertificates,
  returneeOccupationWishes,
  returnees,
  returneeSkills,
  skills,
} from '#db/schema.ts';
import { createSearchClient, type SearchClient } from '#search/client.ts';
import { startEmbeddedMeilisearch } from '#server/embedded-meilisearch.ts';
import { pendingOutboxCount, startIndexer, type RunningIndexer } from '#search/indexer.ts';
import { applyIndexSettings, indexName } from '#search/indexes.ts';
import { reindex } from '#search/reindex.ts';
import {
  benchStarted,
  chance,
  cleanup,
  int,
  log,
  mulberry32,
  ownSignals,
  percentile,
  pick,
  round1,
  seconds,
  sleep,
  stopAtEnd,
  phaseSeconds,
  runBench,
  table,
  wholeFlag,
  type Rng,
} from './common.ts';

// ── Options ─────────────────────────────────────────────────────────────────────────────────────

const { values: flags } = parseArgs({
  options: {
    jobs: { type: 'string', default: process.env.BENCH_JOBS ?? '50000' },
    profiles: { type: 'string', default: process.env.BENCH_PROFILES ?? '100000' },
    training: { type: 'string', default: process.env.BENCH_TRAINING ?? '2000' },
    queries: { type: 'string', default: process.env.BENCH_QUERIES ?? '200' },
    warmup: { type: 'string', default: '20' },
    workers: { type: 'string', default: '4' },
    organisations: { type: 'string', default: '100' },
    seed: { type: 'string', default: '20250701' },
    'data-dir': { type: 'string', default: process.env.BENCH_DATA_DIR ?? '' },
  },
  strict: true,
});
const whole = (name: keyof typeof flags, min: number) => wholeFlag(flags, name, min);
const options = {
  jobs: whole('jobs', 1),
  profiles: whole('profiles', 1),
  training: whole('training', 0),
  queries: whole('queries', 1),
  warmup: whole('warmup', 0),
  workers: whole('workers', 1),
  organisations: whole('organisations', 1),
  seed: whole('seed', 0),
  dataDir: flags['data-dir'] ? path.resolve(flags['data-dir']) : null,
};

/** Bumped when what the generator writes changes: older kept data is regenerated. */
const dataVersion = 1;
/** Bumped when the job search document changes: kept data is reindexed (`reindex`), not regenerated. */
const indexVersion = 2;
const targets = { personP95Ms: 100, jobP95Ms: 250, agreement: 1 };
const personLimit = 20;
const candidateLimit = 50;

const shuffled = <T>(rng: Rng, list: readonly T[]) => [...list].sort(() => rng() - 0.5);

// ── The generated country ───────────────────────────────────────────────────────────────────────

/**
 * The provinces used, with a rough centre. Places scatter ±0.4° around it (a merged province is
 * ~90 km across), so daily ranges of 5–60 km matter.
 */
const places = [
  { code: '51', lat: 15.12, lng: 108.8 }, // Quảng Ngãi
  { code: '24', lat: 21.19, lng: 106.08 }, // Bắc Ninh
  { code: '01', lat: 21.03, lng: 105.85 }, // Hà Nội
  { code: '79', lat: 10.78, lng: 106.7 }, // TP Hồ Chí Minh
  { code: '48', lat: 16.05, lng: 108.2 }, // Đà Nẵng
  { code: '22', lat: 21.0, lng: 107.3 }, // Quảng Ninh
] as const;
const spread = 0.8;

/** Trades as employers write them; a few ask for a licence class or a certificate. */
const trades: { occupation: string; titles: string[]; licence?: readonly string[]; certificate?: string }[] = [
  { occupation: 'welder', titles: ['Thợ hàn điện', 'Thợ hàn MIG', 'Thợ hàn kết cấu thép'], certificate: 'Chứng chỉ hàn 3G' },
  { occupation: 'sewing-machine-operator', titles: ['Công nhân may công nghiệp', 'Thợ may chuyền'] },
  { occupation: 'garment-cutter', titles: ['Thợ cắt vải', 'Công nhân cắt may'] },
  { occupation: 'footwear-worker', titles: ['Công nhân giày da', 'Công nhân may mũ giày'] },
  { occupation: 'truck-driver', titles: ['Lái xe tải', 'Tài xế xe tải hạng C'], licence: ['C', 'C1', 'C', 'B'] },
  { occupation: 'delivery-rider', titles: ['Nhân viên giao hàng', 'Shipper giao hàng xe máy'], licence: ['A1', 'A1', 'A'] },
  { occupation: 'forklift-operator', titles: ['Lái xe nâng', 'Công nhân vận hành xe nâng'] },
  { occupation: 'kitchen-helper', titles: ['Phụ bếp', 'Phụ bếp nhà hàng'] },
  { occupation: 'cook', titles: ['Đầu bếp', 'Nấu ăn bếp tập thể'] },
  { occupation: 'waiter', titles: ['Nhân viên phục vụ nhà hàng', 'Phục vụ quán ăn'] },
  { occupation: 'security-guard', titles: ['Bảo vệ', 'Bảo vệ nhà xưởng'], certificate: 'Chứng chỉ nghiệp vụ bảo vệ' },
  { occupation: 'construction-labourer', titles: ['Công nhân xây dựng', 'Phụ hồ'] },
  { occupation: 'bricklayer', titles: ['Thợ xây', 'Thợ nề'] },
  { occupation: 'freight-handler', titles: ['Công nhân bốc xếp', 'Bốc vác kho hàng'] },
  { occupation: 'warehouse-clerk', titles: ['Nhân viên kho', 'Thủ kho'] },
  { occupation: 'motorbike-mechanic', titles: ['Thợ sửa xe máy'] },
  { occupation: 'industrial-electrician', titles: ['Thợ điện công nghiệp'], certificate: 'Chứng chỉ an toàn điện' },
  { occupation: 'building-electrician', titles: ['Thợ điện dân dụng'], certificate: 'Chứng chỉ an toàn điện' },
  { occupation: 'cleaner', titles: ['Tạp vụ', 'Nhân viên vệ sinh'] },
  { occupation: 'seafood-processor', titles: ['Công nhân chế biến thủy sản'] },
  { occupation: 'assembly-worker', titles: ['Công nhân lắp ráp điện tử', 'Công nhân sản xuất'] },
  { occupation: 'hand-packer', titles: ['Công nhân đóng gói'] },
  { occupation: 'furniture-carpenter', titles: ['Thợ mộc', 'Thợ mộc nội thất'] },
  { occupation: 'rubber-tapper', titles: ['Công nhân cạo mủ cao su'] },
  { occupation: 'plumber', titles: ['Thợ sửa ống nước'] },
  { occupation: 'building-painter', titles: ['Thợ sơn nước'] },
];
const qualifiers = [
  '',
  '',
  '',
  'ca ngày',
  'ca đêm',
  'khu công nghiệp',
  'không yêu cầu kinh nghiệm',
  'có kinh nghiệm',
  'lương cao',
  'bao ăn ở',
  'tuyển gấp',
];
const duties = [
  'Thực hiện công việc theo phân công của tổ trưởng',
  'Làm việc theo ca, có người hướng dẫn trong tuần đầu',
  'Đảm bảo an toàn lao động và vệ sinh nơi làm việc',
  'Được đào tạo thêm kỹ năng tại chỗ',
];
const sectors = ['Sản xuất', 'Xây dựng', 'May mặc', 'Vận tải', 'Nhà hàng – khách sạn', 'Chế biến thực phẩm', 'Điện tử'];
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const givenNames = [
  'Văn An',
  'Văn Bình',
  'Thị Cúc',
  'Văn Dũng',
  'Thị Hoa',
  'Văn Hùng',
  'Thị Lan',
  'Văn Minh',
  'Văn Nam',
  'Thị Thu',
  'Văn Tuấn',
];

const skillsByOccupation = new Map(occupationSeeds.map((o) => [o.code, o.skills.map((s) => s.code)]));
for (const trade of trades) if (!skillsByOccupation.has(trade.occupation)) throw new Error(`bench: unknown occupation ${trade.occupation}`);

type Employer = { user: Actor; organisationId: string; provinceCode: string };
type Place = { provinceCode: string; communeCode?: string; latitude?: number; longitude?: number };

function placeFor(rng: Rng, provinceCode: string, communesOf: Map<string, string[]>, geoShare = 0.7): Place {
  const centre = places.find((p) => p.code === provinceCode)!;
  const place: Place = { provinceCode };
  const list = communesOf.get(provinceCode) ?? [];
  if (list.length && chance(rng, 0.8)) place.communeCode = pick(rng, list);
  if (chance(rng, geoShare)) {
    place.latitude = Math.round((centre.lat + (rng() - 0.5) * spread) * 1e5) / 1e5;
    place.longitude = Math.round((centre.lng + (rng() - 0.5) * spread) * 1e5) / 1e5;
  }
  return place;
}

function jobInput(rng: Rng, employer: Employer, communesOf: Map<string, string[]>) {
  const trade = pick(rng, trades);
  const qualifier = pick(rng, qualifiers);
  const title = `${pick(rng, trade.titles)}${qualifier ? ` ${qualifier}` : ''}`;
  const codes = shuffled(rng, skillsByOccupation.get(trade.occupation)!);
  const requiredCount = int(rng, 0, Math.min(2, codes.length));
  const niceCount = int(rng, 0, Math.min(2, codes.length - requiredCount));
  const wageMin = int(rng, 8, 30) * 500_000;
  return jobInputSchema.parse({
    title,
    occupationCode: trade.occupation,
    requiredSkills: codes.slice(0, requiredCount),
    niceToHaveSkills: codes.slice(requiredCount, requiredCount + niceCount),
    description: `Tuyển ${title.toLowerCase()}. ${pick(rng, duties)}. ${pick(rng, duties)}.`,
    openings: int(rng, 1, 30),
    wageMin,
    wageMax: Math.min(20_000_000, wageMin + int(rng, 0, 8) * 500_000),
    workType: pick(rng, ['full_time', 'full_time', 'full_time', 'shift', 'seasonal', 'part_time'] as const),
    ...placeFor(rng, chance(rng, 0.85) ? employer.provinceCode : pick(rng, places).code, communesOf),
    providesMeals: chance(rng, 0.4),
    providesLodging: chance(rng, 0.3),
    providesTraining: chance(rng, 0.3),
    drivingLicenceClass: trade.licence && chance(rng, 0.8) ? pick(rng, trade.licence) : undefined,
    requiredCertificate: trade.certificate && chance(rng, 0.2) ? trade.certificate : undefined,
    startDate: chance(rng, 0.8) ? vietnamDate(int(rng, -30, 60)) : undefined,
    closingDate: chance(rng, 0.8) ? vietnamDate(int(rng, 30, 120)) : undefined,
    publish: true,
  });
}

function trainingInput(rng: Rng, employer: Employer, communesOf: Map<string, string[]>) {
  const trade = pick(rng, trades);
  const seats = int(rng, 10, 40);
  const start = int(rng, 5, 90);
  return trainingInputSchema.parse({
    title: `Sơ cấp nghề ${pick(rng, trade.titles).toLowerCase()}`,
    occupationCode: trade.occupation,
    level: 'so_cap',
    durationDays: int(rng, 20, 90),
    seats,
    seatsLeft: chance(rng, 0.15) ? 0 : int(rng, 1, seats),
    ...placeFor(rng, employer.provinceCode, communesOf),
    costVnd: 0,
    funding: 'free',
    startDate: vietnamDate(start),
    enrolmentDeadline: vietnamDate(int(rng, 1, start)),
    publish: true,
  });
}

// ── Generating the data ─────────────────────────────────────────────────────────────────────────

type Db = ReturnType<typeof createDb>['db'];

async function communesByProvince(db: Db) {
  const communesOf = new Map<string, string[]>();
  for (const place of places) {
    const rows = await db
      .select({ code: communes.code })
      .from(communes)
      .where(eq(communes.provinceCode, place.code))
      .orderBy(asc(communes.code))
      .limit(40);
    communesOf.set(
      place.code,
      rows.map((r) => r.code),
    );
  }
  return communesOf;
}

async function createEmployers(db: Db, count: number) {
  const provinceRows = await db
    .select()
    .from(provinces)
    .where(
      inArray(
        provinces.code,
        places.map((p) => p.code),
      ),
    );
  if (provinceRows.length !== places.length) throw new Error('bench: a province code is missing from the reference data');
  const employers: Employer[] = [];
  for (let i = 0; i < count; i++) {
    const provinceCode = places[i % places.length].code;
    const user = await makeUser(db, {
      role: 'employer',
      fullName: `Chủ doanh nghiệp ${i + 1}`,
      email: `employer-${i + 1}@bench-matching.example.vn`,
    });
    const organisation = await makeOrganisation(
      db,
      { name: `Công ty TNHH Bench ${i + 1}`, sector: sectors[i % sectors.length], provinceCode, contactName: 'Nguyễn Thị Hoa' },
      [{ userId: user.id, role: 'owner' }],
    );
    employers.push({ user, organisationId: organisation.id, provinceCode });
  }
  return employers;
}

async function indexedJobs(search: SearchClient) {
  return (await search.index(indexName('', 'job')).getStats()).numberOfDocuments;
}

/** Jobs and training slots through createJob / createTrainingSlot, drained by an indexer in this process. */
async function loadPostings(
  db: Db,
  sql: ReturnType<typeof createDb>['sql'],
  search: SearchClient,
  employers: Employer[],
  communesOf: Map<string, string[]>,
) {
  let indexer: RunningIndexer | null = startIndexer({ db, sql, search, indexPrefix: '', log });
  const stopIndexer = async () => {
    const running = indexer;
    indexer = null;
    await running?.stop();
  };
  stopAtEnd('the bench indexer', stopIndexer);
  const total = options.jobs + options.training;
  const isTraining = (i: number) => Math.floor(((i + 1) * options.training) / total) > Math.floor((i * options.training) / total);
  let next = 0;
  let written = 0;
  let failed: unknown = null;
  const started = Date.now();
  const worker = async () => {
    for (let i = next++; i < total && !failed; i = next++) {
      const rng = mulberry32(options.seed * 7919 + i);
      const employer = employers[Math.floor(rng() * employers.length)];
      try {
        if (isTraining(i)) await db.transaction((tx) => createTrainingSlot(tx, employer.user, trainingInput(rng, employer, communesOf)));
        else await db.transaction((tx) => createJob(tx, employer.user, jobInput(rng, employer, communesOf)));
        written++;
      } catch (error) {
        failed ??= error;
      }
    }
  };
  const progress = setInterval(() => {
    void (async () => {
      const [pending, indexed] = await Promise.all([pendingOutboxCount(db), indexedJobs(search)]).catch(() => [NaN, NaN]);
      log(
        `postings written ${written}/${total} (${(written / ((Date.now() - started) / 1000)).toFixed(0)}/s), outbox pending ${pending}, jobs indexed ${indexed}`,
      );
    })();
  }, 15_000);
  try {
    await Promise.all(Array.from({ length: options.workers }, worker));
    if (failed) throw failed;
    const deadline = Date.now() + 30 * 60_000;
    while ((await pendingOutboxCount(db)) > 0 || (await indexedJobs(search)) < options.jobs) {
      if (Date.now() > deadline) throw new Error('the index did not catch up');
      await sleep(200);
    }
  } finally {
    clearInterval(progress);
    await stopIndexer();
  }
  return Date.now() - started;
}

/** Returnee profiles by bulk insert: the rows an intake and a profile edit write, in batches. */
async function loadProfiles(db: Db, communesOf: Map<string, string[]>) {
  const started = Date.now();
  const skillIds = new Map((await db.select({ id: skills.id, code: skills.code }).from(skills)).map((s) => [s.code, s.id]));
  const occupationIds = new Map(
    (await db.select({ id: occupations.id, code: occupations.code }).from(occupations)).map((o) => [o.code, o.id]),
  );
  const batch = 2000;
  const levels = ['beginner', 'can_work', 'experienced'] as const;
  for (let from = 0; from < options.profiles; from += batch) {
    const rows: (typeof returnees.$inferInsert)[] = [];
    const extras: { skills: [string, (typeof levels)[number]][]; wishes: string[]; certificates: string[] }[] = [];
    for (let i = from; i < Math.min(options.profiles, from + batch); i++) {
      const rng = mulberry32(options.seed * 104729 + i);
      const province = pick(rng, places).code;
      const place = placeFor(rng, province, communesOf);
      const own = shuffled(rng, trades).slice(0, int(rng, 1, 2));
      const skillCodes = own.flatMap((t) => shuffled(rng, skillsByOccupation.get(t.occupation)!).slice(0, int(rng, 0, 3)));
      const wishes = chance(rng, 0.15)
        ? []
        : [...new Set([...(chance(rng, 0.7) ? [own[0].occupation] : []), ...(chance(rng, 0.4) ? [pick(rng, trades).occupation] : [])])];
      const certificates: string[] = [];
      for (const trade of own) {
        if (trade.licence && chance(rng, 0.7)) certificates.push(`Bằng lái xe hạng ${pick(rng, trade.licence)}`);
        if (trade.certificate && chance(rng, 0.4))
          certificates.push(trade.occupation === 'welder' ? 'Chứng chỉ sơ cấp nghề hàn 3G' : trade.certificate);
      }
      if (chance(rng, 0.25)) certificates.push('Giấy phép lái xe hạng A1');
      const status = pick(rng, [
        'active',
        'active',
        'active',
        'active',
        'active',
        'active',
        'active',
        'active',
        'placed',
        'closed',
      ] as const);
      const needs = [
        ...(chance(rng, 0.85) ? ['job' as const] : []),
        ...(chance(rng, 0.4) ? ['training' as const] : []),
        ...(chance(rng, 0.2) ? ['loan' as const] : []),
      ];
      rows.push({
        fullName: `${pick(rng, familyNames)} ${pick(rng, givenNames)}`,
        birthDate: `${int(rng, 1965, 2005)}-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}`,
        sex: pick(rng, ['male', 'male', 'female'] as const),
        provinceCode: province,
        communeCode: place.communeCode ?? null,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
        releaseDate: vietnamDate(-int(rng, 0, 900)),
        releaseKind: pick(rng, ['completed', 'completed', 'amnesty', 'conditional_early_release'] as const),
        status,
        needs: needs.length ? needs : ['job'],
        availableFrom: chance(rng, 0.5) ? null : vietnamDate(int(rng, -60, 120)),
        wishWorkTypes: chance(rng, 0.6)
          ? []
          : shuffled(rng, ['full_time', 'part_time', 'seasonal', 'shift'] as const).slice(0, int(rng, 1, 2)),
        wageFloor: chance(rng, 0.4) ? null : int(rng, 8, 24) * 500_000,
        maxTravelKm: chance(rng, 0.5) ? null : pick(rng, [5, 10, 15, 20, 30, 40, 60]),
        willingToMove: chance(rng, 0.25),
        shareCard: chance(rng, 0.6),
      });
      extras.push({ skills: skillCodes.map((code) => [code, pick(rng, levels)]), wishes, certificates });
    }
    await db.transaction(async (tx) => {
      const inserted = await tx.insert(returnees).values(rows).returning({ id: returnees.id });
      const skillRows = inserted.flatMap((r, k) =>
        extras[k].skills.map(([code, level]) => ({ returneeId: r.id, skillId: skillIds.get(code)!, level })),
      );
      const wishRows = inserted.flatMap((r, k) =>
        extras[k].wishes.map((code) => ({ returneeId: r.id, occupationId: occupationIds.get(code)! })),
      );
      const certificateRows = inserted.flatMap((r, k) => extras[k].certificates.map((name) => ({ returneeId: r.id, name })));
      if (skillRows.length) await tx.insert(returneeSkills).values(skillRows);
      if (wishRows.length) await tx.insert(returneeOccupationWishes).values(wishRows);
      if (certificateRows.length) await tx.insert(returneeCertificates).values(certificateRows);
    });
    if ((from / batch) % 10 === 9) log(`profiles ${Math.min(options.profiles, from + batch)}/${options.profiles}`);
  }
  await db.execute(sql`analyze`);
  return Date.now() - started;
}

// ── Measuring ───────────────────────────────────────────────────────────────────────────────────

/** Share of the brute force's top `n` that the fast path also returned (1 when both are empty). */
function agreement(fast: string[], brute: string[], n: number) {
  const a = fast.slice(0, n);
  const b = brute.slice(0, n);
  if (a.length === 0 && b.length === 0) return 1;
  const inFast = new Set(a);
  return b.filter((id) => inFast.has(id)).length / Math.max(a.length, b.length);
}

type OracleProfile = { person: MatchProfile; status: string; needs: string[]; shareCard: boolean };

function bruteJobs(person: MatchProfile, all: MatchJob[], today: string) {
  const ranked: { id: string; score: number }[] = [];
  for (const job of all) {
    const match = scoreJob(person, job, { today });
    if (match.eligible) ranked.push({ id: job.id, score: match.score });
  }
  return ranked.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id)).slice(0, personLimit);
}

function bruteCandidates(job: MatchJob, scope: CandidateScope, all: OracleProfile[], today: string) {
  const ranked: { id: string; score: number }[] = [];
  for (const p of all) {
    if (p.status !== 'active' || !p.needs.includes('job')) continue;
    if (scope.kind === 'province' ? p.person.provinceCode !== scope.provinceCode : !p.shareCard) continue;
    const match = scoreJob(p.person, job, { today });
    if (match.eligible) ranked.push({ id: p.person.id, score: match.score });
  }
  return ranked.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id)).slice(0, candidateLimit);
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────

type Manifest = {
  dataVersion: number;
  jobs: number;
  profiles: number;
  training: number;
  organisations: number;
  seed: number;
  complete: boolean;
  indexVersion?: number;
};

async function main() {
  const phases: Record<string, number> = {};
  const kept = options.dataDir !== null;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'phien-cho-bench-matching-'));
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // Postgres runs as the postgres user when we are root: it must reach the folder
  if (!kept) stopAtEnd('the data folder', async () => rmSync(dataDir, { recursive: true, force: true }));
  const manifestFile = path.join(dataDir, 'bench-matching.json');
  const wanted: Manifest = {
    dataVersion,
    jobs: options.jobs,
    profiles: options.profiles,
    training: options.training,
    organisations: options.organisations,
    seed: options.seed,
    complete: true,
  };
  const previous = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : null;
  const { indexVersion: previousIndex, ...previousData } = previous ?? { indexVersion: undefined };
  const reuse = previous !== null && JSON.stringify(previousData) === JSON.stringify(wanted);
  const reindexNeeded = reuse && previousIndex !== indexVersion;
  if (kept && previous && !reuse) {
    log(`${dataDir} holds other data (${JSON.stringify(previous)}): starting afresh`);
    for (const sub of ['postgres', 'meilisearch']) rmSync(path.join(dataDir, sub), { recursive: true, force: true });
  }
  log(
    `data folder ${dataDir}${kept ? ' (kept)' : ''}; ${options.jobs} jobs, ${options.training} training slots, ${options.profiles} profiles${reuse ? ' — reusing the data generated before' : ''}`,
  );

  let t = Date.now();
  const [postgres, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir, log }).then((s) => (stopAtEnd('Postgres', s.stop), s)),
    startEmbeddedMeilisearch({ dataDir, log }).then((s) => (stopAtEnd('Meilisearch', s.stop), s)),
  ]);
  ownSignals();
  const { db, sql: client } = createDb(postgres.url, { max: options.workers + 6 });
  stopAtEnd('the database pool', () => client.end({ timeout: 5 }));
  await migrateDatabase(db);
  const search = createSearchClient(meili.url, meili.masterKey);
  await applyIndexSettings(search, '');
  phases.setup = Date.now() - t;
  log(`Postgres and Meilisearch ready (${seconds(phases.setup)})`);

  if (!reuse) {
    writeFileSync(manifestFile, JSON.stringify({ ...wanted, complete: false }));
    t = Date.now();
    const communesOf = await communesByProvince(db);
    const employers = await createEmployers(db, options.organisations);
    log(`${employers.length} verified employers (${seconds(Date.now() - t)})`);
    phases.postings = await loadPostings(db, client, search, employers, communesOf);
    log(`${options.jobs} jobs and ${options.training} training slots written and indexed (${seconds(phases.postings)})`);
    phases.profiles = await loadProfiles(db, communesOf);
    log(`${options.profiles} profiles inserted (${seconds(phases.profiles)})`);
    writeFileSync(manifestFile, JSON.stringify({ ...wanted, indexVersion }));
  } else if (reindexNeeded) {
    t = Date.now();
    await reindex({ db, search, indexPrefix: '' }, log);
    phases.reindex = Date.now() - t;
    writeFileSync(manifestFile, JSON.stringify({ ...wanted, indexVersion }));
    log(`the kept data's job index was rebuilt for the current document shape (${seconds(phases.reindex)})`);
  }

  // The oracle's data: every public job and every profile, in memory.
  t = Date.now();
  const reference: Reference = await loadReference(db);
  const allJobs = await loadPublicJobs(db, reference);
  phases.oracleJobs = Date.now() - t;
  t = Date.now();
  const allProfiles: OracleProfile[] = (await loadProfileRows(db, sql`true`)).map((row) => ({
    person: prepareProfile(profileFromRow(row, reference)),
    status: row.status,
    needs: row.needs,
    shareCard: row.share_card,
  }));
  phases.oracleProfiles = Date.now() - t;
  log(
    `oracle loaded: ${allJobs.length} public jobs (${seconds(phases.oracleJobs)}), ${allProfiles.length} profiles (${seconds(phases.oracleProfiles)})`,
  );
  const indexed = await indexedJobs(search);
  if (indexed !== allJobs.length) log(`warning: the index holds ${indexed} jobs, Postgres ${allJobs.length} public ones`);

  // The queries: random people (any status: a counsellor looks at anyone's suggestions) and random public jobs.
  const rng = mulberry32(options.seed ^ 0x3a7c);
  const count = options.warmup + options.queries;
  const personIds = Array.from({ length: count }, () => pick(rng, allProfiles).person.id);
  const jobIds = Array.from({ length: count }, () => pick(rng, allJobs).id);
  const services = { db, search, indexPrefix: '' };
  const now = Date.now();
  const today = vietnamDate(0, now);

  const person = {
    fast: [] as number[],
    brute: [] as number[],
    agreement: [] as number[],
    identical: 0,
    hits: [] as number[],
    partitions: [] as number[],
    rounds: [] as number[],
    inexact: 0,
  };
  const job = {
    fast: [] as number[],
    named: [] as number[],
    cards: [] as number[],
    brute: [] as number[],
    agreement: [] as number[],
    agreement50: [] as number[],
    identical: 0,
    rows: [] as number[],
  };
  const mismatches: string[] = [];
  t = Date.now();
  for (let i = 0; i < count; i++) {
    const measured = i >= options.warmup;

    // Best 20 jobs for a person.
    let t0 = performance.now();
    const [row] = await db.select().from(returnees).where(eq(returnees.id, personIds[i]));
    const profile = prepareProfile(await loadProfile(db, row, reference));
    const found = await bestJobsFor(services, profile, { limit: personLimit, today, now });
    const fastMs = performance.now() - t0;
    t0 = performance.now();
    const brute = bruteJobs(profile, allJobs, today);
    const bruteMs = performance.now() - t0;
    if (measured) {
      const fastIds = found.jobs.map((j) => j.job.id);
      const bruteIds = brute.map((b) => b.id);
      person.fast.push(fastMs);
      person.brute.push(bruteMs);
      person.agreement.push(agreement(fastIds, bruteIds, personLimit));
      if (fastIds.join() === bruteIds.join()) person.identical++;
      else if (mismatches.length < 5)
        mismatches.push(`person ${row.id}: fast ${fastIds.slice(0, 5).join(',')}… brute ${bruteIds.slice(0, 5).join(',')}…`);
      person.hits.push(found.stats.hits);
      person.partitions.push(found.stats.partitionsFetched / Math.max(1, found.stats.partitions));
      person.rounds.push(found.stats.rounds);
      if (!found.exact) person.inexact++;
    }

    // Best 50 candidates for a job: as its counsellor (named, its province) and as its employer (cards), in turn.
    t0 = performance.now();
    const loaded = (await loadJob(db, jobIds[i], reference))!;
    const scope: CandidateScope = i % 2 === 0 ? { kind: 'province', provinceCode: loaded.job.provinceCode } : { kind: 'cards' };
    const candidates = await retrieveCandidates(db, loaded, scope, reference, { limit: candidateLimit, today });
    const jobMs = performance.now() - t0;
    t0 = performance.now();
    const bruteCands = bruteCandidates(loaded.job, scope, allProfiles, today);
    const bruteJobMs = performance.now() - t0;
    if (measured) {
      const fastIds = candidates.ranked.map((r) => r.person.id);
      const bruteIds = bruteCands.map((b) => b.id);
      job.fast.push(jobMs);
      (scope.kind === 'province' ? job.named : job.cards).push(jobMs);
      job.brute.push(bruteJobMs);
      job.agreement.push(agreement(fastIds, bruteIds, 20));
      job.agreement50.push(agreement(fastIds, bruteIds, candidateLimit));
      if (fastIds.join() === bruteIds.join()) job.identical++;
      else if (mismatches.length < 5)
        mismatches.push(
          `job ${loaded.job.id} (${scope.kind}): fast ${fastIds.slice(0, 5).join(',')}… brute ${bruteIds.slice(0, 5).join(',')}…`,
        );
      job.rows.push(candidates.stats.overlapping + candidates.stats.others);
    }
    if ((i + 1) % 50 === 0) log(`queries ${i + 1}/${count}`);
  }
  phases.queries = Date.now() - t;
  const [jobRows] = await db.select({ n: sql<number>`count(*)::int` }).from(jobsTable);
  await cleanup();
  phases.total = Date.now() - benchStarted;

  // Report.
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const r = {
    personP50: percentile(person.fast, 50),
    personP95: percentile(person.fast, 95),
    jobP50: percentile(job.fast, 50),
    jobP95: percentile(job.fast, 95),
    brutePersonP50: percentile(person.brute, 50),
    brutePersonP95: percentile(person.brute, 95),
    bruteJobP50: percentile(job.brute, 50),
    bruteJobP95: percentile(job.brute, 95),
    personAgreement: mean(person.agreement),
    jobAgreement: mean(job.agreement),
  };
  const top20Agreement = mean([...person.agreement, ...job.agreement]);
  const pass = {
    person: r.personP95 <= targets.personP95Ms,
    job: r.jobP95 <= targets.jobP95Ms,
    agreement: top20Agreement >= targets.agreement,
  };
  const mark = (ok: boolean) => (ok ? '✔ pass' : '✘ FAIL');
  const ms = (a: number, b: number) => `${a.toFixed(1)} / ${b.toFixed(1)} ms`;
  const rows: [string, string, string][] = [
    [
      'data',
      `${allJobs.length} public jobs (${jobRows.n} rows), ${options.training} training slots, ${allProfiles.length} profiles`,
      reuse ? 'reused' : '',
    ],
    ['setup (servers, migrate, settings)', seconds(phases.setup), ''],
    ...(phases.reindex
      ? ([['reindex of the kept data (document shape changed)', seconds(phases.reindex), '']] as [string, string, string][])
      : []),
    ...(reuse
      ? []
      : ([
          [
            'postings (createJob/createTrainingSlot + indexer)',
            `${seconds(phases.postings)} — ${((options.jobs + options.training) / (phases.postings / 1000)).toFixed(0)}/s, ${options.workers} writers`,
            '',
          ],
          ['profiles (bulk insert, same rows as intake)', seconds(phases.profiles), ''],
        ] as [string, string, string][])),
    ['oracle load (all jobs / all profiles → memory)', `${seconds(phases.oracleJobs)} / ${seconds(phases.oracleProfiles)}`, '(once)'],
    [
      'queries measured (after warm-up)',
      `${person.fast.length} person + ${job.fast.length} job (+${options.warmup} each), ${seconds(phases.queries)}`,
      '',
    ],
    ['best 20 jobs for a person p50 / p95', ms(r.personP50, r.personP95), `p95 ≤ ${targets.personP95Ms} ms  ${mark(pass.person)}`],
    ['  brute force over every job p50 / p95', ms(r.brutePersonP50, r.brutePersonP95), '(in memory)'],
    ['  Meilisearch hits read per query mean / p95', `${mean(person.hits).toFixed(0)} / ${percentile(person.hits, 95)}`, '(info)'],
    [
      '  partitions fetched (share) / rounds mean',
      `${(mean(person.partitions) * 100).toFixed(0)} % / ${mean(person.rounds).toFixed(2)}`,
      '(info)',
    ],
    ['best 50 candidates for a job p50 / p95', ms(r.jobP50, r.jobP95), `p95 ≤ ${targets.jobP95Ms} ms  ${mark(pass.job)}`],
    [
      '  as counsellor (named) / employer (cards) p95',
      `${percentile(job.named, 95).toFixed(1)} / ${percentile(job.cards, 95).toFixed(1)} ms`,
      '(info)',
    ],
    ['  brute force over every profile p50 / p95', ms(r.bruteJobP50, r.bruteJobP95), '(in memory)'],
    ['  profile rows read per query mean / p95', `${mean(job.rows).toFixed(0)} / ${percentile(job.rows, 95)}`, '(info)'],
    [
      'top-20 agreement with the brute force (person / job)',
      `${r.personAgreement.toFixed(4)} / ${r.jobAgreement.toFixed(4)}`,
      `= 1  ${mark(pass.agreement)}`,
    ],
    [
      'identical rankings (person top 20 / job top 50)',
      `${person.identical}/${person.fast.length} / ${job.identical}/${job.fast.length}`,
      '',
    ],
    ['person results marked inexact (10,000-hit cap)', String(person.inexact), ''],
    ['total bench time', seconds(phases.total), ''],
  ];
  const out = table('Matching benchmark — Phiên chợ của tình người', rows);
  for (const m of mismatches) out.push(`  mismatch: ${m}`);
  const result = {
    profiles: allProfiles.length,
    jobs: allJobs.length,
    training: options.training,
    queries: person.fast.length,
    person_p50_ms: round1(r.personP50),
    person_p95_ms: round1(r.personP95),
    job_p50_ms: round1(r.jobP50),
    job_p95_ms: round1(r.jobP95),
    job_named_p95_ms: round1(percentile(job.named, 95)),
    job_cards_p95_ms: round1(percentile(job.cards, 95)),
    bruteforce_person_p50_ms: round1(r.brutePersonP50),
    bruteforce_person_p95_ms: round1(r.brutePersonP95),
    bruteforce_job_p50_ms: round1(r.bruteJobP50),
    bruteforce_job_p95_ms: round1(r.bruteJobP95),
    top20_agreement: Math.round(top20Agreement * 10_000) / 10_000,
    person_top20_agreement: Math.round(r.personAgreement * 10_000) / 10_000,
    job_top20_agreement: Math.round(r.jobAgreement * 10_000) / 10_000,
    job_top50_agreement: Math.round(mean(job.agreement50) * 10_000) / 10_000,
    person_hits_mean: Math.round(mean(person.hits)),
    job_rows_mean: Math.round(mean(job.rows)),
    data_reused: reuse,
    phases_s: phaseSeconds(phases),
    pass: pass.person && pass.job && pass.agreement,
  };
  out.push(JSON.stringify(result));
  process.stdout.write(`${out.join('\n')}\n`);
}

runBench(main);
