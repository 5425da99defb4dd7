// One JSON API operation, declared once: method, path, zod input and output, the permission it
// needs, and its handler. The dispatcher (dispatch.server.ts) serves it, the OpenAPI document
// (openapi.server.ts) describes it, and the access tests call it as every kind of user.
import type { z } from 'zod';
import type { Locale } from '#app/i18n/i18n.ts';
import type { Actor } from '#app/services/authorize.ts';
import type { AppLoadContext } from '@remix-run/node';
import type { Executor } from '#db/client.ts';

import type { Access, RecordKind } from '../access.ts';

export type { Access };

export type ApiCall<Q, B, A extends Actor | null> = {
  request: Request;
  /** The services (database, search) and the caller's address. */
  context: AppLoadContext;
  /** The signed-in caller; null only on a public operation called without credentials. */
  actor: A;
  locale: Locale;
  /** Path parameters, by the names in `path` (`{id}` → `params.id`). */
  params: Record<string, string>;
  query: Q;
  body: B;
  /** The open transaction of a `write` operation; the database for a read. */
  executor: Executor;
};

/** A JSON body (status 200 unless given), or a Response built by hand (a cookie to set, 204). */
export type ApiResult = Response | { status?: number; body: unknown; headers?: Record<string, string> };

export type OperationSpec = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI form: `{id}` for a path parameter. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** The record its `{id}` names (its scope is checked against it). */
  record?: RecordKind;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Writes run in one transaction the dispatcher opens (one command per request). */
  write?: boolean;
  /** Cache-Control of a successful answer (default: no-store). */
  cache?: string;
  /** Left out of the OpenAPI document (the document itself). */
  undocumented?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
};

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type ActorOf<S extends OperationSpec> = S['access'] extends 'public' ? Actor | null : Actor;

export type Handler<S extends OperationSpec> = (call: ApiCall<Out<S['query']>, Out<S['body']>, ActorOf<S>>) => Promise<ApiResult>;

export type Operation = OperationSpec & { handle: Handler<OperationSpec> };

/** Declares an operation and its handler, typing the handler's query, body and actor from the declaration. */
export function defineOperation<const S extends OperationSpec>(spec: S, handle: Handler<S>): Operation {
  return { ...spec, handle: handle as Handler<OperationSpec> };
}
