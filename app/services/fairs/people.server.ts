// What the fair pages of the people at a fair read besides the live views (queries.server.ts): for a
// person — themself, or through their counsellor — the fairs of their province open to register,
// their tickets, and a fair's booths with the jobs and courses each shows; for an employer or
// training provider, the invitations of their organisations with what an answer chooses from, and
// their booth at a fair.
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  communes,
  fairBoothPostings,
  fairBooths,
  fairBoothStaff,
  fairQueueEntries,
  fairs,
  fairTickets,
  jobs,
  memberships,
  organisations,
  provinces,
  trainingSlots,
  users,
  type Fair,
  type Returnee,
} from '#db/schema.ts';
import { authorize, type Actor } from '../authorize.ts';
import { requireReturnee, returneeOfUser } from '../caseload/access.server.ts';
import { NotFoundError } from '../errors.ts';
import { registrationOpen } from './rules.ts';

/** A fair as its pages show it: name, kind, state, hours, and where (null for an online fair). */
const fairColumns = {
  id: fairs.id,
  name: fairs.name,
  kind: fairs.kind,
  status: fairs.status,
  startsAt: fairs.startsAt,
  endsAt: fairs.endsAt,
  provinceCode: fairs.provinceCode,
  venueAddress: fairs.venueAddress,
  communeName: communes.name,
  provinceName: provinces.name,
};

type FairRow = Pick<Fair, 'id' | 'name' | 'kind' | 'status' | 'startsAt' | 'endsAt' | 'venueAddress'> & {
  communeName: string | null;
  provinceName: string;
};

function fairSummary(row: FairRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    online: row.kind === 'online',
    place: row.kind === 'online' ? null : [row.venueAddress, row.communeName, row.provinceName].filter(Boolean).join(', '),
  };
}
export type FairSummary = ReturnType<typeof fairSummary>;

function selectFairs(db: Executor) {
  return db
    .select(fairColumns)
    .from(fairs)
    .innerJoin(provinces, eq(provinces.code, fairs.provinceCode))
    .leftJoin(communes, eq(communes.code, fairs.communeCode));
}

/**
 * Whose fairs: the signed-in person's own (null while no record is linked to their sign-in), or —
 * for a counsellor of their province — the person's, the read audited.
 */
async function personFor(db: Executor, actor: Actor, returneeId: string | undefined): Promise<Returnee | null> {
  if (returneeId === undefined) {
    authorize(actor, 'join:queue:own', { userId: actor.id });
    return returneeOfUser(db, actor.id);
  }
  const person = await requireReturnee(db, actor, returneeId, 'read', 'fairs: the person’s fairs and queues');
  authorize(actor, 'join:queue:province', { provinceCode: person.provinceCode });
  return person;
}

/** The accepted booths of these fairs by number, each with the open jobs and courses it shows. */
export async function boothsOfFairs(db: Executor, fairIds: readonly string[]) {
  if (fairIds.length === 0) return [];
  const booths = await db
    .select({ id: fairBooths.id, fairId: fairBooths.fairId, number: fairBooths.number, organisation: organisations.name })
    .from(fairBooths)
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .where(and(inArray(fairBooths.fairId, [...fairIds]), eq(fairBooths.status, 'accepted')))
    .orderBy(asc(fairBooths.number));
  const boothIds = booths.map((b) => b.id);
  const [boothJobs, boothCourses] = boothIds.length
    ? await Promise.all([
        db
          .select({ boothId: fairBoothPostings.boothId, id: jobs.id, title: jobs.title })
          .from(fairBoothPostings)
          .innerJoin(jobs, eq(jobs.id, fairBoothPostings.jobId))
          .where(and(inArray(fairBoothPostings.boothId, boothIds), eq(jobs.status, 'open')))
          .orderBy(asc(jobs.title)),
        db
          .select({ boothId: fairBoothPostings.boothId, id: trainingSlots.id, title: trainingSlots.title })
          .from(fairBoothPostings)
          .innerJoin(trainingSlots, eq(trainingSlots.id, fairBoothPostings.trainingSlotId))
          .where(and(inArray(fairBoothPostings.boothId, boothIds), eq(trainingSlots.status, 'open')))
          .orderBy(asc(trainingSlots.title)),
      ])
    : [[], []];
  return booths.map((b) => ({
    ...b,
    jobs: boothJobs.filter((j) => j.boothId === b.id).map(({ id, title }) => ({ id, title })),
    courses: boothCourses.filter((c) => c.boothId === b.id).map(({ id, title }) => ({ id, title })),
  }));
}
export type BoothWithPostings = Awaited<ReturnType<typeof boothsOfFairs>>[number];

