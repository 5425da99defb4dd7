// Password hashing with argon2id. The tests (NODE_ENV=test, and only then) use the cheapest
// parameters argon2 allows, so the suite does not spend its time hashing; a hash carries its own
// parameters, so verifying works whichever way a password was hashed.
import { hash, verify } from '@node-rs/argon2';

const cheapForTests = process.env.NODE_ENV === 'test' ? { memoryCost: 8, timeCost: 1, parallelism: 1 } : undefined;

export function hashPassword(password: string) {
  return hash(password, cheapForTests);
}

// Verifying against this when the account does not exist keeps the response time the same, so
// timing does not reveal which logins exist.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null | undefined, password: string) {
  dummyHash ??= hashPassword('not-a-real-password');
  return verify(storedHash ?? (await dummyHash), password);
}
