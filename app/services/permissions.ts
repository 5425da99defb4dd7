// Who may do what. Permission strings read `action:entity:scope`; a role holding the `any` scope
// of an action also holds its narrower ones (`own`, `province`), which the caller then checks
// against the record. Shared by pages, the JSON API and socket handlers.
import type { Role } from '#db/enums.ts';

export const scopes = ['own', 'province', 'any'] as const;

/** Accounts an administrator creates (employers register themselves; returnees via a counsellor). */
export const staffRoles = ['administrator', 'counsellor', 'organiser'] as const satisfies readonly Role[];
/** Roles whose work is tied to one province. */
export const provinceRoles: readonly Role[] = ['counsellor', 'organiser'];
type Scope = (typeof scopes)[number];

const grants = {
  administrator: [
    'read:user:any',
    'create:user:any',
    'update:user:any',
    'create:api-token:any',
    'read:audit:any',
    'read:organisation:any',
    'read:indicator:any',
    'update:target:any',
  ],
  counsellor: [
    'read:returnee:province',
    'create:returnee:province',
    'update:returnee:province',
    'read:organisation:province',
    'verify:organisation:province',
    'create:referral:province',
    'update:referral:province',
    'read:match:province',
    'read:indicator:province',
  ],
  employer: [
    'read:organisation:own',
    'update:organisation:own',
    'create:job:own',
    'update:job:own',
    'create:training:own',
    'update:training:own',
    'read:candidate:own',
    'create:introduction:own',
    'update:referral:own',
    'read:match:own',
  ],
  returnee: ['read:returnee:own', 'update:returnee:own', 'create:application:own', 'read:match:own'],
  organiser: ['read:fair:province', 'create:fair:province', 'update:fair:province', 'read:indicator:province'],
} as const satisfies Record<Role, readonly string[]>;

/** Every signed-in person may read and change their own account (name, language, password). */
const everyone = ['read:account:own', 'update:account:own'] as const;

type Granted = (typeof grants)[Role][number] | (typeof everyone)[number];
type ActionEntity<P> = P extends `${infer A}:${infer E}:${string}` ? `${A}:${E}` : never;
export type Permission = `${ActionEntity<Granted>}:${Scope}`;

export function hasPermission(user: { role: Role }, permission: Permission): boolean {
  const [action, entity, scope] = permission.split(':') as [string, string, Scope];
  const held: readonly string[] = [...grants[user.role], ...everyone];
  return held.includes(`${action}:${entity}:${scope}`) || held.includes(`${action}:${entity}:any`);
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Missing permission ${permission}`);
    this.name = 'ForbiddenError';
  }
}

/** Throws ForbiddenError; the HTTP helpers and socket handlers turn it into 403 / an error ack. */
export function assertPermission(user: { role: Role }, permission: Permission) {
  if (!hasPermission(user, permission)) throw new ForbiddenError(permission);
}
