// The live fair over real Socket.IO clients on an ephemeral port, with real Postgres: commands sent
// as socket events are authorised for this user and their part in this fair, answered once (a retry
// gets the first answer), and their news reaches the rooms that need it after the commit — the
// person's own at once, the booth's line at once, the public board coalesced, with no personal data.
// A screen that was away asks from its last number and gets what it missed, also from a restarted
// server; two app processes on one database share their broadcasts through the Postgres adapter.
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { placeOnLine, type BoothLine } from '#app/services/fairs/live-line.ts';
import { personView } from '#app/services/fairs/queries.server.ts';
import { fairBoothPostings, fairBooths, fairBoothStaff, fairQueueEntries, fairTickets, memberships, users } from '#db/schema.ts';
import type { FairNewsItem } from '#realtime/events.ts';
import { makeFair, makeJob, makeOrganisation, makeReturnee, makeUser, defaultTestPassword } from '#server/seed/factories.ts';
import { createHttpServer } from '#server/http-server.ts';
import { createAdapterPool } from '#realtime/server.ts';
import { signInCookie } from '#tests/helpers.ts';
import { databaseUrl } from '#tests/setup/global.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const adapterReports: string[] = [];

/** One app process: an HTTP server with the realtime layer, its broadcasts through the Postgres adapter. */
async function startApp() {
  const adapterPool = createAdapterPool(databaseUrl(inject('adminDatabaseUrl'), services.sql.options.database), (message) =>
    adapterReports.push(message),
  );
  // Each process has its own services (its own realtime layer sends what its commands commit).
  const { httpServer, io } = createHttpServer(
    { ...services },
    {
      handler: (_req, res) => void res.status(404).end(),
      realtime: { adapterPool, sessionCheckMs: 200 },
    },
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    base,
    async stop() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await adapterPool.end();
    },
  };
}

let app: Awaited<ReturnType<typeof startApp>>;
const opened: Socket[] = [];
afterAll(async () => {
  for (const socket of opened) socket.close();
  await app.stop();
});

async function open(base: string, cookie: string | null, namespace = '/realtime') {
  const socket = connect(`${base}${namespace}`, {
    transports: ['websocket'],
    extraHeaders: { Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    reconnection: false,
    forceNew: true,
  });
  opened.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  return socket;
}

type AckAnswer = { data?: unknown; seq?: number | null; error?: { code: string; message: string; fields?: Record<string, string> } };
const send = (socket: Socket, event: string, payload?: unknown) =>
  (payload === undefined
    ? socket.timeout(10_000).emitWithAck(event)
    : socket.timeout(10_000).emitWithAck(event, payload)) as Promise<AckAnswer>;

/** Resolves with the first message `event` for which `match` holds (fails after 5 s). */
function next<T>(socket: Socket, event: string, match: (message: T) => boolean = () => true) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    const listener = (message: T) => {
      if (!match(message)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(message);
    };
    socket.on(event, listener);
  });
}

/** Every message `event` received from now on. */
function collect<T>(socket: Socket, event: string) {
  const received: T[] = [];
  socket.on(event, (message: T) => received.push(message));
  return received;
}

let key = 0;
const newKey = () => `live-test-${++key}-${Date.now()}`;

/** Joins a booth's queue for its job over the socket, with the consent wording the page shows `actor`. */
async function join(
  socket: Socket,
  actor: Actor,
  place: { fairId: string; booth: { id: string; jobId: string }; ticketId: string; idempotencyKey?: string },
) {
  const consentWording = await joinConsentWording(db, actor, { ticketId: place.ticketId, jobId: place.booth.jobId });
  return send(socket, 'queue:join', {
    fairId: place.fairId,
    boothId: place.booth.id,
    ticketId: place.ticketId,
    jobId: place.booth.jobId,
    consentWording,
    idempotencyKey: place.idempotencyKey ?? newKey(),
  });
}

