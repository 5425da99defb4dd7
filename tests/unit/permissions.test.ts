// The role × permission matrix: what each role may and may not do.
import { expect, test } from 'vitest';
import { assertPermission, ForbiddenError, hasPermission, type Permission } from '#app/services/permissions.ts';
import { roles, type Role } from '#db/enums.ts';

const matrix: Record<Permission, Role[]> = {
  'read:user:any': ['administrator'],
  'create:user:any': ['administrator'],
  'update:user:any': ['administrator'],
  'create:api-token:any': ['administrator'],
  'read:audit:any': ['administrator'],
  'read:returnee:province': ['counsellor'],
  'create:returnee:province': ['counsellor'],
  'update:returnee:province': ['counsellor'],
  'read:returnee:own': ['returnee'],
  'update:returnee:own': ['returnee'],
  'verify:organisation:province': ['counsellor'],
  'read:organisation:own': ['employer', 'administrator'],
  'read:organisation:province': ['counsellor', 'administrator'],
  'create:job:own': ['employer'],
  'update:job:own': ['employer'],
  'create:training:own': ['employer'],
  'read:candidate:own': ['employer'],
  'create:application:own': ['returnee'],
  'create:referral:province': ['counsellor'],
  'create:fair:province': ['organiser'],
  'read:fair:province': ['organiser'],
  'read:indicator:province': ['counsellor', 'organiser', 'administrator'],
  'read:account:own': [...roles],
  'update:account:own': [...roles],
} as Record<Permission, Role[]>;

for (const [permission, allowed] of Object.entries(matrix) as [Permission, Role[]][]) {
  for (const role of roles) {
    const expected = allowed.includes(role);
    test(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
      expect(hasPermission({ role }, permission)).toBe(expected);
    });
  }
}

test('an `any` grant covers the narrower scopes, but a province grant does not cover `any`', () => {
  expect(hasPermission({ role: 'administrator' }, 'read:indicator:own' as Permission)).toBe(true);
  expect(hasPermission({ role: 'counsellor' }, 'read:indicator:any' as Permission)).toBe(false);
});

test('assertPermission throws a ForbiddenError naming the permission', () => {
  expect(() => assertPermission({ role: 'returnee' }, 'create:user:any')).toThrowError(ForbiddenError);
  expect(() => assertPermission({ role: 'administrator' }, 'create:user:any')).not.toThrow();
});
