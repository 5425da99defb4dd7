// The HTTP server of the one Node process: Express with compression, the cross-site write check,
// the JSON API under /api/v1 (served straight from its declared operations, without the Remix
// request handler), whatever serves the pages (Remix in the app), and Socket.IO on the same port.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import type { AppLoadContext } from '@remix-run/node';
import compression from 'compression';
import express, { type Request as ExpressRequest, type RequestHandler, type Response as ExpressResponse } from 'express';
import { translate } from '#app/i18n/i18n.ts';
import { attachRealtime, type RealtimeOptions } from '#realtime/server.ts';
import { answerApiRequest, type JsonAnswer } from '#app/adapters/api/operations.server.ts';
import { errorResponse } from '#app/adapters/answers.ts';
import { isCrossSiteWrite } from '#app/adapters/origin.server.ts';
import type { Services } from '#app/adapters/context.server.ts';
import { ServerTiming } from '#lib/server-timing.ts';

export type ApiHandler = (request: Request, context: AppLoadContext & { timing: ServerTiming }) => Promise<Response | JsonAnswer>;

/**
 * The Fetch Request for an Express one, with the URL @remix-run/express would give it (the host as
 * the client named it, behind a trusted proxy the forwarded one; the full path) and the body as a
 * stream. No abort signal: no API operation watches for a client that went away.
 */
function fetchRequest(req: ExpressRequest): Request {
  const portOf = (host: string | undefined) => {
    const port = Number.parseInt(host?.split(':')[1] ?? '', 10);
    return Number.isSafeInteger(port) ? port : null;
  };
  const port = portOf(req.get('X-Forwarded-Host')) ?? portOf(req.get('Host'));
  const url = `${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  if (req.method === 'GET' || req.method === 'HEAD') return new Request(url, { method: req.method, headers });
  const body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
  return new Request(url, { method: req.method, headers, body, duplex: 'half' } as RequestInit);
}

/**
 * Writes a JSON answer: serialised here (no Response, no body stream to read back), sent in one
 * write with its Content-Length and Server-Timing (the app's total includes the serialising).
 */
function sendJson(res: ExpressResponse, answer: JsonAnswer, timing: ServerTiming) {
  const text = JSON.stringify(answer.body);
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Server-Timing', timing.header());
  res.end(text);
}

/**
 * Writes a Fetch Response (a handler's own: a cookie to set, 204; or an error answer) in one piece:
 * every one is a small JSON document or empty, so it is read whole and sent with its Content-Length.
 */
async function sendResponse(res: ExpressResponse, response: Response, timing: ServerTiming) {
  response.headers.set('Server-Timing', timing.header());
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) res.append(name, value);
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) res.setHeader('Content-Length', body.length);
  res.end(body);
}

/**
 * /api/v1 from the declared operations. The Remix handler would find the splat route that does the
 * same (app/routes/api.v1.$.ts, kept for anything that reaches Remix), at ~1 ms more per request.
 */
function serveApi(services: Services, api: ApiHandler): RequestHandler {
  return (req, res, next) => {
    const timing = new ServerTiming();
    const context = { services, clientIp: req.ip ?? 'unknown', timing };
    api(fetchRequest(req), context)
      .catch((error: unknown) => {
        console.error(error);
        return errorResponse('internal', translate('vi', 'error.server'));
      })
      .then((answer) => (answer instanceof Response ? sendResponse(res, answer, timing) : sendJson(res, answer, timing)))
      .catch(next);
  };
}

export function createHttpServer(
  services: Services,
  options: { before?: (app: express.Express) => void; handler: RequestHandler; api?: ApiHandler; realtime?: RealtimeOptions },
) {
  const app = express();
  app.disable('x-powered-by');
  if (services.env.TRUST_PROXY) app.set('trust proxy', true);
  // Nothing reads req.query (Remix and the API parse the URL themselves): skip Express's parse.
  app.set('query parser', false);
  app.use(compression());
  app.use((req, res, next) => {
    if (!isCrossSiteWrite(req.method, req.headers.origin, req.headers.host, services.env.TRUSTED_ORIGINS)) return next();
    void errorResponse('bad_origin', translate('vi', 'auth.badOrigin'))
      .text()
      .then((body) => res.status(403).type('application/json').send(body));
  });
  app.use('/api/v1', serveApi(services, options.api ?? answerApiRequest));
  options.before?.(app);
  app.all('*', options.handler);
  const httpServer = createServer(app);
  const io = attachRealtime(httpServer, services, options.realtime);
  return { httpServer, io };
}