/** A signed-in user with a session cookie. */
async function person(role: Actor['role'], extra: Partial<Parameters<typeof makeUser>[1]> = {}) {
  const user = await makeUser(db, { role, provinceCode: '51', ...extra });
  return { user, cookie: await signInCookie(context, user.email ?? user.phone!, defaultTestPassword) };
}

/** A live fair with two booths, each with one named staff member. */
async function liveFair() {
  const fair = await makeFair(db, { status: 'live' });
  const booths = [];
  for (const number of [1, 2]) {
    const staff = await person('employer');
    const organisation = await makeOrganisation(db, {}, [{ userId: staff.user.id }]);
    const [booth] = await db
      .insert(fairBooths)
      .values({ fairId: fair.id, organisationId: organisation.id, number, status: 'accepted' })
      .returning();
    await db.insert(fairBoothStaff).values({ boothId: booth.id, userId: staff.user.id });
    const job = await makeJob(db, { organisationId: organisation.id });
    await db.insert(fairBoothPostings).values({ boothId: booth.id, jobId: job.id });
    booths.push({ ...booth, staff, jobId: job.id });
  }
  return { fair, booths };
}

/** A returnee with an account and a checked-in ticket at `fairId`. */
async function attendee(fairId: string) {
  const account = await person('returnee');
  const record = await makeReturnee(db, { userId: account.user.id });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `T${String(++key).padStart(5, '0')}`.slice(0, 6), checkedInAt: new Date() })
    .returning();
  return { ...account, record, ticket };
}

let organiser: Awaited<ReturnType<typeof person>>;
beforeAll(async () => {
  app = await startApp();
  organiser = await person('organiser');
});

test('a person in a queue hears at once of the line moving and of their own call; the board, with no sign-in, hears it too', async () => {
  const { fair, booths } = await liveFair();
  const [first, second, third] = [await attendee(fair.id), await attendee(fair.id), await attendee(fair.id)];
  const sockets = await Promise.all([first, second, third].map((a) => open(app.base, a.cookie)));
  for (const [i, a] of [first, second, third].entries()) {
    const joined = await join(sockets[i], a.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id });
    expect(joined.data).toMatchObject({ number: i + 1, position: i + 1 });
  }
  const watched = await send(sockets[2], 'fair:watch', { fairId: fair.id, view: 'person', ticketId: third.ticket.id });
  const view = (watched.data as { view: Awaited<ReturnType<typeof personView>> }).view;
  expect(view.places[0]).toMatchObject({ number: 3, ahead: 2, nextUp: false });
  await send(sockets[0], 'fair:watch', { fairId: fair.id, view: 'person', ticketId: first.ticket.id });

  const board = await open(app.base, null, '/board');
  const boardWatch = await send(board, 'board:watch', { fairId: fair.id });
  expect(boardWatch.data).toMatchObject({
    view: {
      booths: [
        { number: 1, waiting: 3 },
        { number: 2, waiting: 0 },
      ],
    },
  });

  const staff = await open(app.base, booths[0].staff.cookie);
  const firstCalled = next<{ events: FairNewsItem[] }>(sockets[0], 'fair:news');
  const thirdLine = next<BoothLine>(sockets[2], 'booth:line');
  const boardUpdate = next<{ view: { booths: { number: number; nowServing: number[]; waiting: number }[] } }>(board, 'board:update');
  const called = await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() });
  expect(called.data).toMatchObject({ number: 1, desk: 1 });

  // The person called: told which booth and desk.
  expect((await firstCalled).events).toMatchObject([{ type: 'queue:called', payload: { number: 1, desk: 1, boothNumber: 1 } }]);
  // The third in line: one ahead now — "you're next" comes while one is still ahead, not at the call.
  const line = await thirdLine;
  expect(line).toMatchObject({ boothId: booths[0].id, waiting: [2, 3], atDesks: [1] });
  expect(placeOnLine(view.places[0], line)).toMatchObject({ ahead: 1, nextUp: true });
  // The same as the server's own view of the place.
  expect((await personView(db, third.user, fair.id, third.ticket.id)).places[0]).toMatchObject({ ahead: 1, nextUp: true });
  // The board: numbers only.
  const update = await boardUpdate;
  expect(update.view.booths[0]).toMatchObject({ number: 1, waiting: 2, nowServing: [1] });
  const boardText = JSON.stringify(update);
  for (const a of [first, second, third]) {
    expect(boardText).not.toContain(a.record.fullName);
    expect(boardText).not.toContain(a.user.id);
    expect(boardText).not.toContain(a.ticket.code);
  }
});

