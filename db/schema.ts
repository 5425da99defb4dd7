// The whole data model (Drizzle). Privacy by design (DESIGN.md §3): no table has any field for
// offences; a returnee record holds only what placement needs.
import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { locales, roles } from './enums.ts';

export { locales, roles, type Locale, type Role } from './enums.ts';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const roleEnum = pgEnum('role', roles);
export const localeEnum = pgEnum('locale', locales);

// ── Administrative units (34 provinces, 3,321 communes since 1 July 2025) ─────────────────────

export const provinces = pgTable('provinces', {
  code: varchar({ length: 2 }).primaryKey(),
  name: text().notNull(),
  placeType: text().notNull(),
});

export const communes = pgTable(
  'communes',
  {
    code: varchar({ length: 5 }).primaryKey(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    name: text().notNull(),
  },
  (t) => [index().on(t.provinceCode)],
);

/** Old (pre-July-2025) commune → current commune, for importing old addresses. */
export const communeMappings = pgTable(
  'commune_mappings',
  {
    id: serial().primaryKey(),
    /** Missing in the source for some split communes; the names still identify them. */
    oldCommuneCode: varchar({ length: 5 }),
    oldCommuneName: text().notNull(),
    oldDistrictName: text().notNull(),
    oldProvinceName: text().notNull(),
    newCommuneCode: varchar({ length: 5 })
      .notNull()
      .references(() => communes.code),
  },
  (t) => [index().on(t.oldCommuneCode), index().on(t.newCommuneCode)],
);

// ── Occupations and skills ──────────────────────────────────────────────────────────────────────

export const occupations = pgTable('occupations', {
  id: serial().primaryKey(),
  code: text().notNull().unique(),
  isco08: varchar({ length: 4 }).notNull(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
});

export const skills = pgTable(
  'skills',
  {
    id: serial().primaryKey(),
    code: text().notNull().unique(),
    occupationId: integer().references(() => occupations.id),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
  },
  (t) => [index().on(t.occupationId)],
);

// ── Accounts ────────────────────────────────────────────────────────────────────────────────────

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Lower-cased; staff and employers sign in with it. */
    email: text().unique(),
    /** Normalised to 0xxxxxxxxx; returnees sign in with it. */
    phone: text().unique(),
    passwordHash: text().notNull(),
    fullName: text().notNull(),
    role: roleEnum().notNull(),
    locale: localeEnum().notNull().default('vi'),
    /** The province a counsellor or organiser works in. */
    provinceCode: varchar({ length: 2 }).references(() => provinces.code),
    disabledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('users_has_login', sql`${t.email} is not null or ${t.phone} is not null`)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** SHA-256 of the cookie token: a leaked table does not yield usable cookies. */
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * account: acts as its user (an integration of an employer, a job centre…). statistics: reads the
 * indicators of its area (a province, or the country when it has none) and nothing else, always
 * protected — it belongs to no user.
 */
export const apiTokenKinds = ['account', 'statistics'] as const;
export const apiTokenKindEnum = pgEnum('api_token_kind', apiTokenKinds);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: apiTokenKindEnum().notNull().default('account'),
    /** The account it acts as (account tokens only). */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    /** A statistics token's province; null: the whole country. */
    provinceCode: varchar({ length: 2 }).references(() => provinces.code),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    /** First characters of the token, shown in lists so an administrator can tell tokens apart. */
    tokenPrefix: text().notNull(),
    createdById: uuid().references(() => users.id),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.userId),
    check(
      'api_tokens_kind_shape',
      sql`(${t.kind} = 'account' and ${t.userId} is not null and ${t.provinceCode} is null) or (${t.kind} = 'statistics' and ${t.userId} is null)`,
    ),
  ],
);

/** One row per counted attempt (sliding-window rate limits), shared by every app node. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.key, t.at)],
);

/**
 * A self-service password reset sent by e-mail: only a SHA-256 of the link's token is kept; the
 * token works once, until it expires.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    requestedIp: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * The job centre (Trung tâm Dịch vụ việc làm) of a province: where its people go and whom they
 * call. Shown to a returnee beside "go to the job centre".
 */
export const jobCentres = pgTable('job_centres', {
  provinceCode: varchar({ length: 2 })
    .primaryKey()
    .references(() => provinces.code),
  name: text().notNull(),
  address: text().notNull(),
  phone: text().notNull(),
  email: text(),
  /** Opening hours as the centre writes them ("Thứ Hai – Thứ Sáu, 7:30–17:00"). */
  openingHours: text(),
  updatedAt: updatedAt(),
});

// ── Organisations (employers, training providers) ───────────────────────────────────────────────

