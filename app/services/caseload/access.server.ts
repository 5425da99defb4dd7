// Who may see a returnee's record (DESIGN.md §3): a counsellor of the person's province, and the
// person themself — decided by `authorize` against the record — and every staff read or change
// written to the audit log, here, in one place.
import { eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { returnees, type Returnee } from '#db/schema.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, can, type Actor } from '../authorize.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { isUuid } from '../fields.ts';

export type ReturneeAccess = 'read' | 'update';

/** What a returnee's record is checked against: the person's own sign-in and their province. */
export function returneeResource(returnee: Pick<Returnee, 'userId' | 'provinceCode'>) {
  return { userId: returnee.userId, provinceCode: returnee.provinceCode };
}

/**
 * The returnee `returneeId` if `actor` may read (or change) it, else 404 — a record outside the
 * caller's scope looks exactly like a missing one — or 403 for a role that never may. Staff access
 * is audited with `purpose`.
 */
export async function requireReturnee(
  executor: Executor,
  actor: Actor,
  returneeId: string,
  access: ReturneeAccess,
  purpose: string,
): Promise<Returnee> {
  if (!isUuid(returneeId)) throw new NotFoundError();
  const [returnee] = await executor.select().from(returnees).where(eq(returnees.id, returneeId));
  if (!returnee) throw new NotFoundError();
  const scope = authorize(actor, access === 'read' ? 'read:returnee' : 'update:returnee', returneeResource(returnee));
  if (scope !== 'own')
    await writeAudit(executor, actor, { action: access, entityType: 'returnee', entityId: returnee.id, reason: purpose });
  return returnee;
}

/** Work only staff do on a record: a returnee gets 404 for another's record and 403 for their own. */
export async function requireStaffAccess(executor: Executor, actor: Actor, returneeId: string, access: ReturneeAccess, purpose: string) {
  const staff = access === 'read' ? 'read:returnee:province' : 'update:returnee:province';
  if (!can(actor, staff)) {
    await requireReturnee(executor, actor, returneeId, 'read', purpose);
    throw new ForbiddenError(staff);
  }
  return requireReturnee(executor, actor, returneeId, access, purpose);
}

/** The returnee record of a signed-in returnee (null until a counsellor links one). */
export async function returneeOfUser(executor: Executor, userId: string): Promise<Returnee | null> {
  const [returnee] = await executor.select().from(returnees).where(eq(returnees.userId, userId));
  return returnee ?? null;
}

/** The province a counsellor works in; a counsellor without one sees no caseload at all. */
export function counsellorProvince(actor: Actor): string {
  authorize(actor, 'read:returnee:province');
  if (!actor.provinceCode) throw new ForbiddenError('read:returnee:province');
  return actor.provinceCode;
}
