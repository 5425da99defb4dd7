// `npm run bench:fair`: one live fair under load, on the embedded default, through one app process.
//
// In a throw-away DATA_DIR it starts the real app (`node --import tsx server/main.ts`: the production
// build, embedded Postgres and Meilisearch) and, straight in its database, a live fair: booths (one
// per 50 clients, two named staff each, each showing a job), attendees checked in and waiting at 1–3
// booths each (applied, as joining does), sessions for everyone. Then C Socket.IO clients from this
// process — attendees, booth staff and public board screens (about 95 %, 4 %, 0.5 %) — each running
// the pages' own live client (`FairLiveClient`: watch, catch up, move places with booth lines):
//  1. steady: every booth's staff finish the oldest conversation at a desk and call the next person
//     every 3–6 s; measured from a command's acknowledgement to the moment each interested client
//     (everyone waiting at that booth, its staff, the person called) has the news: p50/p95/p99;
//     news lost (an interested client that never had it) and duplicated (the same event delivered
//     twice to one connection); the app's memory per connection; CPU of the app and of this load
//     generator (it shares the machine);
//  2. the same with 20 % of the attendees' connections dropped at random moments mid-run (they
//     reconnect and catch up by sequence number): afterwards every attendee's places — status,
//     number, people ahead — must equal the database's;
//  3. a sweep of C (a new fair each time) for the largest C whose p95 stays within 250 ms, 0 lost.
// It prints tables and, as the last line of stdout, one JSON object.
//
// Flags: --clients C (2000) --seconds S (40) --sweep "1000,2000,3000,4000,5000" --sweep-seconds (20)
//        --keep (keep DATA_DIR)
import { randomBytes, createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { sessionCookie } from '#app/adapters/session.server.ts';
import { FairLiveClient } from '#app/components/fairs/live/fair-live-client.ts';
import type { LinePlace } from '#app/services/fairs/live-line.ts';
import { createDb, type Db } from '#db/client.ts';
import {
  communes,
  fairBoothPostings,
  fairBooths,
  fairBoothStaff,
  fairQueueEntries,
  fairs,
  fairTickets,
  memberships,
  organisations,
  referrals,
  returnees,
  sessions,
  users,
} from '#db/schema.ts';
import type { FairNewsItem } from '#realtime/events.ts';
import { makeJob } from '#server/seed/factories.ts';
import {
  cleanup,
  int,
  log,
  mulberry32,
  ownSignals,
  percentile,
  round1,
  runBench,
  sleep,
  startApp,
  stopAtEnd,
  table,
  wholeFlag,
} from './common.ts';

const { values: flags } = parseArgs({
  options: {
    clients: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '40' },
    sweep: { type: 'string', default: '1000,2000,3000,4000,5000' },
    'sweep-seconds': { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
});
const options = {
  clients: wholeFlag(flags, 'clients', 20),
  seconds: wholeFlag(flags, 'seconds', 5),
  sweepSeconds: wholeFlag(flags, 'sweep-seconds', 5),
  sweep: (flags.sweep ?? '')
    .split(',')
    .filter(Boolean)
    .map((n) => Number(n)),
  keep: flags.keep ?? false,
};
if (options.sweep.some((n) => !Number.isInteger(n) || n < 20)) {
  console.error('--sweep must list whole numbers ≥ 20, comma-separated');
  process.exit(2);
}

const targetP95 = 250;
const rng = mulberry32(20261130);

// ── The people: accounts with sessions, made once for the largest C ───────────────────────────────

type Account = { userId: string; cookie: string };
const cookieOf = sessionCookie({ env: { NODE_ENV: 'production' } as never });
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function makeAccounts(db: Db, role: 'returnee' | 'employer', n: number, tag: string): Promise<Account[]> {
  const made: Account[] = [];
  for (let start = 0; start < n; start += 500) {
    const batch = Array.from({ length: Math.min(500, n - start) }, (_, i) => ({
      email: `bench-${tag}-${start + i}@bench.invalid`,
      passwordHash: 'bench-no-password',
      fullName: `Người thử ${tag} ${start + i}`,
      role,
      provinceCode: '51',
    }));
    const rows = await db.insert(users).values(batch).returning({ id: users.id });
    const tokens = rows.map(() => randomBytes(24).toString('base64url'));
    await db
      .insert(sessions)
      .values(rows.map((row, i) => ({ userId: row.id, tokenHash: sha256(tokens[i]), expiresAt: new Date(Date.now() + 86_400_000) })));
    for (const [i, row] of rows.entries()) {
      made.push({ userId: row.id, cookie: (await cookieOf.serialize(tokens[i])).split(';')[0] });
    }
  }
  return made;
}

// ── One fair: booths, tickets and places, straight in the database ───────────────────────────────

type Mix = { attendees: number; staff: number; boards: number; booths: number };
function mixFor(clients: number): Mix {
  const booths = Math.max(2, Math.round(clients / 50));
  const boards = Math.max(1, Math.round(clients / 200));
  const staff = booths * 2;
  return { attendees: clients - boards - staff, staff, boards, booths };
}

type FairSetup = {
  fairId: string;
  booths: { id: string; staff: Account[] }[];
  attendees: { account: Account; ticketId: string; boothIds: string[] }[];
};

async function makeLiveFair(
  db: Db,
  mix: Mix,
  people: { returnees: Account[]; returneeIds: string[]; staff: Account[] },
): Promise<FairSetup> {
  const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);
  const [fair] = await db
    .insert(fairs)
    .values({
      name: `Phiên chợ đo tải ${new Date().toISOString()}`,
      kind: 'periodic',
      provinceCode: '51',
      communeCode: commune.code,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 6 * 3_600_000),
      status: 'live',
      noShowGraceSeconds: 0,
    })
    .returning();
  const booths: FairSetup['booths'] = [];
  const jobOf = new Map<string, string>();
  for (let b = 0; b < mix.booths; b++) {
    const staff = people.staff.slice(b * 2, b * 2 + 2);
    const [organisation] = await db
      .insert(organisations)
      .values({
        name: `Công ty đo tải ${fair.id.slice(0, 8)} ${b + 1}`,
        sector: 'Sản xuất',
        provinceCode: '51',
        contactName: 'Trần Thị Liên',
        verificationStatus: 'verified',
        verifiedAt: new Date(),
      })
      .returning();
    await db.insert(memberships).values(staff.map((s) => ({ userId: s.userId, organisationId: organisation.id, role: 'member' as const })));
    const job = await makeJob(db, { organisationId: organisation.id, openings: 50 });
    const [booth] = await db
      .insert(fairBooths)
      .values({ fairId: fair.id, organisationId: organisation.id, number: b + 1, status: 'accepted' })
      .returning();
    await db.insert(fairBoothStaff).values(staff.map((s) => ({ boothId: booth.id, userId: s.userId })));
    await db.insert(fairBoothPostings).values({ boothId: booth.id, jobId: job.id });
    booths.push({ id: booth.id, staff });
    jobOf.set(booth.id, job.id);
  }
  const attendees: FairSetup['attendees'] = [];
  const nextNumber = new Map<string, number>();
  for (let start = 0; start < mix.attendees; start += 500) {
    const slice = Array.from({ length: Math.min(500, mix.attendees - start) }, (_, i) => start + i);
    const tickets = await db
      .insert(fairTickets)
      .values(
        slice.map((i) => ({
          fairId: fair.id,
          returneeId: people.returneeIds[i],
          code: i.toString(36).toUpperCase().padStart(6, '0'),
          checkedInAt: new Date(),
        })),
      )
      .returning({ id: fairTickets.id, returneeId: fairTickets.returneeId });
    const places: (typeof fairQueueEntries.$inferInsert)[] = [];
    const applied: (typeof referrals.$inferInsert)[] = [];
    for (const [k, ticket] of tickets.entries()) {
      const count = int(rng, 1, Math.min(3, booths.length));
      const chosen = [...booths].sort(() => rng() - 0.5).slice(0, count);
      for (const [slot, booth] of chosen.entries()) {
        const number = (nextNumber.get(booth.id) ?? 0) + 1;
        nextNumber.set(booth.id, number);
        const referralId = crypto.randomUUID();
        applied.push({ id: referralId, returneeId: ticket.returneeId, jobId: jobOf.get(booth.id)!, status: 'requested' });
        places.push({
          fairId: fair.id,
          boothId: booth.id,
          ticketId: ticket.id,
          number,
          slot: slot + 1,
          jobId: jobOf.get(booth.id)!,
          referralId,
        });
      }
      attendees.push({ account: people.returnees[slice[k]], ticketId: ticket.id, boothIds: chosen.map((b) => b.id) });
    }
    await db.insert(referrals).values(applied);
    await db.insert(fairQueueEntries).values(places);
  }
  return { fairId: fair.id, booths, attendees };
}

