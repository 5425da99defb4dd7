// Who may do what: the one authorisation path for pages, the JSON API and socket handlers. Grants
// are permission strings `action:entity:scope`; `authorize` resolves the scope a role holds
// (own / province / any) against the record at hand. Pure (no database): the actor carries what
// the scopes need (their province and the organisations they belong to).
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Role } from '#db/enums.ts';
import type { User } from '#db/schema.ts';
import { ForbiddenError, NotFoundError } from './errors.ts';

export const scopes = ['own', 'province', 'any'] as const;
export type Scope = (typeof scopes)[number];

const grants = {
  administrator: [
    'read:user:any',
    'create:user:any',
    'update:user:any',
    'create:api-token:any',
    'read:posting:any',
    'read:indicator:any',
    'create:plan:any',
    'update:plan:any',
    'update:indicator-setting:any',
    'update:indicator-report:any',
  ],
  counsellor: [
    'read:returnee:province',
    'create:returnee:province',
    'update:returnee:province',
    'read:posting:any',
    'verify:organisation:province',
    'create:referral:province',
    'update:referral:province',
    'read:match:province',
    'read:candidate:province',
    'join:queue:province',
    'read:indicator:province',
    'update:indicator-report:province',
  ],
  employer: [
    'read:organisation:own',
    'update:organisation:own',
    'read:posting:own',
    'create:job:own',
    'update:job:own',
    'create:training:own',
    'update:training:own',
    'read:candidate:own',
    'create:introduction:own',
    'update:referral:own',
    'call:queue:own',
    'update:booth:own',
  ],
  returnee: ['read:returnee:own', 'update:returnee:own', 'create:application:own', 'read:match:own', 'join:queue:own'],
  organiser: [
    'read:posting:any',
    'update:fair:province',
    'join:queue:province',
    'read:indicator:province',
    'update:indicator-report:province',
  ],
} as const satisfies Record<Role, readonly string[]>;

/**
 * What a statistics API token holds, whatever its actor's role (it belongs to no user): the
 * indicators of its province, or of the country — nothing else, not even an account of its own.
 */
export const statisticsGrants = {
  province: ['read:indicator:province'],
  country: ['read:indicator:any'],
} as const satisfies Record<string, readonly Permission[]>;

/** Every signed-in person may read and change their own account (name, language, password). */
const everyone = ['read:account:own', 'update:account:own'] as const;

type Granted = (typeof grants)[Role][number] | (typeof everyone)[number];
type ActionEntityOf<P> = P extends `${infer A}:${infer E}:${string}` ? `${A}:${E}` : never;
/** What is done to what, without the scope: `update:job`. */
export type ActionEntity = ActionEntityOf<Granted>;
export type Permission = `${ActionEntity}:${Scope}`;

/** Every permission string some role holds (the access tests check each one is also checked somewhere). */
export const grantedPermissions: readonly Permission[] = [...new Set([...Object.values(grants).flat(), ...everyone])] as Permission[];

/** Who is acting: a signed-in user, with what their scopes are resolved against. */
export type Subject = {
  id: string;
  role: Role;
  provinceCode: string | null;
  /** The organisations the user is a member of (employers and training providers). */
  organisationIds?: readonly string[];
  /** Exactly what this actor holds, instead of its role's grants (a statistics API token: `statisticsGrants`). */
  only?: readonly Permission[];
};

/** The signed-in user a command or query acts for, with where the request came from (for the audit log). */
export type Actor = User & { organisationIds: readonly string[]; clientIp: string | null; only?: readonly Permission[] };

/** The record a permission is checked against: whose it is, which organisation's, which province's. */
export type Resource = { userId?: string | null; organisationId?: string | null; provinceCode?: string | null };

function held(subject: Pick<Subject, 'role' | 'only'>): readonly string[] {
  return subject.only ?? [...grants[subject.role], ...everyone];
}

function split(permission: ActionEntity | Permission): [ActionEntity, Scope | null] {
  const [action, entity, scope] = permission.split(':');
  return [`${action}:${entity}` as ActionEntity, (scope as Scope | undefined) ?? null];
}

function covers(subject: Subject, scope: Scope, resource: Resource | undefined) {
  if (scope === 'any' || resource === undefined) return true;
  if (scope === 'province') return subject.provinceCode !== null && resource.provinceCode === subject.provinceCode;
  if (resource.userId && resource.userId === subject.id) return true;
  return Boolean(resource.organisationId && subject.organisationIds?.includes(resource.organisationId));
}

/** The scopes of `permission` the role holds, widest first (a permission named with a scope: that scope, or `any`). */
export function heldScopes(subject: Pick<Subject, 'role' | 'only'>, permission: ActionEntity | Permission): Scope[] {
  const [actionEntity, wanted] = split(permission);
  const mine = held(subject);
  return [...scopes]
    .reverse()
    .filter((scope) => mine.includes(`${actionEntity}:${scope}`) && (wanted === null || scope === wanted || scope === 'any'));
}

/**
 * The scope under which `subject` may do `permission` to `resource` (to anything of that kind when
 * no resource is given), or null.
 */
export function scopeFor(subject: Subject, permission: ActionEntity | Permission, resource?: Resource): Scope | null {
  return heldScopes(subject, permission).find((scope) => covers(subject, scope, resource)) ?? null;
}

/** Whether `subject` may do `permission` (to `resource`, when given). Pages use it to choose what to offer. */
export function can(
  subject: Subject | Pick<Subject, 'role' | 'only'>,
  permission: ActionEntity | Permission,
  resource?: Resource,
): boolean {
  if (resource === undefined) return heldScopes(subject, permission).length > 0;
  return scopeFor(subject as Subject, permission, resource) !== null;
}

/**
 * The one authorisation check: returns the scope that allows it, or throws. A role that holds no
 * scope of `permission` gets ForbiddenError (403); one that holds it, but not over this record,
 * gets NotFoundError — a record outside one's scope looks exactly like a missing one — or
 * ForbiddenError with `outOfScope: 'forbidden'` where the record is public anyway (another
 * employer's open job).
 */
export function authorize(
  subject: Subject,
  permission: ActionEntity | Permission,
  resource?: Resource,
  options: { outOfScope?: 'forbidden' | MessageKey } = {},
): Scope {
  if (heldScopes(subject, permission).length === 0) throw new ForbiddenError(permission);
  const scope = scopeFor(subject, permission, resource);
  if (scope) return scope;
  if (options.outOfScope === 'forbidden') throw new ForbiddenError(permission);
  throw new NotFoundError(options.outOfScope);
}

/** For work several kinds of user do (a referral is started by a counsellor, the person or an employer): 403 unless the role holds one of them. */
export function authorizeAny(subject: Pick<Subject, 'role' | 'only'>, permissions: readonly (ActionEntity | Permission)[]) {
  if (!permissions.some((permission) => heldScopes(subject, permission).length > 0)) throw new ForbiddenError(permissions.join(' | '));
}
