// Whom a person of a caseload can go to or call: the job centre of their province (name, address,
// phone, e-mail, opening hours) and their own counsellor (name, phone, e-mail). Shown on the
// person's own pages wherever they are told to go to the job centre or wait for their counsellor.
import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '#db/client.ts';
import { jobCentres, returnees, users } from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';

export type JobCentreContact = {
  centre: { name: string; address: string; phone: string; email: string | null; openingHours: string | null } | null;
  counsellor: { fullName: string; phone: string | null; email: string | null } | null;
};

/** The signed-in person's job centre and counsellor, or null when no record is linked to their account yet. */
export async function ownJobCentreContact(executor: Executor, actor: Actor): Promise<JobCentreContact | null> {
  authorize(actor, 'read:returnee:own');
  const counsellor = alias(users, 'counsellor');
  const [row] = await executor
    .select({
      centreName: jobCentres.name,
      centreAddress: jobCentres.address,
      centrePhone: jobCentres.phone,
      centreEmail: jobCentres.email,
      openingHours: jobCentres.openingHours,
      counsellorName: counsellor.fullName,
      counsellorPhone: counsellor.phone,
      counsellorEmail: counsellor.email,
    })
    .from(returnees)
    .leftJoin(jobCentres, eq(jobCentres.provinceCode, returnees.provinceCode))
    // A counsellor whose account was closed is no longer someone to call.
    .leftJoin(counsellor, and(eq(counsellor.id, returnees.counsellorId), isNull(counsellor.disabledAt)))
    .where(eq(returnees.userId, actor.id));
  if (!row) return null;
  return {
    centre:
      row.centreName !== null && row.centreAddress !== null && row.centrePhone !== null
        ? {
            name: row.centreName,
            address: row.centreAddress,
            phone: row.centrePhone,
            email: row.centreEmail,
            openingHours: row.openingHours,
          }
        : null,
    counsellor:
      row.counsellorName !== null ? { fullName: row.counsellorName, phone: row.counsellorPhone, email: row.counsellorEmail } : null,
  };
}
