// Input shapes of accounts and sessions (zod, messages as keys): sign-in with an email or a phone
// number, passwords, staff accounts an administrator creates, the user list's filter, API tokens.
import { z } from 'zod';
import { roles } from '#db/schema.ts';
import { normalizePhone, optionalEnum, optionalText, optionalWholeNumber, text, withRules } from '../fields.ts';
import { provinceRoles, staffRoles } from './rules.ts';

export type LoginId = { email: string } | { phone: string };

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
export type SignInInput = z.output<typeof signInSchema>;

const provinceCode = z
  .string()
  .trim()
  .regex(/^\d{2}$/, 'validation.province.unknown')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const createStaffSchema = withRules(
  z.object({
    email: z.string({ error: 'validation.email.invalid' }).trim().toLowerCase().pipe(z.email('validation.email.invalid')),
    fullName: text('validation.fullName.required').min(1, 'validation.fullName.required').max(120, 'validation.fullName.tooLong'),
    role: z.enum(staffRoles, { error: 'validation.role.invalid' }),
    provinceCode,
    password: newPasswordSchema,
  }),
  (v) =>
    v.role && provinceRoles.includes(v.role) && !v.provinceCode ? [{ path: 'provinceCode', message: 'validation.province.required' }] : [],
);
export type CreateStaffInput = z.output<typeof createStaffSchema>;

export const assignProvinceSchema = z.object({
  userId: z.uuid('validation.user.required'),
  provinceCode: provinceCode.transform((v) => v ?? null),
});

export const setDisabledSchema = z.object({
  userId: z.uuid('validation.user.required'),
  disabled: z.boolean({ error: 'validation.flag' }),
});

/** The user list's filter: a field that does not parse is marked, the others still apply (parseFilter). */
export const listUsersSchema = z.object({
  role: optionalEnum(roles, 'users.validation.role'),
  q: optionalText(100, 'users.validation.search'),
  page: optionalWholeNumber(1, 500, 'validation.page').transform((page) => page ?? 1),
});

export const createApiTokenSchema = z.object({
  userId: z.uuid('validation.user.required'),
  name: text('validation.tokenName.required').min(1, 'validation.tokenName.required').max(100, 'validation.tokenName.required'),
});

/** A statistics token: a name, and its area — the country, or a province (2 digits). */
export const createStatisticsTokenSchema = z.object({
  name: text('validation.tokenName.required').min(1, 'validation.tokenName.required').max(100, 'validation.tokenName.required'),
  area: z
    .string({ error: 'tokens.validation.area' })
    .trim()
    .regex(/^(country|\d{2})$/, 'tokens.validation.area')
    .transform((area) => (area === 'country' ? null : area)),
});

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid('validation.invalid') });

export const localeSchema = z.object({ locale: z.enum(['vi', 'en'], { error: 'validation.locale.invalid' }) });

/** An administrator resets a staff or employer account's password (a one-time code is made). */
export const resetAccountSchema = z.object({ userId: z.uuid('validation.user.required') });

/** "Forgot password": the e-mail address an account signs in with. */
export const forgotPasswordSchema = z.object({
  email: z
    .string({ error: 'validation.email.invalid' })
    .trim()
    .toLowerCase()
    .max(200, 'validation.email.invalid')
    .pipe(z.email('validation.email.invalid')),
});

/** A new password chosen through a reset link, typed twice. */
export const resetPasswordSchema = z
  .object({
    token: z.string({ error: 'reset.invalidLink' }).min(20, 'reset.invalidLink').max(200, 'reset.invalidLink'),
    password: newPasswordSchema,
    confirm: z.string({ error: 'reset.confirmMismatch' }),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'reset.confirmMismatch' });
  });
