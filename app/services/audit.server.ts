// The audit log: who read or changed what, when and why (DESIGN.md §3). One call per event.
import type { Executor } from '#db/client.ts';
import { auditLog, type AuditEntry } from '#db/schema.ts';

export async function audit(db: Executor, entry: AuditEntry) {
  await db.insert(auditLog).values(entry);
}
