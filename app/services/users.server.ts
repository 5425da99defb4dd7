// Account administration: creating accounts, assigning counsellors/organisers to a province,
// disabling and enabling. Every change is audited.
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '#db/client.ts';
import { provinces, roles, users, type Locale, type Role, type User } from '#db/schema.ts';
import { audit } from './audit.server.ts';
import { InputError } from './errors.server.ts';
import { endAllSessions, hashPassword, newPasswordSchema, normalizePhone } from './auth.server.ts';
import { provinceRoles, staffRoles } from './permissions.ts';

const provinceCode = z
  .string()
  .trim()
  .regex(/^\d{2}$/, 'validation.province.unknown')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const createStaffSchema = z
  .object({
    email: z.string({ error: 'validation.email.invalid' }).trim().toLowerCase().pipe(z.email('validation.email.invalid')),
    fullName: z
      .string({ error: 'validation.fullName.required' })
      .trim()
      .min(1, 'validation.fullName.required')
      .max(120, 'validation.fullName.tooLong'),
    role: z.enum(staffRoles, { error: 'validation.role.invalid' }),
    provinceCode,
    password: newPasswordSchema,
  })
  .superRefine((v, ctx) => {
    if (provinceRoles.includes(v.role) && !v.provinceCode) {
      ctx.addIssue({ code: 'custom', path: ['provinceCode'], message: 'validation.province.required' });
    }
  });

export type NewAccount = {
  email?: string | null;
  phone?: string | null;
  fullName: string;
  role: Role;
  password: string;
  provinceCode?: string | null;
  locale?: Locale;
};

/** Creates an account; throws InputError (message keys) on a taken login or unknown province. */
export async function createAccount(db: DbOrTx, input: NewAccount): Promise<User> {
  const email = input.email?.trim().toLowerCase() || null;
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) throw new InputError({ phone: 'validation.phone.invalid' });
  if (input.provinceCode) {
    const [found] = await db.select().from(provinces).where(eq(provinces.code, input.provinceCode));
    if (!found) throw new InputError({ provinceCode: 'validation.province.unknown' });
  }
  const taken = await db
    .select({ id: users.id })
    .from(users)
    .where(or(email ? eq(users.email, email) : undefined, phone ? eq(users.phone, phone) : undefined));
  if (taken.length > 0) throw new InputError(email ? { email: 'users.emailTaken' } : { phone: 'users.emailTaken' });
  const [user] = await db
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
    .returning();
  return user;
}

export async function createStaffAccount(db: Db, actor: User, input: z.output<typeof createStaffSchema>) {
  const user = await createAccount(db, input);
  await audit(db, {
    actorUserId: actor.id,
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    details: { role: user.role, provinceCode: user.provinceCode },
  });
  return user;
}

export const listUsersSchema = z.object({
  role: z.enum(roles).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const usersPageSize = 20;

export async function listUsers(db: Db, filter: z.output<typeof listUsersSchema>) {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.fullName, like), ilike(users.email, like), ilike(users.phone, like))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
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
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total, page: filter.page, pages: Math.max(1, Math.ceil(total / usersPageSize)) };
}

export async function setDisabled(db: Db, actor: User, userId: string, disabled: boolean) {
  if (disabled && actor.id === userId) throw new InputError({ userId: 'users.cannotDisableSelf' });
  const [user] = await db
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null })
    .where(eq(users.id, userId))
    .returning();
  if (!user) throw new InputError({ userId: 'users.notFound' });
  // A disabled account is signed out everywhere at once.
  if (disabled) await endAllSessions(db, userId);
  await audit(db, { actorUserId: actor.id, action: disabled ? 'disable' : 'enable', entityType: 'user', entityId: userId });
  return user;
}

export async function assignProvince(db: Db, actor: User, userId: string, code: string | null) {
  const [target] = await db.select().from(users).where(eq(users.id, userId));
  if (!target) throw new InputError({ userId: 'users.notFound' });
  if (provinceRoles.includes(target.role) && !code) {
    throw new InputError({ provinceCode: 'validation.province.required' });
  }
  if (code) {
    const [found] = await db.select().from(provinces).where(eq(provinces.code, code));
    if (!found) throw new InputError({ provinceCode: 'validation.province.unknown' });
  }
  const [user] = await db.update(users).set({ provinceCode: code }).where(eq(users.id, userId)).returning();
  await audit(db, {
    actorUserId: actor.id,
    action: 'assign_province',
    entityType: 'user',
    entityId: userId,
    details: { provinceCode: code },
  });
  return user;
}

export async function countUsersByRole(db: Db) {
  return db.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
}