export const organisationKinds = ['employer', 'training_provider'] as const;
export const organisationKindEnum = pgEnum('organisation_kind', organisationKinds);
export const verificationStatuses = ['pending', 'verified', 'refused'] as const;
export const verificationStatusEnum = pgEnum('verification_status', verificationStatuses);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: organisationKindEnum().notNull().default('employer'),
    name: text().notNull(),
    /** Mã số thuế: 10 digits, or 10 digits + "-" + 3 digits for a branch. */
    taxCode: varchar({ length: 14 }),
    sector: text().notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    address: text(),
    contactName: text().notNull(),
    contactPhone: text(),
    contactEmail: text(),
    hiringStatement: text(),
    verificationStatus: verificationStatusEnum().notNull().default('pending'),
    verifiedById: uuid().references(() => users.id),
    verifiedAt: timestamp({ withTimezone: true }),
    refusalReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.provinceCode, t.verificationStatus), uniqueIndex().on(t.taxCode)],
);

export const membershipRoles = ['owner', 'member'] as const;
export const membershipRoleEnum = pgEnum('membership_role', membershipRoles);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRoleEnum().notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index().on(t.organisationId)],
);

// ── Jobs and training slots ─────────────────────────────────────────────────────────────────────

export const workTypes = ['full_time', 'part_time', 'seasonal', 'shift'] as const;
export const workTypeEnum = pgEnum('work_type', workTypes);
export const jobStatuses = ['draft', 'open', 'closed', 'filled'] as const;
export const jobStatusEnum = pgEnum('job_status', jobStatuses);
export const schoolingLevels = ['none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'higher'] as const;
export const schoolingLevelEnum = pgEnum('schooling_level', schoolingLevels);

export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    occupationId: integer()
      .notNull()
      .references(() => occupations.id),
    /** What the work is, day to day (the structured description: duties, hours, benefits). */
    description: text().notNull(),
    workingHours: text(),
    benefits: text(),
    openings: integer().notNull(),
    /** VND per month. */
    wageMin: integer().notNull(),
    wageMax: integer().notNull(),
    workType: workTypeEnum().notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    address: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    providesMeals: boolean().notNull().default(false),
    providesLodging: boolean().notNull().default(false),
    providesTravel: boolean().notNull().default(false),
    providesTraining: boolean().notNull().default(false),
    providesWorkClothes: boolean().notNull().default(false),
    minSchooling: schoolingLevelEnum(),
    requiredCertificate: text(),
    drivingLicenceClass: varchar({ length: 4 }),
    recordCheck: boolean().notNull().default(false),
    startDate: date(),
    closingDate: date(),
    status: jobStatusEnum().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.organisationId),
    index().on(t.status, t.provinceCode),
    check('jobs_wage_range', sql`${t.wageMin} >= 0 and ${t.wageMax} >= ${t.wageMin}`),
    check('jobs_openings_positive', sql`${t.openings} > 0`),
  ],
);

export const jobSkills = pgTable(
  'job_skills',
  {
    jobId: uuid()
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id),
    required: boolean().notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.skillId] })],
);

export const trainingLevels = ['so_cap', 'under_3_months', 'other'] as const;
export const trainingLevelEnum = pgEnum('training_level', trainingLevels);
export const fundingKinds = ['free', 'subsidised', 'fee'] as const;
export const fundingKindEnum = pgEnum('funding_kind', fundingKinds);
export const trainingStatuses = ['draft', 'open', 'closed'] as const;
export const trainingStatusEnum = pgEnum('training_status', trainingStatuses);

export const trainingSlots = pgTable(
  'training_slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    occupationId: integer()
      .notNull()
      .references(() => occupations.id),
    level: trainingLevelEnum().notNull(),
    durationDays: integer().notNull(),
    seats: integer().notNull(),
    seatsLeft: integer().notNull(),
    schedule: text(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    address: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** VND for the whole course; 0 when free. */
    costVnd: integer().notNull().default(0),
    funding: fundingKindEnum().notNull(),
    certificate: text(),
    startDate: date(),
    enrolmentDeadline: date(),
    leadsToJobId: uuid().references(() => jobs.id),
    status: trainingStatusEnum().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.organisationId),
    index().on(t.status, t.provinceCode),
    check('training_seats', sql`${t.seatsLeft} >= 0 and ${t.seatsLeft} <= ${t.seats}`),
  ],
);

// ── Search outbox: Postgres → Meilisearch, written in the same transaction as the posting ─────

export const searchEntities = ['job', 'training'] as const;
export const searchEntityEnum = pgEnum('search_entity', searchEntities);

/**
 * "This posting changed": the indexer re-reads the posting and upserts or deletes its document,
 * then sets processedAt once Meilisearch confirms the task. Rows are kept a day for inspection.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    entity: searchEntityEnum().notNull(),
    entityId: uuid().notNull(),
    createdAt: createdAt(),
    processedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('search_outbox_pending')
      .on(t.id)
      .where(sql`${t.processedAt} is null`),
    index().on(t.processedAt),
  ],
);

/**
 * The shape of the documents each index was last filled with (`documentVersions` in
 * search/documents.ts): when the code's version differs, the indexer refills that index.
 */
