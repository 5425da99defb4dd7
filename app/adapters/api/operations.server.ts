// Every operation of the JSON API under /api/v1, and the router and OpenAPI document made from
// them. A capability's operations are declared in its own file here.
import type { AppLoadContext } from '@remix-run/node';
import { accountOperations } from './accounts.server.ts';
import { caseloadOperations } from './caseload.server.ts';
import { catalogueOperations } from './catalogue.server.ts';
import { indicatorOperations } from './indicators.server.ts';
import { matchingOperations } from './matching.server.ts';
import { pipelineOperations } from './pipeline.server.ts';
import { answerApi, apiRouter, dispatchApi, type JsonAnswer } from './dispatch.server.ts';
import type { ServerTiming } from '#lib/server-timing.ts';
import { openApiDocument } from './openapi.server.ts';
import { defineOperation, type Operation } from './operation.ts';

const documented: readonly Operation[] = [
  ...accountOperations,
  ...catalogueOperations,
  ...caseloadOperations,
  ...matchingOperations,
  ...pipelineOperations,
  ...indicatorOperations,
];

const openApiOperation = defineOperation(
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This document',
    tag: 'API',
    access: 'public',
    undocumented: true,
    cache: 'public, max-age=300',
    responses: { 200: { description: 'The OpenAPI 3.1 document' } },
  },
  async ({ request }) => ({ body: openApiDocument(documented, new URL(request.url).origin) }),
);

export const apiOperations: readonly Operation[] = [...documented, openApiOperation];

const router = apiRouter(apiOperations);

/** The answer to a request under /api/v1, as a Response. */
export function handleApiRequest(request: Request, context: AppLoadContext) {
  return dispatchApi(router, request, context);
}

/** The same, with a JSON answer left unserialised for the HTTP server to write (server/http-server.ts). */
export function answerApiRequest(request: Request, context: AppLoadContext & { timing: ServerTiming }): Promise<Response | JsonAnswer> {
  return answerApi(router, request, context);
}

export type { JsonAnswer };
