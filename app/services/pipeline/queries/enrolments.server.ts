// Reading enrolments: a person's training applications and courses, newest first.
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { enrolments, organisations, trainingSlots } from '#db/schema.ts';
import type { EnrolmentStatus } from '../rules.ts';

export type PersonEnrolment = {
  id: string;
  status: EnrolmentStatus;
  trainingSlotId: string;
  title: string;
  provider: string;
  startDate: string | null;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A person's enrolments, newest first (callers check access). */
export async function enrolmentsOfReturnee(db: Executor, returneeId: string): Promise<PersonEnrolment[]> {
  const rows = await db
    .select({ enrolment: enrolments, title: trainingSlots.title, provider: organisations.name, startDate: trainingSlots.startDate })
    .from(enrolments)
    .innerJoin(trainingSlots, eq(trainingSlots.id, enrolments.trainingSlotId))
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .where(eq(enrolments.returneeId, returneeId))
    .orderBy(desc(enrolments.updatedAt));
  return rows.map(({ enrolment: e, title, provider, startDate }) => ({
    id: e.id,
    status: e.status,
    trainingSlotId: e.trainingSlotId,
    title,
    provider,
    startDate,
    reason: e.reason,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  }));
}
