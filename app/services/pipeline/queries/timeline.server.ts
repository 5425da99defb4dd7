// The person's timeline (case_events) in plain words, for the person themself and for their
// counsellor (audited): newest first, each step with when, who, and what happened. A kind from
// another area reads its words from a `timeline.<kind>.<toStatus>` or `timeline.<kind>` message;
// a move names the places it went from and to.
import { desc, eq, inArray } from 'drizzle-orm';
import { isMessageKey, translate, type Locale } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import { caseEvents, communes, provinces, users, type Role } from '#db/schema.ts';
import { can, type Actor } from '../../authorize.ts';
import { vietnamDate } from '#lib/dates.ts';
import { formatDay, formatVnd, formatDateTime } from '#lib/format.ts';
import { requireReturnee } from '../../caseload/access.server.ts';

type EventLike = { kind: string; fromStatus: string | null; toStatus: string | null; details: Record<string, unknown> | null };

function text(value: unknown) {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * Who reads a timeline: staff with caseload rights over the person, or the person themself. Why
 * and when a case was closed (e.g. "detained again") is for staff only.
 */
export type TimelineAudience = 'staff' | 'person';

/** The names of provinces (2-digit codes) and communes (5-digit codes), for the places a move names. */
export type PlaceNames = ReadonlyMap<string, string>;

type Place = { provinceCode?: unknown; communeCode?: unknown } | undefined;

/** The provinces and communes the moves among `events` name. */
function placeCodes(events: EventLike[]) {
  const codes = new Set<string>();
  for (const event of events) {
    if (event.kind !== 'residence') continue;
    for (const place of [event.details?.from, event.details?.to] as Place[]) {
      if (typeof place?.provinceCode === 'string') codes.add(place.provinceCode);
      if (typeof place?.communeCode === 'string') codes.add(place.communeCode);
    }
  }
  return [...codes];
}

/** Names for `codes` (provinces and communes alike), in one query each kind. */
async function placeNames(db: Executor, codes: string[]): Promise<PlaceNames> {
  if (!codes.length) return new Map();
  const [provinceRows, communeRows] = await Promise.all([
    db.select({ code: provinces.code, name: provinces.name }).from(provinces).where(inArray(provinces.code, codes)),
    db.select({ code: communes.code, name: communes.name }).from(communes).where(inArray(communes.code, codes)),
  ]);
  return new Map([...provinceRows, ...communeRows].map((row) => [row.code, row.name]));
}

/** "Phường Đăk Bla, Quảng Ngãi" (or the codes, when the names are not known). */
function describePlace(locale: Locale, place: Place, names: PlaceNames) {
  const province = typeof place?.provinceCode === 'string' ? place.provinceCode : '';
  const commune =
    typeof place?.communeCode === 'string'
      ? (names.get(place.communeCode) ?? place.communeCode)
      : translate(locale, 'timeline.residence.unknownPlace');
  return `${commune}, ${names.get(province) ?? province}`;
}

/** One step of the timeline in the reader's words, e.g. "Có lịch phỏng vấn ngày 02/12/2026 09:00 …". */
export function describeCaseEvent(locale: Locale, event: EventLike, audience: TimelineAudience, names: PlaceNames = new Map()): string {
  const d = event.details ?? {};
  if (event.kind === 'residence') {
    const [from, to] = [d.from as Place, d.to as Place];
    // A record opened without a commune (a walk-in at a fair) learns it later: no move from anywhere.
    const firstCommune = from?.communeCode == null && from?.provinceCode === to?.provinceCode;
    const sentence = firstCommune
      ? translate(locale, 'timeline.residence.communeKnown', { to: describePlace(locale, to, names) })
      : translate(locale, 'timeline.residence', { from: describePlace(locale, from, names), to: describePlace(locale, to, names) });
    // The note is for the receiving job centre.
    const note =
      audience === 'staff' && typeof d.note === 'string' && d.note ? translate(locale, 'timeline.residence.note', { note: d.note }) : '';
    return note ? `${sentence}. ${note}` : sentence;
  }
  if (event.kind === 'case.status' && event.toStatus === 'closed') {
    const reasonKey = `caseload.closeReason.${text(d.closeReason)}`;
    if (audience !== 'staff' || !isMessageKey(reasonKey) || typeof d.closedOn !== 'string') {
      return translate(locale, 'timeline.case.status.closed');
    }
    return translate(locale, 'timeline.case.status.closedBecause', {
      date: formatDay(locale, d.closedOn),
      reason: translate(locale, reasonKey),
    });
  }
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(d)) vars[name] = text(value);
  vars.job = text(d.jobTitle);
  vars.employer = text(d.employer);
  if (typeof d.interviewAt === 'string') vars.date = formatDateTime(locale, d.interviewAt);
  if (typeof d.startDate === 'string') vars.date = formatDay(locale, d.startDate);
  if (typeof d.endedOn === 'string') vars.date = formatDay(locale, d.endedOn);
  if (typeof d.wageVnd === 'number') vars.wage = formatVnd(locale, d.wageVnd);
  if (typeof d.amountVnd === 'number') vars.amount = formatVnd(locale, d.amountVnd);

  const candidates = [`timeline.${event.kind}.${event.toStatus ?? ''}`, `timeline.${event.kind}`];
  const key = candidates.find(isMessageKey);
  const sentence = key ? translate(locale, key, vars) : translate(locale, 'timeline.other', { kind: event.kind });
  const reason = typeof d.reason === 'string' && d.reason ? translate(locale, 'timeline.reason', { reason: d.reason }) : '';
  return reason ? `${sentence}. ${reason}` : sentence;
}

