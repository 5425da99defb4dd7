// A place in a booth's queue is an application in the pipeline (issue 11, ADR 005 §7): joining
// applies for the job or course chosen among those the booth shows — through the pipeline's own
// commands, in the fair command's transaction, with the consent in the words shown — and the
// outcome at the desk moves that same referral or enrolment. Every case event written carries the fair.
import { and, eq } from 'drizzle-orm';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { enrolments, fairBoothPostings, fairTickets, jobs, referrals, returnees, type Fair, type fairQueueEntries } from '#db/schema.ts';
import { parseVietnamDateTime } from '../fields.ts';
import { vietnamDate } from '#lib/dates.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { touchLastContact } from '../audit/case-events.server.ts';
import { can, type Actor } from '../authorize.ts';
import { requireReturnee } from '../caseload/access.server.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { jobForReferral } from '../pipeline/access.server.ts';
import { changeEnrolment, courseForEnrolment, applyForCourse, startEnrolment } from '../pipeline/commands/enrolments.server.ts';
import { applyForJob, changeReferral, startReferral } from '../pipeline/commands/referrals.server.ts';
import { applyConsentWording, referralConsentWording, seatConsentWording } from '../pipeline/consent.ts';
import type { ReferralStatus, StepContext } from '../pipeline/rules.ts';
import type { OutcomeInput } from './schemas.ts';

/** The job or the course a place is for: one the booth shows. */
export type PlacePosting = { jobId: string; trainingSlotId: null } | { jobId: null; trainingSlotId: string };

/**
 * Which of the booth's shown jobs and courses the person queues for. A booth that shows none takes
 * no queue (joining is applying for something); one not shown, or none chosen, is named on its field.
 */
export async function chosenPosting(
  tx: Executor,
  boothId: string,
  choice: { jobId?: string; trainingSlotId?: string },
): Promise<PlacePosting> {
  const shown = await tx
    .select({ jobId: fairBoothPostings.jobId, trainingSlotId: fairBoothPostings.trainingSlotId })
    .from(fairBoothPostings)
    .where(eq(fairBoothPostings.boothId, boothId));
  if (!shown.length) throw new ConflictError('fair.queue.noPostings');
  if (choice.jobId) {
    if (!shown.some((p) => p.jobId === choice.jobId)) throw new InputError({ jobId: 'fair.validation.postingNotShown' });
    return { jobId: choice.jobId, trainingSlotId: null };
  }
  if (choice.trainingSlotId) {
    if (!shown.some((p) => p.trainingSlotId === choice.trainingSlotId))
      throw new InputError({ trainingSlotId: 'fair.validation.postingNotShown' });
    return { jobId: null, trainingSlotId: choice.trainingSlotId };
  }
  throw new InputError({ jobId: 'fair.validation.postingRequired' });
}

/** Who queues the person: themself, their counsellor, or the fair's door (an organiser standing with them). */
export type Applicant = 'self' | 'counsellor' | 'door';

function applicantOf(actor: Actor, personUserId: string | null): Applicant {
  if (personUserId !== null && actor.id === personUserId) return 'self';
  return can(actor, 'create:referral:province') ? 'counsellor' : 'door';
}

/** Referrals a new place takes on as they are: the person is already applying or referred. */
const referralsUnderWay: readonly ReferralStatus[] = ['requested', 'referred', 'interview_scheduled', 'offered'];

type Named =
  { kind: 'job'; job: { title: string; organisationName: string } } | { kind: 'course'; course: { title: string; provider: string } };

/**
 * The consent an applicant is shown or read before joining a queue, as the pipeline records it: the
 * person applying themself reads `applyConsentWording`; their counsellor or the door reads them
 * `referralConsentWording`; for a course, everyone `seatConsentWording`.
 */
export function wordingFor(locale: Locale, applicant: Applicant, posting: Named) {
  if (posting.kind === 'course') return seatConsentWording(locale, posting.course);
  return applicant === 'self' ? applyConsentWording(locale, posting.job) : referralConsentWording(locale, posting.job);
}