test('who may do what over the socket: an attendee cannot call, staff cannot act at another booth, another province cannot run the fair', async () => {
  const { fair, booths } = await liveFair();
  const a = await attendee(fair.id);
  const socket = await open(app.base, a.cookie);
  expect((await send(socket, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() })).error?.code).toBe(
    'forbidden',
  );
  expect((await send(socket, 'fair:set_status', { fairId: fair.id, status: 'paused', idempotencyKey: newKey() })).error?.code).toBe(
    'forbidden',
  );

  // Staff of booth 2 at booth 1: another organisation's booth looks like no booth at all.
  const otherStaff = await open(app.base, booths[1].staff.cookie);
  expect(
    (await send(otherStaff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() })).error?.code,
  ).toBe('not_found');
  // Nobody may watch another person's ticket.
  const stranger = await attendee(fair.id);
  const strangerSocket = await open(app.base, stranger.cookie);
  expect((await send(strangerSocket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: a.ticket.id })).error?.code).toBe(
    'not_found',
  );

  const elsewhere = await person('organiser', { provinceCode: '01' });
  const elsewhereSocket = await open(app.base, elsewhere.cookie);
  expect(
    (await send(elsewhereSocket, 'fair:set_status', { fairId: fair.id, status: 'paused', idempotencyKey: newKey() })).error?.code,
  ).toBe('not_found');
  expect((await send(elsewhereSocket, 'fair:watch', { fairId: fair.id, view: 'console' })).error?.code).toBe('not_found');

  // A payload that is not one: every field named at once.
  const bad = await send(socket, 'queue:join', { fairId: 'x', boothId: 'y' });
  expect(bad.error?.code).toBe('invalid_input');
  expect(Object.keys(bad.error?.fields ?? {}).sort()).toEqual(['boothId', 'consentWording', 'fairId', 'idempotencyKey', 'ticketId']);
});

test('a retried command gets the first answer and sends no second news', async () => {
  const { fair, booths } = await liveFair();
  const a = await attendee(fair.id);
  const socket = await open(app.base, a.cookie);
  await send(socket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: a.ticket.id });
  const news = collect<{ events: FairNewsItem[] }>(socket, 'fair:news');
  const payload = { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id, idempotencyKey: newKey() };
  const [one, two] = await Promise.all([join(socket, a.user, payload), join(socket, a.user, payload)]);
  expect(two.data).toEqual(one.data);
  // The ack says which event the command appended; the retry appended none.
  expect([one.seq, two.seq].filter((seq) => seq === null)).toHaveLength(1);
  await new Promise((r) => setTimeout(r, 300));
  expect(news.flatMap((n) => n.events).filter((e) => e.type === 'queue:joined')).toHaveLength(1);
  expect(await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, a.ticket.id))).toHaveLength(1);
});

test('two staff calling at the same instant get two different people; the desks never exceed four', async () => {
  const { fair, booths } = await liveFair();
  const second = await person('employer');
  await db.insert(fairBoothStaff).values({ boothId: booths[0].id, userId: second.user.id });
  await db.insert(memberships).values({ userId: second.user.id, organisationId: booths[0].organisationId, role: 'member' });
  const secondCookie = await signInCookie(context, second.user.email!, defaultTestPassword);
  const people = await Promise.all(Array.from({ length: 6 }, () => attendee(fair.id)));
  for (const a of people) {
    const s = await open(app.base, a.cookie);
    await join(s, a.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id });
  }
  const [staffA, staffB] = [await open(app.base, booths[0].staff.cookie), await open(app.base, secondCookie)];
  const answers = await Promise.all(
    Array.from({ length: 3 }, () => [
      send(staffA, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() }),
      send(staffB, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() }),
    ]).flat(),
  );
  const calledNumbers = answers.filter((a) => a.data).map((a) => (a.data as { number: number }).number);
  expect(new Set(calledNumbers).size).toBe(calledNumbers.length);
  expect(calledNumbers.sort()).toEqual([1, 2, 3, 4]);
  expect(answers.filter((a) => a.error).map((a) => a.error?.code)).toEqual(['conflict', 'conflict']);
});

