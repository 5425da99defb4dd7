// Writes about accounts and sessions: signing in and out, creating accounts (staff by an
// administrator; employers and returnees through their own capabilities), disabling, assigning a
// province, API tokens, the interface language. Each runs on the executor its caller opened.
import { and, eq, isNull, or } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { apiTokens, provinces, sessions, users, type Locale, type Role, type User } from '#db/schema.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { InputError } from '../errors.ts';
import { normalizePhone } from '../fields.ts';
import { hashPassword, verifyPassword } from './passwords.server.ts';
import { checkLimit, recordHit } from './rate-limit.server.ts';
import { provinceRoles, sessionDays, signInLimit } from './rules.ts';
import { newToken, sha256 } from './tokens.server.ts';
import type { CreateStaffInput, LoginId } from './schemas.ts';

// ── Sign-in and sessions ────────────────────────────────────────────────────────────────────────

export type SignInResult =
  | { ok: true; user: User; token: string; expiresAt: Date }
  | { ok: false; reason: 'bad_credentials' | 'disabled' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Checks a login and password and opens a session. Failed attempts are counted per address and
 * per account (they are rows written by this command, so the caller commits even a failure).
 */
export async function signIn(
  tx: Executor,
  input: {
    login: LoginId;
    password: string;
    clientIp: string;
    userAgent?: string | null;
    previousToken?: string | null;
    /** The language chosen before signing in (the `lang` cookie): saved on the account. */
    locale?: Locale | null;
  },
): Promise<SignInResult> {
  const accountKey = 'email' in input.login ? input.login.email : input.login.phone;
  const keys = [`sign-in:ip:${input.clientIp}`, `sign-in:account:${accountKey}`];
  for (const key of keys) {
    const state = await checkLimit(tx, key, signInLimit);
    if (state.limited) return { ok: false, reason: 'rate_limited', retryAfterSeconds: state.retryAfterSeconds };
  }

  const [user] = await tx
    .select()
    .from(users)
    .where('email' in input.login ? eq(users.email, input.login.email) : eq(users.phone, input.login.phone));
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) {
    for (const key of keys) await recordHit(tx, key, signInLimit);
    return { ok: false, reason: 'bad_credentials' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };

  const token = newToken();
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  // Rotation: a session that existed before sign-in never carries over into the new one.
  if (input.previousToken) await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(input.previousToken)));
  await tx.insert(sessions).values({
    tokenHash: sha256(token),
    userId: user.id,
    expiresAt,
    ipAddress: input.clientIp,
    userAgent: input.userAgent?.slice(0, 300),
  });
  const locale = input.locale ?? user.locale;
  await tx.update(users).set({ lastSignInAt: new Date(), locale }).where(eq(users.id, user.id));
  return { ok: true, user: { ...user, locale }, token, expiresAt };
}

export async function endSession(tx: Executor, token: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

// ── Accounts ────────────────────────────────────────────────────────────────────────────────────

export type NewAccount = {
  email?: string | null;
  phone?: string | null;
  fullName: string;
  role: Role;
  password: string;
  provinceCode?: string | null;
  locale?: Locale;
};

async function checkProvince(tx: Executor, code: string | null | undefined) {
  if (!code) return;
  const [found] = await tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code));
  if (!found) throw new InputError({ provinceCode: 'validation.province.unknown' });
}

/**
 * Creates an account (the part every way of getting one shares); InputError on a taken login or
 * an unknown province. Two creating the same login at once: the second gets the same InputError.
 */
export async function createAccount(tx: Executor, input: NewAccount): Promise<User> {
  const email = input.email?.trim().toLowerCase() || null;
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) throw new InputError({ phone: 'validation.phone.invalid' });
  await checkProvince(tx, input.provinceCode);
  const taken: Record<string, MessageKey> = email ? { email: 'users.emailTaken' } : { phone: 'users.emailTaken' };
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(or(email ? eq(users.email, email) : undefined, phone ? eq(users.phone, phone) : undefined));
  if (existing) throw new InputError(taken);
  const [user] = await tx
    .insert(users)
    .values({
      email,
      phone,
      fullName: input.fullName,
      role: input.role,
      locale: input.locale ?? 'vi',
      provinceCode: input.provinceCode ?? null,
      passwordHash: await hashPassword(input.password),
    })
    .onConflictDoNothing()
    .returning();
  if (!user) throw new InputError(taken);
  return user;
}

