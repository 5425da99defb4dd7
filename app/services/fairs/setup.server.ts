// Setting a fair up and running it (docs/decisions/005-live-fairs.md): an organiser creates it in
// their province, invites verified employers and training providers (who accept with their booth's
// staff and what it shows, or decline) and moves it through registration, live, paused and ended;
// people get tickets (registering themselves, or by their counsellor) with a short code.
import { randomInt } from 'node:crypto';
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { MessageKey } from '#app/i18n/messages.ts';
import {
  fairBoothPostings,
  fairBooths,
  fairBoothStaff,
  fairs,
  fairTickets,
  jobs,
  memberships,
  organisations,
  trainingSlots,
} from '#db/schema.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { requireReturnee, returneeOfUser } from '../caseload/access.server.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { noteFactsChanged } from '../indicators/facts-store.server.ts';
import { checkCodes, placeErrors } from '../reference/queries.server.ts';
import { fairCommand } from './events.server.ts';
import { registrationOpen, statusMoves, ticketAlphabet, ticketCodeLength } from './rules.ts';
import type { AnnounceInput, AnswerInvitationInput, CreateFairInput, FairStatusInput, InviteBoothInput, RegisterInput } from './schemas.ts';

/** A new fair in the organiser's province (a draft until registration opens); its log starts here. */
export async function createFair(tx: Executor, actor: Actor, input: CreateFairInput) {
  authorize(actor, 'update:fair:province', { provinceCode: actor.provinceCode });
  const provinceCode = actor.provinceCode!;
  if (input.communeCode) {
    const errors = placeErrors(await checkCodes(tx, { provinceCode, communeCode: input.communeCode }), input.communeCode);
    if (Object.keys(errors).length) throw new InputError(errors);
  }
  const [fair] = await tx
    .insert(fairs)
    .values({
      name: input.name,
      kind: input.kind,
      provinceCode,
      communeCode: input.kind === 'online' ? null : (input.communeCode ?? null),
      venueAddress: input.kind === 'online' ? null : (input.venueAddress ?? null),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity ?? null,
      createdByUserId: actor.id,
    })
    .returning();
  await writeAudit(tx, actor, { action: 'create', entityType: 'fair', entityId: fair.id });
  await fairCommand(tx, actor, fair.id, `create:${fair.id}`, async () => ({
    answer: null,
    event: { type: 'fair:created', payload: { name: fair.name, kind: fair.kind, startsAt: fair.startsAt.toISOString() } },
  }));
  return fair;
}

/** Opens registration, starts, pauses, resumes or ends the fair; a move the fair cannot make is a conflict. */
export async function setFairStatus(tx: Executor, actor: Actor, input: FairStatusInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (!statusMoves[fair.status].includes(input.status)) throw new ConflictError('fair.status.move');
    await tx.update(fairs).set({ status: input.status }).where(eq(fairs.id, fair.id));
    await writeAudit(tx, actor, { action: 'update', entityType: 'fair', entityId: fair.id, details: { status: input.status } });
    return { answer: { status: input.status }, event: { type: 'fair:status', payload: { from: fair.status, to: input.status } } };
  });
}

function ticketCode() {
  return Array.from({ length: ticketCodeLength }, () => ticketAlphabet[randomInt(ticketAlphabet.length)]).join('');
}

/** A ticket code not yet used at the fair (inside a fair command: they run one at a time, so it stays free until commit). */
export async function freeTicketCode(tx: Executor, fairId: string) {
  let code = ticketCode();
  while (
    (
      await tx
        .select({ id: fairTickets.id })
        .from(fairTickets)
        .where(and(eq(fairTickets.fairId, fairId), eq(fairTickets.code, code)))
    ).length
  )
    code = ticketCode();
  return code;
}

/**
 * A ticket to the fair: the person registers themself, or their counsellor registers them (one
 * ticket each; a second registration is a conflict). The code is unique within the fair.
 */
export async function registerForFair(tx: Executor, actor: Actor, input: RegisterInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    let returneeId: string;
    if (input.returneeId) {
      const person = await requireReturnee(tx, actor, input.returneeId, 'update', 'fair: registration');
      authorize(actor, 'join:queue:province', { provinceCode: fair.provinceCode });
      returneeId = person.id;
    } else {
      authorize(actor, 'join:queue:own', { userId: actor.id });
      const own = await returneeOfUser(tx, actor.id);
      if (!own) throw new ConflictError('pipeline.me.noRecord');
      returneeId = own.id;
    }
    if (!registrationOpen.includes(fair.status)) throw new ConflictError('fair.registration.closed');
    const [already] = await tx
      .select({ id: fairTickets.id })
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.returneeId, returneeId)));
    if (already) throw new ConflictError('fair.registration.already');
    const code = await freeTicketCode(tx, fair.id);
    const [ticket] = await tx.insert(fairTickets).values({ fairId: fair.id, returneeId, code, registeredByUserId: actor.id }).returning();
    // A ticket is one of the person's indicator facts (the fairs they had a ticket for).
    await noteFactsChanged(tx, returneeId);
    return {
      answer: { ticketId: ticket.id, code: ticket.code },
      event: { type: 'ticket:registered', ticketId: ticket.id, payload: { proxy: Boolean(input.returneeId) } },
    };
  });
}

