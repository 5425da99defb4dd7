// Writes to the caseload: a counsellor's intake and changes to a person's profile, the person's own
// changes (skills, wishes, card consent), consent recorded with the exact wording shown, dated
// counselling notes, the person's sign-in, and a transfer to another province. Each runs on the
// executor its caller opened, checks access (audited for staff), locks the record, and writes its
// timeline and audit rows with it; every change of province or commune is a `residence` event.
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { translate, type MessageKey } from '#app/i18n/i18n.ts';
import type { Executor } from '#db/client.ts';
import {
  caseEvents,
  communes,
  consents,
  counsellingNotes,
  placements,
  provinces,
  returneeCertificates,
  returneeOccupationWishes,
  returneeSkills,
  returneeWorkHistory,
  returnees,
  users,
  type Returnee,
} from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { createAccount } from '../accounts/commands.server.ts';
import { oneTimeCode } from '../accounts/tokens.server.ts';
import { writeAudit } from '../audit/audit.server.ts';
import { recordCaseEvent, touchLastContact } from '../audit/case-events.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { checkCodes, placeErrors } from '../reference/queries.server.ts';
import { counsellorProvince, requireReturnee, requireStaffAccess, returneeOfUser, returneeResource } from './access.server.ts';
import { loadProfile, phoneHolders, type CounsellingNote, type PhoneHolder, type ReturneeProfile } from './queries.server.ts';
import { cardConsentWordingKey, statusMoves } from './rules.ts';
import {
  recordIssues,
  type AccountInput,
  type FieldName,
  type Fields,
  type IntakeInput,
  type NoteInput,
  type OwnProfilePatch,
  type ProfilePatch,
  type TransferInput,
} from './schemas.ts';

/** Locks the record for the rest of the transaction, so concurrent changes apply one after another. */
async function lockReturnee(tx: Executor, returneeId: string) {
  const [row] = await tx.select().from(returnees).where(eq(returnees.id, returneeId)).for('update');
  if (!row) throw new NotFoundError();
  return row;
}

// ── Intake ──────────────────────────────────────────────────────────────────────────────────────

/**
 * What an intake did: the new record, or — when another person's record has the same phone and the
 * counsellor has not confirmed going on — who looks after those records, and nothing written.
 */
export type IntakeResult = { returnee: Returnee; sharedPhone?: undefined } | { returnee?: undefined; sharedPhone: PhoneHolder[] };

/** Opens a record in the counsellor's own province; the counsellor becomes the person's counsellor. */
export async function createReturnee(tx: Executor, actor: Actor, input: IntakeInput): Promise<IntakeResult> {
  authorize(actor, 'create:returnee:province');
  const provinceCode = counsellorProvince(actor);
  return openReturneeRecord(tx, actor, input, { provinceCode, counsellorId: actor.id, reason: 'intake' });
}

/** What a new record holds: an intake's fields, of which a fair's door may know only the name. */
export type NewRecord = Pick<IntakeInput, 'fullName'> & Partial<Omit<IntakeInput, 'fullName'>>;

/**
 * Opens a record in `place.provinceCode`: the one way a record starts, for a counsellor's intake
 * and for a walk-in registered at a fair's door (no counsellor yet: the province's counsellors pick
 * it up from the caseload). When another person's record has the same phone and going on was not
 * confirmed, nothing is written and who looks after those records is answered. The commune must be
 * of the province; the intake goes on the timeline (with the fair it happened at) and in the audit.
 */