// ── The clients and what they measure ─────────────────────────────────────────────────────────────

type PersonView = { seq: number; places: (LinePlace & { placeId: string })[] };

type Measure = {
  latencies: number[];
  /** Per booth, the commands acknowledged: their number, when, and who was waiting there then. */
  commands: Map<string, { seq: number; ackAt: number; expected: Set<number>; got: Set<number> }[]>;
  /** Per called place: the ack, and whether its person had the news. */
  calls: Map<string, { seq: number; ackAt: number; client: number; got: boolean }>;
  duplicated: number;
  errors: Map<string, number>;
  /** What each client already has (news can arrive before its command's ack): newest line per `client:booth`, news by `client:seq`. */
  lineSeen: Map<string, number>;
  newsSeen: Set<string>;
  /** Connections that dropped by themselves and came back (not the ones the run drops). */
  unplannedReconnects: number;
};

function newMeasure(): Measure {
  return {
    latencies: [],
    commands: new Map(),
    calls: new Map(),
    duplicated: 0,
    errors: new Map(),
    lineSeen: new Map(),
    newsSeen: new Set(),
    unplannedReconnects: 0,
  };
}

type Client = {
  index: number;
  socket: Socket;
  live?: FairLiveClient<PersonView>;
  boothIds: string[];
  ticketId?: string;
  kind: 'attendee' | 'staff' | 'board';
};

