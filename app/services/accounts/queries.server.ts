// Reads about accounts: who a session cookie or an API token belongs to (as the actor a request
// acts for, with their organisations), the user list, API tokens, counts for the home page.
import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { apiTokens, memberships, provinces, sessions, users } from '#db/schema.ts';
import { authorize, statisticsGrants, type Actor } from '../authorize.ts';
import type { z } from 'zod';
import type { listUsersSchema } from './schemas.ts';
import { sha256 } from './tokens.server.ts';

/** The organisations a user belongs to, read in the same query as the user. */
const organisationIds = sql<
  string[]
>`array(select ${memberships.organisationId} from ${memberships} where ${memberships.userId} = ${users.id} order by ${memberships.createdAt})`;

/** The actor behind a session cookie, or null when the session ended, expired or the account is disabled. */
export async function actorBySessionToken(executor: Executor, token: string, clientIp: string | null): Promise<Actor | null> {
  const [row] = await executor
    .select({ user: users, organisationIds })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  return row ? { ...row.user, organisationIds: row.organisationIds, clientIp } : null;
}

/**
 * Of these session tokens, the ones still signed in (not ended, not expired, account not disabled),
 * each with its user: one query for all of a process's open sockets.
 */
export async function liveSessions(executor: Executor, tokens: readonly string[]): Promise<Map<string, string>> {
  if (tokens.length === 0) return new Map();
  const byHash = new Map(tokens.map((token) => [sha256(token), token]));
  const rows = await executor
    .select({ tokenHash: sessions.tokenHash, userId: sessions.userId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(inArray(sessions.tokenHash, [...byHash.keys()]), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  return new Map(rows.map((row) => [byHash.get(row.tokenHash)!, row.userId]));
}

/**
 * The actor behind a bearer API token (its last use is recorded), or null when revoked or its
 * account disabled: an account token's user, or a statistics token's reader (`statisticsActor`).
 */
export async function actorByApiToken(executor: Executor, token: string, clientIp: string | null): Promise<Actor | null> {
  const [row] = await executor
    .select({ token: apiTokens, user: users, organisationIds })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  if (row.token.kind === 'account' && (!row.user || row.user.disabledAt)) return null;
  await executor.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  if (row.token.kind === 'statistics') return statisticsActor(row.token, clientIp);
  return { ...row.user!, organisationIds: row.organisationIds, clientIp };
}

/**
 * Who a statistics token acts as: no user (its id is the token's), holding exactly the reading of
 * the indicators of its province — of the country when it has none — and no caseload rights, so
 * every figure it reads is protected. Its role is only a name (organiser: the nearest reader of
 * protected figures); what it may do is `only`.
 */
export function statisticsActor(token: typeof apiTokens.$inferSelect, clientIp: string | null): Actor {
  return {
    id: token.id,
    email: null,
    phone: null,
    passwordHash: '',
    fullName: token.name,
    role: 'organiser',
    locale: 'vi',
    provinceCode: token.provinceCode,
    disabledAt: null,
    lastSignInAt: null,
    createdAt: token.createdAt,
    updatedAt: token.createdAt,
    organisationIds: [],
    clientIp,
    only: token.provinceCode === null ? statisticsGrants.country : statisticsGrants.province,
  };
}

export const usersPageSize = 20;

/** A page of accounts for the administrator, filtered by role and by name, email or phone. */
export async function listUsers(executor: Executor, actor: Actor, filter: z.output<typeof listUsersSchema>) {
  authorize(actor, 'read:user');
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.fullName, like), ilike(users.email, like), ilike(users.phone, like))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    executor
      .select({
        id: users.id,
        email: users.email,
        phone: users.phone,
        fullName: users.fullName,
        role: users.role,
        provinceCode: users.provinceCode,
        provinceName: provinces.name,
        disabledAt: users.disabledAt,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .leftJoin(provinces, eq(provinces.code, users.provinceCode))
      .where(where)
      .orderBy(asc(users.role), asc(users.fullName), asc(users.id))
      .limit(usersPageSize)
      .offset((filter.page - 1) * usersPageSize),
    executor.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total, page: filter.page, pages: Math.max(1, Math.ceil(total / usersPageSize)) };
}

/** API tokens (never the token itself) with their kind, the account or area each is for, and the accounts a new one may act as. */
export async function apiTokenOverview(executor: Executor, actor: Actor) {
  authorize(actor, 'create:api-token');
  const [tokens, accounts] = await Promise.all([
    executor
      .select({
        id: apiTokens.id,
        name: apiTokens.name,
        tokenPrefix: apiTokens.tokenPrefix,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
        revokedAt: apiTokens.revokedAt,
        kind: apiTokens.kind,
        provinceCode: apiTokens.provinceCode,
        provinceName: provinces.name,
        userName: users.fullName,
        userLogin: users.email,
      })
      .from(apiTokens)
      .leftJoin(users, eq(users.id, apiTokens.userId))
      .leftJoin(provinces, eq(provinces.code, apiTokens.provinceCode))
      .orderBy(apiTokens.createdAt),
    executor
      .select({ id: users.id, fullName: users.fullName, email: users.email, phone: users.phone })
      .from(users)
      .where(isNull(users.disabledAt))
      .orderBy(asc(users.fullName)),
  ]);
  return { tokens, accounts };
}

export async function countUsersByRole(executor: Executor) {
  return executor.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
}
