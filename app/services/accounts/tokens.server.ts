// Random secrets (session and API tokens) and the hash under which they are stored: a leaked table
// holds nothing that signs anyone in.
import { createHash, randomBytes } from 'node:crypto';

export function sha256(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(prefix = '') {
  return prefix + randomBytes(32).toString('base64url');
}