function open(base: string, cookie: string | null, namespace = '/realtime') {
  return connectSocket(`${base}${namespace}`, {
    transports: ['websocket'],
    extraHeaders: { Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    forceNew: true,
    autoConnect: false, // connected when its turn comes (connectAll)
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });
}

async function connectAll(base: string, setup: FairSetup, mix: Mix, measure: Measure) {
  const clients: Client[] = [];
  const placeOwner = new Map<string, number>();
  const connect = async (client: Client, watch?: () => Promise<void>) => {
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect', () => resolve());
      client.socket.once('connect_error', reject);
      client.socket.connect();
    });
    await watch?.();
  };
  const work: (() => Promise<void>)[] = [];
  for (const attendee of setup.attendees) {
    const index = clients.length;
    const socket = open(base, attendee.account.cookie);
    const client: Client = { index, socket, boothIds: attendee.boothIds, ticketId: attendee.ticketId, kind: 'attendee' };
    clients.push(client);
    const seen = new Set<number>();
    // Transport: the same event twice on one connection is a duplicate.
    socket.on('fair:news', ({ events }: { events: FairNewsItem[] }) => {
      for (const event of events) {
        if (seen.has(event.seq)) measure.duplicated++;
        seen.add(event.seq);
      }
    });
    socket.io.on('reconnect', () => measure.unplannedReconnects++);
    socket.on('connect', () => seen.clear()); // a new connection: a catch-up may repeat, on purpose
    socket.on('booth:line', (line: { boothId: string; seq: number }) => lineArrived(measure, index, line));
    work.push(() =>
      connect(client, async () => {
        const initial = { seq: 0, places: [] } as PersonView;
        client.live = new FairLiveClient<PersonView>(
          socket,
          { fairId: setup.fairId, view: 'person', ticketId: attendee.ticketId },
          initial,
          {
            view: (view) => {
              for (const place of view.places) placeOwner.set(place.placeId, index);
              // A view read at `seq` (after a reconnection too) has every change up to it.
              for (const boothId of attendee.boothIds) lineArrived(measure, index, { boothId, seq: view.seq });
            },
            // Events as the page applies them: live, or from a catch-up after a drop.
            news: (events) => {
              const now = performance.now();
              for (const event of events) {
                measure.newsSeen.add(`${index}:${event.seq}`);
                const call = event.type === 'queue:called' ? measure.calls.get(String(event.payload.placeId)) : undefined;
                if (call && call.client === index && !call.got) {
                  call.got = true;
                  measure.latencies.push(Math.max(0, now - call.ackAt));
                }
              }
            },
          },
        );
        await client.live.refresh();
      }),
    );
  }
  for (const booth of setup.booths) {
    for (const account of booth.staff) {
      const index = clients.length;
      const socket = open(base, account.cookie);
      clients.push({ index, socket, boothIds: [booth.id], kind: 'staff' });
      socket.on('booth:line', (line: { boothId: string; seq: number }) => lineArrived(measure, index, line));
      work.push(() => connect(clients[index]));
    }
  }
  for (let b = 0; b < mix.boards; b++) {
    const index = clients.length;
    const socket = open(base, null, '/board');
    clients.push({ index, socket, boothIds: [], kind: 'board' });
    work.push(() => connect(clients[index], async () => void (await socket.emitWithAck('board:watch', { fairId: setup.fairId }))));
  }
  // Connected and watching, 50 at a time (a venue's phones do not all arrive in one millisecond).
  for (let i = 0; i < work.length; i += 50) await Promise.all(work.slice(i, i + 50).map((w) => w()));
  return { clients, placeOwner };
}