export async function openReturneeRecord(
  tx: Executor,
  actor: Actor,
  input: NewRecord,
  place: { provinceCode: string; counsellorId: string | null; reason: 'intake' | 'fair: walk-in'; fairId?: string },
): Promise<IntakeResult> {
  const [, holders] = await Promise.all([
    input.communeCode ? checkCommune(tx, place.provinceCode, input.communeCode) : null,
    input.phone && !input.confirmSharedPhone ? phoneHolders(tx, actor, input.phone) : [],
  ]);
  if (holders.length) return { sharedPhone: holders };
  const [returnee] = await tx
    .insert(returnees)
    .values({
      fullName: input.fullName,
      birthDate: input.birthDate ?? null,
      sex: input.sex ?? null,
      ethnicity: input.ethnicity ?? null,
      phone: input.phone ?? null,
      provinceCode: place.provinceCode,
      communeCode: input.communeCode ?? null,
      releaseDate: input.releaseDate ?? null,
      releaseKind: input.releaseKind ?? null,
      schoolingLevel: input.schoolingLevel ?? null,
      needs: input.needs ?? [],
      availableFrom: input.availableFrom ?? null,
      counsellorId: place.counsellorId,
    })
    .returning();
  const preRelease = input.releaseDate !== undefined && input.releaseDate > vietnamDate();
  // The timeline reads "timeline.intake.<toStatus>": a pre-release intake says so.
  await recordCaseEvent(tx, actor, {
    returneeId: returnee.id,
    kind: 'intake',
    toStatus: preRelease ? 'pre_release' : 'active',
    details: { preRelease },
    fairId: place.fairId,
  });
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'returnee',
    entityId: returnee.id,
    reason: place.reason,
    details: { preRelease, ...(input.confirmSharedPhone && input.phone ? { sharedPhoneConfirmed: true } : {}) },
  });
  return { returnee };
}

async function checkCommune(tx: Executor, provinceCode: string, communeCode: string) {
  const check = await checkCodes(tx, { provinceCode, communeCode });
  if (!check.commune) throw new InputError({ communeCode: 'caseload.validation.communeNotInProvince' });
}

// ── Profile changes ─────────────────────────────────────────────────────────────────────────────

const scalarKeys = [
  'fullName',
  'birthDate',
  'sex',
  'ethnicity',
  'phone',
  'communeCode',
  'releaseDate',
  'releaseKind',
  'schoolingLevel',
  'needs',
  'availableFrom',
  'latitude',
  'longitude',
  'wageFloor',
  'maxTravelKm',
  'willingToMove',
] as const satisfies readonly FieldName[];

type AnyPatch = Omit<ProfilePatch, 'status'> & { status?: ProfilePatch['status'] };

function storedFields(r: Returnee): Fields {
  return {
    fullName: r.fullName,
    birthDate: r.birthDate,
    sex: r.sex,
    ethnicity: r.ethnicity,
    phone: r.phone,
    communeCode: r.communeCode,
    releaseDate: r.releaseDate,
    releaseKind: r.releaseKind,
    schoolingLevel: r.schoolingLevel,
    needs: r.needs,
    availableFrom: r.availableFrom,
    latitude: r.latitude,
    longitude: r.longitude,
    wageFloor: r.wageFloor,
    maxTravelKm: r.maxTravelKm,
    willingToMove: r.willingToMove,
  };
}

/** Codes to ids for the lists in a change (one query); every unknown code is reported at its place in the list. */
async function resolveCodes(tx: Executor, patch: AnyPatch) {
  const errors: Record<string, MessageKey> = {};
  const { skillIds, occupationIds } = await checkCodes(tx, {
    skillCodes: patch.skills?.map((s) => s.code) ?? [],
    occupationCodes: [
      ...(patch.occupationWishes ?? []),
      ...(patch.workHistory ?? []).flatMap((h) => (h.occupationCode ? [h.occupationCode] : [])),
    ],
  });
  patch.skills?.forEach((s, i) => {
    if (!skillIds.has(s.code)) errors[`skills.${i}.code`] = 'validation.skills.invalid';
  });
  patch.occupationWishes?.forEach((code, i) => {
    if (!occupationIds.has(code)) errors[`occupationWishes.${i}`] = 'validation.occupation.unknown';
  });
  patch.workHistory?.forEach((h, i) => {
    if (h.occupationCode && !occupationIds.has(h.occupationCode))
      errors[`workHistory.${i}.occupationCode`] = 'validation.occupation.unknown';
  });
  return { errors, skillIds, occupationIds };
}