/** The organiser invites a verified organisation; its booth takes the next number. */
export async function inviteBooth(tx: Executor, actor: Actor, input: InviteBoothInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (fair.status === 'ended') throw new ConflictError('fair.ended');
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!organisation) throw new NotFoundError('fair.booth.notFound');
    if (organisation.verificationStatus !== 'verified') throw new ConflictError('fair.booth.unverified');
    const [taken] = await tx
      .select({ id: fairBooths.id })
      .from(fairBooths)
      .where(and(eq(fairBooths.fairId, fair.id), eq(fairBooths.organisationId, organisation.id)));
    if (taken) throw new ConflictError('fair.booth.already');
    const [{ last }] = await tx
      .select({ last: max(fairBooths.number) })
      .from(fairBooths)
      .where(eq(fairBooths.fairId, fair.id));
    const [booth] = await tx
      .insert(fairBooths)
      .values({ fairId: fair.id, organisationId: organisation.id, number: (last ?? 0) + 1 })
      .returning();
    return {
      answer: { boothId: booth.id, number: booth.number },
      event: { type: 'booth:invited', boothId: booth.id, payload: { number: booth.number, organisation: organisation.name } },
    };
  });
}

/**
 * The organisation accepts (naming its booth's staff among its members, and the open jobs and
 * courses the booth shows) or declines; answering again replaces the earlier answer.
 */
export async function answerInvitation(tx: Executor, actor: Actor, input: AnswerInvitationInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    const [booth] = await tx
      .select()
      .from(fairBooths)
      .where(and(eq(fairBooths.id, input.boothId), eq(fairBooths.fairId, fair.id)));
    if (!booth) throw new NotFoundError('fair.booth.notFound');
    authorize(actor, 'update:booth:own', { organisationId: booth.organisationId });
    if (fair.status === 'ended') throw new ConflictError('fair.ended');
    const errors: Record<string, MessageKey> = {};
    if (input.accept) {
      const members = input.staffUserIds.length
        ? await tx
            .select({ userId: memberships.userId })
            .from(memberships)
            .where(and(eq(memberships.organisationId, booth.organisationId), inArray(memberships.userId, input.staffUserIds)))
        : [];
      if (members.length !== new Set(input.staffUserIds).size) errors.staffUserIds = 'fair.validation.staffNotMember';
      const ownJobs = input.jobIds.length
        ? await tx
            .select({ id: jobs.id })
            .from(jobs)
            .where(and(inArray(jobs.id, input.jobIds), eq(jobs.organisationId, booth.organisationId), eq(jobs.status, 'open')))
        : [];
      if (ownJobs.length !== new Set(input.jobIds).size) errors.jobIds = 'fair.validation.postings';
      const ownCourses = input.trainingSlotIds.length
        ? await tx
            .select({ id: trainingSlots.id })
            .from(trainingSlots)
            .where(
              and(
                inArray(trainingSlots.id, input.trainingSlotIds),
                eq(trainingSlots.organisationId, booth.organisationId),
                eq(trainingSlots.status, 'open'),
              ),
            )
        : [];
      if (ownCourses.length !== new Set(input.trainingSlotIds).size) errors.trainingSlotIds = 'fair.validation.postings';
    }
    if (Object.keys(errors).length) throw new InputError(errors);
    await tx.delete(fairBoothStaff).where(eq(fairBoothStaff.boothId, booth.id));
    await tx.delete(fairBoothPostings).where(eq(fairBoothPostings.boothId, booth.id));
    if (input.accept) {
      await tx.insert(fairBoothStaff).values([...new Set(input.staffUserIds)].map((userId) => ({ boothId: booth.id, userId })));
      const postings = [
        ...[...new Set(input.jobIds)].map((jobId) => ({ boothId: booth.id, jobId })),
        ...[...new Set(input.trainingSlotIds)].map((trainingSlotId) => ({ boothId: booth.id, trainingSlotId })),
      ];
      if (postings.length) await tx.insert(fairBoothPostings).values(postings);
    }
    const status = input.accept ? 'accepted' : 'declined';
    await tx
      .update(fairBooths)
      .set({ status, callLink: input.accept && fair.kind === 'online' ? (input.callLink ?? null) : null })
      .where(eq(fairBooths.id, booth.id));
    return {
      answer: { boothId: booth.id, status },
      event: {
        type: input.accept ? 'booth:accepted' : 'booth:declined',
        boothId: booth.id,
        payload: { number: booth.number, jobs: input.jobIds.length, courses: input.trainingSlotIds.length },
      },
    };
  });
}

/** The organiser announces something to everyone at the fair (until it has ended). */
export async function announce(tx: Executor, actor: Actor, input: AnnounceInput) {
  return fairCommand(tx, actor, input.fairId, input.idempotencyKey, async (fair) => {
    authorize(actor, 'update:fair:province', { provinceCode: fair.provinceCode });
    if (fair.status === 'ended') throw new ConflictError('fair.ended');
    return { answer: { message: input.message }, event: { type: 'fair:announced', payload: { message: input.message } } };
  });
}
