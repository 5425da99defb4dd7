// The person's timeline: one dated, attributed row per step of every process. Written in the same
// transaction as the change it records, so the timeline and the state never disagree.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#db/client.ts';
import { caseEvents, returnees, type CaseEvent } from '#db/schema.ts';

export async function recordCaseEvent(tx: DbOrTx, event: CaseEvent) {
  await tx.insert(caseEvents).values(event);
}

/** A counsellor's contact with the person (a note, a referral, a follow-up) moves "last contact". */
export async function touchLastContact(tx: DbOrTx, returneeId: string, at = new Date()) {
  await tx.update(returnees).set({ lastContactAt: at }).where(eq(returnees.id, returneeId));
}
