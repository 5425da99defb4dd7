// Reading support cases: a person's loan and legal-help cases, newest first.
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { supportCases, type SupportCase } from '#db/schema.ts';

/** A support case as pages and the API show it. */
export function supportCaseView(c: SupportCase) {
  return {
    id: c.id,
    returneeId: c.returneeId,
    kind: c.kind,
    status: c.status,
    amountVnd: c.amountVnd,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** A person's loan and legal-help cases, newest first (callers check access). */
export async function supportCasesOfReturnee(db: Executor, returneeId: string) {
  const rows = await db.select().from(supportCases).where(eq(supportCases.returneeId, returneeId)).orderBy(desc(supportCases.createdAt));
  return rows.map(supportCaseView);
}
