// The audit log (DESIGN.md §3): who read or changed what, when, why, and from which address. One
// helper writes one row or many in one statement, through the executor of the change it records,
// so an audit row exists exactly when its change does.
import type { Executor } from '#db/client.ts';
import { auditLog } from '#db/schema.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
};

/** Who is recorded as acting: a signed-in actor, or an account being created by its own registration. */
export type AuditActor = { id: string; clientIp: string | null };

export async function writeAudit(executor: Executor, actor: AuditActor, entries: AuditEntry | readonly AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  await executor.insert(auditLog).values(list.map((entry) => ({ ...entry, actorUserId: actor.id, ipAddress: actor.clientIp })));
}
