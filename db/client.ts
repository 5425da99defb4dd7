// Postgres connection (postgres.js) wrapped by Drizzle with the whole schema.
import { PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.ts';

export function createDb(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzle(preparing(sql), { schema, casing: 'snake_case' });
  return { db, sql };
}

/**
 * postgres.js as drizzle uses it, but preparing every statement. drizzle asks postgres.js not to
 * prepare its statements, and postgres.js then sends each statement that has parameters in two
 * steps, waiting in between (first to learn the parameters' types, then to run it): two round trips
 * where one would do, and nothing else can be pipelined behind it. A prepared statement is described
 * once per connection and from then on runs in one round trip, several at once when sent together
 * (`sendInOrder`). postgres.js keeps them per connection and drops them with it (it replaces each
 * connection after 30–60 minutes). A statement with many parameters is left unprepared: a long IN
 * list or a many-row insert has a text of its own for every length, which would pile up.
 */
const maxPreparedParameters = 64;

function preparing(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, key) {
      switch (key) {
        case 'unsafe':
          return (query: string, parameters?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) =>
            target.unsafe(query, parameters, {
              ...queryOptions,
              prepare: queryOptions?.prepare === true || (parameters?.length ?? 0) <= maxPreparedParameters,
            });
        case 'begin':
        case 'savepoint':
          // A transaction's (or savepoint's) own client, handed to the callback, prepares too.
          return (...args: unknown[]) => {
            const work = args.pop() as (inner: postgres.Sql) => unknown;
            const open = Reflect.get(target, key) as (...a: unknown[]) => unknown;
            return open(...args, (inner: postgres.Sql) => work(preparing(inner)));
          };
        default:
          return Reflect.get(target, key) as unknown;
      }
    },
  });
}

export type Db = ReturnType<typeof createDb>['db'];
export type Sql = ReturnType<typeof createDb>['sql'];
/** An open transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/**
 * What a command or a query runs on: the database, or the transaction its caller opened. A command
 * never opens a transaction of its own; the adapter that received the request opens one.
 */
export type Executor = Db | Tx;
type Statement = PromiseLike<unknown> | null;

/**
 * Runs statements (unstarted query builders; null for none) in order and returns their results. In
 * a transaction they are sent at once: its one connection pipelines them (one round trip), they run
 * in order, and the first that fails fails the rest with the transaction. On the pool, where each
 * could take another connection, one after another.
 */
export async function sendInOrder<const S extends readonly Statement[]>(
  executor: Executor,
  statements: S,
): Promise<{ -readonly [K in keyof S]: Awaited<S[K]> }> {
  type Results = { -readonly [K in keyof S]: Awaited<S[K]> };
  if (executor instanceof PgTransaction) return (await Promise.all(statements)) as Results;
  const results: unknown[] = [];
  for (const statement of statements) results.push(await statement);
  return results as Results;
}