test('a screen away while it was called catches up from its last number — also from a restarted server — and its place equals the database', async () => {
  const { fair, booths } = await liveFair();
  const [a, b] = [await attendee(fair.id), await attendee(fair.id)];
  let socket = await open(app.base, b.cookie);
  await join(socket, b.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id }).then((r) =>
    expect(r.error?.code).toBe('not_found'),
  );
  const aSocket = await open(app.base, a.cookie);
  await join(aSocket, a.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id });
  await join(socket, b.user, { fairId: fair.id, booth: booths[0], ticketId: b.ticket.id });
  const watched = await send(socket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: b.ticket.id });
  const lastSeq = (watched.data as { seq: number }).seq;
  socket.close(); // the phone goes to sleep

  // Meanwhile the app restarts, and the booth calls a, then b.
  await app.stop();
  app = await startApp();
  const staff = await open(app.base, booths[0].staff.cookie);
  await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() });
  await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() });

  socket = await open(app.base, b.cookie);
  const resumed = await send(socket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: b.ticket.id, afterSeq: lastSeq });
  const answer = resumed.data as { seq: number; missed: FairNewsItem[]; view: Awaited<ReturnType<typeof personView>> };
  expect(answer.missed.map((e) => e.type)).toEqual(['queue:called']);
  expect(answer.missed[0].payload).toMatchObject({ desk: 2, boothNumber: 1 });
  expect(answer.seq).toBeGreaterThan(lastSeq);
  const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, b.ticket.id));
  expect(answer.view.places).toMatchObject([{ placeId: place.id, status: place.status, desk: place.desk }]);
  // Asking again from the new number: nothing missed, nothing applied twice.
  const again = await send(socket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: b.ticket.id, afterSeq: answer.seq });
  expect((again.data as { missed: FairNewsItem[] }).missed).toEqual([]);
});

test('a counsellor or the door queues a person without a phone (proxy); the news reaches whoever watches their ticket', async () => {
  const { fair, booths } = await liveFair();
  const record = await makeReturnee(db, {}); // no account, no phone
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId: fair.id, returneeId: record.id, code: 'PRXY01', checkedInAt: new Date() })
    .returning();
  const door = await open(app.base, organiser.cookie);
  await send(door, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: ticket.id });
  const joined = await join(door, organiser.user, { fairId: fair.id, booth: booths[1], ticketId: ticket.id });
  expect(joined.data).toMatchObject({ number: 1, boothNumber: 2 });
  const called = next<{ events: FairNewsItem[] }>(door, 'fair:news', (n) => n.events.some((e) => e.type === 'queue:called'));
  const staff = await open(app.base, booths[1].staff.cookie);
  await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[1].id, idempotencyKey: newKey() });
  expect((await called).events[0].payload).toMatchObject({ number: 1, boothNumber: 2 });
});

test('a disabled account is cut off even while it only listens', async () => {
  const { fair } = await liveFair();
  const a = await attendee(fair.id);
  const socket = await open(app.base, a.cookie);
  await send(socket, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: a.ticket.id });
  const gone = new Promise<void>((resolve) => socket.on('disconnect', () => resolve()));
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, a.user.id));
  await gone; // within the session check's interval, without sending anything
});

/** A live fair and an attendee connected to the app `on`, in the first booth's queue. */
async function queuedOn(on: { base: string }) {
  const { fair, booths } = await liveFair();
  const a = await attendee(fair.id);
  const onOther = await open(on.base, a.cookie);
  await join(onOther, a.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id });
  return { fair, booths, a, onOther };
}

