// The server-side dependencies every loader, action, API operation and socket handler receives
// (through Remix's load context), so tests can hand each file its own database and index prefix;
// and `inTransaction`, how an adapter opens the one transaction a command runs in.
import type { MailSettings } from '#app/services/accounts/mail.server.ts';
import { collectFairCommits, type FairCommit } from '#app/services/fairs/events.server.ts';
import { withIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';
import type { Db, Sql, Tx } from '#db/client.ts';
import type { SearchClient } from '#search/client.ts';
import type { ServerTiming } from '#lib/server-timing.ts';

/** The settings the app reads at run time (server/env.ts parses them, with the rest, from the environment). */
export type AppSettings = {
  NODE_ENV: 'development' | 'production' | 'test';
  TRUST_PROXY: boolean;
  TRUSTED_ORIGINS: readonly string[];
  /** A placement still active after this many months counts as a stable job. */
  STABLE_JOB_MONTHS: number;
} & MailSettings;

export type Services = {
  env: AppSettings;
  db: Db;
  sql: Sql;
  search: SearchClient;
  /** Prepended to every Meilisearch index name; tests use one per file. */
  indexPrefix: string;
  /**
   * Sends the news of fair commands once their transaction has committed (set by the realtime layer
   * where it runs in this process; `inTransaction` calls it).
   */
  publishFairCommits?: (commits: readonly FairCommit[]) => void;
};

declare module '@remix-run/node' {
  interface AppLoadContext {
    services: Services;
    /** The caller's address as the server sees it (honouring TRUST_PROXY). */
    clientIp: string;
    /** Where this request's time goes (an API answer sends it as its Server-Timing header). */
    timing?: ServerTiming;
    /** The routes the page at a path is made of (set by the server; absent where a test calls a loader). */
    pageRouteIds?: (pathname: string) => Promise<readonly string[]>;
  }
}

/**
 * Runs one command (or several that must stand or fall together) in one transaction, rewriting the
 * indicator facts of the people its steps changed just before the commit; once it has committed,
 * the live fair's clients are told of the fair events it appended (never before: a rolled-back
 * command sends nothing).
 */
export async function inTransaction<T>(services: Pick<Services, 'db' | 'publishFairCommits'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  let commits: FairCommit[] = [];
  const result = await services.db.transaction((tx) => {
    commits = collectFairCommits(tx);
    return withIndicatorFacts(tx, () => work(tx));
  });
  if (commits.length > 0) services.publishFairCommits?.(commits);
  return result;
}
