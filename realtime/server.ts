// Socket.IO on the app's own HTTP server. The `/realtime` namespace accepts only sockets that come
// from an allowed Origin and carry a valid session cookie. Every event is declared in `socketEvents`
// with the permission it needs and the shape of its payload, and each one re-reads the session
// first: a signed-out session or a disabled account is cut off at its next event (answered 401 and
// disconnected) — and a socket that only listens is cut off by the periodic session check.
// Permissions are checked by the same `authorize` as pages and the API; failures are acknowledged
// with the API's error codes. The live fair's commands run through `inTransaction` like a page's
// form, so their news goes out after the commit (realtime/fair-news.ts); `/board` is the public
// board's namespace (no sign-in, numbers and counts only). With a `pg` pool, broadcasts go through
// `@socket.io/postgres-adapter`, so several app processes serve one fair.
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg, { type Pool } from 'pg';
import { Server, type Namespace, type Socket } from 'socket.io';
import { z } from 'zod';
import type { Access } from '#app/adapters/access.ts';
import { answerFor, fieldErrors } from '#app/adapters/answers.ts';
import { inTransaction, type Services } from '#app/adapters/context.server.ts';
import { isAllowedOrigin } from '#app/adapters/origin.server.ts';
import { sessionTokenFromCookieHeader } from '#app/adapters/session.server.ts';
import { translate } from '#app/i18n/i18n.ts';
import { actorBySessionToken, liveSessions } from '#app/services/accounts/queries.server.ts';
import { authorizeAny, type Actor } from '#app/services/authorize.ts';
import { InputError, UnauthenticatedError } from '#app/services/errors.ts';
import { callNext, checkIn, joinQueue, leaveQueue, markNoShow, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import { sinceWatched, watchFair } from '#app/services/fairs/live.server.ts';
import { publicBoard } from '#app/services/fairs/organiser.server.ts';
import {
  announceSchema,
  callNextSchema,
  checkInSchema,
  fairStatusSchema,
  joinQueueSchema,
  leaveQueueSchema,
  outcomeSchema,
  placeActionSchema,
  registerSchema,
} from '#app/services/fairs/schemas.ts';
import { announce, registerForFair, setFairStatus } from '#app/services/fairs/setup.server.ts';
import type { Executor } from '#db/client.ts';
import type { Ack, BoardClientEvents, BoardServerEvents, ClientToServerEvents, ServerToClientEvents } from './events.ts';
import { createFairNews } from './fair-news.ts';

export type SocketData = {
  sessionToken: string;
  userId: string;
  /** The booth rooms joined by `fair:watch`, each with its fair (left when the person no longer waits there). */
  boothsOf?: Record<string, string>;
};
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type EventName = keyof ClientToServerEvents;

/** What a handler gets: the signed-in actor (session re-read), the services, the socket, the validated payload. */
type EventContext<I> = { actor: Actor; services: Services; socket: RealtimeSocket; input: I };
type SocketEvent<I = unknown> = {
  access: Exclude<Access, 'public'>;
  /** The payload's shape (events without one take none). */
  schema?: z.ZodType<I>;
  handle: (context: EventContext<I>) => Promise<unknown>;
};

/** A fair command's answer and the sequence number of its last event (null: a retry, or nothing changed). */
class WithSeq {
  constructor(
    readonly answer: unknown,
    readonly seq: number | null,
  ) {}
}

/** An event's declaration, its payload type erased for the table (the schema checks it at run time). */
const declare = <I>(event: SocketEvent<I>) => event as unknown as SocketEvent;

/** A fair command over the socket: the service's own schema and command, in one transaction, answered with its answer. */
function fairCommandEvent<I>(
  access: Exclude<Access, 'public'>,
  schema: z.ZodType<I>,
  command: (tx: Executor, actor: Actor, input: I) => Promise<{ answer: unknown; seq: number | null }>,
): SocketEvent {
  return declare<I>({
    access,
    schema,
    handle: async ({ actor, services, input }) => {
      const { answer, seq } = await inTransaction(services, (tx) => command(tx, actor, input));
      return new WithSeq(answer, seq);
    },
  });
}

const watchSchema = z.discriminatedUnion('view', [
  z.object({
    fairId: z.uuid('fair.validation.fair'),
    view: z.literal('person'),
    ticketId: z.uuid('fair.validation.ticket'),
    afterSeq: z.number().int().min(0).optional(),
  }),
  z.object({ fairId: z.uuid('fair.validation.fair'), view: z.literal('console'), afterSeq: z.number().int().min(0).optional() }),
  z.object({
    fairId: z.uuid('fair.validation.fair'),
    view: z.literal('desk'),
    boothId: z.uuid('fair.validation.booth'),
    afterSeq: z.number().int().min(0).optional(),
  }),
]);

/** Every event a client may send: the permission it needs, its payload, and what it does for the signed-in actor. */
export const socketEvents: { [E in EventName]: SocketEvent } = {
  'session:whoami': {
    access: 'read:account',
    handle: async ({ actor }) => ({ id: actor.id, role: actor.role, fullName: actor.fullName }),
  },
  // A fair screen (re)connecting: its view, the events it missed, and the rooms it hears from now on.
  'fair:watch': declare({
    access: ['join:queue', 'update:fair', 'call:queue'],
    schema: watchSchema,
    handle: async ({ actor, services, socket, input }: EventContext<z.output<typeof watchSchema>>) => {
      const { rooms, ...answer } = await watchFair(services.db, actor, input);
      await joinWatchRooms(socket, input.fairId, rooms);
      // News committed after the view was read but before the rooms were joined reached neither:
      // read it now (anything later comes live), and the client applies each event once.
      const since = await sinceWatched(services.db, input, answer.seq, rooms);
      const missed = answer.missed === null && since.missed.length === 0 ? null : [...(answer.missed ?? []), ...since.missed];
      return { ...answer, missed, lines: since.lines };
    },
  }),
  // The person registers themself, or their counsellor registers them (organisers register walk-ins at the door's page).
  'ticket:register': fairCommandEvent(['join:queue:own', 'update:returnee:province'], registerSchema, registerForFair),
  'ticket:check_in': fairCommandEvent('update:fair', checkInSchema, checkIn),
  'queue:join': fairCommandEvent('join:queue', joinQueueSchema, joinQueue),
  'queue:leave': fairCommandEvent('join:queue', leaveQueueSchema, leaveQueue),
  'queue:call_next': fairCommandEvent('call:queue', callNextSchema, callNext),
  'queue:serve': fairCommandEvent('call:queue', placeActionSchema, startServing),
  'queue:no_show': fairCommandEvent('call:queue', placeActionSchema, markNoShow),
  'queue:outcome': fairCommandEvent('call:queue', outcomeSchema, recordOutcome),
  'fair:set_status': fairCommandEvent('update:fair', fairStatusSchema, setFairStatus),
  'fair:announce': fairCommandEvent('update:fair', announceSchema, announce),
};

/** Joins a watch's rooms, and leaves the booth rooms of this fair the person no longer waits at. */
async function joinWatchRooms(socket: RealtimeSocket, fairId: string, rooms: string[]) {
  for (const room of socket.rooms) {
    if (room.startsWith('booth:') && !rooms.includes(room) && socket.data.boothsOf?.[room] === fairId) void socket.leave(room);
  }
  socket.data.boothsOf = { ...socket.data.boothsOf, ...Object.fromEntries(rooms.map((room) => [room, fairId])) };
  await socket.join(rooms);
}

/** The public board's events (no sign-in): its view, and its room for the updates. */
export const boardEvents = {
  'board:watch': { access: 'public' as const },
};
const boardWatchSchema = z.object({ fairId: z.uuid('fair.validation.fair') });

export type RealtimeOptions = {
  /** A `pg` pool on the app's database: broadcasts then reach the clients of every app process. */
  adapterPool?: Pool;
  /** How often a connected socket's session is checked again (a disabled account is cut off). */
  sessionCheckMs?: number;
};

/**
 * The adapter's own pool (node-postgres, which the adapter is written for): two connections, one of
 * them checked out for good to LISTEN for the other processes' broadcasts. The adapter handles only
 * that connection's end (it listens again on a new one) and never gives it back, so a lost database
 * — restarted, failed over, or stopped by a Ctrl-C that reached it first — would throw from it and
 * take the app down, or, once caught, keep its place in the pool and leave no connection for the
 * broadcasts. Here each connection's error is reported, and one still checked out once its user
 * has had the error (a query's user gives it back at once) is given back broken: the pool drops it.
 */
export function createAdapterPool(connectionString: string, report: (message: string) => void) {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const checkedOut = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('error', (error) => report(`socket.io adapter: ${error.message}`));
  pool.on('connect', (client) =>
    client.on('error', (error) => {
      report(`socket.io adapter: ${error.message}`);
      setImmediate(() => {
        if (checkedOut.has(client)) client.release(error);
      });
    }),
  );
  return pool;
}

/** The adapter's table for payloads over NOTIFY's 8,000 bytes (a large board). */
const attachmentsTable = `create table if not exists socket_io_attachments (
  id bigserial unique, created_at timestamptz default now(), payload bytea)`;

export function attachRealtime(httpServer: HttpServer, services: Services, options: RealtimeOptions = {}) {
  const io = new Server(httpServer, {
    serveClient: false,
    // The handshake is refused before any namespace when the Origin is foreign.
    allowRequest: (req, callback) => {
      const allowed = isAllowedOrigin(req.headers.origin, req.headers.host, services.env.TRUSTED_ORIGINS);
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });
  if (options.adapterPool) {
    const pool = options.adapterPool;
    void pool.query(attachmentsTable).catch((error) => console.error('socket.io attachments table:', error));
    io.adapter(createAdapter(pool));
  }

  const realtime = io.of('/realtime') as unknown as RealtimeNamespace;
  const board = io.of('/board') as unknown as Namespace<BoardClientEvents, BoardServerEvents>;

  realtime.use(async (socket, next) => {
    try {
      const token = await sessionTokenFromCookieHeader(services, socket.handshake.headers.cookie);
      const actor = token ? await actorBySessionToken(services.db, token, socket.handshake.address) : null;
      if (!token || !actor) return next(new Error('unauthenticated'));
      socket.data.sessionToken = token;
      socket.data.userId = actor.id;
      next();
    } catch (error) {
      next(error instanceof Error ? error : new Error('unauthenticated'));
    }
  });

  realtime.on('connection', (socket) => {
    // Each event's acknowledgement is its last argument (events with a payload send it first).
    const on = socket.on.bind(socket) as (event: string, listener: (...args: unknown[]) => void) => void;
    for (const name of Object.keys(socketEvents) as EventName[]) {
      on(name, (...args) => void runEvent(services, socket, name, args.length > 1 ? args[0] : undefined, args.at(-1) as Ack<unknown>));
    }
  });

  board.on('connection', (socket) => {
    socket.on('board:watch', (watch, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = boardWatchSchema.safeParse(watch);
      if (!parsed.success) return ack(errorAck(new InputError({ fairId: 'fair.validation.fair' }), 'vi'));
      void publicBoard(services.db, parsed.data.fairId)
        .then(async (board) => {
          await socket.join(`board:${parsed.data.fairId}`);
          ack({ data: board });
        })
        .catch((error) => ack(errorAck(error, 'vi')));
    });
  });

  const news = createFairNews(services, realtime, board);
  services.publishFairCommits = news.publish;

  // A socket that only listens sends no event to be checked at: its session is checked every so often.
  const sessionCheck = setInterval(() => void checkSessions(services, realtime), options.sessionCheckMs ?? 30_000);
  sessionCheck.unref();
  const close = io.close.bind(io);
  io.close = (fn) => {
    clearInterval(sessionCheck);
    news.close();
    if (services.publishFairCommits === news.publish) services.publishFairCommits = undefined;
    return close(fn);
  };
  return io;
}

/** Disconnects this process's sockets whose session has ended or whose account was disabled (one query for all). */
async function checkSessions(services: Services, realtime: RealtimeNamespace) {
  const sockets = [...realtime.sockets.values()];
  if (sockets.length === 0) return;
  // The database away: keep the sockets, check again next time.
  const live = await liveSessions(services.db, [...new Set(sockets.map((socket) => socket.data.sessionToken))]).catch(() => null);
  if (!live) return;
  for (const socket of sockets) if (live.get(socket.data.sessionToken) !== socket.data.userId) socket.disconnect(true);
}

function errorAck(error: unknown, locale: 'vi' | 'en') {
  const answer = answerFor(error, locale);
  if (!answer) console.error(error);
  return {
    error: answer
      ? { code: answer.code, message: answer.message, ...(answer.fields ? { fields: answer.fields } : {}) }
      : { code: 'internal', message: translate(locale, 'error.server') },
  };
}

/** One event: the session re-read, the permission checked, the payload validated, the handler run, the answer acknowledged. */
async function runEvent(services: Services, socket: RealtimeSocket, name: EventName, payload: unknown, ack: Ack<unknown>) {
  if (typeof ack !== 'function') return;
  let locale: 'vi' | 'en' = 'vi';
  try {
    const actor = await actorBySessionToken(services.db, socket.data.sessionToken, socket.handshake.address);
    if (!actor || actor.id !== socket.data.userId) {
      ack(errorAck(new UnauthenticatedError(), locale));
      socket.disconnect(true);
      return;
    }
    locale = actor.locale;
    const event = socketEvents[name];
    authorizeAny(actor, typeof event.access === 'string' ? [event.access] : event.access);
    let input: unknown = undefined;
    if (event.schema) {
      const parsed = event.schema.safeParse(payload);
      if (!parsed.success) {
        ack({
          error: { code: 'invalid_input', message: translate(locale, 'validation.invalid'), fields: fieldErrors(parsed.error, locale) },
        });
        return;
      }
      input = parsed.data;
    }
    const result = await event.handle({ actor, services, socket, input });
    // A fair command's ack also says which event it appended, so its sender can see it come back.
    ack(result instanceof WithSeq ? { data: result.answer, seq: result.seq } : { data: result });
  } catch (error) {
    ack(errorAck(error, locale));
  }
}