/**
 * A person's fairs: those of their province open to register (soonest first, each with its booths
 * and whether they hold a ticket) and every ticket they hold (latest fair first). Null while the
 * signed-in person has no record.
 */
export async function fairsOfPerson(db: Executor, actor: Actor, returneeId?: string) {
  const person = await personFor(db, actor, returneeId);
  if (!person) return null;
  const [open, tickets] = await Promise.all([
    selectFairs(db)
      .where(and(eq(fairs.provinceCode, person.provinceCode), inArray(fairs.status, [...registrationOpen])))
      .orderBy(asc(fairs.startsAt)),
    db
      .select({ ...fairColumns, ticketId: fairTickets.id, code: fairTickets.code, checkedInAt: fairTickets.checkedInAt })
      .from(fairTickets)
      .innerJoin(fairs, eq(fairs.id, fairTickets.fairId))
      .innerJoin(provinces, eq(provinces.code, fairs.provinceCode))
      .leftJoin(communes, eq(communes.code, fairs.communeCode))
      .where(eq(fairTickets.returneeId, person.id))
      .orderBy(desc(fairs.startsAt)),
  ]);
  const booths = await boothsOfFairs(
    db,
    open.map((f) => f.id),
  );
  return {
    person: { id: person.id, fullName: person.fullName, provinceCode: person.provinceCode },
    open: open.map((f) => ({
      ...fairSummary(f),
      booths: booths.filter((b) => b.fairId === f.id),
      ticket: tickets.find((t) => t.id === f.id)?.code ?? null,
    })),
    tickets: tickets.map((t) => ({
      fair: fairSummary(t),
      ticketId: t.ticketId,
      code: t.code,
      checkedIn: t.checkedInAt !== null,
    })),
  };
}

/**
 * One fair as the person (or their counsellor) sees it: its summary, their ticket (null without
 * one) and its booths with what each shows. A fair they hold no ticket to is theirs to see only
 * while it is of their province and past its draft; any other is not found.
 */
export async function fairOfPerson(db: Executor, actor: Actor, fairId: string, returneeId?: string) {
  const person = await personFor(db, actor, returneeId);
  if (!person) throw new NotFoundError('fair.notFound');
  const [[row], [ticket]] = await Promise.all([
    selectFairs(db).where(eq(fairs.id, fairId)),
    db
      .select({ id: fairTickets.id, code: fairTickets.code, checkedInAt: fairTickets.checkedInAt })
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fairId), eq(fairTickets.returneeId, person.id))),
  ]);
  if (!row || (!ticket && (row.provinceCode !== person.provinceCode || row.status === 'draft'))) throw new NotFoundError('fair.notFound');
  return {
    person: { id: person.id, fullName: person.fullName },
    fair: fairSummary(row),
    ticket: ticket ? { id: ticket.id, code: ticket.code, checkedIn: ticket.checkedInAt !== null } : null,
    booths: await boothsOfFairs(db, [row.id]),
  };
}

/**
 * The invitations of the actor's organisations to fairs (soonest first; ended fairs left out), each
 * with the answer given so far — staff named, jobs and courses shown, the call link — and, per
 * organisation, what an answer chooses from: its members and its open jobs and courses.
 */