function lineArrived(measure: Measure, client: number, line: { boothId: string; seq: number }) {
  const now = performance.now();
  const key = `${client}:${line.boothId}`;
  measure.lineSeen.set(key, Math.max(measure.lineSeen.get(key) ?? 0, line.seq));
  for (const command of measure.commands.get(line.boothId) ?? []) {
    if (command.seq > line.seq) break;
    if (command.expected.has(client) && !command.got.has(client)) {
      command.got.add(client);
      measure.latencies.push(Math.max(0, now - command.ackAt));
    }
  }
}

// ── The booths at work ────────────────────────────────────────────────────────────────────────────

/** Who waits at each booth now, as their own screens show it (they are in its room). */
function waitingAt(clients: Client[], boothId: string) {
  const expected = new Set<number>();
  for (const client of clients) {
    if (client.kind !== 'attendee' || !client.socket.connected || !client.live) continue;
    if (client.live.current.places.some((place) => place.boothId === boothId && place.status === 'waiting')) expected.add(client.index);
  }
  return expected;
}

async function staffAtWork(db: Db, setup: FairSetup, clients: Client[], placeOwner: Map<string, number>, measure: Measure, until: number) {
  const staffSockets = new Map(
    setup.booths.map((booth) => [booth.id, clients.filter((c) => c.kind === 'staff' && c.boothIds[0] === booth.id)]),
  );
  const send = async (socket: Socket, event: string, payload: Record<string, unknown>) => {
    const count = (what: string) => measure.errors.set(`${event}: ${what}`, (measure.errors.get(`${event}: ${what}`) ?? 0) + 1);
    try {
      const answer = (await socket
        .timeout(15_000)
        .emitWithAck(event, { fairId: setup.fairId, idempotencyKey: crypto.randomUUID(), ...payload })) as {
        data?: Record<string, unknown>;
        seq?: number | null;
        error?: { code: string; message: string };
      };
      if (answer.error) count(answer.error.code);
      return { ...answer, ackAt: performance.now() };
    } catch {
      count('no answer within 15 s');
      return { data: undefined, seq: null, ackAt: performance.now() };
    }
  };
  const record = (boothId: string, seq: number | null | undefined, ackAt: number, expected: Set<number>) => {
    if (!seq) return;
    const list = measure.commands.get(boothId) ?? [];
    const got = new Set<number>();
    // A line that came before the ack: received, in no time after it.
    for (const client of expected) {
      if ((measure.lineSeen.get(`${client}:${boothId}`) ?? 0) >= seq) {
        got.add(client);
        measure.latencies.push(0);
      }
    }
    list.push({ seq, ackAt, expected, got });
    list.sort((a, b) => a.seq - b.seq);
    measure.commands.set(boothId, list);
  };
  await Promise.all(
    setup.booths.map(async (booth, b) => {
      await sleep(int(rng, 0, 3000));
      let turn = 0;
      while (performance.now() < until) {
        const socket = staffSockets.get(booth.id)![turn++ % 2].socket;
        // The oldest conversation at a desk ends; the next person is called.
        const [oldest] = await db
          .select({ id: fairQueueEntries.id })
          .from(fairQueueEntries)
          .where(and(eq(fairQueueEntries.boothId, booth.id), inArray(fairQueueEntries.status, ['called', 'serving'])))
          .orderBy(fairQueueEntries.calledAt)
          .limit(1);
        if (oldest) {
          const expected = waitingAt(clients, booth.id);
          const done = await send(socket, 'queue:outcome', {
            placeId: oldest.id,
            outcome: b % 3 === 0 ? 'second_interview' : 'not_suitable',
          });
          record(booth.id, done.seq, done.ackAt, expected);
        }
        const expected = waitingAt(clients, booth.id);
        const called = await send(socket, 'queue:call_next', { boothId: booth.id });
        record(booth.id, called.seq, called.ackAt, expected);
        const placeId = called.data?.placeId as string | null | undefined;
        if (placeId && called.seq) {
          const owner = placeOwner.get(placeId);
          if (owner !== undefined && clients[owner].socket.connected) {
            // The person's screen may have had the news before the desk had its answer: received, in no time after it.
            const got = measure.newsSeen.has(`${owner}:${called.seq}`);
            if (got) measure.latencies.push(0);
            measure.calls.set(placeId, { seq: called.seq, ackAt: called.ackAt, client: owner, got });
          }
        }
        await sleep(int(rng, 3000, 6000));
      }
    }),
  );
}