/**
 * Applies a change inside the caller's transaction (record already cleared and locked): scalar
 * fields are merged with the stored record and the rules between fields checked on the result;
 * the lists given are replaced whole. Returns the names of the fields given.
 */
async function applyPatch(tx: Executor, actor: Actor, stored: Returnee, patch: AnyPatch) {
  const given = Object.keys(patch).filter((k) => patch[k as keyof AnyPatch] !== undefined) as (keyof AnyPatch)[];
  const merged: Fields = { ...storedFields(stored) };
  for (const key of scalarKeys) if (patch[key] !== undefined) Object.assign(merged, { [key]: patch[key] });
  const errors: Record<string, MessageKey> = {};
  for (const issue of recordIssues(merged)) {
    if (issue.involves.some((k) => given.includes(k as keyof AnyPatch))) errors[issue.path] ??= issue.message;
  }
  const moved = patch.communeCode !== undefined && patch.communeCode !== stored.communeCode;
  if (moved && patch.communeCode) {
    await checkCommune(tx, stored.provinceCode, patch.communeCode).catch((e: unknown) => {
      if (e instanceof InputError) Object.assign(errors, e.fields);
      else throw e;
    });
  }
  if (moved && patch.movedOn && !(await movedAfterLastMove(tx, stored.id, patch.movedOn))) {
    errors.movedOn ??= 'caseload.validation.movedBeforeLastMove';
  }
  if (patch.releaseDate && patch.releaseDate !== stored.releaseDate) {
    // A job cannot start before the person came home: the release date stays on or before every start.
    const [first] = await tx
      .select({ startDate: sql<string | null>`min(${placements.startDate})::text` })
      .from(placements)
      .where(eq(placements.returneeId, stored.id));
    if (first?.startDate && patch.releaseDate > first.startDate) errors.releaseDate ??= 'caseload.validation.releaseAfterJobStart';
  }
  const codes = await resolveCodes(tx, patch);
  Object.assign(errors, codes.errors);
  if (Object.keys(errors).length) throw new InputError(errors);
  if (patch.status && patch.status !== stored.status && !statusMoves[stored.status].includes(patch.status)) {
    throw new ConflictError('caseload.status.transition');
  }
  // A case with a job under way stays open until the job's end is recorded (a follow-up); a
  // reopened case is "placed" again while a job still runs.
  let newStatus: Returnee['status'] | undefined = patch.status && patch.status !== stored.status ? patch.status : undefined;
  if (newStatus) {
    const running = await hasRunningJob(tx, stored.id);
    if (newStatus === 'closed' && running) throw new ConflictError('caseload.status.jobRunning');
    if (newStatus === 'active' && running) newStatus = 'placed';
  }

  const columns: Partial<typeof returnees.$inferInsert> = {};
  for (const key of scalarKeys) {
    const value = patch[key];
    if (value === undefined) continue;
    Object.assign(columns, { [key]: key === 'needs' ? (value ?? []) : value });
  }
  if (patch.workTypes !== undefined) columns.wishWorkTypes = patch.workTypes ?? [];
  if (newStatus) columns.status = newStatus;
  if (Object.keys(columns).length) await tx.update(returnees).set(columns).where(eq(returnees.id, stored.id));
  else await tx.update(returnees).set({ updatedAt: new Date() }).where(eq(returnees.id, stored.id));

  const id = stored.id;
  if (patch.skills !== undefined) {
    await tx.delete(returneeSkills).where(eq(returneeSkills.returneeId, id));
    const rows = (patch.skills ?? []).map((s) => ({ returneeId: id, skillId: codes.skillIds.get(s.code)!, level: s.level }));
    if (rows.length) await tx.insert(returneeSkills).values(rows);
  }
  if (patch.occupationWishes !== undefined) {
    await tx.delete(returneeOccupationWishes).where(eq(returneeOccupationWishes.returneeId, id));
    const occupationIds = [...new Set((patch.occupationWishes ?? []).map((code) => codes.occupationIds.get(code)!))];
    if (occupationIds.length)
      await tx.insert(returneeOccupationWishes).values(occupationIds.map((occupationId) => ({ returneeId: id, occupationId })));
  }
  if (patch.certificates !== undefined) {
    await tx.delete(returneeCertificates).where(eq(returneeCertificates.returneeId, id));
    const rows = (patch.certificates ?? []).map((c) => ({ returneeId: id, name: c.name, issuer: c.issuer ?? null, year: c.year ?? null }));
    if (rows.length) await tx.insert(returneeCertificates).values(rows);
  }
  if (patch.workHistory !== undefined) {
    await tx.delete(returneeWorkHistory).where(eq(returneeWorkHistory.returneeId, id));
    const rows = (patch.workHistory ?? []).map((h) => ({
      returneeId: id,
      description: h.description,
      occupationId: h.occupationCode ? codes.occupationIds.get(h.occupationCode)! : null,
      months: h.months ?? null,
    }));
    if (rows.length) await tx.insert(returneeWorkHistory).values(rows);
  }

  const changed = given.filter((k) => k !== 'status' && k !== 'closeReason' && k !== 'closedOn' && k !== 'movedOn');
  if (changed.length) {
    await recordCaseEvent(tx, actor, { returneeId: id, kind: 'profile', details: { fields: changed } });
  }
  if (moved) {
    // A new commune in the same province: the residence history reads it from here (after the update,
    // so the event is in the new commune).
    await recordCaseEvent(tx, actor, {
      returneeId: id,
      kind: 'residence',
      details: {
        from: { provinceCode: stored.provinceCode, communeCode: stored.communeCode },
        to: { provinceCode: stored.provinceCode, communeCode: patch.communeCode ?? null },
      },
      effectiveOn: patch.movedOn,
    });
  }
  if (newStatus) {
    await recordCaseEvent(tx, actor, {
      returneeId: id,
      kind: 'case.status',
      fromStatus: stored.status,
      toStatus: newStatus,
      // The schema requires both with a closing.
      details:
        newStatus === 'closed' && patch.closeReason && patch.closedOn ? { closeReason: patch.closeReason, closedOn: patch.closedOn } : null,
      effectiveOn: newStatus === 'closed' ? patch.closedOn : undefined,
    });
  }
  return given;
}

