// Reading organisations: the one an employer belongs to, and a counsellor's verification queue
// (their province's organisations waiting for a decision, oldest first, and the latest decisions).
import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { organisations, provinces, type Organisation } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';

/** The organisation an employer belongs to (the first, if several), or null. */
export async function organisationOf(db: Executor, actor: Pick<Actor, 'organisationIds'>): Promise<Organisation | null> {
  const organisationId = actor.organisationIds[0];
  if (!organisationId) return null;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row ?? null;
}

/** The counsellor's queue: organisations of their province waiting for a decision, oldest first. */
export async function verificationQueue(db: Executor, actor: Actor, options: { page?: number; perPage?: number } = {}) {
  authorize(actor, 'verify:organisation');
  const provinceCode = actor.provinceCode;
  if (!provinceCode) return null;
  const page = Math.max(1, options.page ?? 1);
  const perPage = options.perPage ?? 20;
  const where = and(eq(organisations.provinceCode, provinceCode), eq(organisations.verificationStatus, 'pending'));
  const [rows, [{ total }], recent, [province]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.createdAt))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: count() }).from(organisations).where(where),
    db
      .select()
      .from(organisations)
      .where(and(eq(organisations.provinceCode, provinceCode), ne(organisations.verificationStatus, 'pending')))
      .orderBy(desc(organisations.verifiedAt))
      .limit(10),
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
  ]);
  return { pending: rows, total, page, perPage, recentDecisions: recent, provinceName: province?.name ?? provinceCode, provinceCode };
}