/** Drops `share` of the attendees' connections at random moments before `until` (they reconnect by themselves). */
async function dropSome(clients: Client[], share: number, until: number) {
  const attendees = clients.filter((c) => c.kind === 'attendee');
  const chosen = [...attendees].sort(() => rng() - 0.5).slice(0, Math.round(attendees.length * share));
  const span = until - performance.now() - 8000;
  let reconnected = 0;
  await Promise.all(
    chosen.map(async (client) => {
      await sleep(int(rng, 1000, Math.max(1000, span)));
      const back = new Promise<void>((resolve) => client.socket.io.once('reconnect', () => resolve()));
      client.socket.io.engine.close(); // the network drops; the client reconnects and catches up
      await back;
      reconnected++;
    }),
  );
  return reconnected;
}

/** Attendees whose screens show places other than the database's (status, number, people ahead). */
async function mismatchedPositions(db: Db, setup: FairSetup, clients: Client[]) {
  const rows = await db
    .select({
      id: fairQueueEntries.id,
      boothId: fairQueueEntries.boothId,
      ticketId: fairQueueEntries.ticketId,
      number: fairQueueEntries.number,
      status: fairQueueEntries.status,
    })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.fairId, setup.fairId), inArray(fairQueueEntries.status, ['waiting', 'called', 'serving'])));
  const waitingNumbers = new Map<string, number[]>();
  for (const row of rows)
    if (row.status === 'waiting') waitingNumbers.set(row.boothId, [...(waitingNumbers.get(row.boothId) ?? []), row.number]);
  let mismatched = 0;
  for (const client of clients) {
    if (client.kind !== 'attendee' || !client.live) continue;
    const truth = rows
      .filter((row) => row.ticketId === client.ticketId)
      .map((row) => ({
        placeId: row.id,
        status: row.status,
        number: row.number,
        ahead: row.status === 'waiting' ? (waitingNumbers.get(row.boothId) ?? []).filter((n) => n < row.number).length : 0,
      }))
      .sort((a, b) => a.placeId.localeCompare(b.placeId));
    const shown = client.live.current.places
      .map((p) => ({ placeId: p.placeId, status: p.status, number: p.number, ahead: p.ahead }))
      .sort((a, b) => a.placeId.localeCompare(b.placeId));
    if (JSON.stringify(truth) !== JSON.stringify(shown)) mismatched++;
  }
  return mismatched;
}

/** The app's resident memory (KB) and CPU time (s) from /proc. */
function appUsage(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssKb, cpuSeconds: ticks / 100 };
}

type RunResult = {
  clients: number;
  p50: number;
  p95: number;
  p99: number;
  deliveries: number;
  lost: number;
  duplicated: number;
  reconnected: number;
  /** Connections that dropped by themselves (ping timeouts under load) and came back. */
  unplanned: number;
  mismatched: number;
  memPerConnKb: number;
  appCpu: number;
  loadCpu: number;
  commands: number;
  errors: Map<string, number>;
};

