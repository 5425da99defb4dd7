// Who is calling, and in which language: the session cookie (pages) or a bearer API token, turned
// into the actor services act for; `requireUser` / `requireUserWithPermission` for every route
// (401 — a sign-in redirect on pages — or 403); signing in and out for a request.
import { createCookie, redirect, type AppLoadContext } from '@remix-run/node';
import { defaultLocale, localeFromAcceptLanguage, pickLocale, translate, type Locale } from '#app/i18n/i18n.ts';
import { endSession, signIn } from '#app/services/accounts/commands.server.ts';
import { actorByApiToken, actorBySessionToken } from '#app/services/accounts/queries.server.ts';
import { sessionDays } from '#app/services/accounts/rules.ts';
import type { SignInInput } from '#app/services/accounts/schemas.ts';
import { authorize, type Actor, type ActionEntity, type Permission } from '#app/services/authorize.ts';
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from '#app/services/errors.ts';
import type { User } from '#db/schema.ts';
import { answerFor, answerResponse, errorResponse, isApiRequest } from './answers.ts';
import { inTransaction, type Services } from './context.server.ts';

// ── Cookies ─────────────────────────────────────────────────────────────────────────────────────

export function sessionCookie(services: Pick<Services, 'env'>) {
  return createCookie('__session', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: services.env.NODE_ENV === 'production',
    maxAge: sessionDays * 86_400,
  });
}

export const localeCookie = createCookie('lang', { path: '/', sameSite: 'lax', maxAge: 365 * 86_400 });

/** The session token in a Cookie header (a page request or a socket handshake), or null. */
export async function sessionTokenFromCookieHeader(services: Pick<Services, 'env'>, header: string | null | undefined) {
  const value: unknown = await sessionCookie(services).parse(header ?? null);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function readSessionToken(request: Request, context: AppLoadContext) {
  return sessionTokenFromCookieHeader(context.services, request.headers.get('Cookie'));
}

// ── Who is calling ──────────────────────────────────────────────────────────────────────────────

function bearerToken(request: Request) {
  return request.headers.get('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
}

/** Whether the request carries any credentials at all (an anonymous one needs no database round trip). */
export function hasCredentials(request: Request) {
  return bearerToken(request) !== null || (request.headers.get('Cookie') ?? '').includes('__session=');
}

/** The signed-in actor from a bearer token (API clients) or the session cookie, or null. */
export async function getActor(request: Request, context: AppLoadContext): Promise<Actor | null> {
  if (!hasCredentials(request)) return null;
  const { db } = context.services;
  const bearer = bearerToken(request);
  if (bearer) {
    const actor = await actorByApiToken(db, bearer, context.clientIp);
    // A statistics token is for the JSON API only: a page sees no one signed in.
    return actor?.only && !isApiRequest(request) ? null : actor;
  }
  const token = await readSessionToken(request, context);
  return token ? actorBySessionToken(db, token, context.clientIp) : null;
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

/** The signed-in actor, or 401: a JSON error for the API, the sign-in page (coming back here) for pages. */
export async function requireUser(request: Request, context: AppLoadContext): Promise<Actor> {
  const actor = await getActor(request, context);
  if (actor) return actor;
  if (isApiRequest(request)) throw answerResponse(answerFor(new UnauthenticatedError(), await getLocale(request))!);
  const url = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
}

/** The signed-in actor whose role holds `permission` (at any scope), or 401 / 403. */
export async function requireUserWithPermission(request: Request, context: AppLoadContext, permission: ActionEntity | Permission) {
  const actor = await requireUser(request, context);
  try {
    authorize(actor, permission);
  } catch (error) {
    if (error instanceof ForbiddenError) throw errorResponse('forbidden', translate(actor.locale, 'auth.forbidden'));
    throw error;
  }
  return actor;
}

// ── Signing in and out (the sign-in page and POST /api/v1/session) ─────────────────────────────

/** Signs in: the Set-Cookie header of the new session, or the error to answer (401, 403, 429). */
export async function signInForRequest(request: Request, context: AppLoadContext, input: SignInInput) {
  const previousToken = await readSessionToken(request, context);
  // A language switched to before signing in is kept: it becomes the account's.
  const locale = pickLocale(await localeCookie.parse(request.headers.get('Cookie')));
  const result = await inTransaction(context.services, (tx) =>
    signIn(tx, { ...input, clientIp: context.clientIp, userAgent: request.headers.get('User-Agent'), previousToken, locale }),
  );
  if (result.ok) {
    const setCookie = await sessionCookie(context.services).serialize(result.token, { expires: result.expiresAt });
    return { ok: true as const, user: result.user, setCookie };
  }
  const error =
    result.reason === 'rate_limited'
      ? new RateLimitedError(result.retryAfterSeconds)
      : result.reason === 'disabled'
        ? new ForbiddenError('sign-in', 'auth.disabled')
        : new UnauthenticatedError('auth.badCredentials');
  return { ok: false as const, answer: answerFor(error, await getLocale(request))! };
}

/** Ends the request's session (if any) and returns the Set-Cookie header that clears the cookie. */
export async function signOutForRequest(request: Request, context: AppLoadContext) {
  const token = await readSessionToken(request, context);
  if (token) await inTransaction(context.services, (tx) => endSession(tx, token));
  return sessionCookie(context.services).serialize('', { maxAge: 0 });
}
