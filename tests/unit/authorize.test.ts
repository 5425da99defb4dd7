// The one authorisation path: scopes resolved against the record (own by user or organisation,
// province, any), 403 for a role that never may and 404 for a record outside one's scope — and the
// grants table kept honest: every permission a role is granted is checked somewhere in the code,
// and every permission the code checks is granted to someone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { authorize, authorizeAny, can, grantedPermissions, scopeFor, type Actor, type Subject } from '#app/services/authorize.ts';
import { ForbiddenError, NotFoundError } from '#app/services/errors.ts';

const counsellor: Subject = { id: 'c1', role: 'counsellor', provinceCode: '51' };
const employer: Subject = { id: 'e1', role: 'employer', provinceCode: null, organisationIds: ['org-1'] };
const returnee: Subject = { id: 'r1', role: 'returnee', provinceCode: null };

test('a province scope covers records of that province only', () => {
  expect(scopeFor(counsellor, 'read:returnee', { provinceCode: '51', userId: 'someone' })).toBe('province');
  expect(scopeFor(counsellor, 'read:returnee', { provinceCode: '24' })).toBeNull();
  expect(scopeFor({ ...counsellor, provinceCode: null }, 'read:returnee', { provinceCode: '51' })).toBeNull();
});

test('an own scope covers the user’s own record and their organisations’ records', () => {
  expect(scopeFor(returnee, 'read:returnee', { userId: 'r1', provinceCode: '51' })).toBe('own');
  expect(scopeFor(returnee, 'read:returnee', { userId: 'r2', provinceCode: '51' })).toBeNull();
  expect(scopeFor(employer, 'update:job', { organisationId: 'org-1' })).toBe('own');
  expect(scopeFor(employer, 'update:job', { organisationId: 'org-2' })).toBeNull();
});

test('an any scope covers everything; a permission named with a scope asks for that scope (or any)', () => {
  const administrator: Subject = { id: 'a1', role: 'administrator', provinceCode: null };
  expect(scopeFor(administrator, 'read:posting', { organisationId: 'whatever' })).toBe('any');
  expect(can(counsellor, 'read:returnee:province')).toBe(true);
  expect(can(counsellor, 'read:returnee:own')).toBe(false);
  expect(can(returnee, 'read:returnee:province')).toBe(false);
});

test('authorize: 403 when the role never may, 404 (or 403 where asked) when the record is outside the scope', () => {
  expect(() => authorize(employer, 'read:returnee', { provinceCode: '51' })).toThrow(ForbiddenError);
  expect(() => authorize(counsellor, 'read:returnee', { provinceCode: '24' })).toThrow(NotFoundError);
  expect(() => authorize(employer, 'update:job', { organisationId: 'org-2' }, { outOfScope: 'forbidden' })).toThrow(ForbiddenError);
  expect(authorize(counsellor, 'read:returnee', { provinceCode: '51' })).toBe('province');
  expect(() => authorizeAny(returnee, ['create:referral:province', 'create:application:own'])).not.toThrow();
  expect(() => authorizeAny(employer, ['create:referral:province', 'create:application:own'])).toThrow(ForbiddenError);
});

test('an actor carries what its scopes need', () => {
  const actor: Actor = {
    ...{ id: 'e1', email: 'e@x.vn', phone: null, passwordHash: '', fullName: 'E', role: 'employer', locale: 'vi', provinceCode: null },
    ...{ disabledAt: null, lastSignInAt: null, createdAt: new Date(), updatedAt: new Date() },
    organisationIds: ['org-1'],
    clientIp: '203.0.113.9',
  };
  expect(can(actor, 'update:job', { organisationId: 'org-1' })).toBe(true);
});

// ── Granted ⇔ checked ───────────────────────────────────────────────────────────────────────────

const root = path.resolve(import.meta.dirname, '../..');
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(root, file)).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Every permission string the code checks: in authorize/can calls, route guards, access rows and operation declarations. */
function checkedPermissions() {
  // The actions any role is granted (read, create, join, call…), so a new kind is looked for too.
  const actions = [...new Set(grantedPermissions.map((permission) => permission.split(':')[0]))].join('|');
  const pattern = new RegExp(`['"]((?:${actions}|delete):[a-z-]+(?::(?:own|province|any))?)['"]`, 'g');
  const found = new Map<string, string>();
  for (const file of [...sourceFiles('app'), ...sourceFiles('realtime')]) {
    if (file === path.join('app', 'services', 'authorize.ts')) continue; // where they are granted
    for (const [, permission] of readFileSync(path.join(root, file), 'utf8').matchAll(pattern)) found.set(permission, file);
  }
  return found;
}

test('every permission a role is granted is checked somewhere (a grant nothing checks is dead weight, or a missing check)', () => {
  const checked = [...checkedPermissions().keys()];
  const unchecked = grantedPermissions.filter((granted) => {
    const [action, entity] = granted.split(':');
    return !checked.includes(granted) && !checked.includes(`${action}:${entity}`);
  });
  expect(unchecked).toEqual([]);
});

test('every permission the code checks is granted to some role (else nobody could ever pass that check)', () => {
  const ungranted = [...checkedPermissions()].filter(([permission]) => {
    const [action, entity, scope] = permission.split(':');
    if (!scope) return !grantedPermissions.some((granted) => granted.startsWith(`${action}:${entity}:`));
    return !grantedPermissions.includes(permission as never) && !grantedPermissions.includes(`${action}:${entity}:any` as never);
  });
  expect(ungranted).toEqual([]);
});