async function run(
  base: string,
  appPid: number,
  db: Db,
  people: { returnees: Account[]; returneeIds: string[]; staff: Account[] },
  clientsWanted: number,
  seconds: number,
  dropShare: number,
): Promise<RunResult> {
  const mix = mixFor(clientsWanted);
  log(`C=${clientsWanted}: a live fair with ${mix.booths} booths, ${mix.attendees} attendees, ${mix.staff} staff, ${mix.boards} boards…`);
  const setup = await makeLiveFair(db, mix, people);
  const before = appUsage(appPid);
  const measure = newMeasure();
  const { clients, placeOwner } = await connectAll(base, setup, mix, measure);
  await sleep(2000);
  const connected = appUsage(appPid);
  log(
    `C=${clientsWanted}: ${clients.length} clients connected and watching; ${dropShare ? `${dropShare * 100} % will drop; ` : ''}${seconds} s of calls…`,
  );
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const appStart = appUsage(appPid);
  const until = started + seconds * 1000;
  const [, reconnected] = await Promise.all([
    staffAtWork(db, setup, clients, placeOwner, measure, until),
    dropShare ? dropSome(clients, dropShare, until) : 0,
  ]);
  await sleep(4000); // the last news arrives, the reconnected catch up
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const appEnd = appUsage(appPid);
  const mismatched = await mismatchedPositions(db, setup, clients);
  let expected = 0;
  let lost = 0;
  const explain: string[] = [];
  for (const [boothId, list] of measure.commands) {
    for (const command of list) {
      expected += command.expected.size;
      for (const client of command.expected) {
        if (command.got.has(client)) continue;
        lost++;
        // What the client had of that booth: its newest line, and its place there now.
        const place = clients[client].live?.current.places.find((p) => p.boothId === boothId);
        explain.push(
          `line: client ${client} booth ${boothId.slice(0, 8)} command seq ${command.seq} (of ${list.length}) — newest line seen ${measure.lineSeen.get(`${client}:${boothId}`) ?? 'none'}, view seq ${clients[client].live?.current.seq}, place now ${place?.status ?? 'none'}, connected ${clients[client].socket.connected}`,
        );
      }
    }
  }
  for (const call of measure.calls.values()) {
    if (call.got) continue;
    lost++;
    explain.push(
      `call: client ${call.client} seq ${call.seq} — view seq ${clients[call.client].live?.current.seq}, connected ${clients[call.client].socket.connected}`,
    );
  }
  for (const line of explain.slice(0, 10)) log(`lost ${line}`);
  for (const client of clients) {
    client.live?.stop();
    client.socket.close();
  }
  await sleep(1000);
  return {
    clients: clients.length,
    p50: round1(percentile(measure.latencies, 50)),
    p95: round1(percentile(measure.latencies, 95)),
    p99: round1(percentile(measure.latencies, 99)),
    deliveries: expected + measure.calls.size,
    lost,
    duplicated: measure.duplicated,
    reconnected,
    unplanned: measure.unplannedReconnects - reconnected,
    mismatched,
    memPerConnKb: round1((connected.rssKb - before.rssKb) / clients.length),
    appCpu: Math.round(((appEnd.cpuSeconds - appStart.cpuSeconds) / wall) * 100),
    loadCpu: Math.round(((cpu.user + cpu.system) / 1e6 / wall) * 100),
    commands: [...measure.commands.values()].reduce((n, list) => n + list.length, 0),
    errors: measure.errors,
  };
}

