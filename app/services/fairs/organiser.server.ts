// What the organisers' fair pages read (and the one setting they write at creation): their
// province's fairs, a fair with its booths and answers, the verified organisations to invite, a
// ticket found by its code at the door, the booths' postings (also shown on the public board) and
// the fair's announcements. Organisers of another province see none of it (404, as if absent).
import { and, asc, count, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '#db/client.ts';
import { publicJobCondition, publicTrainingCondition } from '#db/postings.ts';
import {
  communes,
  fairBoothPostings,
  fairBooths,
  fairBoothStaff,
  fairEvents,
  fairs,
  fairTickets,
  jobs,
  organisations,
  provinces,
  trainingSlots,
  type Fair,
} from '#db/schema.ts';
import { foldedSql, foldVietnamese } from '#lib/fold.ts';
import { authorize, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { wholeNumber } from '../fields.ts';
import { boardView } from './queries.server.ts';
import { createFair, inviteBooth } from './setup.server.ts';
import { statusMoves } from './rules.ts';
import { createFairSchema, type CreateFairInput, type InviteBoothInput } from './schemas.ts';

/** A fair's two settings, as the creation form asks them (grace in minutes; stored in seconds). */
export const fairSettingsSchema = z.object({
  emptyBoothMinutes: wholeNumber(1, 240, 'fairOrg.validation.emptyBoothMinutes'),
  noShowGraceMinutes: wholeNumber(0, 60, 'fairOrg.validation.noShowGrace'),
});

/** The creation form: the fair and its settings, every field's message at once. */
export const newFairSchema = z.intersection(createFairSchema, fairSettingsSchema);
export type NewFairInput = z.output<typeof newFairSchema>;

/** Creates the fair (createFair: the organiser's province, its log) and sets its alert and grace times. */
export async function createFairWithSettings(tx: Executor, actor: Actor, input: NewFairInput) {
  const { emptyBoothMinutes, noShowGraceMinutes, ...fair } = input;
  const created = await createFair(tx, actor, fair as CreateFairInput);
  const [set] = await tx
    .update(fairs)
    .set({ emptyBoothMinutes, noShowGraceSeconds: noShowGraceMinutes * 60 })
    .where(eq(fairs.id, created.id))
    .returning();
  return set;
}

/** Invites the organisation (inviteBooth) and answers its booth's number with the organisation's name. */
export async function inviteNamed(tx: Executor, actor: Actor, input: InviteBoothInput) {
  const { answer } = await inviteBooth(tx, actor, input);
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  return { ...answer, name: organisation?.name ?? '' };
}

/** The organiser's province, or null when their account has none yet (the page says so). */
function organiserProvince(actor: Actor) {
  authorize(actor, 'update:fair');
  return actor.provinceCode;
}

/** One page of the fairs of the organiser's province, the latest first, with booths and tickets counted. */
export async function organiserFairs(db: Executor, actor: Actor, options: { page?: number; perPage?: number } = {}) {
  const provinceCode = organiserProvince(actor);
  if (!provinceCode) return null;
  const perPage = options.perPage ?? 20;
  const where = eq(fairs.provinceCode, provinceCode);
  const [[{ total }], [province]] = await Promise.all([
    db.select({ total: count() }).from(fairs).where(where),
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
  ]);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const booths = db
    .select({ n: count() })
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fairs.id), eq(fairBooths.status, 'accepted')));
  const tickets = db.select({ n: count() }).from(fairTickets).where(eq(fairTickets.fairId, fairs.id));
  const rows = await db
    .select({
      id: fairs.id,
      name: fairs.name,
      kind: fairs.kind,
      status: fairs.status,
      startsAt: fairs.startsAt,
      endsAt: fairs.endsAt,
      communeName: communes.name,
      venueAddress: fairs.venueAddress,
      booths: sql<number>`(${booths})::int`,
      tickets: sql<number>`(${tickets})::int`,
    })
    .from(fairs)
    .leftJoin(communes, eq(communes.code, fairs.communeCode))
    .where(where)
    .orderBy(desc(fairs.startsAt), asc(fairs.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { provinceName: province?.name ?? provinceCode, rows, total, page, pages };
}

/** A fair the organiser runs: 404 when there is none or it is another province's. */
export async function organisersFair(db: Executor, actor: Actor, fairId: string): Promise<Fair & { communeName: string | null }> {
  const [row] = await db
    .select({ fair: fairs, communeName: communes.name })
    .from(fairs)
    .leftJoin(communes, eq(communes.code, fairs.communeCode))
    .where(eq(fairs.id, fairId));
  if (!row) throw new NotFoundError('fair.notFound');
  authorize(actor, 'update:fair:province', { provinceCode: row.fair.provinceCode }, { outOfScope: 'fair.notFound' });
  return { ...row.fair, communeName: row.communeName };
}

/** The status moves the fair can make now (open registration, start, pause, resume, end). */
export const movesFrom = (fair: Pick<Fair, 'status'>) => statusMoves[fair.status];

/**
 * The postings each booth of the fair shows that anyone may see now (open, of a verified
 * organisation): titles only, by booth id — for the board, the door and the fair's page.
 */
export async function boothPostings(db: Executor, fairId: string) {
  const [jobRows, courseRows] = await Promise.all([
    db
      .select({ boothId: fairBoothPostings.boothId, id: jobs.id, title: jobs.title })
      .from(fairBoothPostings)
      .innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
      .innerJoin(jobs, eq(jobs.id, fairBoothPostings.jobId))
      .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
      .where(and(eq(fairBooths.fairId, fairId), publicJobCondition()))
      .orderBy(asc(jobs.title)),
    db
      .select({ boothId: fairBoothPostings.boothId, id: trainingSlots.id, title: trainingSlots.title })
      .from(fairBoothPostings)
      .innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
      .innerJoin(trainingSlots, eq(trainingSlots.id, fairBoothPostings.trainingSlotId))
      .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
      .where(and(eq(fairBooths.fairId, fairId), publicTrainingCondition()))
      .orderBy(asc(trainingSlots.title)),
  ]);
  const byBooth = new Map<string, { jobs: { id: string; title: string }[]; courses: { id: string; title: string }[] }>();
  const of = (boothId: string) => byBooth.get(boothId) ?? byBooth.set(boothId, { jobs: [], courses: [] }).get(boothId)!;
  for (const { boothId, id, title } of jobRows) of(boothId).jobs.push({ id, title });
  for (const { boothId, id, title } of courseRows) of(boothId).courses.push({ id, title });
  return (boothId: string) => byBooth.get(boothId) ?? { jobs: [], courses: [] };
}

/** What each accepted booth shows, by booth number (the public board: titles only). */
export async function boardPostings(db: Executor, fairId: string) {
  const [booths, postings] = await Promise.all([
    db
      .select({ id: fairBooths.id, number: fairBooths.number })
      .from(fairBooths)
      .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, 'accepted'))),
    boothPostings(db, fairId),
  ]);
  return Object.fromEntries(booths.map((b) => [b.number, [...postings(b.id).jobs, ...postings(b.id).courses].map((p) => p.title)]));
}