/** A job the person has started and whose end is not recorded. */
async function hasRunningJob(tx: Executor, returneeId: string, today = vietnamDate()) {
  const [row] = await tx
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.returneeId, returneeId), isNull(placements.endedOn), lte(placements.startDate, today)))
    .limit(1);
  return Boolean(row);
}

/** A counsellor's change to a record of their province (audited 'update' with the fields named). */
export async function updateReturneeProfile(tx: Executor, actor: Actor, returneeId: string, patch: ProfilePatch): Promise<ReturneeProfile> {
  const fieldNames = Object.keys(patch).filter((k) => patch[k as keyof ProfilePatch] !== undefined);
  await requireStaffAccess(tx, actor, returneeId, 'update', `profile: ${fieldNames.join(', ') || 'nothing'}`);
  const stored = await lockReturnee(tx, returneeId);
  await applyPatch(tx, actor, stored, patch);
  return loadProfile(tx, returneeId);
}

/** The person's own change: wishes, skills and the card consent. */
export async function updateOwnProfile(tx: Executor, actor: Actor, patch: OwnProfilePatch): Promise<ReturneeProfile> {
  authorize(actor, 'update:returnee:own');
  const { shareCard, ...rest } = patch;
  const own = await returneeOfUser(tx, actor.id);
  if (!own) throw new NotFoundError('caseload.me.notLinked');
  await requireReturnee(tx, actor, own.id, 'update', 'own profile');
  const stored = await lockReturnee(tx, own.id);
  if (Object.values(rest).some((v) => v !== undefined)) await applyPatch(tx, actor, stored, rest);
  if (shareCard !== undefined && shareCard !== stored.shareCard) await writeCardConsent(tx, actor, stored, shareCard);
  return loadProfile(tx, own.id);
}

// ── Consent to an anonymised card ───────────────────────────────────────────────────────────────