async function main() {
  ownSignals();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-bench-fair-'));
  chmodSync(dataDir, 0o755);
  if (!options.keep) stopAtEnd('the data folder', async () => rmSync(dataDir, { recursive: true, force: true }));
  log(`starting the app in ${dataDir} (embedded Postgres and Meilisearch, production build)…`);
  const app = await startApp({ env: { DATABASE_URL: '', MEILI_URL: '', MEILI_MASTER_KEY: '' }, dataDir });
  const { databaseUrl } = JSON.parse(readFileSync(path.join(dataDir, 'running-services.json'), 'utf8')) as { databaseUrl: string };
  const { db, sql } = createDb(databaseUrl, { max: 4 });
  stopAtEnd('the database connection', () => sql.end({ timeout: 5 }));

  const largest = Math.max(options.clients, ...options.sweep);
  const most = mixFor(largest);
  log(`making ${most.attendees} attendee and ${most.staff} staff accounts with sessions…`);
  const returneeAccounts = await makeAccounts(db, 'returnee', most.attendees, 'r');
  const returneeIds: string[] = [];
  for (let start = 0; start < returneeAccounts.length; start += 500) {
    const rows = await db
      .insert(returnees)
      .values(
        returneeAccounts.slice(start, start + 500).map((a, i) => ({
          userId: a.userId,
          fullName: `Người thử ${start + i}`,
          provinceCode: '51',
          releaseKind: 'completed' as const,
          needs: ['job' as const],
        })),
      )
      .returning({ id: returnees.id });
    returneeIds.push(...rows.map((r) => r.id));
  }
  const staffAccounts = await makeAccounts(db, 'employer', most.staff, 's');
  const people = { returnees: returneeAccounts, returneeIds, staff: staffAccounts };
  const pid = app.child.pid!;

  const steady = await run(app.url, pid, db, people, options.clients, options.seconds, 0);
  const dropped = await run(app.url, pid, db, people, options.clients, options.seconds, 0.2);
  const sweep: RunResult[] = [];
  for (const c of options.sweep) {
    const result = await run(app.url, pid, db, people, c, options.sweepSeconds, 0);
    sweep.push(result);
    if (result.p95 > targetP95 * 2) break; // far past the target: larger C only take longer to fail
  }
  const fitting = sweep.filter((r) => r.p95 <= targetP95 && r.lost === 0 && r.duplicated === 0);
  const maxAtTarget = fitting.length ? Math.max(...fitting.map((r) => r.clients)) : 0;

  const ms = (n: number) => `${n} ms`;
  const lines = [
    ...table(
      `bench:fair — one app process, ${options.clients} clients, ${options.seconds} s of calls (${new Date().toISOString().slice(0, 10)})`,
      [
        ['figure', 'steady', '20 % dropped and back'],
        [
          'clients (attendees / staff / boards)',
          `${steady.clients} (${mixFor(options.clients).attendees} / ${mixFor(options.clients).staff} / ${mixFor(options.clients).boards})`,
          `${dropped.clients}`,
        ],
        ['commands acknowledged (outcome, call next)', String(steady.commands), String(dropped.commands)],
        ['news deliveries measured', String(steady.deliveries), String(dropped.deliveries)],
        [
          'ack → received p50 / p95 / p99',
          `${ms(steady.p50)} / ${ms(steady.p95)} / ${ms(steady.p99)}`,
          `${ms(dropped.p50)} / ${ms(dropped.p95)} / ${ms(dropped.p99)}`,
        ],
        ['lost / duplicated', `${steady.lost} / ${steady.duplicated}`, `${dropped.lost} / ${dropped.duplicated}`],
        ['connections that dropped by themselves', String(steady.unplanned), String(dropped.unplanned)],
        ['reconnected; places unlike the database afterwards', '—', `${dropped.reconnected}; ${dropped.mismatched}`],
        ['app memory per connection', `${steady.memPerConnKb} KB`, `${dropped.memPerConnKb} KB`],
        [
          'CPU: app process / this load generator (% of one core)',
          `${steady.appCpu} % / ${steady.loadCpu} %`,
          `${dropped.appCpu} % / ${dropped.loadCpu} %`,
        ],
        [
          'command errors',
          [...steady.errors].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none',
          [...dropped.errors].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none',
        ],
      ],
    ),
    ...table(`sweep (${options.sweepSeconds} s each): the largest C with p95 ≤ ${targetP95} ms, nothing lost`, [
      ['clients', 'p50 / p95 / p99', 'lost / dup / self-dropped · app CPU / load CPU'],
      ...sweep.map((r): [string, string, string] => [
        String(r.clients),
        `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`,
        `${r.lost} / ${r.duplicated} / ${r.unplanned} · ${r.appCpu} % / ${r.loadCpu} %`,
      ]),
      ['largest C at target', String(maxAtTarget), ''],
    ]),
  ];
  console.log(lines.join('\n'));
  console.log(
    JSON.stringify({
      bench: 'fair',
      clients: steady.clients,
      p50_ms: steady.p50,
      p95_ms: steady.p95,
      p99_ms: steady.p99,
      lost: steady.lost,
      lost_with_drops: dropped.lost,
      duplicated: steady.duplicated + dropped.duplicated,
      reconnected: dropped.reconnected,
      positions_unlike_database: dropped.mismatched,
      reconnect_p95_ms: dropped.p95,
      max_clients_at_target: maxAtTarget,
      mem_per_conn_kb: steady.memPerConnKb,
      app_cpu_pct: steady.appCpu,
      load_generator_cpu_pct: steady.loadCpu,
      sweep: sweep.map((r) => ({ clients: r.clients, p95_ms: r.p95, lost: r.lost, self_dropped: r.unplanned })),
    }),
  );
  await cleanup();
}

runBench(main);