/** An administrator creates a staff account (administrator, counsellor, organiser). */
export async function createStaffAccount(tx: Executor, actor: Actor, input: CreateStaffInput) {
  authorize(actor, 'create:user');
  const user = await createAccount(tx, input);
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    details: { role: user.role, provinceCode: user.provinceCode },
  });
  return user;
}

/** Disables (signing the account out everywhere at once) or enables an account. */
export async function setDisabled(tx: Executor, actor: Actor, input: { userId: string; disabled: boolean }) {
  authorize(actor, 'update:user');
  if (input.disabled && actor.id === input.userId) throw new InputError({ userId: 'users.cannotDisableSelf' });
  const [user] = await tx
    .update(users)
    .set({ disabledAt: input.disabled ? new Date() : null })
    .where(eq(users.id, input.userId))
    .returning();
  if (!user) throw new InputError({ userId: 'users.notFound' });
  if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
  await writeAudit(tx, actor, { action: input.disabled ? 'disable' : 'enable', entityType: 'user', entityId: input.userId });
  return user;
}

/** Assigns a counsellor or organiser to a province (a province is required for those roles). */
export async function assignProvince(tx: Executor, actor: Actor, input: { userId: string; provinceCode: string | null }) {
  authorize(actor, 'update:user');
  const [target] = await tx.select().from(users).where(eq(users.id, input.userId));
  if (!target) throw new InputError({ userId: 'users.notFound' });
  if (provinceRoles.includes(target.role) && !input.provinceCode) throw new InputError({ provinceCode: 'validation.province.required' });
  await checkProvince(tx, input.provinceCode);
  const [user] = await tx.update(users).set({ provinceCode: input.provinceCode }).where(eq(users.id, input.userId)).returning();
  await writeAudit(tx, actor, {
    action: 'assign_province',
    entityType: 'user',
    entityId: input.userId,
    details: { provinceCode: input.provinceCode },
  });
  return user;
}

/** The signed-in user's interface language. */
export async function setOwnLocale(tx: Executor, actor: Actor, locale: Locale) {
  authorize(actor, 'update:account', { userId: actor.id });
  await tx.update(users).set({ locale }).where(eq(users.id, actor.id));
}

// ── API tokens ──────────────────────────────────────────────────────────────────────────────────

/** A token for an integration, shown once (only its hash is kept). */
export async function createApiToken(tx: Executor, actor: Actor, input: { userId: string; name: string }) {
  authorize(actor, 'create:api-token');
  const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
  if (!owner) throw new InputError({ userId: 'validation.user.required' });
  const token = newToken('pct_');
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId: input.userId, name: input.name, tokenHash: sha256(token), tokenPrefix: token.slice(0, 10), createdById: actor.id })
    .returning();
  await writeAudit(tx, actor, { action: 'create', entityType: 'api_token', entityId: row.id, details: { userId: row.userId } });
  return { token, row };
}

/**
 * A statistics token, shown once: it reads the indicators of its province (the country: null) and
 * nothing else, always protected (it belongs to no user, and holds no caseload rights).
 */
export async function createStatisticsToken(tx: Executor, actor: Actor, input: { name: string; area: string | null }) {
  authorize(actor, 'create:api-token');
  if (input.area !== null) {
    const [province] = await tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, input.area));
    if (!province) throw new InputError({ area: 'tokens.validation.area' });
  }
  const token = newToken('pcs_');
  const [row] = await tx
    .insert(apiTokens)
    .values({
      kind: 'statistics',
      provinceCode: input.area,
      name: input.name,
      tokenHash: sha256(token),
      tokenPrefix: token.slice(0, 10),
      createdById: actor.id,
    })
    .returning();
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'api_token',
    entityId: row.id,
    details: { kind: 'statistics', provinceCode: row.provinceCode },
  });
  return { token, row };
}

export async function revokeApiToken(tx: Executor, actor: Actor, input: { tokenId: string }) {
  authorize(actor, 'create:api-token');
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, input.tokenId), isNull(apiTokens.revokedAt)))
    .returning();
  if (!row) throw new InputError({ tokenId: 'validation.invalid' });
  await writeAudit(tx, actor, { action: 'revoke', entityType: 'api_token', entityId: row.id });
  return row;
}
