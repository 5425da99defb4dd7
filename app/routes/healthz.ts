// GET /healthz: 200 when Postgres and Meilisearch both answer, 503 naming what is down.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { sql } from 'drizzle-orm';

async function probe(check: () => Promise<unknown>) {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000))]);
    return 'ok' as const;
  } catch {
    return 'down' as const;
  }
}

export async function loader({ context }: LoaderFunctionArgs) {
  const { db, search } = context.services;
  const [dbState, searchState] = await Promise.all([
    probe(() => db.execute(sql`select 1`)),
    probe(async () => {
      const health = await search.health();
      if (health.status !== 'available') throw new Error(health.status);
    }),
  ]);
  const ok = dbState === 'ok' && searchState === 'ok';
  return Response.json(
    { status: ok ? 'ok' : 'degraded', db: dbState, search: searchState },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
