// Password resets, the three ways: a counsellor resets the sign-in of a person of their caseload,
// an administrator resets a staff or employer account (both hand over a one-time code, shown once),
// and anyone with an e-mail sign-in asks for a single-use link by e-mail. Every reset replaces the
// password, ends the account's sessions and unused reset links, and is audited in the same
// transaction.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { translate } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { passwordResets, sessions, users, type User } from '#db/schema.ts';
import { writeAudit, type AuditActor } from '../audit/audit.server.ts';
import { recordCaseEvent } from '../audit/case-events.server.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { requireStaffAccess } from '../caseload/access.server.ts';
import { ConflictError, InputError, RateLimitedError } from '../errors.ts';
import type { Mail, Mailer } from './mail.server.ts';
import { hashPassword } from './passwords.server.ts';
import { checkLimit, recordHit } from './rate-limit.server.ts';
import { resetLinkMinutes, resetPerAddressLimit, resetPerIpLimit } from './rules.ts';
import { newToken, oneTimeCode, sha256 } from './tokens.server.ts';

/** Sets a new password and cuts off everything the old one opened: sessions and unused reset links. */
async function replacePassword(tx: Executor, userId: string, password: string) {
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, userId));
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  await tx
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

// ── Handed over in person ───────────────────────────────────────────────────────────────────────

/**
 * A counsellor resets the sign-in of a person of their province: a new one-time code replaces the
 * password (returned once, never stored in clear) and the person is signed out everywhere.
 */
export async function resetReturneeSignIn(tx: Executor, actor: Actor, returneeId: string) {
  const returnee = await requireStaffAccess(tx, actor, returneeId, 'update', 'reset sign-in');
  if (!returnee.userId) throw new ConflictError('reset.noAccount');
  const [account] = await tx.select({ id: users.id, phone: users.phone }).from(users).where(eq(users.id, returnee.userId)).for('update');
  if (!account) throw new ConflictError('reset.noAccount');
  const code = oneTimeCode();
  await replacePassword(tx, account.id, code);
  await writeAudit(tx, actor, {
    action: 'reset_password',
    entityType: 'user',
    entityId: account.id,
    reason: 'returnee sign-in',
    details: { returneeId, method: 'code' },
  });
  await recordCaseEvent(tx, actor, { returneeId, kind: 'account', subjectId: account.id, details: { method: 'code' } });
  return { userId: account.id, phone: account.phone, oneTimeCode: code };
}

/**
 * An administrator resets a staff or employer account. A person of a caseload gets a new sign-in
 * from their counsellor (who knows them), and an administrator's own password is changed by the
 * e-mail link, not here.
 */
export async function resetAccountPassword(tx: Executor, actor: Actor, input: { userId: string }) {
  authorize(actor, 'update:user');
  const [target] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
  if (!target) throw new InputError({ userId: 'users.notFound' });
  if (can(target, 'read:returnee:own')) throw new ConflictError('reset.returneeByCounsellor');
  if (target.id === actor.id) throw new ConflictError('reset.notSelf');
  const code = oneTimeCode();
  await replacePassword(tx, target.id, code);
  await writeAudit(tx, actor, { action: 'reset_password', entityType: 'user', entityId: target.id, details: { method: 'code' } });
  return { user: target, oneTimeCode: code };
}

// ── By e-mail ───────────────────────────────────────────────────────────────────────────────────

/**
 * Someone asks for a reset link for `email`. Limited per address and per client address whether
 * or not the account exists (429 past the limit); the link's token is returned only for an active
 * account signing in with that e-mail — the caller answers the same either way.
 */
export async function requestPasswordReset(
  tx: Executor,
  input: { email: string; clientIp: string },
): Promise<{ token: string; user: Pick<User, 'id' | 'email' | 'fullName' | 'locale'> } | null> {
  const limits = [
    { key: `reset:ip:${input.clientIp}`, limit: resetPerIpLimit },
    { key: `reset:address:${input.email}`, limit: resetPerAddressLimit },
  ];
  for (const { key, limit } of limits) {
    const state = await checkLimit(tx, key, limit);
    if (state.limited) throw new RateLimitedError(state.retryAfterSeconds);
  }
  for (const { key, limit } of limits) await recordHit(tx, key, limit);

  const [user] = await tx
    .select({ id: users.id, email: users.email, fullName: users.fullName, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, input.email), isNull(users.disabledAt)));
  if (!user) return null;
  const token = newToken();
  await tx.insert(passwordResets).values({
    userId: user.id,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + resetLinkMinutes * 60_000),
    requestedIp: input.clientIp,
  });
  await writeAudit(
    tx,
    { id: user.id, clientIp: input.clientIp },
    { action: 'request_password_reset', entityType: 'user', entityId: user.id },
  );
  return { token, user };
}

/** The e-mail carrying a reset link, in the account's language. */
export function resetMail(mailer: Pick<Mailer, 'publicUrl'>, user: Pick<User, 'email' | 'fullName' | 'locale'>, token: string): Mail {
  const link = `${mailer.publicUrl}/reset-password?${new URLSearchParams({ token })}`;
  const vars = { name: user.fullName, email: user.email ?? '', minutes: resetLinkMinutes, link };
  return {
    to: user.email ?? '',
    subject: translate(user.locale, 'reset.mail.subject'),
    text: translate(user.locale, 'reset.mail.body', vars),
  };
}

/** The unused, unexpired reset a link's token names (with its account), or null. */
export async function usableReset(executor: Executor, token: string, options: { lock?: boolean } = {}) {
  const query = executor
    .select({ id: passwordResets.id, userId: passwordResets.userId, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, sha256(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
        isNull(users.disabledAt),
      ),
    );
  const [row] = options.lock ? await query.for('update', { of: passwordResets }) : await query;
  return row ?? null;
}

/** Sets the password chosen through a reset link; the link then never works again. */
export async function resetPasswordWithToken(tx: Executor, input: { token: string; password: string; clientIp: string }) {
  const reset = await usableReset(tx, input.token, { lock: true });
  if (!reset) throw new ConflictError('reset.invalidLink');
  await replacePassword(tx, reset.userId, input.password);
  const actor: AuditActor = { id: reset.userId, clientIp: input.clientIp };
  await writeAudit(tx, actor, { action: 'reset_password', entityType: 'user', entityId: reset.userId, details: { method: 'email' } });
  return { userId: reset.userId, email: reset.email };
}
