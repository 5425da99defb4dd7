// Reading the caseload: a person's full profile (for their counsellor — audited — or themself), the
// province's caseload list (filtered, paginated, audited with the ids shown), counselling notes and
// the case file a counsellor's page shows.
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '#db/client.ts';
import {
  communes,
  consents,
  counsellingNotes,
  occupations,
  provinces,
  returneeCertificates,
  returneeOccupationWishes,
  returneeSkills,
  returneeWorkHistory,
  returnees,
  skills,
  users,
  type needs,
  type releaseKinds,
  type Returnee,
  type schoolingLevels,
  type sexes,
  type skillLevels,
  type workTypes,
} from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { foldVietnamese, foldedSql } from '#lib/fold.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { can, type Actor } from '../authorize.ts';
import { NotFoundError } from '../errors.ts';
import { timelineOf } from '../pipeline/queries/timeline.server.ts';
import { counsellorProvince, requireReturnee, requireStaffAccess, returneeResource } from './access.server.ts';
import { caseloadPageSize, caseloadStatusOf, type CaseloadStatus } from './rules.ts';
import type { CaseloadFilter } from './schemas.ts';

type Named = { code: string; nameVi: string; nameEn: string };

export type ReturneeProfile = {
  id: string;
  fullName: string;
  birthDate: string | null;
  sex: (typeof sexes)[number] | null;
  ethnicity: string | null;
  phone: string | null;
  provinceCode: string;
  provinceName: string;
  communeCode: string | null;
  communeName: string | null;
  latitude: number | null;
  longitude: number | null;
  releaseDate: string | null;
  releaseKind: (typeof releaseKinds)[number] | null;
  /** Release date after today. */
  preRelease: boolean;
  schoolingLevel: (typeof schoolingLevels)[number] | null;
  status: Returnee['status'];
  caseloadStatus: CaseloadStatus;
  needs: (typeof needs)[number][];
  availableFrom: string | null;
  skills: (Named & { level: (typeof skillLevels)[number] })[];
  certificates: { id: string; name: string; issuer: string | null; year: number | null }[];
  workHistory: { id: string; description: string; occupation: Named | null; months: number | null }[];
  wishes: {
    occupations: Named[];
    workTypes: (typeof workTypes)[number][];
    /** VND per month. */
    wageFloor: number | null;
    maxTravelKm: number | null;
    willingToMove: boolean;
  };
  shareCard: boolean;
  /** The latest card consent answer: when and who recorded it, with the wording shown. */
  cardConsent: { granted: boolean; at: string; recordedBy: string | null; wording: string } | null;
  counsellor: { id: string; fullName: string } | null;
  /** The person's own sign-in, once created. */
  account: { phone: string | null } | null;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** The skills of each of `returneeIds`, with their names and levels, by name (profiles and cards alike). */
export function skillsOfReturnees(db: Executor, returneeIds: string[]) {
  return db
    .select({
      returneeId: returneeSkills.returneeId,
      code: skills.code,
      nameVi: skills.nameVi,
      nameEn: skills.nameEn,
      level: returneeSkills.level,
    })
    .from(returneeSkills)
    .innerJoin(skills, eq(skills.id, returneeSkills.skillId))
    .where(inArray(returneeSkills.returneeId, returneeIds))
    .orderBy(asc(skills.nameVi));
}

/**
 * Full profiles of `ids` (unknown ids are left out). No access check and no audit: callers pass
 * ids already cleared by requireReturnee (or use getReturneeProfile), e.g. matching over a caseload.
 */
export async function loadProfiles(db: Executor, ids: string[]): Promise<Map<string, ReturneeProfile>> {
  const result = new Map<string, ReturneeProfile>();
  if (ids.length === 0) return result;
  const counsellor = alias(users, 'counsellor');
  const account = alias(users, 'account');
  const [people, skillRows, wishRows, certificateRows, historyRows, consentRows] = await Promise.all([
    db
      .select({
        r: returnees,
        provinceName: provinces.name,
        communeName: communes.name,
        counsellorName: counsellor.fullName,
        accountPhone: account.phone,
      })
      .from(returnees)
      .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .leftJoin(counsellor, eq(counsellor.id, returnees.counsellorId))
      .leftJoin(account, eq(account.id, returnees.userId))
      .where(inArray(returnees.id, ids)),
    skillsOfReturnees(db, ids),
    db
      .select({
        returneeId: returneeOccupationWishes.returneeId,
        code: occupations.code,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
      })
      .from(returneeOccupationWishes)
      .innerJoin(occupations, eq(occupations.id, returneeOccupationWishes.occupationId))
      .where(inArray(returneeOccupationWishes.returneeId, ids))
      .orderBy(asc(occupations.nameVi)),
    db
      .select()
      .from(returneeCertificates)
      .where(inArray(returneeCertificates.returneeId, ids))
      .orderBy(desc(sql`coalesce(${returneeCertificates.year}, 0)`), asc(returneeCertificates.name)),
    db
      .select({
        id: returneeWorkHistory.id,
        returneeId: returneeWorkHistory.returneeId,
        description: returneeWorkHistory.description,
        months: returneeWorkHistory.months,
        code: occupations.code,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
      })
      .from(returneeWorkHistory)
      .leftJoin(occupations, eq(occupations.id, returneeWorkHistory.occupationId))
      .where(inArray(returneeWorkHistory.returneeId, ids))
      .orderBy(asc(returneeWorkHistory.description)),
    db
      .selectDistinctOn([consents.returneeId], {
        returneeId: consents.returneeId,
        granted: consents.granted,
        at: consents.at,
        wording: consents.wording,
        recordedBy: users.fullName,
      })
      .from(consents)
      .leftJoin(users, eq(users.id, consents.recordedById))
      .where(and(inArray(consents.returneeId, ids), eq(consents.scope, 'anonymised_card')))
      .orderBy(consents.returneeId, desc(consents.at), desc(consents.id)),
  ]);
  const today = vietnamDate();
  for (const { r, provinceName, communeName, counsellorName, accountPhone } of people) {
    result.set(r.id, {
      id: r.id,
      fullName: r.fullName,
      birthDate: r.birthDate,
      sex: r.sex,
      ethnicity: r.ethnicity,
      phone: r.phone,
      provinceCode: r.provinceCode,
      provinceName,
      communeCode: r.communeCode,
      communeName,
      latitude: r.latitude,
      longitude: r.longitude,
      releaseDate: r.releaseDate,
      releaseKind: r.releaseKind,
      preRelease: r.releaseDate !== null && r.releaseDate > today,
      schoolingLevel: r.schoolingLevel,
      status: r.status,
      caseloadStatus: caseloadStatusOf(r, today),
      needs: r.needs,
      availableFrom: r.availableFrom,
      skills: [],
      certificates: [],
      workHistory: [],
      wishes: {
        occupations: [],
        workTypes: r.wishWorkTypes,
        wageFloor: r.wageFloor,
        maxTravelKm: r.maxTravelKm,
        willingToMove: r.willingToMove,
      },
      shareCard: r.shareCard,
      cardConsent: null,
      counsellor: r.counsellorId && counsellorName ? { id: r.counsellorId, fullName: counsellorName } : null,
      account: r.userId ? { phone: accountPhone } : null,
      lastContactAt: r.lastContactAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  for (const { returneeId, ...skill } of skillRows) result.get(returneeId)?.skills.push(skill);
  for (const { returneeId, ...occupation } of wishRows) result.get(returneeId)?.wishes.occupations.push(occupation);
  for (const { returneeId, id, name, issuer, year } of certificateRows)
    result.get(returneeId)?.certificates.push({ id, name, issuer, year });
  for (const h of historyRows) {
    result.get(h.returneeId)?.workHistory.push({
      id: h.id,
      description: h.description,
      occupation: h.code && h.nameVi && h.nameEn ? { code: h.code, nameVi: h.nameVi, nameEn: h.nameEn } : null,
      months: h.months,
    });
  }
  for (const c of consentRows) {
    const profile = result.get(c.returneeId);
    if (profile) profile.cardConsent = { granted: c.granted, at: c.at.toISOString(), recordedBy: c.recordedBy, wording: c.wording };
  }
  return result;
}

/** One full profile, no access check (see loadProfiles). */
export async function loadProfile(db: Executor, returneeId: string): Promise<ReturneeProfile> {
  const profile = (await loadProfiles(db, [returneeId])).get(returneeId);
  if (!profile) throw new NotFoundError();
  return profile;
}

/** The profile `actor` may read (a counsellor of the province, or the person): audited for staff. */
export async function getReturneeProfile(db: Executor, actor: Actor, returneeId: string, purpose = 'profile'): Promise<ReturneeProfile> {
  const returnee = await requireReturnee(db, actor, returneeId, 'read', purpose);
  return loadProfile(db, returnee.id);
}

/** The signed-in person's own profile, or null until a counsellor links one to their sign-in. */
export async function getOwnProfile(db: Executor, actor: Pick<Actor, 'id'>): Promise<ReturneeProfile | null> {
  const [own] = await db.select({ id: returnees.id }).from(returnees).where(eq(returnees.userId, actor.id));
  return own ? loadProfile(db, own.id) : null;
}

/** The counsellor's province and its communes, for the intake and profile forms. */
export async function counsellorPlace(db: Executor, actor: Actor) {
  const provinceCode = counsellorProvince(actor);
  const [[province], communeList] = await Promise.all([
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
    db
      .select({ code: communes.code, name: communes.name })
      .from(communes)
      .where(eq(communes.provinceCode, provinceCode))
      .orderBy(asc(communes.name)),
  ]);
  return { provinceCode, provinceName: province?.name ?? provinceCode, communes: communeList };
}

/**
 * Another person's record with the same phone, as the acting counsellor may see it: who looks after
 * it (the counsellor's name and the province's job centre) for any record, and the person's name
 * and a way to open it only for a record in the counsellor's own scope.
 */
export type PhoneHolder = {
  returneeId: string | null;
  fullName: string | null;
  counsellorName: string | null;
  provinceName: string;
};

/** The records whose phone is `phone` (but `exceptId`); the look-up of each is audited. */
export async function phoneHolders(db: Executor, actor: Actor, phone: string, exceptId?: string): Promise<PhoneHolder[]> {
  const rows = await db
    .select({ r: returnees, provinceName: provinces.name, counsellorName: users.fullName })
    .from(returnees)
    .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
    .leftJoin(users, eq(users.id, returnees.counsellorId))
    .where(and(eq(returnees.phone, phone), exceptId ? sql`${returnees.id} <> ${exceptId}` : undefined))
    .orderBy(asc(returnees.createdAt))
    .limit(5);
  if (!rows.length) return [];
  await writeAudit(
    db,
    actor,
    rows.map(({ r }) => ({ action: 'read', entityType: 'returnee', entityId: r.id, reason: 'intake: same phone' })),
  );
  return rows.map(({ r, provinceName, counsellorName }) => {
    const visible = can(actor, 'read:returnee', returneeResource(r));
    return {
      returneeId: visible ? r.id : null,
      fullName: visible ? r.fullName : null,
      counsellorName,
      provinceName,
    };
  });
}

export type CaseloadRow = {
  id: string;
  fullName: string;
  phone: string | null;
  communeCode: string | null;
  communeName: string | null;
  status: CaseloadStatus;
  releaseDate: string | null;
  needs: (typeof needs)[number][];
  availableFrom: string | null;
  lastContactAt: string | null;
  shareCard: boolean;
  hasAccount: boolean;
};

const dayMs = 86_400_000;

function caseloadConditions(provinceCode: string, f: CaseloadFilter): SQL[] {
  const today = vietnamDate();
  const conditions: SQL[] = [eq(returnees.provinceCode, provinceCode)];
  if (f.status === 'pre_release') conditions.push(and(eq(returnees.status, 'active'), gt(returnees.releaseDate, today))!);
  else if (f.status === 'active')
    conditions.push(and(eq(returnees.status, 'active'), or(isNull(returnees.releaseDate), lte(returnees.releaseDate, today)))!);
  else if (f.status) conditions.push(eq(returnees.status, f.status));
  if (f.needs.length)
    conditions.push(
      sql`${returnees.needs} && array[${sql.join(
        f.needs.map((n) => sql`${n}`),
        sql`, `,
      )}]::need[]`,
    );
  if (f.communeCode) conditions.push(eq(returnees.communeCode, f.communeCode));
  if (f.noContactDays) {
    conditions.push(or(isNull(returnees.lastContactAt), lt(returnees.lastContactAt, new Date(Date.now() - f.noContactDays * dayMs)))!);
  }
  if (f.contactedWithinDays) conditions.push(gte(returnees.lastContactAt, new Date(Date.now() - f.contactedWithinDays * dayMs)));
  if (f.releasedWithinDays) {
    conditions.push(and(gte(returnees.releaseDate, vietnamDate(-f.releasedWithinDays)), lte(returnees.releaseDate, today))!);
  }
  if (f.q) {
    const words = foldVietnamese(f.q)
      .replace(/[%_\\]/g, ' ')
      .trim();
    const digits = f.q.replace(/\D/g, '');
    const byName = words ? sql`${foldedSql(sql`${returnees.fullName}`)} like ${`%${words.replace(/\s+/g, '%')}%`}` : undefined;
    const byPhone = digits.length >= 3 ? sql`${returnees.phone} like ${`%${digits}%`}` : undefined;
    conditions.push(or(byName, byPhone) ?? sql`false`);
  }
  return conditions;
}

/** One page of the counsellor's province's caseload; the viewing is audited with the ids shown. */
export async function listCaseload(db: Executor, actor: Actor, filter: CaseloadFilter) {
  const provinceCode = counsellorProvince(actor);
  const page = filter.page ?? 1;
  const where = and(...caseloadConditions(provinceCode, filter));
  const order =
    filter.sort === 'last_contact'
      ? [sql`${returnees.lastContactAt} asc nulls first`, asc(returnees.fullName), asc(returnees.id)]
      : filter.sort === 'newest'
        ? [desc(returnees.createdAt), asc(returnees.id)]
        : [asc(returnees.fullName), asc(returnees.id)];
  const [rows, [{ total }], [province]] = await Promise.all([
    db
      .select({ r: returnees, communeName: communes.name })
      .from(returnees)
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .where(where)
      .orderBy(...order)
      .limit(caseloadPageSize)
      .offset((page - 1) * caseloadPageSize),
    db.select({ total: count() }).from(returnees).where(where),
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)),
  ]);
  const today = vietnamDate();
  const list: CaseloadRow[] = rows.map(({ r, communeName }) => ({
    id: r.id,
    fullName: r.fullName,
    phone: r.phone,
    communeCode: r.communeCode,
    communeName,
    status: caseloadStatusOf(r, today),
    releaseDate: r.releaseDate,
    needs: r.needs,
    availableFrom: r.availableFrom,
    lastContactAt: r.lastContactAt?.toISOString() ?? null,
    shareCard: r.shareCard,
    hasAccount: r.userId !== null,
  }));
  const { page: _page, ...criteria } = filter;
  await writeAudit(db, actor, {
    action: 'list',
    entityType: 'returnee',
    reason: 'caseload',
    details: { filter: { ...criteria, page }, ids: list.map((r) => r.id) },
  });
  return {
    provinceName: province?.name ?? provinceCode,
    rows: list,
    total,
    page,
    perPage: caseloadPageSize,
    pages: Math.max(1, Math.ceil(total / caseloadPageSize)),
  };
}

// ── Counselling notes ───────────────────────────────────────────────────────────────────────────

export type CounsellingNote = { id: string; contactDate: string; text: string; author: string | null; createdAt: string };

async function notesOf(db: Executor, returneeId: string): Promise<CounsellingNote[]> {
  const rows = await db
    .select({ n: counsellingNotes, author: users.fullName })
    .from(counsellingNotes)
    .leftJoin(users, eq(users.id, counsellingNotes.authorId))
    .where(eq(counsellingNotes.returneeId, returneeId))
    .orderBy(desc(counsellingNotes.contactDate), desc(counsellingNotes.createdAt))
    .limit(500);
  return rows.map(({ n, author }) => ({
    id: n.id,
    contactDate: n.contactDate,
    text: n.text,
    author,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** The notes on a person, newest contact first (staff only). */
export async function listNotes(db: Executor, actor: Actor, returneeId: string) {
  const returnee = await requireStaffAccess(db, actor, returneeId, 'read', 'counselling notes');
  return notesOf(db, returnee.id);
}

/** What the counsellor's page of one person shows (profile, notes, timeline), read and audited once. */
export async function getCaseFile(db: Executor, actor: Actor, returneeId: string) {
  const returnee = await requireStaffAccess(db, actor, returneeId, 'read', 'case file');
  const [profile, notes, timeline] = await Promise.all([
    loadProfile(db, returnee.id),
    notesOf(db, returnee.id),
    timelineOf(db, returnee.id, actor.locale, { audience: 'staff' }),
  ]);
  return { profile, notes, timeline };
}