function checkWording(shown: string, expected: string) {
  if (shown.trim() !== expected) throw new InputError({ consentWording: 'fair.validation.consentWording' });
}

/**
 * The consent wording a page shows (or a proxy reads out) before `actor` queues the ticket's person
 * for this job or course: exactly what joining checks and the pipeline records. Public names and
 * fixed words only (the ticket says whether the actor is the person or a proxy).
 */
export async function joinConsentWording(db: Executor, actor: Actor, input: { ticketId: string; jobId?: string; trainingSlotId?: string }) {
  const [person] = await db
    .select({ userId: returnees.userId })
    .from(fairTickets)
    .innerJoin(returnees, eq(returnees.id, fairTickets.returneeId))
    .where(eq(fairTickets.id, input.ticketId));
  if (!person) throw new NotFoundError('fair.ticket.notFound');
  const applicant = applicantOf(actor, person.userId);
  if (input.jobId) return wordingFor(actor.locale, applicant, { kind: 'job', job: await jobForReferral(db, input.jobId) });
  if (input.trainingSlotId)
    return wordingFor(actor.locale, applicant, { kind: 'course', course: await courseForEnrolment(db, input.trainingSlotId) });
  throw new InputError({ jobId: 'fair.validation.postingRequired' });
}

/**
 * Applies for the place's job or course, as the pipeline's own commands do, or takes on the open
 * referral or enrolment the person already has. The wording must be the consent the pipeline
 * records for this applicant (`wordingFor`). The counsellor's path is the pipeline's referral with
 * consent ("referred"); the door (not a pipeline actor) records the person's own application with
 * the words it read out to them.
 */
export async function applyAtBooth(
  tx: Executor,
  actor: Actor,
  fair: Fair,
  person: { returneeId: string; userId: string | null },
  posting: PlacePosting,
  consentWording: string,
): Promise<{ referralId: string | null; enrolmentId: string | null }> {
  const applicant = applicantOf(actor, person.userId);
  const context: StepContext = { fairId: fair.id };
  if (posting.jobId !== null) {
    const job = await jobForReferral(tx, posting.jobId);
    checkWording(consentWording, wordingFor(actor.locale, applicant, { kind: 'job', job }));
    const [existing] = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.returneeId, person.returneeId), eq(referrals.jobId, job.id)));
    if (existing && referralsUnderWay.includes(existing.status)) return { referralId: existing.id, enrolmentId: null };
    if (existing && (existing.status === 'hired' || existing.status === 'not_hired')) throw new ConflictError('fair.queue.referralEnded');
    if (applicant === 'self') {
      return { referralId: (await startReferral(tx, actor, { jobId: job.id }, context)).referral.id, enrolmentId: null };
    }
    if (applicant === 'counsellor') {
      if (!existing) {
        const started = await startReferral(tx, actor, { jobId: job.id, returneeId: person.returneeId, consent: true }, context);
        return { referralId: started.referral.id, enrolmentId: null };
      }
      // Only the person takes back their own withdrawal (themself, or at the door).
      if (existing.status === 'withdrawn') throw new ConflictError('fair.queue.withdrawn');
      return {
        referralId: (await changeReferral(tx, actor, existing.id, { status: 'referred', consent: true }, context)).referral.id,
        enrolmentId: null,
      };
    }
    await auditDoor(tx, actor, person.returneeId);
    return {
      referralId: (await applyForJob(tx, actor, person.returneeId, job, consentWording.trim(), context)).referral.id,
      enrolmentId: null,
    };
  }

  const course = await courseForEnrolment(tx, posting.trainingSlotId);
  checkWording(consentWording, wordingFor(actor.locale, applicant, { kind: 'course', course }));
  const [existing] = await tx
    .select({ id: enrolments.id, status: enrolments.status })
    .from(enrolments)
    .where(and(eq(enrolments.returneeId, person.returneeId), eq(enrolments.trainingSlotId, course.id)));
  if (existing) {
    if (existing.status === 'applied' || existing.status === 'enrolled') return { referralId: null, enrolmentId: existing.id };
    throw new ConflictError('fair.queue.enrolmentEnded');
  }
  if (applicant === 'self') {
    return { referralId: null, enrolmentId: (await startEnrolment(tx, actor, { trainingSlotId: course.id }, context)).enrolment.id };
  }
  // A proxy read the person the same words the person would have read: their consent is recorded alike.
  if (applicant === 'counsellor') await requireReturnee(tx, actor, person.returneeId, 'update', 'fair: asked for a seat by proxy');
  else await auditDoor(tx, actor, person.returneeId);
  const enrolment = await applyForCourse(tx, actor, person.returneeId, course, consentWording.trim(), context);
  if (applicant === 'counsellor') await touchLastContact(tx, person.returneeId);
  return { referralId: null, enrolmentId: enrolment.id };
}