test('two app processes on one database: a command on one reaches the clients of the other, and a client resumes on the other', async () => {
  const other = await startApp();
  try {
    const { fair, booths, a, onOther } = await queuedOn(other);
    const watched = await send(onOther, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: a.ticket.id });
    const board = await open(other.base, null, '/board');
    await send(board, 'board:watch', { fairId: fair.id });

    const called = next<{ events: FairNewsItem[] }>(onOther, 'fair:news');
    const boardUpdate = next<{ view: { booths: { nowServing: number[] }[] } }>(
      board,
      'board:update',
      (u) => u.view.booths[0].nowServing.length > 0,
    );
    const staff = await open(app.base, booths[0].staff.cookie); // the first process
    await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() });
    expect((await called).events).toMatchObject([{ type: 'queue:called' }]);
    expect((await boardUpdate).view.booths[0].nowServing).toEqual([1]);

    // The client moves to the first process and resumes from its number.
    onOther.close();
    const moved = await open(app.base, a.cookie);
    const resumed = await send(moved, 'fair:watch', {
      fairId: fair.id,
      view: 'person',
      ticketId: a.ticket.id,
      afterSeq: (watched.data as { seq: number }).seq,
    });
    expect((resumed.data as { missed: FairNewsItem[] }).missed.map((e) => e.type)).toEqual(['queue:called']);
  } finally {
    await other.stop();
  }
});

test('the database drops the connections that listen for the other processes (a restart, a failover): both processes carry on, and their broadcasts resume', async () => {
  const other = await startApp();
  try {
    const { fair, booths, a, onOther } = await queuedOn(other);
    await send(onOther, 'fair:watch', { fairId: fair.id, view: 'person', ticketId: a.ticket.id });

    const dropped = await services.sql<{ pid: number }[]>`
      select pg_terminate_backend(pid) as pid from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and query like 'LISTEN%'`;
    expect(dropped.length, 'both processes were listening').toBeGreaterThanOrEqual(2);
    // Each listens again by itself (after 1–3 s); until then a broadcast between them would be missed.
    await expect
      .poll(
        async () =>
          (
            await services.sql`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and query like 'LISTEN%' and state = 'idle'`
          )[0].n,
        { timeout: 10_000, interval: 200 },
      )
      .toBeGreaterThanOrEqual(2);
    expect(
      adapterReports.some((m) => m.includes('terminat')),
      'the lost connection was reported, not thrown',
    ).toBe(true);

    const called = next<{ events: FairNewsItem[] }>(onOther, 'fair:news');
    const staff = await open(app.base, booths[0].staff.cookie);
    await send(staff, 'queue:call_next', { fairId: fair.id, boothId: booths[0].id, idempotencyKey: newKey() });
    expect((await called).events).toMatchObject([{ type: 'queue:called' }]);
  } finally {
    await other.stop();
  }
});

test("a booth's staff watch their desk: the line reaches them as people join; another booth's staff may not watch it", async () => {
  const { fair, booths } = await liveFair();
  const desk = await open(app.base, booths[0].staff.cookie);
  const watched = await send(desk, 'fair:watch', { fairId: fair.id, view: 'desk', boothId: booths[0].id });
  expect(watched.data).toMatchObject({ seq: expect.any(Number), missed: null });
  const line = next<BoothLine>(desk, 'booth:line');
  const a = await attendee(fair.id);
  await join(await open(app.base, a.cookie), a.user, { fairId: fair.id, booth: booths[0], ticketId: a.ticket.id });
  expect(await line).toMatchObject({ boothId: booths[0].id, waiting: [1], atDesks: [] });

  const otherDesk = await open(app.base, booths[1].staff.cookie);
  expect((await send(otherDesk, 'fair:watch', { fairId: fair.id, view: 'desk', boothId: booths[0].id })).error?.code).toBe('not_found');
  expect(
    (await send(await open(app.base, a.cookie), 'fair:watch', { fairId: fair.id, view: 'desk', boothId: booths[0].id })).error?.code,
  ).toBe('forbidden');
});