export const searchIndexState = pgTable('search_index_state', {
  entity: searchEntityEnum().primaryKey(),
  documentVersion: integer().notNull(),
  updatedAt: updatedAt(),
});

/**
 * Keys the server keeps to itself, made at first use with Node's random bytes: `card_refs` keys the
 * pseudonyms of anonymised candidate cards (app/services/caseload/cards.server.ts). Never sent out.
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: createdAt(),
});

// ── Returnees (minimised: no offence data, ever) ────────────────────────────────────────────────

export const releaseKinds = ['completed', 'amnesty', 'conditional_early_release'] as const;
export const releaseKindEnum = pgEnum('release_kind', releaseKinds);
export const sexes = ['female', 'male', 'other'] as const;
export const sexEnum = pgEnum('sex', sexes);
export const skillLevels = ['beginner', 'can_work', 'experienced'] as const;
export const skillLevelEnum = pgEnum('skill_level', skillLevels);
/** What the person asks for help with. */
export const needs = ['job', 'training', 'loan', 'legal'] as const;
export const needEnum = pgEnum('need', needs);
/** A case is open (looking, or before release), placed in a job, or closed by the counsellor. */
export const caseStatuses = ['active', 'placed', 'closed'] as const;
export const caseStatusEnum = pgEnum('case_status', caseStatuses);

export const returnees = pgTable(
  'returnees',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The person's own sign-in, once a counsellor creates it. */
    userId: uuid()
      .unique()
      .references(() => users.id, { onDelete: 'set null' }),
    fullName: text().notNull(),
    birthDate: date(),
    sex: sexEnum(),
    ethnicity: text(),
    phone: text(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    /** Where the person lives, when known (for distances); never shown to employers. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** Release date (expected, for a pre-release intake 1–3 months before it). */
    releaseDate: date(),
    releaseKind: releaseKindEnum(),
    schoolingLevel: schoolingLevelEnum(),
    counsellorId: uuid().references(() => users.id),
    status: caseStatusEnum().notNull().default('active'),
    needs: needEnum()
      .array()
      .notNull()
      .default(sql`'{}'`),
    availableFrom: date(),
    // Wishes
    wishWorkTypes: workTypeEnum()
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** VND per month. */
    wageFloor: integer(),
    /** How far the person will travel to work each day; with no coordinates, the province is the reach. */
    maxTravelKm: integer(),
    /** Would move for a job that offers lodging. */
    willingToMove: boolean().notNull().default(false),
    /** Current consent to show an anonymised card to employers (history in `consents`). */
    shareCard: boolean().notNull().default(false),
    lastContactAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.provinceCode, t.status),
    index().on(t.counsellorId),
    index()
      .on(t.shareCard, t.provinceCode)
      .where(sql`${t.shareCard}`),
  ],
);

export const returneeSkills = pgTable(
  'returnee_skills',
  {
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id),
    level: skillLevelEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.returneeId, t.skillId] }), index().on(t.skillId)],
);

export const returneeOccupationWishes = pgTable(
  'returnee_occupation_wishes',
  {
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    occupationId: integer()
      .notNull()
      .references(() => occupations.id),
  },
  (t) => [primaryKey({ columns: [t.returneeId, t.occupationId] }), index().on(t.occupationId)],
);

/** Certificates, wherever earned; employers see the name only (an issuer could reveal the past). */
export const returneeCertificates = pgTable(
  'returnee_certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    issuer: text(),
    year: integer(),
  },
  (t) => [index().on(t.returneeId)],
);

export const returneeWorkHistory = pgTable(
  'returnee_work_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    occupationId: integer().references(() => occupations.id),
    description: text().notNull(),
    months: integer(),
  },
  (t) => [index().on(t.returneeId)],
);

export const consentScopes = ['anonymised_card', 'referral'] as const;
export const consentScopeEnum = pgEnum('consent_scope', consentScopes);

/** Every consent given or withdrawn: who recorded it, when, and the exact wording the person saw. */
export const consents = pgTable(
  'consents',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    scope: consentScopeEnum().notNull(),
    /** For a referral consent: the referral (so the named employer) it covers. */
    referralId: uuid(),
    granted: boolean().notNull(),
    wording: text().notNull(),
    recordedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: createdAt(),
  },
  (t) => [index().on(t.returneeId), index().on(t.referralId)],
);

export const counsellingNotes = pgTable(
  'counselling_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    contactDate: date().notNull(),
    text: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.returneeId, t.contactDate)],
);

// ── Pipeline: referrals, placements, enrolments, loans and legal help ───────────────────────────

/**
 * suggested (by a counsellor) / requested (the person applied) / introduction_requested (an
 * employer asked) → referred (consent recorded) → interview_scheduled → offered → hired;
 * not_hired and withdrawn end it early.
 */
