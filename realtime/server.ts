// Socket.IO on the app's own HTTP server. The `/realtime` namespace accepts only sockets that come
// from an allowed Origin and carry a valid session cookie; handlers get the signed-in user on
// `socket.data.user` and check permissions with the same helper as HTTP routes.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { readSessionTokenFromCookieHeader, userBySessionToken } from '#app/services/auth.server.ts';
import { isAllowedOrigin } from '#app/adapters/origin.server.ts';
import type { Services } from '#app/adapters/context.server.ts';
import type { User } from '#db/schema.ts';
import type { ClientToServerEvents, ServerToClientEvents } from './events.ts';

export type SocketData = { user: Pick<User, 'id' | 'role' | 'fullName' | 'provinceCode' | 'locale'> };
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

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
      const context = { services, clientIp: socket.handshake.address };
      const token = await readSessionTokenFromCookieHeader(context, socket.handshake.headers.cookie);
      const user = token ? await userBySessionToken(services.db, token) : null;
      if (!user) return next(new Error('unauthenticated'));
      socket.data.user = {
        id: user.id,
        role: user.role,
        fullName: user.fullName,
        provinceCode: user.provinceCode,
        locale: user.locale,
      };
      next();
    } catch (error) {
      next(error instanceof Error ? error : new Error('unauthenticated'));
    }
  });

  realtime.on('connection', (socket: RealtimeSocket) => {
    socket.on('session:whoami', (ack) => {
      const { id, role, fullName } = socket.data.user;
      ack({ data: { id, role, fullName } });
    });
  });

  return io;
}
