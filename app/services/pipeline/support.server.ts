// Loan support (VBSP credit under Decision 22/2023/QĐ-TTg) and legal help with papers, kept by the
// person's counsellor: a case opens as "needed" and moves by the table in pipeline-rules.ts; a
// granted loan records its amount in VND. One open case of each kind at a time.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Db, DbOrTx } from '#db/client.ts';
import { supportCases, type SupportCase, type User } from '#db/schema.ts';
import { recordCaseEvent, touchLastContact } from '../case-events.server.ts';
import { ConflictError, NotFoundError } from '../errors.server.ts';
import { isUuid } from '../fields.ts';
import { canMoveSupport, isSupportOpen, supportTransitions } from '../pipeline-rules.ts';
import { requireReturnee } from '../returnee-access.server.ts';
import { requireCounsellor } from './access.server.ts';
import type { StartSupportInput, SupportChange } from './schemas.ts';

export async function startSupportCase(db: Db, actor: User, input: StartSupportInput): Promise<SupportCase> {
  requireCounsellor(actor);
  return db.transaction(async (tx) => {
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
    await recordCaseEvent(tx, {
      returneeId: returnee.id,
      actorUserId: actor.id,
      kind: input.kind,
      subjectId: created.id,
      toStatus: 'needed',
      details: input.note ? { note: input.note } : null,
    });
    await touchLastContact(tx, returnee.id);
    return created;
  });
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

export async function changeSupportCase(db: Db, actor: User, supportCaseId: string, change: SupportChange): Promise<SupportCase> {
  requireCounsellor(actor);
  if (!isUuid(supportCaseId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(supportCases).where(eq(supportCases.id, supportCaseId)).for('update');
    if (!current) throw new NotFoundError();
    await requireReturnee(tx, actor, current.returneeId, 'update', `pipeline: ${current.kind} support ${change.status}`);
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
    await recordCaseEvent(tx, {
      returneeId: current.returneeId,
      actorUserId: actor.id,
      kind: current.kind,
      subjectId: current.id,
      fromStatus: current.status,
      toStatus: change.status,
      details: {
        ...(change.status === 'granted' ? { amountVnd: change.amountVnd } : {}),
        ...(change.note ? { note: change.note } : {}),
      },
    });
    await touchLastContact(tx, current.returneeId);
    return updated;
  });
}

/** A person's loan and legal-help cases, newest first (callers check access). */
export async function supportCasesOfReturnee(db: DbOrTx, returneeId: string) {
  const rows = await db.select().from(supportCases).where(eq(supportCases.returneeId, returneeId)).orderBy(desc(supportCases.createdAt));
  return rows.map((c) => ({
    id: c.id,
    kind: c.kind,
    status: c.status,
    amountVnd: c.amountVnd,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  }));
}
