// Reading enrolments: a person's training applications and courses, newest first; a course's
// requests and learners for its provider.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { selectTraining } from '#db/postings.ts';
import { caseEvents, enrolments, organisations, returnees, trainingSlots, users } from '#db/schema.ts';
import { authorize, type Actor } from '../../authorize.ts';
import { NotFoundError } from '../../errors.ts';
import { isUuid } from '../../fields.ts';
import { enrolmentTransitions, type EnrolmentStatus } from '../rules.ts';

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

/**
 * The enrolments among `ids` whose person the course's provider may know by name: the request for
 * the seat carried the person's consent (the words shown beside "ask for a seat", or read to them).
 */
export async function enrolmentsNamedToProvider(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ subjectId: caseEvents.subjectId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.kind, 'enrolment'),
        eq(caseEvents.toStatus, 'applied'),
        inArray(caseEvents.subjectId, [...ids]),
        sql`(${caseEvents.details} ->> 'consent')::boolean is true`,
      ),
    );
  return new Set(rows.flatMap((e) => (e.subjectId ? [e.subjectId] : [])));
}

export type CourseEnrolment = {
  id: string;
  status: EnrolmentStatus;
  updatedAt: string;
  /** Name and phone only where the person asked for the seat themself, agreeing to share them. */
  person: { name: string; phone: string | null } | null;
  next: readonly EnrolmentStatus[];
};

/**
 * A course's requests and learners, for a member of its provider (404 for another's course, 403 for
 * a role that provides none). Nothing about the person's past is selected.
 */
export async function courseEnrolments(db: Executor, actor: Actor, trainingSlotId: string) {
  if (!isUuid(trainingSlotId)) throw new NotFoundError();
  const [course] = await selectTraining(db, eq(trainingSlots.id, trainingSlotId));
  if (!course) throw new NotFoundError();
  authorize(actor, 'update:training', { organisationId: course.slot.organisationId });
  const rows = await db
    .select({ enrolment: enrolments, fullName: returnees.fullName, phone: returnees.phone, accountPhone: users.phone })
    .from(enrolments)
    .innerJoin(returnees, eq(returnees.id, enrolments.returneeId))
    .leftJoin(users, eq(users.id, returnees.userId))
    .where(eq(enrolments.trainingSlotId, course.slot.id))
    .orderBy(asc(enrolments.createdAt));
  const consented = await enrolmentsNamedToProvider(
    db,
    rows.map((r) => r.enrolment.id),
  );
  const entries: CourseEnrolment[] = rows.map(({ enrolment: e, fullName, phone, accountPhone }) => ({
    id: e.id,
    status: e.status,
    updatedAt: e.updatedAt.toISOString(),
    person: consented.has(e.id) ? { name: fullName, phone: phone ?? accountPhone } : null,
    next: enrolmentTransitions[e.status],
  }));
  return {
    course: { id: course.slot.id, title: course.slot.title, seats: course.slot.seats, seatsLeft: course.slot.seatsLeft },
    entries,
  };
}
