// What counts as a login: emails (lower-cased) and Vietnamese phone numbers in the usual spellings.
import { expect, test } from 'vitest';
import { parseLogin, signInSchema } from '#app/services/accounts/schemas.ts';
import { normalizePhone } from '#app/services/fields.ts';

test('phone numbers are normalised to 0xxxxxxxxx', () => {
  for (const input of ['0900000001', '090 000 0001', '090.000.0001', '+84900000001', '84 900 000 001']) {
    expect(normalizePhone(input)).toBe('0900000001');
  }
  expect(normalizePhone('12345')).toBeNull();
  expect(normalizePhone('09000000011')).toBeNull();
});

test('emails are case-insensitive', () => {
  expect(parseLogin('  CanBo@Demo.VN ')).toEqual({ email: 'canbo@demo.vn' });
  expect(parseLogin('not@valid')).toBeNull();
});

test('the sign-in schema reports each missing field with a message key', () => {
  const result = signInSchema.safeParse({ login: '', password: '' });
  expect(result.success).toBe(false);
  const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
  expect(messages).toEqual({ login: 'validation.login.required', password: 'validation.password.required' });
});
