// Random secrets (session and API tokens, reset links, one-time sign-in codes) and the hash under
// which they are stored: a leaked table holds nothing that signs anyone in.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function sha256(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(prefix = '') {
  return prefix + randomBytes(32).toString('base64url');
}

/** Eight digits a member of staff hands over in person; it becomes the password, stored only as a hash. */
export function oneTimeCode() {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}