/** Every booth of the fair, by number: its organisation, the answer, how many staff, what it shows. */
export async function boothsOfFair(db: Executor, fairId: string) {
  const [rows, staff, postings] = await Promise.all([
    db
      .select({
        id: fairBooths.id,
        number: fairBooths.number,
        status: fairBooths.status,
        organisationId: organisations.id,
        organisation: organisations.name,
        organisationKind: organisations.kind,
      })
      .from(fairBooths)
      .innerJoin(organisations, eq(organisations.id, fairBooths.organisationId))
      .where(eq(fairBooths.fairId, fairId))
      .orderBy(asc(fairBooths.number)),
    db
      .select({ boothId: fairBoothStaff.boothId, n: count() })
      .from(fairBoothStaff)
      .innerJoin(fairBooths, eq(fairBooths.id, fairBoothStaff.boothId))
      .where(eq(fairBooths.fairId, fairId))
      .groupBy(fairBoothStaff.boothId),
    boothPostings(db, fairId),
  ]);
  return rows.map((b) => ({ ...b, staff: staff.find((s) => s.boothId === b.id)?.n ?? 0, ...postings(b.id) }));
}

/** Verified employers and training providers whose name holds `q` (diacritics optional), not invited yet. */
export async function organisationsToInvite(db: Executor, fair: Pick<Fair, 'id' | 'provinceCode'>, q: string, limit = 20) {
  const words = foldVietnamese(q)
    .replace(/[%_\\]/g, ' ')
    .trim();
  if (!words) return [];
  const invited = db.select({ id: fairBooths.organisationId }).from(fairBooths).where(eq(fairBooths.fairId, fair.id));
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, provinceName: provinces.name })
    .from(organisations)
    .innerJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .where(
      and(
        eq(organisations.verificationStatus, 'verified'),
        sql`${foldedSql(sql`${organisations.name}`)} like ${`%${words.replace(/\s+/g, '%')}%`}`,
        notInArray(organisations.id, invited),
      ),
    )
    .orderBy(sql`${organisations.provinceCode} = ${fair.provinceCode} desc`, asc(organisations.name))
    .limit(limit);
}