export async function invitationsOf(db: Executor, actor: Actor) {
  authorize(actor, 'update:booth');
  const organisationIds = [...actor.organisationIds];
  if (organisationIds.length === 0) return { booths: [], choices: {} };
  const booths = await db
    .select({
      ...fairColumns,
      boothId: fairBooths.id,
      number: fairBooths.number,
      boothStatus: fairBooths.status,
      callLink: fairBooths.callLink,
      organisationId: fairBooths.organisationId,
      organisation: organisations.name,
    })
    .from(fairBooths)
    .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
    .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
    .innerJoin(provinces, eq(provinces.code, fairs.provinceCode))
    .leftJoin(communes, eq(communes.code, fairs.communeCode))
    .where(and(inArray(fairBooths.organisationId, organisationIds), ne(fairs.status, 'ended')))
    .orderBy(asc(fairs.startsAt), asc(fairBooths.number));
  const boothIds = booths.map((b) => b.boothId);
  const [staff, postings, members, openJobs, openCourses] = await Promise.all([
    boothIds.length
      ? db
          .select({ boothId: fairBoothStaff.boothId, userId: fairBoothStaff.userId })
          .from(fairBoothStaff)
          .where(inArray(fairBoothStaff.boothId, boothIds))
      : [],
    boothIds.length
      ? db
          .select({ boothId: fairBoothPostings.boothId, jobId: fairBoothPostings.jobId, trainingSlotId: fairBoothPostings.trainingSlotId })
          .from(fairBoothPostings)
          .where(inArray(fairBoothPostings.boothId, boothIds))
      : [],
    db
      .select({ organisationId: memberships.organisationId, userId: users.id, fullName: users.fullName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(inArray(memberships.organisationId, organisationIds), isNull(users.disabledAt)))
      .orderBy(asc(users.fullName)),
    db
      .select({ organisationId: jobs.organisationId, id: jobs.id, title: jobs.title })
      .from(jobs)
      .where(and(inArray(jobs.organisationId, organisationIds), eq(jobs.status, 'open')))
      .orderBy(asc(jobs.title)),
    db
      .select({ organisationId: trainingSlots.organisationId, id: trainingSlots.id, title: trainingSlots.title })
      .from(trainingSlots)
      .where(and(inArray(trainingSlots.organisationId, organisationIds), eq(trainingSlots.status, 'open')))
      .orderBy(asc(trainingSlots.title)),
  ]);
  const of = <T extends { organisationId: string }>(rows: T[], organisationId: string) =>
    rows.filter((r) => r.organisationId === organisationId).map(({ organisationId: _, ...rest }) => rest);
  return {
    booths: booths.map((b) => {
      const mine = postings.filter((p) => p.boothId === b.boothId);
      const staffIds = staff.filter((s) => s.boothId === b.boothId).map((s) => s.userId);
      return {
        fair: fairSummary(b),
        boothId: b.boothId,
        number: b.number,
        status: b.boothStatus,
        organisationId: b.organisationId,
        organisation: b.organisation,
        callLink: b.callLink,
        staffUserIds: staffIds,
        jobIds: mine.flatMap((p) => (p.jobId ? [p.jobId] : [])),
        trainingSlotIds: mine.flatMap((p) => (p.trainingSlotId ? [p.trainingSlotId] : [])),
        /** The actor is named on its staff: the desk is theirs to open. */
        staffed: staffIds.includes(actor.id),
      };
    }),
    choices: Object.fromEntries(
      organisationIds.map((id) => [id, { members: of(members, id), jobs: of(openJobs, id), courses: of(openCourses, id) }]),
    ),
  };
}

/**
 * The booth at `fairId` of one of the actor's organisations (the one they are named to staff, when
 * their organisations have several there), with the fair as its pages show it: not found without
 * one. Whether they may work its desk is the desk's own check (`deskView`, the desk commands).
 */
export async function ownBoothAt(db: Executor, actor: Actor, fairId: string) {
  authorize(actor, 'call:queue');
  const [row] = actor.organisationIds.length
    ? await db
        .select({
          ...fairColumns,
          boothId: fairBooths.id,
          number: fairBooths.number,
          organisation: organisations.name,
          named: fairBoothStaff.userId,
        })
        .from(fairBooths)
        .innerJoin(fairs, eq(fairs.id, fairBooths.fairId))
        .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
        .innerJoin(provinces, eq(provinces.code, fairs.provinceCode))
        .leftJoin(communes, eq(communes.code, fairs.communeCode))
        .leftJoin(fairBoothStaff, and(eq(fairBoothStaff.boothId, fairBooths.id), eq(fairBoothStaff.userId, actor.id)))
        .where(
          and(
            eq(fairBooths.fairId, fairId),
            inArray(fairBooths.organisationId, [...actor.organisationIds]),
            eq(fairBooths.status, 'accepted'),
          ),
        )
        .orderBy(sql`${fairBoothStaff.userId} is null`)
        .limit(1)
    : [];
  if (!row) throw new NotFoundError('fair.booth.notFound');
  return { fair: fairSummary(row), booth: { id: row.boothId, number: row.number, organisation: row.organisation } };
}

/** A place (in any state) held by this ticket, with its booth's number; null for another ticket's. */
export async function placeOfTicket(db: Executor, ticketId: string, placeId: string) {
  const [place] = await db
    .select({ id: fairQueueEntries.id, boothNumber: fairBooths.number })
    .from(fairQueueEntries)
    .innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
    .where(and(eq(fairQueueEntries.id, placeId), eq(fairQueueEntries.ticketId, ticketId)));
  return place ?? null;
}

/** Whether a place (in any state) is in this booth's queue. */
export async function isPlaceOfBooth(db: Executor, boothId: string, placeId: string) {
  const [place] = await db
    .select({ id: fairQueueEntries.id })
    .from(fairQueueEntries)
    .where(and(eq(fairQueueEntries.id, placeId), eq(fairQueueEntries.boothId, boothId)));
  return place !== undefined;
}