async function writeCardConsent(tx: Executor, actor: Actor, stored: Returnee, granted: boolean, effectiveOn?: string) {
  const [consent] = await tx
    .insert(consents)
    .values({
      returneeId: stored.id,
      scope: 'anonymised_card',
      granted,
      wording: translate('vi', cardConsentWordingKey),
      recordedById: actor.id,
    })
    .returning();
  // The card's visibility reads this flag, so a withdrawal hides the card from the next request on.
  await tx.update(returnees).set({ shareCard: granted }).where(eq(returnees.id, stored.id));
  await recordCaseEvent(tx, actor, {
    returneeId: stored.id,
    kind: 'consent.card',
    subjectId: consent.id,
    fromStatus: stored.shareCard ? 'granted' : 'withdrawn',
    toStatus: granted ? 'granted' : 'withdrawn',
    details: null,
    effectiveOn,
  });
  return consent;
}

/**
 * Records the person's answer (given to the counsellor, or by themself) with who recorded it,
 * when, and the exact wording shown; the current flag changes in the same transaction.
 */
export async function setCardConsent(
  tx: Executor,
  actor: Actor,
  returneeId: string,
  granted: boolean,
  effectiveOn?: string,
): Promise<ReturneeProfile> {
  const cleared = await requireReturnee(tx, actor, returneeId, 'update', `consent: anonymised card ${granted ? 'granted' : 'withdrawn'}`);
  const stored = await lockReturnee(tx, cleared.id);
  await writeCardConsent(tx, actor, stored, granted, effectiveOn);
  return loadProfile(tx, returneeId);
}

/** A dated counselling contact: moves "last contact" forward and goes on the timeline. */
export async function addNote(tx: Executor, actor: Actor, returneeId: string, input: NoteInput): Promise<CounsellingNote> {
  await requireStaffAccess(tx, actor, returneeId, 'update', 'counselling note');
  const stored = await lockReturnee(tx, returneeId);
  const [note] = await tx
    .insert(counsellingNotes)
    .values({ returneeId, authorId: actor.id, contactDate: input.contactDate, text: input.text })
    .returning();
  // A contact today counts from now; one entered later for an earlier day, from noon that day.
  const at = input.contactDate === vietnamDate() ? new Date() : new Date(`${input.contactDate}T12:00:00+07:00`);
  if (!stored.lastContactAt || stored.lastContactAt < at) await touchLastContact(tx, returneeId, at);
  // Dated at the contact, so the timeline and the "counselled" indicator count it on the right day.
  await recordCaseEvent(tx, actor, {
    returneeId,
    kind: 'note',
    subjectId: note.id,
    details: { contactDate: input.contactDate },
    at,
    effectiveOn: input.contactDate,
  });
  return { id: note.id, contactDate: note.contactDate, text: note.text, author: actor.fullName, createdAt: note.createdAt.toISOString() };
}

// ── The person's own sign-in ────────────────────────────────────────────────────────────────────

/**
 * Creates the person's phone sign-in and links it to the record. With method "code" the initial
 * password is a generated 8-digit code, returned once here and never stored in clear. Two
 * counsellors creating the same phone at once: the second gets the same conflict.
 */
export async function createReturneeAccount(tx: Executor, actor: Actor, returneeId: string, input: AccountInput) {
  await requireStaffAccess(tx, actor, returneeId, 'update', 'create sign-in');
  const stored = await lockReturnee(tx, returneeId);
  if (stored.userId) throw new ConflictError('caseload.account.exists');
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, input.phone));
  if (taken) throw new ConflictError('caseload.account.phoneTaken');
  const code = input.method === 'code' ? oneTimeCode() : null;
  const user = await createAccount(tx, {
    phone: input.phone,
    fullName: stored.fullName,
    role: 'returnee',
    password: code ?? input.password ?? '',
  }).catch((error: unknown) => {
    if (error instanceof InputError && error.fields.phone) throw new ConflictError('caseload.account.phoneTaken');
    throw error;
  });
  await tx
    .update(returnees)
    .set({ userId: user.id, phone: stored.phone ?? input.phone })
    .where(eq(returnees.id, returneeId));
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    reason: 'returnee sign-in',
    details: { returneeId, method: input.method },
  });
  await recordCaseEvent(tx, actor, { returneeId, kind: 'account', subjectId: user.id, details: { method: input.method } });
  return { userId: user.id, phone: input.phone, oneTimeCode: code };
}

