// Accounts and sessions: sign-in with email or phone + password (argon2), sessions in Postgres
// behind an HttpOnly cookie, bearer API tokens, and the one place that decides who the caller is
// (`getCaller`) and what they may do (`requireUser`, `requirePermission`).
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { createCookie, redirect, type AppLoadContext } from '@remix-run/node';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defaultLocale, localeFromAcceptLanguage, pickLocale, translate, type Locale } from '#app/i18n/i18n.ts';
import type { Db } from '#db/client.ts';
import { apiTokens, sessions, users, type User } from '#db/schema.ts';
import { errorResponse, isApiRequest } from './http.server.ts';
import { assertPermission, ForbiddenError, type Permission } from './permissions.ts';
import { checkLimit, recordHit, type Limit } from './rate-limit.server.ts';

const SESSION_DAYS = 30;
export const signInLimit: Limit = { max: 10, windowMs: 60_000 };

// ── Logins ──────────────────────────────────────────────────────────────────────────────────────

export type LoginId = { email: string } | { phone: string };

/** Vietnamese mobile numbers: 0 + 9 digits; "+84 90 000 0001" and "090.000.0001" are accepted. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '').replace(/^\+?84(?=\d{9}$)/, '0');
  return /^0\d{9}$/.test(digits) ? digits : null;
}

export function parseLogin(input: string): LoginId | null {
  const value = input.trim();
  if (value.includes('@')) {
    return z.email().safeParse(value.toLowerCase()).success ? { email: value.toLowerCase() } : null;
  }
  const phone = normalizePhone(value);
  return phone ? { phone } : null;
}

export const passwordSchema = z
  .string({ error: 'validation.password.required' })
  .min(1, 'validation.password.required')
  .max(200, 'validation.password.tooLong');

export const newPasswordSchema = passwordSchema.refine((p) => p.length >= 8, 'validation.password.tooShort');

export const signInSchema = z.object({
  login: z
    .string({ error: 'validation.login.required' })
    .trim()
    .min(1, 'validation.login.required')
    .max(200, 'validation.login.invalid')
    .transform((value, ctx) => {
      const login = parseLogin(value);
      if (!login) {
        ctx.addIssue({ code: 'custom', message: 'validation.login.invalid' });
        return z.NEVER;
      }
      return login;
    }),
  password: passwordSchema,
});

// ── Passwords and tokens ────────────────────────────────────────────────────────────────────────

export function hashPassword(password: string) {
  return hash(password);
}

// Verifying against this when the account does not exist keeps the response time the same,
// so timing does not reveal which logins exist.
let dummyHash: Promise<string> | undefined;

function sha256(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(prefix = '') {
  return prefix + randomBytes(32).toString('base64url');
}

// ── Sign-in and sessions ────────────────────────────────────────────────────────────────────────

export type SignInResult =
  | { ok: true; user: User; token: string; expiresAt: Date }
  | { ok: false; reason: 'bad_credentials' | 'disabled' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

export async function signIn(
  db: Db,
  input: { login: LoginId; password: string; ip: string; userAgent?: string | null; previousToken?: string | null },
): Promise<SignInResult> {
  const accountKey = 'email' in input.login ? input.login.email : input.login.phone;
  const keys = [`sign-in:ip:${input.ip}`, `sign-in:account:${accountKey}`];
  for (const key of keys) {
    const state = await checkLimit(db, key, signInLimit);
    if (state.limited) return { ok: false, reason: 'rate_limited', retryAfterSeconds: state.retryAfterSeconds };
  }

  const [user] = await db
    .select()
    .from(users)
    .where('email' in input.login ? eq(users.email, input.login.email) : eq(users.phone, input.login.phone));
  dummyHash ??= hashPassword('not-a-real-password');
  const valid = await verify(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid) {
    for (const key of keys) await recordHit(db, key, signInLimit);
    return { ok: false, reason: 'bad_credentials' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };

  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.transaction(async (tx) => {
    // Rotation: a session that existed before sign-in never carries over into the new one.
    if (input.previousToken) await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(input.previousToken)));
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt,
      ipAddress: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
    });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  });
  return { ok: true, user, token, expiresAt };
}

export async function endSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** Ends every session of a user (used when an account is disabled). */
export async function endAllSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function userBySessionToken(db: Db, token: string): Promise<User | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  return row?.user ?? null;
}

export async function createApiToken(db: Db, input: { userId: string; name: string; createdById: string }) {
  const token = newToken('pct_');
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId: input.userId,
      name: input.name,
      tokenHash: sha256(token),
      tokenPrefix: token.slice(0, 10),
      createdById: input.createdById,
    })
    .returning();
  return { token, row };
}

