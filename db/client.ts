// Postgres connection (postgres.js) wrapped by Drizzle with the whole schema.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.ts';

export function createDb(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  return { db, sql };
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
