// Loan support (VBSP credit under Decision 22/2023/QĐ-TTg) and legal help with papers, kept by the
// person's counsellor: a case opens as "needed" and moves by the table in rules.ts; a granted loan
// records its amount in VND. One open case of each kind at a time.
import { and, eq, sql } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { supportCases, type SupportCase } from '#db/schema.ts';
import { recordCaseEvent, requireAfterRelease, touchLastContact } from '../../audit/case-events.server.ts';
import type { Actor } from '../../authorize.ts';
import { requireReturnee } from '../../caseload/access.server.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { isUuid } from '../../fields.ts';
import { requireCounsellor } from '../access.server.ts';
import { canMoveSupport, isSupportOpen, supportTransitions } from '../rules.ts';
import type { StartSupportInput, SupportChange } from '../schemas.ts';

export async function startSupportCase(tx: Executor, actor: Actor, input: StartSupportInput): Promise<SupportCase> {
  requireCounsellor(actor);
  const returnee = await requireReturnee(tx, actor, input.returneeId, 'update', `pipeline: ${input.kind} support`);
  // Serialise openings for this person, so two clicks cannot open two cases of one kind.
  await tx.execute(lockSupportOpenings(returnee.id));
  const existing = await tx
    .select({ status: supportCases.status })
    .from(supportCases)
    .where(and(eq(supportCases.returneeId, returnee.id), eq(supportCases.kind, input.kind)));
  if (existing.some((c) => isSupportOpen(input.kind, c.status))) throw new ConflictError('pipeline.conflict.support.open');
  const [created] = await tx
    .insert(supportCases)
    .values({ returneeId: returnee.id, kind: input.kind, status: 'needed', note: input.note ?? null })
    .returning();
  await recordCaseEvent(tx, actor, {
    returneeId: returnee.id,
    kind: input.kind,
    subjectId: created.id,
    toStatus: 'needed',
    details: input.note ? { note: input.note } : null,
  });
  await touchLastContact(tx, returnee.id);
  return created;
}

function lockSupportOpenings(returneeId: string) {
  return sql`select pg_advisory_xact_lock(hashtext(${`support:${returneeId}`}))`;
}

const conflictKeys: Partial<Record<SupportCase['status'], MessageKey>> = {
  eligible: 'pipeline.conflict.support.eligible',
  not_eligible: 'pipeline.conflict.support.eligible',
  referred_to_bank: 'pipeline.conflict.support.referred_to_bank',
  granted: 'pipeline.conflict.support.decided',
  refused: 'pipeline.conflict.support.decided',
  done: 'pipeline.conflict.support.done',
};

export async function changeSupportCase(tx: Executor, actor: Actor, supportCaseId: string, change: SupportChange): Promise<SupportCase> {
  requireCounsellor(actor);
  if (!isUuid(supportCaseId)) throw new NotFoundError();
  const [current] = await tx.select().from(supportCases).where(eq(supportCases.id, supportCaseId)).for('update');
  if (!current) throw new NotFoundError();
  const person = await requireReturnee(tx, actor, current.returneeId, 'update', `pipeline: ${current.kind} support ${change.status}`);
  // A loan is granted to a person who has come home.
  if (change.status === 'granted') requireAfterRelease(person, change.effectiveOn);
  if (!(change.status in supportTransitions[current.kind])) throw new ConflictError('pipeline.conflict.support.kind');
  if (!canMoveSupport(current.kind, current.status, change.status)) {
    throw new ConflictError(conflictKeys[change.status] ?? 'pipeline.conflict.support.kind');
  }
  const [updated] = await tx
    .update(supportCases)
    .set({
      status: change.status,
      ...(change.status === 'granted' ? { amountVnd: change.amountVnd } : {}),
      ...(change.note ? { note: change.note } : {}),
    })
    .where(and(eq(supportCases.id, current.id), eq(supportCases.status, current.status)))
    .returning();
  if (!updated) throw new ConflictError(conflictKeys[change.status] ?? 'pipeline.conflict.support.kind');
  await recordCaseEvent(tx, actor, {
    returneeId: current.returneeId,
    kind: current.kind,
    subjectId: current.id,
    fromStatus: current.status,
    toStatus: change.status,
    details: {
      ...(change.status === 'granted' ? { amountVnd: change.amountVnd } : {}),
      ...(change.note ? { note: change.note } : {}),
    },
    effectiveOn: change.effectiveOn,
  });
  await touchLastContact(tx, current.returneeId);
  return updated;
}
