// The OpenAPI 3.1 document of /api/v1, generated from the operation declarations (each declared
// once, with its zod schemas), so the document cannot drift from what the API does.
import { z } from 'zod';
import type { Operation } from './operation.ts';

export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable: invalid_input, unauthenticated, forbidden, not_found, conflict, rate_limited…'),
    message: z.string().describe('Human-readable, in the caller’s language'),
    fields: z.record(z.string(), z.string()).optional().describe('One message per invalid field'),
  }),
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline' });
}

/** JSON Schema's `$schema` key is implied by OpenAPI 3.1 and not allowed inside it. */
function stripMeta(schema: Record<string, unknown>) {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
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

function operationId(op: Operation) {
  return `${op.method}${op.path
    .replace('/api/v1', '')
    .replace(/\/\{(\w)(\w*)\}/g, (_, c: string, rest: string) => `By${c.toUpperCase()}${rest}`)
    .replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`;
}

export function openApiDocument(operations: readonly Operation[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    if (op.undocumented) continue;
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
      operationId: operationId(op),
      'x-permission': op.access,
      ...(op.access === 'public' ? { security: [] } : { security: [{ sessionCookie: [] }, { bearerToken: [] }] }),
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
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API token created by an administrator. An account token acts as its account. A statistics token reads only GET /api/v1/indicators, for its area (a province, or the country when issued so), always protected: counts of 1–4 as "<5", no rate built on one, no reoffending figure, no names; every other operation answers 403, another province 404.',
        },
      },
    },
  };
}