export type TimelineEntry = {
  id: number;
  /** When it was recorded. */
  at: string;
  /** The day it took effect ('YYYY-MM-DD'); the timeline is ordered by it. */
  effectiveOn: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  subjectId: string | null;
  actor: { name: string; role: Role } | null;
  text: string;
};

/** A person's timeline, newest first, without an access check: callers have done it (pages). */
export async function timelineOf(
  db: Executor,
  returneeId: string,
  locale: Locale,
  options: { audience: TimelineAudience; limit?: number },
): Promise<TimelineEntry[]> {
  const limit = options.limit ?? 200;
  const rows = await db
    .select({ event: caseEvents, actorName: users.fullName, actorRole: users.role })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .where(eq(caseEvents.returneeId, returneeId))
    .orderBy(desc(caseEvents.effectiveOn), desc(caseEvents.at), desc(caseEvents.id))
    .limit(limit);
  const names = await placeNames(db, placeCodes(rows.map((row) => row.event)));
  return rows.map(({ event, actorName, actorRole }) => ({
    id: event.id,
    at: event.at.toISOString(),
    // When a case was closed is for staff only (it may be the day of a detention): the person sees the day it was recorded.
    effectiveOn:
      options.audience === 'person' && event.kind === 'case.status' && event.toStatus === 'closed'
        ? vietnamDate(0, event.at.getTime())
        : event.effectiveOn,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    subjectId: event.subjectId,
    actor: actorName && actorRole ? { name: actorName, role: actorRole } : null,
    text: describeCaseEvent(locale, event, options.audience, names),
  }));
}

/**
 * A person's timeline, newest first, for the person or a counsellor of their province (404 for
 * anyone else; a counsellor's read is audited).
 */
export async function returneeTimeline(db: Executor, actor: Actor, returneeId: string, options: { locale?: Locale; limit?: number } = {}) {
  const returnee = await requireReturnee(db, actor, returneeId, 'read', 'pipeline: timeline');
  return timelineOf(db, returnee.id, options.locale ?? actor.locale, {
    // Staff who may read the province's records (the access check above placed this one in it).
    audience: can(actor, 'read:returnee:province') ? 'staff' : 'person',
    limit: options.limit,
  });
}
