// Sliding-window rate limits kept in Postgres (one row per attempt), so every app node sees the
// same counts and a burst cannot slip through at a window boundary.
import { and, count, eq, gt, lte, min } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { rateLimitHits } from '#db/schema.ts';

export type Limit = { max: number; windowMs: number };

/** Whether `key` has reached its limit in the last window, and when the oldest attempt expires. */
export async function checkLimit(db: Executor, key: string, limit: Limit, now = Date.now()) {
  const since = new Date(now - limit.windowMs);
  const [row] = await db
    .select({ hits: count(), oldest: min(rateLimitHits.at) })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, since)));
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now;
  return {
    limited: row.hits >= limit.max,
    hits: row.hits,
    retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000)),
  };
}

export async function recordHit(db: Executor, key: string, limit: Limit, now = Date.now()) {
  await db.insert(rateLimitHits).values({ key, at: new Date(now) });
  // Attempts older than the window no longer count; dropping them keeps the table small.
  await db.delete(rateLimitHits).where(and(eq(rateLimitHits.key, key), lte(rateLimitHits.at, new Date(now - limit.windowMs))));
}
