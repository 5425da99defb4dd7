// Serves /api/v1 from the declared operations: finds the operation by method and path (405 with
// Allow for a known path, a JSON 404 otherwise), checks who is calling (an anonymous call to a
// public operation touches no database), parses the query or JSON body (every invalid field at
// once), runs the handler — in one transaction for a write — and answers through the one error
// mapping. Every answer says where its time went (Server-Timing: the Meilisearch wait and the
// total). A handler's JSON answer is handed back unserialised (`answerApi`), so the HTTP server can
// write it straight out; `dispatchApi` makes it a Response (the Remix route, tests). In tests, every
// successful answer is also checked against its declared output schema.
import type { AppLoadContext } from '@remix-run/node';
import { translate } from '#app/i18n/i18n.ts';
import { authorizeAny } from '#app/services/authorize.ts';
import type { Executor } from '#db/client.ts';
import { ServerTiming } from '#lib/server-timing.ts';
import { answerFor, answerResponse, errorResponse, invalidAnswer, parseWith } from '../answers.ts';
import { inTransaction } from '../context.server.ts';
import { getActor, getLocale, requireUser } from '../session.server.ts';
import type { ApiResult, Operation } from './operation.ts';

type Route = { operation: Operation; pattern: RegExp; names: string[] };

export type ApiRouter = { routes: Route[]; operations: readonly Operation[] };

/** Compiles the path templates of `operations` once. */
export function apiRouter(operations: readonly Operation[]): ApiRouter {
  const routes = operations.map((operation) => {
    const names: string[] = [];
    const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { operation, pattern: new RegExp(`^${source}/?$`), names };
  });
  return { routes, operations };
}

function match(router: ApiRouter, method: string, pathname: string) {
  const candidates = router.routes.flatMap((route) => {
    const found = route.pattern.exec(pathname);
    if (!found) return [];
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
    return [{ route, params }];
  });
  return {
    found: candidates.find((c) => c.route.operation.method === method.toLowerCase()) ?? null,
    allowed: candidates.map((c) => c.route.operation.method.toUpperCase()),
  };
}

/** A handler's JSON answer, not yet serialised. */
export type JsonAnswer = { status: number; headers: Record<string, string>; body: unknown };

function jsonAnswer(result: ApiResult, operation: Operation): Response | JsonAnswer {
  if (result instanceof Response) return result;
  const headers = { 'Cache-Control': operation.cache ?? 'no-store', ...result.headers };
  return { status: result.status ?? 200, headers, body: result.body };
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false };
  }
}

/** The answer to one /api/v1 request as a Response, with its Server-Timing header. */
export async function dispatchApi(router: ApiRouter, request: Request, context: AppLoadContext): Promise<Response> {
  const timing = context.timing ?? new ServerTiming();
  const answered = await answerApi(router, request, { ...context, timing });
  const response =
    answered instanceof Response ? answered : Response.json(answered.body, { status: answered.status, headers: answered.headers });
  response.headers.set('Server-Timing', timing.header());
  return response;
}

/**
 * The answer to one /api/v1 request: a Response, or a JSON answer for the caller to serialise and
 * send with `context.timing`'s Server-Timing header (the caller passes the timing it started).
 */
export async function answerApi(
  router: ApiRouter,
  request: Request,
  context: AppLoadContext & { timing: ServerTiming },
): Promise<Response | JsonAnswer> {
  const url = new URL(request.url);
  const { found, allowed } = match(router, request.method, url.pathname);
  if (!found) {
    if (allowed.length) {
      return errorResponse('method_not_allowed', `Method ${request.method} is not allowed here`, {
        headers: { Allow: allowed.join(', ') },
      });
    }
    return errorResponse('not_found', `No API endpoint at ${url.pathname}`);
  }
  const { route, params } = found;
  const { operation } = route;
  let locale = await getLocale(request).catch(() => 'vi' as const);
  try {
    const actor = operation.access === 'public' ? await getActor(request, context) : await requireUser(request, context);
    if (actor) locale = actor.locale;
    if (operation.access !== 'public') authorizeAny(actor!, typeof operation.access === 'string' ? [operation.access] : operation.access);

    const query = operation.query
      ? parseWith(operation.query, Object.fromEntries(url.searchParams), locale)
      : { ok: true as const, data: undefined };
    if (!query.ok) return answerResponse(invalidAnswer(locale, query.fields));
    let body: { ok: true; data: unknown } | { ok: false; fields: Record<string, string> } = { ok: true, data: undefined };
    if (operation.body) {
      const json = await readJson(request);
      if (!json.ok) return errorResponse('invalid_input', translate(locale, 'validation.json'));
      body = parseWith(operation.body, json.value, locale);
      if (!body.ok) return answerResponse(invalidAnswer(locale, body.fields));
    }

    const call = (executor: Executor) =>
      operation.handle({
        request,
        context,
        actor: actor!,
        locale,
        params,
        query: query.data,
        body: body.ok ? body.data : undefined,
        executor,
      });
    const result = operation.write ? await inTransaction(context.services, call) : await call(context.services.db);
    const answered = jsonAnswer(result, operation);
    if (context.services.env.NODE_ENV === 'test') await checkOutput(operation, answered);
    return answered;
  } catch (error) {
    if (error instanceof Response) return error;
    const failure = answerFor(error, locale);
    if (failure) return answerResponse(failure);
    console.error(error);
    return errorResponse('internal', translate(locale, 'error.server'));
  }
}

/** Tests only: a successful answer must match the schema its operation declares for that status. */
async function checkOutput(operation: Operation, response: Response | JsonAnswer) {
  const declared = operation.responses[response.status];
  if (response.status >= 300 || !declared?.schema) {
    if (response.status < 300 && response.status !== 204 && !declared) {
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} answered ${response.status}, which it does not declare`);
    }
    return;
  }
  // As the client reads it: through JSON (dates become strings).
  const sent: unknown = response instanceof Response ? await response.clone().json() : JSON.parse(JSON.stringify(response.body));
  const result = declared.schema.safeParse(sent);
  if (!result.success) {
    throw new Error(
      `${operation.method.toUpperCase()} ${operation.path} answered ${response.status} off its schema: ${result.error.message}`,
    );
  }
}