/** The door finds a ticket of the fair by its code (spaces and case ignored), or null. */
export async function ticketByCode(db: Executor, fairId: string, code: string) {
  const typed = code.replace(/[\s-]/g, '').toUpperCase();
  const [ticket] = await db
    .select({ id: fairTickets.id, code: fairTickets.code, checkedInAt: fairTickets.checkedInAt, walkIn: fairTickets.walkIn })
    .from(fairTickets)
    .where(and(eq(fairTickets.fairId, fairId), eq(fairTickets.code, typed)));
  return ticket ?? null;
}

/** The fair's latest announcements, newest first (they pass the neutral-words check: the board shows them). */
export async function fairAnnouncements(db: Executor, fairId: string, limit = 5) {
  const rows = await db
    .select({ seq: fairEvents.seq, payload: fairEvents.payload, at: fairEvents.at })
    .from(fairEvents)
    .where(and(eq(fairEvents.fairId, fairId), eq(fairEvents.type, 'fair:announced')))
    .orderBy(desc(fairEvents.seq))
    .limit(limit);
  return rows.map((r) => ({ seq: r.seq, message: String(r.payload.message ?? ''), at: r.at }));
}

/**
 * What the public board shows, as one answer for its page and its live updates: the board view (no
 * personal data), the latest announcements, and the fair's sequence number they were read at.
 */
export async function publicBoard(db: Executor, fairId: string) {
  const [view, announcements] = await Promise.all([boardView(db, fairId), fairAnnouncements(db, fairId, 3)]);
  return { seq: view.seq, view, announcements: announcements.map(({ seq, message }) => ({ seq, message })) };
}

/** How many tickets the fair has, and how many of them are checked in and came as walk-ins. */
export async function ticketCounts(db: Executor, fairId: string) {
  const [[registered], [checkedIn], [walkIns]] = await Promise.all([
    db.select({ n: count() }).from(fairTickets).where(eq(fairTickets.fairId, fairId)),
    db
      .select({ n: count() })
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fairId), isNotNull(fairTickets.checkedInAt))),
    db
      .select({ n: count() })
      .from(fairTickets)
      .where(and(eq(fairTickets.fairId, fairId), eq(fairTickets.walkIn, true))),
  ]);
  return { registered: registered.n, checkedIn: checkedIn.n, walkIns: walkIns.n };
}
