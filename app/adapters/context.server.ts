// The server-side dependencies every loader, action, API route and socket handler receives
// (through Remix's load context), so tests can hand each file its own database and index prefix.
import type { Db, Sql } from '#db/client.ts';
import type { SearchClient } from '#search/client.ts';
import type { Env } from '#server/env.ts';

export type Services = {
  env: Env;
  db: Db;
  sql: Sql;
  search: SearchClient;
  /** Prepended to every Meilisearch index name; tests use one per file. */
  indexPrefix: string;
};

declare module '@remix-run/node' {
  interface AppLoadContext {
    services: Services;
    /** The caller's address as the server sees it (honouring TRUST_PROXY). */
    clientIp: string;
  }
}