export const referralStatuses = [
  'suggested',
  'requested',
  'introduction_requested',
  'referred',
  'interview_scheduled',
  'offered',
  'hired',
  'not_hired',
  'withdrawn',
] as const;
export const referralStatusEnum = pgEnum('referral_status', referralStatuses);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id),
    status: referralStatusEnum().notNull(),
    interviewAt: timestamp({ withTimezone: true }),
    /** Why not hired / withdrawn. */
    reason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.returneeId, t.jobId), index().on(t.jobId, t.status)],
);

export const contractTypes = ['indefinite', 'fixed_term', 'seasonal', 'probation'] as const;
export const contractTypeEnum = pgEnum('contract_type', contractTypes);

export const placements = pgTable(
  'placements',
  {
    id: uuid().primaryKey().defaultRandom(),
    referralId: uuid()
      .notNull()
      .unique()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    startDate: date().notNull(),
    /** VND per month. */
    wageVnd: integer().notNull(),
    contractType: contractTypeEnum().notNull(),
    /** Set by a follow-up that finds the person no longer employed there. */
    endedOn: date(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.returneeId), index().on(t.organisationId)],
);

/** Follow-ups are due 1, 3, 6 and 12 months after the start date. */
export const followUpMonths = [1, 3, 6, 12] as const;

export const placementFollowUps = pgTable(
  'placement_follow_ups',
  {
    placementId: uuid()
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    month: integer().notNull(),
    stillEmployed: boolean().notNull(),
    note: text(),
    recordedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    recordedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.placementId, t.month] })],
);

export const enrolmentStatuses = ['applied', 'enrolled', 'completed', 'certified', 'dropped_out'] as const;
export const enrolmentStatusEnum = pgEnum('enrolment_status', enrolmentStatuses);

export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    trainingSlotId: uuid()
      .notNull()
      .references(() => trainingSlots.id),
    status: enrolmentStatusEnum().notNull(),
    reason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.returneeId, t.trainingSlotId), index().on(t.trainingSlotId)],
);

/** Loan support (VBSP credit, Decision 22/2023/QĐ-TTg) and legal help / papers. */
export const supportKinds = ['loan', 'legal'] as const;
export const supportKindEnum = pgEnum('support_kind', supportKinds);
export const supportStatuses = ['needed', 'eligible', 'not_eligible', 'referred_to_bank', 'granted', 'refused', 'done'] as const;
export const supportStatusEnum = pgEnum('support_status', supportStatuses);

export const supportCases = pgTable(
  'support_cases',
  {
    id: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id, { onDelete: 'cascade' }),
    kind: supportKindEnum().notNull(),
    status: supportStatusEnum().notNull(),
    /** A granted loan, in VND. */
    amountVnd: bigint({ mode: 'number' }),
    note: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.returneeId, t.kind)],
);

/**
 * The person's timeline: every dated, attributed step of every process (intake, consent, referral,
 * placement, follow-up, enrolment, loan, legal help). Indicators are counted from these rows.
 */
/**
 * The kinds of step a person's timeline records; the indicators count them (details typed per kind in
 * the services). `residence` is a move of the person's province or commune (from → to, on the day it
 * took effect); with the intake's own area it is the person's residence history.
 */
export const caseEventKinds = [
  'intake',
  'profile',
  'case.status',
  'consent.card',
  'note',
  'account',
  'referral',
  'placement',
  'placement.follow_up',
  'enrolment',
  'loan',
  'legal',
  'residence',
] as const;
export const caseEventKindEnum = pgEnum('case_event_kind', caseEventKinds);