// ── A move to another province ──────────────────────────────────────────────────────────────────

/**
 * Whether `day` is on or after the day the person's present residence began (the intake, or the
 * last recorded move): the residence history is read in the order of these days, so a move dated
 * before the one it follows would rewrite where the person lived.
 */
async function movedAfterLastMove(tx: Executor, returneeId: string, day: string) {
  const [row] = await tx
    .select({ since: sql<string | null>`max(${caseEvents.effectiveOn})::text` })
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, returneeId), inArray(caseEvents.kind, ['intake', 'residence'])));
  return !row?.since || day >= row.since;
}

/** What a transfer did: where the record went, and since when. */
export type TransferResult = {
  returneeId: string;
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  effectiveOn: string;
};

/**
 * Transfers the person's record to the province they moved to: the new province and commune, no
 * counsellor (the receiving job centre assigns one), a `residence` event (from → to, on the day it
 * took effect, in the new area) and an audit row, in the caller's transaction. The old events keep
 * the area they happened in.
 *
 * Who may: a counsellor who may change the record in the sending province — the same
 * `update:returnee:province` check against the record as every change to it. A counsellor of the
 * receiving province may not, and sees nothing of the person before the record arrives: for them
 * the record is outside their scope and looks missing (404), as everywhere else; the sending
 * counsellor, who knows the person, tells them. Once it has moved, the sending counsellor no longer
 * sees it (404) and the receiving province's caseload lists it, its history included.
 */
export async function transferReturnee(tx: Executor, actor: Actor, returneeId: string, input: TransferInput): Promise<TransferResult> {
  await requireStaffAccess(tx, actor, returneeId, 'update', `transfer to province ${input.provinceCode}`);
  const stored = await lockReturnee(tx, returneeId);
  // Checked again on the locked row: a transfer that committed meanwhile moved it out of scope.
  authorize(actor, 'update:returnee', returneeResource(stored));
  const errors: Record<string, MessageKey> = {};
  if (input.provinceCode === stored.provinceCode) {
    errors.provinceCode = 'caseload.transfer.sameProvince';
  } else {
    Object.assign(errors, placeErrors(await checkCodes(tx, input), input.communeCode));
  }
  if (input.effectiveOn && !(await movedAfterLastMove(tx, stored.id, input.effectiveOn))) {
    errors.effectiveOn = 'caseload.validation.movedBeforeLastMove';
  }
  if (Object.keys(errors).length) throw new InputError(errors);

  await tx
    .update(returnees)
    .set({ provinceCode: input.provinceCode, communeCode: input.communeCode, counsellorId: null, updatedAt: new Date() })
    .where(eq(returnees.id, stored.id));
  const from = { provinceCode: stored.provinceCode, communeCode: stored.communeCode };
  const to = { provinceCode: input.provinceCode, communeCode: input.communeCode };
  await recordCaseEvent(tx, actor, {
    returneeId: stored.id,
    kind: 'residence',
    details: { from, to, ...(input.note ? { note: input.note } : {}) },
    effectiveOn: input.effectiveOn,
  });
  const effectiveOn = input.effectiveOn ?? vietnamDate();
  await writeAudit(tx, actor, {
    action: 'transfer',
    entityType: 'returnee',
    entityId: stored.id,
    reason: 'transfer to another province',
    details: { from, to, effectiveOn, counsellorId: stored.counsellorId },
  });
  // Nothing of a person is in the search index (anonymised cards are read from the record), so
  // no outbox row: the card, matching and the caseloads follow the record's province at once.
  const [place] = await tx
    .select({ provinceName: provinces.name, communeName: communes.name })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(eq(communes.code, input.communeCode));
  return { returneeId: stored.id, ...to, provinceName: place.provinceName, communeName: place.communeName, effectiveOn };
}
