// The JSON API under /api/v1: every operation is declared once here — method, path, zod schemas
// for input and output — and both the route handlers and the OpenAPI document use that declaration.
import type { AppLoadContext } from '@remix-run/node';
import { z } from 'zod';
import { translate } from '#app/i18n/i18n.ts';
import { roles, locales, type User } from '#db/schema.ts';
import { getLocale, signInSchema } from './auth.server.ts';
import { caseloadOperations } from './caseload-api.server.ts';
import { catalogueOperations } from './catalogue-api.server.ts';
import { matchingOperations } from './matching-api.server.ts';
import { pipelineOperations } from './pipeline-api.server.ts';
import { domainErrorResponse } from './errors.server.ts';
import { errorResponse } from './http.server.ts';

// ── Shapes ──────────────────────────────────────────────────────────────────────────────────────

export const apiUserSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.enum(roles),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.enum(locales),
  provinceCode: z.string().nullable().describe('Province a counsellor or organiser is assigned to'),
});

export function toApiUser(user: User): z.output<typeof apiUserSchema> {
  const { id, fullName, role, email, phone, locale, provinceCode } = user;
  return { id, fullName, role, email, phone, locale, provinceCode };
}

export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable: invalid_input, unauthenticated, forbidden, not_found, conflict, rate_limited…'),
    message: z.string().describe('Human-readable, in the caller’s language'),
    fields: z.record(z.string(), z.string()).optional().describe('One message per invalid field'),
  }),
});

// ── Operations ──────────────────────────────────────────────────────────────────────────────────

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI form: `{id}` for a path parameter. */
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
};

export const operations = [
  {
    method: 'post',
    path: '/api/v1/session',
    summary: 'Sign in with an email or phone number and a password; sets the session cookie',
    tag: 'Session',
    auth: false,
    body: signInSchema,
    responses: {
      200: { description: 'Signed in', schema: z.object({ user: apiUserSchema }) },
      400: { description: 'Invalid input' },
      401: { description: 'Wrong login or password' },
      403: { description: 'Account disabled' },
      429: { description: 'Too many attempts; see Retry-After' },
    },
  },
  {
    method: 'delete',
    path: '/api/v1/session',
    summary: 'Sign out: ends the session and clears the cookie',
    tag: 'Session',
    auth: false,
    responses: { 204: { description: 'Signed out' } },
  },
  {
    method: 'get',
    path: '/api/v1/me',
    summary: 'The signed-in user',
    tag: 'Session',
    auth: true,
    responses: {
      200: { description: 'The user', schema: z.object({ user: apiUserSchema }) },
      401: { description: 'Not signed in' },
    },
  },
  ...catalogueOperations,
  ...caseloadOperations,
  ...matchingOperations,
  ...pipelineOperations,
] as const satisfies Operation[];

// ── Handlers ────────────────────────────────────────────────────────────────────────────────────

type Handler = (args: { request: Request; context: AppLoadContext; params: Record<string, string | undefined> }) => Promise<Response>;

/**
 * Dispatches by HTTP method; unknown methods get 405, thrown Responses pass through, and anything
 * unexpected becomes a JSON 500 (logged), so API clients always receive the documented error shape.
 */
export function apiRoute(handlers: Partial<Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Handler>>) {
  return async (args: Parameters<Handler>[0]) => {
    const handler = handlers[args.request.method.toUpperCase() as keyof typeof handlers];
    const locale = await getLocale(args.request).catch(() => 'vi' as const);
    if (!handler) {
      return errorResponse('method_not_allowed', `Method ${args.request.method} is not allowed here`, {
        headers: { Allow: Object.keys(handlers).join(', ') },
      });
    }
    try {
      return await handler(args);
    } catch (error) {
      if (error instanceof Response) return error;
      const domainError = domainErrorResponse(error, locale);
      if (domainError) return domainError;
      console.error(error);
      return errorResponse('internal', translate(locale, 'error.server'));
    }
  };
}

// ── OpenAPI 3.1 document, generated from the declarations above ─────────────────────────────────

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline' });
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations as readonly Operation[]) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const schema = response.schema
        ? jsonSchema(response.schema, 'output')
        : Number(status) >= 400
          ? { $ref: '#/components/schemas/Error' }
          : undefined;
      responses[status] = {
        description: response.description,
        ...(schema ? { content: { 'application/json': { schema: stripMeta(schema) } } } : {}),
      };
    }
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${op.path
        .replace('/api/v1', '')
        .replace(/\/\{(\w)(\w*)\}/g, (_, c: string, rest: string) => `By${c.toUpperCase()}${rest}`)
        .replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
      ...(op.auth ? { security: [{ sessionCookie: [] }, { bearerToken: [] }] } : { security: [] }),
      ...(parameters(op).length ? { parameters: parameters(op) } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: stripMeta(jsonSchema(op.body, 'input')) } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Phiên chợ của tình người API',
      version: '1.0.0',
      description:
        'Jobs, training, referrals and job fairs for people making a fresh start. Errors are `{ "error": { "code", "message", "fields"? } }`.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Error: stripMeta(jsonSchema(errorSchema, 'output')) },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: '__session' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token created by an administrator' },
      },
    },
  };
}

/** Path parameters (`{id}`) and query parameters (from the query schema's properties). */
function parameters(op: Operation) {
  const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (!op.query) return inPath;
  const schema = jsonSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  const inQuery = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
  return [...inPath, ...inQuery];
}

/** JSON Schema's `$schema` key is implied by OpenAPI 3.1 and not allowed inside it. */
function stripMeta(schema: Record<string, unknown>) {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}
