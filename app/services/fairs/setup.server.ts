// Setting a fair up and running it (docs/decisions/005-live-fairs.md): an organiser creates it in
// their province and moves it through registration, live, paused and ended; people get tickets
// (registering themselves, or by their counsellor) with a short code to type or scan at the door.
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { fairs, fairTickets } from '#db/schema.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { requireReturnee, returneeOfUser } from '../caseload/access.server.ts';
import { ConflictError, InputError } from '../errors.ts';
import { checkCodes, placeErrors } from '../reference/queries.server.ts';
import { fairCommand } from './events.server.ts';
import { registrationOpen, statusMoves, ticketAlphabet, ticketCodeLength } from './rules.ts';
import type { CreateFairInput, FairStatusInput, RegisterInput } from './schemas.ts';

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
    // The fair's commands run one at a time: a code not taken now stays free until commit.
    let code = ticketCode();
    while (
      (
        await tx
          .select({ id: fairTickets.id })
          .from(fairTickets)
          .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.code, code)))
      ).length
    )
      code = ticketCode();
    const [ticket] = await tx.insert(fairTickets).values({ fairId: fair.id, returneeId, code, registeredByUserId: actor.id }).returning();
    return {
      answer: { ticketId: ticket.id, code: ticket.code },
      event: { type: 'ticket:registered', ticketId: ticket.id, payload: { proxy: Boolean(input.returneeId) } },
    };
  });
}
