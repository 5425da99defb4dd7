// Environment variables, parsed once at boot with zod so a bad value stops the app with a clear
// message naming the variable, instead of failing later in some request.
import { z } from 'zod';
import type { AppSettings } from '#app/adapters/context.server.ts';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], {
    error: 'use 1/0, true/false or yes/no',
  })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const postgresUrl = z
  .url({ error: 'must be a URL such as postgres://user:password@host:5432/dbname' })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const httpUrl = z
  .url({ error: 'must be a URL such as http://127.0.0.1:7700' })
  .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://');

const origin = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^/]+$/.test(v), 'each origin must look like https://example.vn (no path)');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
    HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
    DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data'),
    DATABASE_URL: postgresUrl.optional(),
    MEILI_URL: httpUrl.optional(),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    SEED_DEMO: flag.optional(),
    TRUST_PROXY: flag.default(false),
    /** A placement still active after this many months counts as a stable job (indicators). */
    STABLE_JOB_MONTHS: z.coerce
      .number({ error: 'must be a number of months' })
      .int('must be a whole number of months')
      .min(1, 'must be between 1 and 24')
      .max(24, 'must be between 1 and 24')
      .default(6),
    TRUSTED_ORIGINS: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').filter((s) => s.trim() !== '') : []))
      .pipe(z.array(origin)),
    /** A mail server for self-service password resets (smtp:// or smtps://, with user:password@ if it needs them). */
    SMTP_URL: z
      .url({ error: 'must be a URL such as smtps://user:password@mail.example.vn:465' })
      .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
      .optional(),
    /** The sender of those e-mails. */
    MAIL_FROM: z.string().trim().min(3, 'must be an address such as "Phiên chợ <no-reply@example.vn>"').default('no-reply@localhost'),
    /** The app's address as people reach it (links in e-mails point here). */
    PUBLIC_URL: httpUrl.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_MASTER_KEY'],
        message: 'is required when MEILI_URL is set',
      });
    }
    if (env.MEILI_MASTER_KEY && !env.MEILI_URL) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'is required when MEILI_MASTER_KEY is set' });
    }
    if (env.SMTP_URL && !env.PUBLIC_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'is required when SMTP_URL is set (the reset links in e-mails point to it)',
      });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO'],
        message: 'demo data is never loaded in production (NODE_ENV=production)',
      });
    }
  });

export type Env = z.output<typeof envSchema>;
/** The app's settings (app/adapters/context.server.ts) are a part of these. */
export type AppEnv = Env extends AppSettings ? Env : never;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Empty strings count as unset, as most shells and .env files mean them. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
}