/** The door acts on a person's record without a counsellor's access: the audit log keeps that it did. */
function auditDoor(tx: Executor, actor: Actor, returneeId: string) {
  return writeAudit(tx, actor, { action: 'update', entityType: 'returnee', entityId: returneeId, reason: 'fair: applied at the door' });
}

/** The defaults of a hire on the spot: a probation contract starting today. */
export const defaultHireContract = 'probation' as const;

/** A second interview with no time given: the next day at 08:00 in Vietnam (the employer may move it). */
export function defaultSecondInterviewAt(now = Date.now()) {
  return parseVietnamDateTime(`${vietnamDate(1, now)}T08:00`)!;
}

type Place = typeof fairQueueEntries.$inferSelect;

/**
 * Moves the place's referral or enrolment as the desk's outcome says, through the pipeline's own
 * commands (its rules apply: a hire needs an offer first, a start date not before the release, a
 * seat left on the course). A job's place: not suitable → not hired (with the reason); second
 * interview → interview scheduled; offer made → offered; hired → offered if not yet, then hired
 * (placement). A course's place: enrolled → enrolled (takes a seat); not suitable or a second
 * meeting leave the application for a seat as it is. Enrolled at a job, or an offer or hire for a
 * course, is refused on the outcome's field.
 */
export async function outcomeInPipeline(tx: Executor, actor: Actor, fair: Fair, place: Place, input: OutcomeInput) {
  const context: StepContext = { fairId: fair.id };
  if (place.jobId) {
    if (input.outcome === 'enrolled') throw new InputError({ outcome: 'fair.validation.outcomeEnrolledAtJob' });
    if (!place.referralId) return;
    const id = place.referralId;
    if (input.outcome === 'not_suitable') {
      const reason = input.reason ?? translate(actor.locale, 'fair.outcome.notSuitableReason');
      await changeReferral(tx, actor, id, { status: 'not_hired', reason }, context);
    } else if (input.outcome === 'second_interview') {
      await changeReferral(
        tx,
        actor,
        id,
        { status: 'interview_scheduled', interviewAt: input.interviewAt ?? defaultSecondInterviewAt() },
        context,
      );
    } else if (input.outcome === 'offer_made') {
      await changeReferral(tx, actor, id, { status: 'offered' }, context);
    } else {
      const [job] = await tx.select({ wageMin: jobs.wageMin }).from(jobs).where(eq(jobs.id, place.jobId));
      const wageVnd = input.wageVnd ?? job.wageMin;
      // The job's lowest wage is the default; a job that names none (0) needs it typed in.
      if (wageVnd < 100_000) throw new InputError({ wageVnd: 'pipeline.validation.wage' });
      const [referral] = await tx.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, id));
      if (referral.status !== 'offered') await changeReferral(tx, actor, id, { status: 'offered' }, context);
      await changeReferral(
        tx,
        actor,
        id,
        { status: 'hired', startDate: input.startDate ?? vietnamDate(), wageVnd, contractType: input.contractType ?? defaultHireContract },
        context,
      );
    }
    return;
  }
  if (place.trainingSlotId) {
    if (input.outcome === 'offer_made' || input.outcome === 'hired')
      throw new InputError({ outcome: 'fair.validation.outcomeJobAtCourse' });
    if (input.outcome === 'enrolled' && place.enrolmentId) {
      await changeEnrolment(tx, actor, place.enrolmentId, { status: 'enrolled' }, vietnamDate(), context);
    }
  }
}
