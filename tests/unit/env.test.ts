// Environment validation: defaults, and one clear message per bad or missing variable.
import { expect, test } from 'vitest';
import { EnvError, parseEnv } from '#server/env.ts';

function problems(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

test('with nothing set the embedded default applies', () => {
  const env = parseEnv({});
  expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: '.data', NODE_ENV: 'development' });
  expect(env.DATABASE_URL).toBeUndefined();
  expect(env.MEILI_URL).toBeUndefined();
});

test('empty values count as unset', () => {
  expect(parseEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
});

test('a bad port is named with the reason', () => {
  expect(problems({ PORT: 'abc' })).toEqual(['PORT must be a port number']);
  expect(problems({ PORT: '70000' })).toEqual(['PORT must be between 1 and 65535']);
});

test('DATABASE_URL must be a postgres URL', () => {
  expect(problems({ DATABASE_URL: 'mysql://localhost/x' })).toEqual(['DATABASE_URL must start with postgres:// or postgresql://']);
  expect(parseEnv({ DATABASE_URL: 'postgres://u:p@db:5432/app' }).DATABASE_URL).toBe('postgres://u:p@db:5432/app');
});

test('MEILI_URL and MEILI_MASTER_KEY go together', () => {
  expect(problems({ MEILI_URL: 'http://127.0.0.1:7700' })).toEqual(['MEILI_MASTER_KEY is required when MEILI_URL is set']);
  expect(problems({ MEILI_MASTER_KEY: 'a-long-enough-master-key' })).toEqual(['MEILI_URL is required when MEILI_MASTER_KEY is set']);
  expect(problems({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'short' })).toEqual([
    'MEILI_MASTER_KEY must be at least 16 characters',
  ]);
});

test('every problem is reported at once, not only the first', () => {
  expect(problems({ PORT: '0', NODE_ENV: 'staging', TRUSTED_ORIGINS: 'https://ok.vn,not-an-origin' })).toHaveLength(3);
});

test('demo data cannot be asked for in production', () => {
  expect(problems({ NODE_ENV: 'production', SEED_DEMO: '1' })).toEqual([
    'SEED_DEMO demo data is never loaded in production (NODE_ENV=production)',
  ]);
  expect(problems({ SEED_DEMO: 'maybe' })).toEqual(['SEED_DEMO use 1/0, true/false or yes/no']);
});

test('TRUSTED_ORIGINS is a comma-separated list of origins', () => {
  expect(parseEnv({ TRUSTED_ORIGINS: 'https://a.vn,https://b.vn' }).TRUSTED_ORIGINS).toEqual(['https://a.vn', 'https://b.vn']);
});

test('SMTP_URL must be an smtp(s) URL and needs PUBLIC_URL, where the reset links point', () => {
  expect(problems({ SMTP_URL: 'http://mail.example.vn', PUBLIC_URL: 'https://phiencho.example.vn' })).toEqual([
    'SMTP_URL must start with smtp:// or smtps://',
  ]);
  expect(problems({ SMTP_URL: 'smtps://u:p@mail.example.vn:465' })).toEqual([
    'PUBLIC_URL is required when SMTP_URL is set (the reset links in e-mails point to it)',
  ]);
  const env = parseEnv({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', PUBLIC_URL: 'https://phiencho.example.vn' });
  expect(env).toMatchObject({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', MAIL_FROM: 'no-reply@localhost' });
});