/**
 * One dated, attributed step of a person's case, with the area the person lived in at the time
 * (and the fair, when it happened at one), so figures for an area and a period are counted as they
 * were. Not tied to the record by a cascade: erasing a person does not erase what the indicators
 * counted (the person's id then names nobody).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    returneeId: uuid().notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    /** The job fair the step happened at. */
    fairId: uuid().references(() => fairs.id, { onDelete: 'set null' }),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    kind: caseEventKindEnum().notNull(),
    subjectId: uuid(),
    fromStatus: text(),
    toStatus: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    /** When it was recorded. */
    at: createdAt(),
    /**
     * The day it took effect, which a counsellor recording late (from paper, after a fair) gives:
     * never after the day it was recorded. Rows from before this column have the day of `at` in
     * Asia/Ho_Chi_Minh. The indicators count a step in the period of this day.
     */
    effectiveOn: date()
      .notNull()
      .default(sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`),
  },
  (t) => [
    index().on(t.returneeId, t.at),
    index().on(t.kind, t.toStatus, t.at),
    index().on(t.provinceCode, t.kind, t.at),
    index().on(t.kind, t.toStatus, t.effectiveOn),
  ],
);

// ── Indicators: a province's plan and its targets (docs/decisions/006-indicators.md) ─────────────

export const targetDirections = ['at_least', 'below'] as const;
export const targetDirectionEnum = pgEnum('target_direction', targetDirections);

/**
 * A plan a province adopted (e.g. Kon Tum's Decision 681/QĐ-UBND, 2025–2030): the years it covers
 * and its area — a province, or a named group of its communes (a plan made for a province that has
 * since been merged applies to the communes that were that province).
 */
export const indicatorPlans = pgTable(
  'indicator_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    decisionNumber: text(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    /** The plan area's communes; empty: the whole province. */
    communeCodes: varchar({ length: 5 })
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Its name for the area, e.g. "Địa bàn tỉnh Kon Tum (cũ)". */
    areaName: text(),
    fromYear: integer().notNull(),
    toYear: integer().notNull(),
    /**
     * An ended plan applies no longer from this year on (it applied fromYear … endYear − 1); at
     * fromYear or before, it was withdrawn and applies to no year. Its row and targets stay.
     */
    endYear: integer(),
    endedAt: timestamp({ withTimezone: true }),
    endedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.provinceCode),
    check('indicator_plans_years', sql`${t.fromYear} <= ${t.toYear}`),
    check('indicator_plans_end', sql`(${t.endYear} is null) = (${t.endedAt} is null)`),
  ],
);

/** A plan's target for one indicator: a band (at least `low`, aiming at `high`) or a limit to stay below (rates as fractions). */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    planId: uuid()
      .notNull()
      .references(() => indicatorPlans.id, { onDelete: 'cascade' }),
    indicator: text().notNull(),
    direction: targetDirectionEnum().notNull(),
    low: doublePrecision(),
    high: doublePrecision(),
    limit: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.indicator] }),
    check(
      'indicator_targets_shape',
      sql`(${t.direction} = 'at_least' and ${t.low} is not null and ${t.high} is not null and ${t.low} <= ${t.high}) or (${t.direction} = 'below' and ${t.limit} is not null)`,
    ),
  ],
);

/** A province's choices about its indicators; no row: the defaults (reoffending counted). */
export const indicatorSettings = pgTable('indicator_settings', {
  provinceCode: varchar({ length: 2 })
    .primaryKey()
    .references(() => provinces.code),
  /**
   * Whether the province counts the "detained again" closings as its reoffending indicator
   * (DESIGN.md §6: "if the province records it"). No offence data: a yes or no per province.
   */
  countsDetainedAgain: boolean().notNull().default(true),
  updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/**
 * The definition settings the indicators were counted with, from a day on (ADR 006, "series breaks
 * are data"): the app records STABLE_JOB_MONTHS at start-up when it differs from the last row, so a
 * trend marks the month a deployment changed what counts as a stable job.
 */
export const indicatorDefinitionSettings = pgTable(
  'indicator_definition_settings',
  {
    id: uuid().primaryKey().defaultRandom(),
    setting: varchar({ length: 40 }).notNull(),
    value: integer().notNull(),
    /** The Vietnam calendar day it took effect. */
    fromDay: date({ mode: 'string' }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.setting, t.recordedAt)],
);

/**
 * Each person's indicator facts (definitions.ts `PersonFacts`) as columns and arrays an aggregate
 * reads (docs/decisions/006-indicators.md): rewritten from the records in the transaction of every
 * step that changes them. Keyed by a random subject id, not the person: the link (`returneeId`)
 * goes when the returnee row is erased, and the row stays, naming nobody, so past counts hold.
 * Arrays of one kind run in parallel (element i of each is the same course, placement, loan or
 * residence entry); a placement keeps the follow-ups' summary the stable-job rule needs for any
 * number of months (the longest month found still employed, the first month found gone).
 */
export const indicatorFacts = pgTable(
  'indicator_facts',
  {
    subjectId: uuid().primaryKey().defaultRandom(),
    returneeId: uuid()
      .unique()
      .references(() => returnees.id, { onDelete: 'set null' }),
    releaseDate: date(),
    intakeOn: date(),
    caseStartedOn: date(),
    closedOn: date(),
    detainedAgainOn: date(),
    /** Where the person lived: entry i from residenceFrom[i] in residenceProvince[i] / residenceCommune[i]. */
    residenceFrom: date().array().notNull(),
    residenceProvince: varchar({ length: 2 }).array().notNull(),
    residenceCommune: varchar({ length: 5 }).array().notNull(),
    sex: sexEnum(),
    ethnicity: text(),
    birthDate: date(),
    occupationCode: text(),
    counselledOn: date().array().notNull(),
    courseCompletedOn: date().array().notNull(),
    courseCertifiedOn: date().array().notNull(),
    courseFairId: uuid().array().notNull(),
    referralOn: date().array().notNull(),
    referralFairId: uuid().array().notNull(),
    placementHiredOn: date().array().notNull(),
    placementStart: date().array().notNull(),
    placementEndedOn: date().array().notNull(),
    placementFairId: uuid().array().notNull(),
    /** The longest follow-up month that found the person still employed (null: none). */
    placementStillMonth: integer().array().notNull(),
    /** The first follow-up month that found the person gone (null: none). */
    placementGoneMonth: integer().array().notNull(),
    /** Each placement's follow-ups as recorded ({ month, stillEmployed, on }[]), for reading the facts back. */
    placementFollowUps: jsonb().$type<{ month: number; stillEmployed: boolean; on: string }[][]>().notNull(),
    loanAskedOn: date().array().notNull(),
    loanEligible: boolean().array().notNull(),
    loanGrantedOn: date().array().notNull(),
    /** The first request of a loan found eligible (the loan indicator's denominator from that day). */
    loanEligibleFrom: date(),
    fairIds: uuid().array().notNull(),
    /**
     * The stable-job rule applied at write (`stableOutcome`) for every number of months 1–24: one code
     * months × 100000 + (mark − 2000-01-01 in days) per placement stable at its mark, and per
     * placement unknown at it; a query for m months looks for a code of m with the mark in the period.
     */
    stableMarks: integer()
      .array()
      .notNull()
      .default(sql`'{}'`),
    unknownMarks: integer()
      .array()
      .notNull()
      .default(sql`'{}'`),
    updatedAt: updatedAt(),
  },
  (t) => [index().using('gin', t.residenceProvince), index().using('gin', t.residenceCommune), index().using('gin', t.fairIds)],
);

/** The parts of the yearly report a person writes (the results come from the figures). */
export const reportSections = ['issuer', 'number', 'situation', 'shortcomings', 'direction'] as const;

/**
 * The written parts of an area's yearly report (issuing body, number, situation, shortcomings, next
 * year's direction), one row per area, year and section; the area is an indicator area code
 * ("country", a province, a commune, or "plan:<id>").
 */
export const indicatorReportTexts = pgTable(
  'indicator_report_texts',
  {
    areaCode: varchar({ length: 45 }).notNull(),
    year: integer().notNull(),
    section: text({ enum: reportSections }).notNull(),
    text: text().notNull(),
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.areaCode, t.year, t.section] }),
    check('indicator_report_texts_length', sql`char_length(${t.text}) <= 10000`),
  ],
);

// ── Live job fairs (docs/decisions/005-live-fairs.md): the queues live here, and the schema keeps
// their invariants whatever the clients do ──────────────────────────────────────────────────────

export const fairKinds = ['periodic', 'mobile', 'thematic', 'online'] as const;
export const fairKindEnum = pgEnum('fair_kind', fairKinds);
export const fairStatuses = ['draft', 'registration', 'live', 'paused', 'ended'] as const;
export const fairStatusEnum = pgEnum('fair_status', fairStatuses);

export const fairs = pgTable(
  'fairs',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: fairKindEnum().notNull(),
    provinceCode: varchar({ length: 2 })
      .notNull()
      .references(() => provinces.code),
    /** Null for an online fair. */
    communeCode: varchar({ length: 5 }).references(() => communes.code),
    venueAddress: text(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer(),
    status: fairStatusEnum().notNull().default('draft'),
    /** Minutes without a staff action before a booth with people waiting raises the alert. */
    emptyBoothMinutes: integer().notNull().default(10),
    /** Seconds a called person has to come before a no-show may be marked. */
    noShowGraceSeconds: integer().notNull().default(180),
    /** The last fair event's sequence number (the next command takes this + 1, row locked). */
    lastSeq: bigint({ mode: 'number' }).notNull().default(0),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.provinceCode, t.startsAt),
    check('fairs_hours', sql`${t.endsAt} > ${t.startsAt}`),
    check('fairs_place', sql`${t.kind} = 'online' or ${t.communeCode} is not null`),
    check('fairs_capacity', sql`${t.capacity} is null or ${t.capacity} > 0`),
    check('fairs_settings', sql`${t.emptyBoothMinutes} > 0 and ${t.noShowGraceSeconds} >= 0`),
  ],
);

export const boothStatuses = ['invited', 'accepted', 'declined'] as const;
export const boothStatusEnum = pgEnum('booth_status', boothStatuses);

/** An invited employer or training provider: its booth number, what it shows, who staffs it. */
export const fairBooths = pgTable(
  'fair_booths',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    number: integer().notNull(),
    status: boothStatusEnum().notNull().default('invited'),
    /** An online fair's "join the call" link, shown only to the person being served. */
    callLink: text(),
    /** The last staff action (call, no-show, outcome): the empty-booth alert reads it. */
    lastStaffActionAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex().on(t.fairId, t.number),
    uniqueIndex().on(t.fairId, t.organisationId),
    check('fair_booths_number', sql`${t.number} > 0`),
  ],
);

export const fairBoothStaff = pgTable(
  'fair_booth_staff',
  {
    boothId: uuid()
      .notNull()
      .references(() => fairBooths.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.boothId, t.userId] }), index().on(t.userId)],
);

/** The open jobs and courses a booth shows (one of the two per row). */
export const fairBoothPostings = pgTable(
  'fair_booth_postings',
  {
    id: uuid().primaryKey().defaultRandom(),
    boothId: uuid()
      .notNull()
      .references(() => fairBooths.id, { onDelete: 'cascade' }),
    jobId: uuid().references(() => jobs.id, { onDelete: 'cascade' }),
    trainingSlotId: uuid().references(() => trainingSlots.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('fair_booth_postings_one', sql`(${t.jobId} is null) <> (${t.trainingSlotId} is null)`),
    uniqueIndex().on(t.boothId, t.jobId),
    uniqueIndex().on(t.boothId, t.trainingSlotId),
  ],
);

/** A person's ticket to a fair: a short code (and QR), checked in once. */
export const fairTickets = pgTable(
  'fair_tickets',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    returneeId: uuid()
      .notNull()
      .references(() => returnees.id),
    code: varchar({ length: 12 }).notNull(),
    /** Registered at the door by the organiser. */
    walkIn: boolean().notNull().default(false),
    registeredByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    checkedInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.fairId, t.returneeId), uniqueIndex().on(t.fairId, t.code)],
);

export const queueStatuses = ['waiting', 'called', 'serving', 'done', 'no_show', 'left'] as const;
export const queueStatusEnum = pgEnum('queue_status', queueStatuses);
export const boothOutcomes = ['not_suitable', 'second_interview', 'offer_made', 'hired', 'enrolled'] as const;
export const boothOutcomeEnum = pgEnum('booth_outcome', boothOutcomes);

/**
 * A person's place in one booth's queue. The partial unique indexes are the queue's rules: one
 * active place per person per booth; each active place holds one of the ticket's 3 slots (so at most
 * 3 queues at once); each called or served place holds one of the booth's 4 desks (at most 4 served
 * at once); and a person is called or served at one booth at a time.
 */
export const fairQueueEntries = pgTable(
  'fair_queue_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    boothId: uuid()
      .notNull()
      .references(() => fairBooths.id, { onDelete: 'cascade' }),
    ticketId: uuid()
      .notNull()
      .references(() => fairTickets.id, { onDelete: 'cascade' }),
    /** The number the booth calls ("now serving 23"): in joining order, per booth. */
    number: integer().notNull(),
    status: queueStatusEnum().notNull().default('waiting'),
    /** Which of the ticket's three queue slots this place holds while active. */
    slot: smallint().notNull(),
    /** Which of the booth's four desks, while called or served. */
    desk: smallint(),
    /** The counsellor or door screen that queued the person (proxy), or null: the person. */
    joinedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    joinedAt: createdAt(),
    /** The wait the person was told when joining, in minutes (the after-fair summary reports its error). */
    waitEstimateMinutes: integer(),
    calledAt: timestamp({ withTimezone: true }),
    calledByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    finishedAt: timestamp({ withTimezone: true }),
    outcome: boothOutcomeEnum(),
    /** The job or the course the person queues for: one of those the booth shows. */
    jobId: uuid().references(() => jobs.id),
    trainingSlotId: uuid().references(() => trainingSlots.id),
    /** The referral the place is (joining a booth for a job is applying). */
    referralId: uuid().references(() => referrals.id, { onDelete: 'set null' }),
    /** The application for a seat the place is (joining a booth for a course is asking for one). */
    enrolmentId: uuid().references(() => enrolments.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex().on(t.boothId, t.number),
    uniqueIndex('fair_queue_one_place_per_booth')
      .on(t.boothId, t.ticketId)
      .where(sql`${t.status} in ('waiting', 'called', 'serving')`),
    uniqueIndex('fair_queue_three_slots')
      .on(t.ticketId, t.slot)
      .where(sql`${t.status} in ('waiting', 'called', 'serving')`),
    uniqueIndex('fair_queue_four_desks')
      .on(t.boothId, t.desk)
      .where(sql`${t.status} in ('called', 'serving')`),
    uniqueIndex('fair_queue_one_booth_at_a_time')
      .on(t.ticketId)
      .where(sql`${t.status} in ('called', 'serving')`),
    index().on(t.boothId, t.status, t.number),
    // The fair's counters, console and board read its places by status.
    index().on(t.fairId, t.status),
    check('fair_queue_slot', sql`${t.slot} between 1 and 3`),
    check('fair_queue_wait_estimate', sql`${t.waitEstimateMinutes} is null or ${t.waitEstimateMinutes} >= 0`),
    check(
      'fair_queue_posting',
      sql`(${t.jobId} is null or ${t.trainingSlotId} is null) and (${t.referralId} is null or ${t.jobId} is not null) and (${t.enrolmentId} is null or ${t.trainingSlotId} is not null)`,
    ),
    check(
      'fair_queue_desk',
      sql`(${t.status} in ('called', 'serving')) = (${t.desk} is not null) and (${t.desk} is null or ${t.desk} between 1 and 4)`,
    ),
  ],
);

/**
 * The fair's append-only log: every command's event with the fair's next sequence number, and the
 * client's idempotency key with the answer it got (a retry gets the same answer, nothing is done
 * twice). Clients catch up from here after any drop.
 */
export const fairEvents = pgTable(
  'fair_events',
  {
    fairId: uuid()
      .notNull()
      .references(() => fairs.id, { onDelete: 'cascade' }),
    seq: bigint({ mode: 'number' }).notNull(),
    /** `entity:verb`, e.g. "queue:joined". */
    type: text().notNull(),
    /** Which rooms may see it: the booth and the ticket it concerns, when it concerns one. */
    boothId: uuid(),
    ticketId: uuid(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    idempotencyKey: varchar({ length: 100 }),
    answer: jsonb().$type<unknown>(),
    at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.fairId, t.seq] }), uniqueIndex().on(t.fairId, t.idempotencyKey)],
);

// ── Audit log: every staff read or change of a returnee record, and account administration ────

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** e.g. "read", "create", "update", "sign_in", "disable". */
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    reason: text(),
    ipAddress: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    at: createdAt(),
  },
  (t) => [index().on(t.entityType, t.entityId), index().on(t.actorUserId), index().on(t.at)],
);

// ── Relations ───────────────────────────────────────────────────────────────────────────────────

export const usersRelations = relations(users, ({ many, one }) => ({
  sessions: many(sessions),
  memberships: many(memberships),
  province: one(provinces, { fields: [users.provinceCode], references: [provinces.code] }),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  organisation: one(organisations, {
    fields: [memberships.organisationId],
    references: [organisations.id],
  }),
}));

export const organisationsRelations = relations(organisations, ({ many }) => ({
  memberships: many(memberships),
  jobs: many(jobs),
  trainingSlots: many(trainingSlots),
}));

export const jobsRelations = relations(jobs, ({ one, many }) => ({
  organisation: one(organisations, { fields: [jobs.organisationId], references: [organisations.id] }),
  occupation: one(occupations, { fields: [jobs.occupationId], references: [occupations.id] }),
  skills: many(jobSkills),
}));

export const jobSkillsRelations = relations(jobSkills, ({ one }) => ({
  job: one(jobs, { fields: [jobSkills.jobId], references: [jobs.id] }),
  skill: one(skills, { fields: [jobSkills.skillId], references: [skills.id] }),
}));

export const trainingSlotsRelations = relations(trainingSlots, ({ one }) => ({
  organisation: one(organisations, {
    fields: [trainingSlots.organisationId],
    references: [organisations.id],
  }),
  occupation: one(occupations, { fields: [trainingSlots.occupationId], references: [occupations.id] }),
}));

export const returneesRelations = relations(returnees, ({ one, many }) => ({
  user: one(users, { fields: [returnees.userId], references: [users.id] }),
  skills: many(returneeSkills),
  wishes: many(returneeOccupationWishes),
  certificates: many(returneeCertificates),
  workHistory: many(returneeWorkHistory),
}));

export const returneeOccupationWishesRelations = relations(returneeOccupationWishes, ({ one }) => ({
  returnee: one(returnees, { fields: [returneeOccupationWishes.returneeId], references: [returnees.id] }),
  occupation: one(occupations, { fields: [returneeOccupationWishes.occupationId], references: [occupations.id] }),
}));

export const returneeCertificatesRelations = relations(returneeCertificates, ({ one }) => ({
  returnee: one(returnees, { fields: [returneeCertificates.returneeId], references: [returnees.id] }),
}));

export const returneeWorkHistoryRelations = relations(returneeWorkHistory, ({ one }) => ({
  returnee: one(returnees, { fields: [returneeWorkHistory.returneeId], references: [returnees.id] }),
  occupation: one(occupations, { fields: [returneeWorkHistory.occupationId], references: [occupations.id] }),
}));

export const returneeSkillsRelations = relations(returneeSkills, ({ one }) => ({
  returnee: one(returnees, { fields: [returneeSkills.returneeId], references: [returnees.id] }),
  skill: one(skills, { fields: [returneeSkills.skillId], references: [skills.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type TrainingSlot = typeof trainingSlots.$inferSelect;
export type Returnee = typeof returnees.$inferSelect;
export type AuditEntry = typeof auditLog.$inferInsert;
export type Referral = typeof referrals.$inferSelect;
export type Placement = typeof placements.$inferSelect;
export type Enrolment = typeof enrolments.$inferSelect;
export type SupportCase = typeof supportCases.$inferSelect;
export type CaseEvent = typeof caseEvents.$inferInsert;
export type Fair = typeof fairs.$inferSelect;
export type FairTicket = typeof fairTickets.$inferSelect;
export type FairBooth = typeof fairBooths.$inferSelect;
