// The HTTP server of the one Node process: Express with compression, the cross-site write check,
// whatever serves the pages (Remix in the app), and Socket.IO attached on the same port.
import { createServer } from 'node:http';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { translate } from '#app/i18n/i18n.ts';
import { attachRealtime } from '#realtime/server.ts';
import { errorResponse } from '#app/adapters/answers.ts';
import { isCrossSiteWrite } from '#app/adapters/origin.server.ts';
import type { Services } from '#app/adapters/context.server.ts';

export function createHttpServer(services: Services, options: { before?: (app: express.Express) => void; handler: RequestHandler }) {
  const app = express();
  app.disable('x-powered-by');
  if (services.env.TRUST_PROXY) app.set('trust proxy', true);
  app.use(compression());
  options.before?.(app);
  app.use(async (req, res, next) => {
    if (!isCrossSiteWrite(req.method, req.headers.origin, req.headers.host, services.env.TRUSTED_ORIGINS)) return next();
    const body = await errorResponse('bad_origin', translate('vi', 'auth.badOrigin')).text();
    res.status(403).type('application/json').send(body);
  });
  app.all('*', options.handler);
  const httpServer = createServer(app);
  const io = attachRealtime(httpServer, services);
  return { httpServer, io };
}
