// Training enrolments: applied (by the person or their counsellor) → enrolled → completed →
// certified / dropped out, moved by the counsellor or by the course's provider. Enrolling takes a seat with a conditional update through the same
// executor (never below zero: two counsellors taking the last seat at once, one gets a 409), and
// the course's search document is refreshed through the outbox so "seats left" stays true.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { selectTraining } from '#db/postings.ts';
import { enrolments, returnees, trainingSlots, type Enrolment } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { enqueueSearchSync } from '#search/outbox.ts';
import { recordCaseEvent, requireAfterRelease, touchLastContact } from '../../audit/case-events.server.ts';
import type { Actor } from '../../authorize.ts';
import { requireReturnee, returneeOfUser } from '../../caseload/access.server.ts';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.ts';
import { isUuid } from '../../fields.ts';
import { pipelineActorOf, providesCourse, requireCounsellor } from '../access.server.ts';
import { seatConsentWording } from '../consent.ts';
import { canMoveEnrolment, type EnrolmentStatus, type StepContext } from '../rules.ts';
import type { EnrolmentChange, StartEnrolmentInput } from '../schemas.ts';

function slotDetails(slot: { id: string; title: string; provider: string }) {
  return { trainingSlotId: slot.id, title: slot.title, provider: slot.provider };
}

/** A course as an application for it names it. */
export type CourseForEnrolment = { id: string; title: string; provider: string; seatsLeft: number; isPublic: boolean };

/** A course by id with its provider's name, whether the public may see it, and its seats left (404 when there is none). */
export async function courseForEnrolment(tx: Executor, trainingSlotId: string): Promise<CourseForEnrolment> {
  if (!isUuid(trainingSlotId)) throw new NotFoundError('pipeline.training.notFound');
  const [row] = await selectTraining(tx, eq(trainingSlots.id, trainingSlotId));
  if (!row) throw new NotFoundError('pipeline.training.notFound');
  return { id: row.slot.id, title: row.slot.title, provider: row.organisation.name, seatsLeft: row.slot.seatsLeft, isPublic: row.isPublic };
}

/** The person (or their counsellor) applies for a public course that still has seats. */
export async function startEnrolment(
  tx: Executor,
  actor: Actor,
  input: StartEnrolmentInput,
  context: StepContext = {},
): Promise<{ enrolment: Enrolment; slot: { id: string; title: string; provider: string } }> {
  const who = pipelineActorOf(actor);
  if (who === 'employer') throw new ForbiddenError('create:application:own');
  const slot = await courseForEnrolment(tx, input.trainingSlotId);
  let returneeId: string;
  if (who === 'counsellor') {
    if (!input.returneeId) throw new InputError({ returneeId: 'pipeline.validation.returneeId' });
    returneeId = (await requireReturnee(tx, actor, input.returneeId, 'update', 'pipeline: training application')).id;
  } else {
    const own = await returneeOfUser(tx, actor.id);
    if (!own) throw new ConflictError('pipeline.me.noRecord');
    returneeId = own.id;
  }
  // The person asking for a seat themself agrees to the words shown beside the button: kept with the step.
  const consent = who === 'returnee' ? seatConsentWording(actor.locale, slot) : null;
  const enrolment = await applyForCourse(tx, actor, returneeId, slot, consent, context);
  if (who === 'counsellor') await touchLastContact(tx, returneeId);
  return { enrolment, slot: { id: slot.id, title: slot.title, provider: slot.provider } };
}

/**
 * An application for a seat on a public course that still has seats, for `returneeId` (the caller
 * has decided who may apply for the person), with the consent in the words shown or read to the
 * person when they gave it (`consentWording`; the provider then sees their name).
 */
export async function applyForCourse(
  tx: Executor,
  actor: Actor,
  returneeId: string,
  slot: CourseForEnrolment,
  consentWording: string | null,
  context: StepContext = {},
): Promise<Enrolment> {
  if (!slot.isPublic) throw new ConflictError('pipeline.training.notOpen');
  if (slot.seatsLeft <= 0) throw new ConflictError('pipeline.conflict.enrolment.noSeats');
  const [created] = await tx
    .insert(enrolments)
    .values({ returneeId, trainingSlotId: slot.id, status: 'applied' })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new ConflictError('pipeline.conflict.enrolment.exists');
  await recordCaseEvent(tx, actor, {
    returneeId,
    kind: 'enrolment',
    subjectId: created.id,
    toStatus: 'applied',
    details: { ...slotDetails(slot), ...(consentWording ? { consent: true as const, wording: consentWording } : {}) },
    fairId: context.fairId,
  });
  return created;
}

