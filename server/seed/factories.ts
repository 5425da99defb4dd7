// Factories that make ready rows through the same service code the app uses. The demo seed and
// the tests share them, so demo data and test data look alike. `makeUser` returns a ready actor
// (what commands act for); adding it to an organisation with `makeOrganisation` keeps that actor's
// organisations up to date, as a fresh sign-in would.
import { randomUUID } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import { createAccount, type NewAccount } from '#app/services/accounts/commands.server.ts';
import { newToken, sha256 } from '#app/services/accounts/tokens.server.ts';
import type { Actor } from '#app/services/authorize.ts';
import { enqueueSearchSync } from '#search/outbox.ts';
import type { Db } from '#db/client.ts';
import {
  apiTokens,
  communes,
  fairBoothPostings,
  fairBooths,
  fairBoothStaff,
  fairs,
  jobSkills,
  jobs,
  memberships,
  occupations,
  organisations,
  returneeCertificates,
  returneeOccupationWishes,
  returnees,
  returneeSkills,
  skills,
  trainingSlots,
} from '#db/schema.ts';

const unique = () => randomUUID().slice(0, 8);

export const defaultTestPassword = 'mat-khau-thu-nghiem';

/** The actors made here, so a membership added later shows in their organisations. */
const actors = new Map<string, { organisationIds: string[] }>();