export async function userByApiToken(db: Db, token: string): Promise<User | null> {
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return row.user;
}

// ── Cookies ─────────────────────────────────────────────────────────────────────────────────────

export function sessionCookie(context: AppLoadContext) {
  return createCookie('__session', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: context.services.env.NODE_ENV === 'production',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export const localeCookie = createCookie('lang', { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 });

export async function readSessionToken(request: Request, context: AppLoadContext): Promise<string | null> {
  const value = await sessionCookie(context).parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function readSessionTokenFromCookieHeader(context: AppLoadContext, header: string | null | undefined) {
  return sessionCookie(context)
    .parse(header ?? null)
    .then((v) => (typeof v === 'string' && v ? v : null));
}

// ── Who is calling, and may they? ───────────────────────────────────────────────────────────────

/** The signed-in user from a bearer token (API clients) or the session cookie, or null. */
export async function getUser(request: Request, context: AppLoadContext): Promise<User | null> {
  const { db } = context.services;
  const bearer = request.headers.get('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return userByApiToken(db, bearer);
  const token = await readSessionToken(request, context);
  return token ? userBySessionToken(db, token) : null;
}

/**
 * The language for this request: the user's choice, else the `lang` cookie, else Vietnamese.
 * API clients may also ask with Accept-Language; pages stay Vietnamese-first until switched.
 */
export async function getLocale(request: Request, user?: Pick<User, 'locale'> | null): Promise<Locale> {
  if (user) return user.locale;
  const cookie = pickLocale(await localeCookie.parse(request.headers.get('Cookie')));
  const fromHeader = isApiRequest(request) ? localeFromAcceptLanguage(request.headers.get('Accept-Language')) : null;
  return cookie ?? fromHeader ?? defaultLocale;
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<User> {
  const user = await getUser(request, context);
  if (user) return user;
  if (isApiRequest(request)) {
    throw errorResponse('unauthenticated', translate(await getLocale(request), 'auth.required'));
  }
  const url = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
}

export async function requirePermission(request: Request, context: AppLoadContext, permission: Permission) {
  const user = await requireUser(request, context);
  try {
    assertPermission(user, permission);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      throw errorResponse('forbidden', translate(user.locale, 'auth.forbidden'));
    }
    throw error;
  }
  return user;
}

// ── Sign-in and sign-out for a request (shared by the sign-in page and the JSON API) ─────────────

export type RequestSignIn =
  | { ok: true; user: User; setCookie: string }
  | { ok: false; code: 'unauthenticated' | 'forbidden' | 'rate_limited'; message: string; headers?: HeadersInit };

export async function signInForRequest(
  request: Request,
  context: AppLoadContext,
  input: z.output<typeof signInSchema>,
): Promise<RequestSignIn> {
  const locale = await getLocale(request);
  const result = await signIn(context.services.db, {
    ...input,
    ip: context.clientIp,
    userAgent: request.headers.get('User-Agent'),
    previousToken: await readSessionToken(request, context),
  });
  if (result.ok) {
    const setCookie = await sessionCookie(context).serialize(result.token, { expires: result.expiresAt });
    return { ok: true, user: result.user, setCookie };
  }
  if (result.reason === 'rate_limited') {
    return {
      ok: false,
      code: 'rate_limited',
      message: translate(locale, 'auth.rateLimited', { seconds: result.retryAfterSeconds }),
      headers: { 'Retry-After': String(result.retryAfterSeconds) },
    };
  }
  if (result.reason === 'disabled') return { ok: false, code: 'forbidden', message: translate(locale, 'auth.disabled') };
  return { ok: false, code: 'unauthenticated', message: translate(locale, 'auth.badCredentials') };
}

/** Ends the request's session (if any) and returns the Set-Cookie header that clears the cookie. */
export async function signOutForRequest(request: Request, context: AppLoadContext) {
  const token = await readSessionToken(request, context);
  if (token) await endSession(context.services.db, token);
  return sessionCookie(context).serialize('', { maxAge: 0 });
}

// ── API token administration ────────────────────────────────────────────────────────────────────

export const createApiTokenSchema = z.object({
  userId: z.uuid('validation.user.required'),
  name: z.string().trim().min(1, 'validation.tokenName.required').max(100, 'validation.tokenName.required'),
});

export async function listApiTokens(db: Db) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      tokenPrefix: apiTokens.tokenPrefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      userName: users.fullName,
      userLogin: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(db: Db, tokenId: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning();
  return row ?? null;
}