const conflictKeys: Record<EnrolmentStatus, MessageKey> = {
  applied: 'pipeline.conflict.enrolment.exists',
  enrolled: 'pipeline.conflict.enrolment.enrolled',
  completed: 'pipeline.conflict.enrolment.completed',
  certified: 'pipeline.conflict.enrolment.certified',
  dropped_out: 'pipeline.conflict.enrolment.dropped_out',
};

/**
 * The person's counsellor or the course's provider (a member of its organisation) moves an
 * enrolment. Enrolling takes a seat only if one is left (else 409); a course that has not started
 * (its start date after `today`) cannot be completed or certified (409); dropping out of it gives
 * the seat back.
 */
export async function changeEnrolment(
  tx: Executor,
  actor: Actor,
  enrolmentId: string,
  change: EnrolmentChange,
  today = vietnamDate(),
  context: StepContext = {},
) {
  const who = pipelineActorOf(actor);
  if (who === 'returnee') requireCounsellor(actor);
  if (!isUuid(enrolmentId)) throw new NotFoundError();
  const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, enrolmentId)).for('update');
  if (!enrolment) throw new NotFoundError();
  const [course] = await selectTraining(tx, eq(trainingSlots.id, enrolment.trainingSlotId));
  const slot = { id: course.slot.id, title: course.slot.title, provider: course.organisation.name, startDate: course.slot.startDate };
  const person =
    who === 'counsellor' ? await requireReturnee(tx, actor, enrolment.returneeId, 'update', `pipeline: enrolment ${change.status}`) : null;
  if (who !== 'counsellor' && !providesCourse(actor, course.slot)) throw new NotFoundError();
  if (!canMoveEnrolment(enrolment.status, change.status)) throw new ConflictError(conflictKeys[change.status]);
  // A course is finished (or certified) only once it has begun, and after the person came home.
  if (change.status === 'completed' || change.status === 'certified') {
    if (change.effectiveOn && slot.startDate !== null && change.effectiveOn < slot.startDate) {
      throw new InputError({ effectiveOn: 'validation.effectiveOn.beforeCourse' });
    }
    if (slot.startDate !== null && slot.startDate > (change.effectiveOn ?? today)) {
      throw new ConflictError('pipeline.conflict.enrolment.notStarted');
    }
    const [owner] = person ? [person] : await tx.select().from(returnees).where(eq(returnees.id, enrolment.returneeId));
    if (owner) requireAfterRelease(owner, change.effectiveOn);
  }

  let seatsLeft: number | null = null;
  if (change.status === 'enrolled') {
    const [taken] = await tx
      .update(trainingSlots)
      .set({ seatsLeft: sql`${trainingSlots.seatsLeft} - 1` })
      .where(and(eq(trainingSlots.id, slot.id), gt(trainingSlots.seatsLeft, 0)))
      .returning({ seatsLeft: trainingSlots.seatsLeft });
    if (!taken) throw new ConflictError('pipeline.conflict.enrolment.noSeats');
    seatsLeft = taken.seatsLeft;
    await enqueueSearchSync(tx, 'training', [slot.id]);
  }
  if (change.status === 'dropped_out' && enrolment.status === 'enrolled' && (slot.startDate === null || slot.startDate > today)) {
    const [freed] = await tx
      .update(trainingSlots)
      .set({ seatsLeft: sql`${trainingSlots.seatsLeft} + 1` })
      .where(and(eq(trainingSlots.id, slot.id), lt(trainingSlots.seatsLeft, trainingSlots.seats)))
      .returning({ seatsLeft: trainingSlots.seatsLeft });
    if (freed) {
      seatsLeft = freed.seatsLeft;
      await enqueueSearchSync(tx, 'training', [slot.id]);
    }
  }
  const [updated] = await tx
    .update(enrolments)
    .set({ status: change.status, reason: change.reason ?? enrolment.reason })
    .where(and(eq(enrolments.id, enrolment.id), eq(enrolments.status, enrolment.status)))
    .returning();
  if (!updated) throw new ConflictError(conflictKeys[change.status]);
  await recordCaseEvent(tx, actor, {
    returneeId: enrolment.returneeId,
    kind: 'enrolment',
    subjectId: enrolment.id,
    fromStatus: enrolment.status,
    toStatus: change.status,
    details: { ...slotDetails(slot), ...(change.reason ? { reason: change.reason } : {}) },
    fairId: context.fairId,
    effectiveOn: change.effectiveOn,
  });
  if (who === 'counsellor') await touchLastContact(tx, enrolment.returneeId);
  return { enrolment: updated, seatsLeft };
}
