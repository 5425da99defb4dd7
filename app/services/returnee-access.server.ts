// Who may see a returnee's record (DESIGN.md §3): a counsellor of the person's province, and the
// person themself. Every staff read or change is written to the audit log here, in one place.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#db/client.ts';
import { returnees, type Returnee, type User } from '#db/schema.ts';
import { audit } from './audit.server.ts';
import { ForbiddenError, NotFoundError } from './errors.server.ts';
import { isUuid } from './fields.ts';
import { hasPermission } from './permissions.ts';

export type ReturneeAccess = 'read' | 'update';

/**
 * The returnee `returneeId` if `actor` may read (or change) it, else 404 — a record outside the
 * caller's scope looks exactly like a missing one. Staff access is audited with `purpose`.
 */
export async function requireReturnee(
  db: DbOrTx,
  actor: User,
  returneeId: string,
  access: ReturneeAccess,
  purpose: string,
): Promise<Returnee> {
  if (!isUuid(returneeId)) throw new NotFoundError();
  const [returnee] = await db.select().from(returnees).where(eq(returnees.id, returneeId));
  if (!returnee) throw new NotFoundError();
  if (actor.role === 'returnee') {
    if (returnee.userId !== actor.id) throw new NotFoundError();
    return returnee;
  }
  if (!hasPermission(actor, `${access}:returnee:province`)) throw new ForbiddenError(`${access}:returnee:province`);
  if (!actor.provinceCode || actor.provinceCode !== returnee.provinceCode) throw new NotFoundError();
  await audit(db, { actorUserId: actor.id, action: access, entityType: 'returnee', entityId: returnee.id, reason: purpose });
  return returnee;
}

/** The returnee record of a signed-in returnee (null until a counsellor links one). */
export async function returneeOfUser(db: DbOrTx, userId: string): Promise<Returnee | null> {
  const [returnee] = await db.select().from(returnees).where(eq(returnees.userId, userId));
  return returnee ?? null;
}

/** The province a counsellor works in; a counsellor without one sees no caseload at all. */
export function counsellorProvince(actor: User): string {
  if (!hasPermission(actor, 'read:returnee:province')) throw new ForbiddenError('read:returnee:province');
  if (!actor.provinceCode) throw new ForbiddenError('read:returnee:province');
  return actor.provinceCode;
}
