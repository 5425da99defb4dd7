// Socket.IO on the app's own HTTP server. The `/realtime` namespace accepts only sockets that come
// from an allowed Origin and carry a valid session cookie. Every event is declared in `socketEvents`
// with the permission it needs, and each one re-reads the session first: a signed-out session or a
// disabled account is cut off at its next event (answered 401 and disconnected), and permissions
// are checked by the same `authorize` as pages and the API; failures are acknowledged with the
// API's error codes.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { answerFor } from '#app/adapters/answers.ts';
import type { Services } from '#app/adapters/context.server.ts';
import { isAllowedOrigin } from '#app/adapters/origin.server.ts';
import { sessionTokenFromCookieHeader } from '#app/adapters/session.server.ts';
import { translate } from '#app/i18n/i18n.ts';
import { actorBySessionToken } from '#app/services/accounts/queries.server.ts';
import type { Access } from '#app/adapters/access.ts';
import { authorizeAny, type Actor } from '#app/services/authorize.ts';
import { UnauthenticatedError } from '#app/services/errors.ts';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from './events.ts';

export type SocketData = { sessionToken: string; userId: string };
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type EventName = keyof ClientToServerEvents;
type AckData<E extends EventName> = Parameters<ClientToServerEvents[E]>[0] extends Ack<infer T> ? T : never;

/** Every event a client may send: the permission it needs, and what it does for the signed-in actor. */
export const socketEvents: {
  [E in EventName]: { access: Exclude<Access, 'public'>; handle: (actor: Actor, services: Services) => Promise<AckData<E>> };
} = {
  'session:whoami': {
    access: 'read:account',
    handle: async (actor) => ({ id: actor.id, role: actor.role, fullName: actor.fullName }),
  },
};

export function attachRealtime(httpServer: HttpServer, services: Services) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // The handshake is refused before any namespace when the Origin is foreign.
    allowRequest: (req, callback) => {
      const allowed = isAllowedOrigin(req.headers.origin, req.headers.host, services.env.TRUSTED_ORIGINS);
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });

  const realtime = io.of('/realtime');
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

  realtime.on('connection', (socket: RealtimeSocket) => {
    // Each event's acknowledgement is its last argument (events with a payload send it first).
    const on = socket.on.bind(socket) as (event: string, listener: (...args: unknown[]) => void) => void;
    for (const name of Object.keys(socketEvents) as EventName[]) {
      on(name, (...args) => void runEvent(services, socket, name, args.at(-1) as Ack<unknown>));
    }
  });

  return io;
}

/** One event: the session re-read, the permission checked, the handler run, the answer acknowledged. */
async function runEvent(services: Services, socket: RealtimeSocket, name: EventName, ack: Ack<unknown>) {
  if (typeof ack !== 'function') return;
  let locale: 'vi' | 'en' = 'vi';
  try {
    const actor = await actorBySessionToken(services.db, socket.data.sessionToken, socket.handshake.address);
    if (!actor || actor.id !== socket.data.userId) {
      const answer = answerFor(new UnauthenticatedError(), locale)!;
      ack({ error: { code: answer.code, message: answer.message } });
      socket.disconnect(true);
      return;
    }
    locale = actor.locale;
    const event = socketEvents[name];
    authorizeAny(actor, typeof event.access === 'string' ? [event.access] : event.access);
    ack({ data: await event.handle(actor, services) });
  } catch (error) {
    const answer = answerFor(error, locale);
    if (!answer) console.error(error);
    ack({
      error: answer
        ? { code: answer.code, message: answer.message, fields: answer.fields }
        : { code: 'internal', message: translate(locale, 'error.server') },
    });
  }
}