export async function makeUser(db: Db, overrides: Partial<NewAccount> = {}): Promise<Actor> {
  const role = overrides.role ?? 'counsellor';
  const user = await createAccount(db, {
    fullName: 'Nguyễn Văn Thử',
    password: defaultTestPassword,
    role,
    ...(role === 'returnee'
      ? { phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` }
      : { email: `${role}-${unique()}@example.vn` }),
    ...(role === 'counsellor' || role === 'organiser' ? { provinceCode: '51' } : {}),
    ...overrides,
  });
  const actor = { ...user, organisationIds: [] as string[], clientIp: '127.0.0.1' };
  actors.set(user.id, actor);
  return actor;
}

/** An API token acting as `userId` (only its hash is stored). */
export async function makeApiToken(db: Db, userId: string, name = 'Tích hợp thử nghiệm') {
  const token = newToken('pct_');
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: sha256(token), tokenPrefix: token.slice(0, 10), createdById: userId })
    .returning();
  return { token, row };
}

export async function makeOrganisation(
  db: Db,
  overrides: Partial<typeof organisations.$inferInsert> = {},
  members: { userId: string; role?: 'owner' | 'member' }[] = [],
) {
  const [organisation] = await db
    .insert(organisations)
    .values({
      name: `Công ty TNHH Thử nghiệm ${unique()}`,
      sector: 'Sản xuất',
      provinceCode: '51',
      contactName: 'Trần Thị Liên',
      verificationStatus: 'verified',
      verifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  for (const m of members) {
    await db.insert(memberships).values({ userId: m.userId, organisationId: organisation.id, role: m.role ?? 'owner' });
    actors.get(m.userId)?.organisationIds.push(organisation.id);
  }
  return organisation;
}

export async function occupationByCode(db: Db, code: string) {
  const [row] = await db.select().from(occupations).where(eq(occupations.code, code));
  if (!row) throw new Error(`No occupation with code ${code}`);
  return row;
}

export async function skillsOf(db: Db, occupationId: number) {
  return db.select().from(skills).where(eq(skills.occupationId, occupationId));
}

export async function makeJob(db: Db, input: Partial<typeof jobs.$inferInsert> & { organisationId: string; occupationCode?: string }) {
  const { occupationCode, ...overrides } = input;
  const occupation = await occupationByCode(db, occupationCode ?? 'welder');
  const [job] = await db
    .insert(jobs)
    .values({
      title: occupation.nameVi,
      occupationId: occupation.id,
      description: `Tuyển ${occupation.nameVi.toLowerCase()}.`,
      openings: 2,
      wageMin: 7_000_000,
      wageMax: 9_000_000,
      workType: 'full_time',
      provinceCode: '51',
      status: 'open',
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  const jobSkillRows = (await skillsOf(db, occupation.id)).slice(0, 3);
  if (jobSkillRows.length) {
    await db.insert(jobSkills).values(jobSkillRows.map((s, i) => ({ jobId: job.id, skillId: s.id, required: i === 0 })));
  }
  await enqueueSearchSync(db, 'job', [job.id]);
  return job;
}

export async function makeTrainingSlot(
  db: Db,
  input: Partial<typeof trainingSlots.$inferInsert> & { organisationId: string; occupationCode?: string },
) {
  const { occupationCode, ...overrides } = input;
  const occupation = await occupationByCode(db, occupationCode ?? 'welder');
  const [slot] = await db
    .insert(trainingSlots)
    .values({
      title: `Sơ cấp ${occupation.nameVi.toLowerCase()}`,
      occupationId: occupation.id,
      level: 'so_cap',
      durationDays: 60,
      seats: 20,
      seatsLeft: 20,
      provinceCode: '51',
      funding: 'free',
      certificate: 'Chứng chỉ sơ cấp nghề',
      status: 'open',
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  await enqueueSearchSync(db, 'training', [slot.id]);
  return slot;
}

export async function makeReturnee(
  db: Db,
  input: Partial<typeof returnees.$inferInsert> & {
    skillLevels?: Record<string, 'beginner' | 'can_work' | 'experienced'>;
    occupationWishes?: string[];
    certificates?: string[];
  } = {},
) {
  const { skillLevels, occupationWishes, certificates, ...overrides } = input;
  const [returnee] = await db
    .insert(returnees)
    .values({ fullName: 'Lê Văn Thử', provinceCode: '51', releaseKind: 'completed', needs: ['job'], ...overrides })
    .returning();
  for (const [code, level] of Object.entries(skillLevels ?? {})) {
    const [skill] = await db.select().from(skills).where(eq(skills.code, code));
    if (!skill) throw new Error(`No skill with code ${code}`);
    await db.insert(returneeSkills).values({ returneeId: returnee.id, skillId: skill.id, level });
  }
  for (const code of occupationWishes ?? []) {
    const occupation = await occupationByCode(db, code);
    await db.insert(returneeOccupationWishes).values({ returneeId: returnee.id, occupationId: occupation.id });
  }
  for (const name of certificates ?? []) await db.insert(returneeCertificates).values({ returneeId: returnee.id, name });
  return returnee;
}

/** A job fair in Quảng Ngãi (province 51) at one of its communes, 12 December 2026, a draft unless told. */
export async function makeFair(db: Db, overrides: Partial<typeof fairs.$inferInsert> = {}) {
  const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);
  const [fair] = await db
    .insert(fairs)
    .values({
      name: 'Phiên chợ việc làm tháng 12',
      kind: 'periodic',
      provinceCode: '51',
      communeCode: commune.code,
      startsAt: new Date('2026-12-12T01:00:00Z'),
      endsAt: new Date('2026-12-12T09:00:00Z'),
      ...overrides,
    })
    .returning();
  return fair;
}

/**
 * An accepted booth at `fairId` (the next number unless told): a new verified organisation with one
 * named staff member and a member who is not named, showing `jobs` open jobs (default 1) and
 * `courses` open courses (default 0) of its own, in `occupationCode` (default welder).
 */
export async function makeBooth(
  db: Db,
  fairId: string,
  options: { number?: number; jobs?: number; courses?: number; occupationCode?: string; seats?: number } = {},
) {
  const staff = await makeUser(db, { role: 'employer' });
  const colleague = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: staff.id }, { userId: colleague.id }]);
  const [{ last }] = await db
    .select({ last: max(fairBooths.number) })
    .from(fairBooths)
    .where(eq(fairBooths.fairId, fairId));
  const [booth] = await db
    .insert(fairBooths)
    .values({ fairId, organisationId: organisation.id, number: options.number ?? (last ?? 0) + 1, status: 'accepted' })
    .returning();
  await db.insert(fairBoothStaff).values({ boothId: booth.id, userId: staff.id });
  const shownJobs = [];
  for (let i = 0; i < (options.jobs ?? 1); i++) {
    shownJobs.push(await makeJob(db, { organisationId: organisation.id, occupationCode: options.occupationCode }));
  }
  const shownCourses = [];
  for (let i = 0; i < (options.courses ?? 0); i++) {
    const seats = options.seats ?? 20;
    shownCourses.push(
      await makeTrainingSlot(db, { organisationId: organisation.id, occupationCode: options.occupationCode, seats, seatsLeft: seats }),
    );
  }
  const postings = [
    ...shownJobs.map((j) => ({ boothId: booth.id, jobId: j.id })),
    ...shownCourses.map((c) => ({ boothId: booth.id, trainingSlotId: c.id })),
  ];
  if (postings.length) await db.insert(fairBoothPostings).values(postings);
  return { ...booth, organisation, staff, colleague, jobs: shownJobs, courses: shownCourses };
}
