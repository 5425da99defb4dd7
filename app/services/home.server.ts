// What each role's home page shows: a few live figures and the next things to do. Open jobs and
// courses are counted as the public search sees them, so a figure matches the list it links to.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import {
  communes,
  jobs,
  memberships,
  organisations,
  provinces,
  returnees,
  returneeSkills,
  skills,
  trainingSlots,
  type User,
} from '#db/schema.ts';
import { publicJobCondition, publicTrainingCondition } from '#search/documents.ts';
import { dueFollowUps } from './pipeline/placements.server.ts';
import { waitingReferrals } from './pipeline/referrals.server.ts';
import { countUsersByRole } from './users.server.ts';

async function provinceName(db: Db, code: string | null) {
  if (!code) return null;
  const [row] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, code));
  return row?.name ?? null;
}

async function countOf(db: Db, table: typeof trainingSlots | typeof organisations | typeof returnees, where: ReturnType<typeof and>) {
  const [row] = await db.select({ total: count() }).from(table).where(where);
  return row.total;
}

/** Jobs anyone can find on /search (open, verified employer, not past closing), optionally in one province. */
async function publicJobCount(db: Db, provinceCode?: string) {
  const [row] = await db
    .select({ total: count() })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.organisationId))
    .where(and(publicJobCondition(), provinceCode ? eq(jobs.provinceCode, provinceCode) : undefined));
  return row.total;
}

async function publicTrainingCount(db: Db) {
  const [row] = await db
    .select({ total: count() })
    .from(trainingSlots)
    .innerJoin(organisations, eq(organisations.id, trainingSlots.organisationId))
    .where(publicTrainingCondition());
  return row.total;
}

export async function publicHome(db: Db) {
  const [openJobs, openTraining, verifiedEmployers] = await Promise.all([
    publicJobCount(db),
    publicTrainingCount(db),
    countOf(db, organisations, eq(organisations.verificationStatus, 'verified')),
  ]);
  return { openJobs, openTraining, verifiedEmployers };
}

export async function homeFor(db: Db, user: User) {
  switch (user.role) {
    case 'administrator': {
      const byRole = await countUsersByRole(db);
      return { role: user.role, byRole };
    }
    case 'counsellor': {
      const code = user.provinceCode;
      const [province, caseload, pendingOrganisations, openJobs, followUps, waiting] = await Promise.all([
        provinceName(db, code),
        code ? countOf(db, returnees, eq(returnees.provinceCode, code)) : 0,
        code ? countOf(db, organisations, and(eq(organisations.provinceCode, code), eq(organisations.verificationStatus, 'pending'))) : 0,
        code ? publicJobCount(db, code) : 0,
        // Placements of the province whose 1/3/6/12-month follow-up has come, oldest first.
        code ? dueFollowUps(db, code, { limit: 10 }) : { items: [], total: 0 },
        // Applications and employers' questions waiting for the counsellor to refer (with consent).
        code ? waitingReferrals(db, code, 10) : { items: [], total: 0 },
      ]);
      return {
        role: user.role,
        province,
        provinceCode: code,
        caseload,
        pendingOrganisations,
        openJobs,
        dueFollowUps: followUps,
        waitingReferrals: waiting,
      };
    }
    case 'employer': {
      const orgs = await db
        .select({ id: organisations.id, name: organisations.name, verificationStatus: organisations.verificationStatus })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, user.id));
      const ids = orgs.map((o) => o.id);
      const [jobRows, trainingCount] = ids.length
        ? await Promise.all([
            db.select({ status: jobs.status, total: count() }).from(jobs).where(inArray(jobs.organisationId, ids)).groupBy(jobs.status),
            countOf(db, trainingSlots, inArray(trainingSlots.organisationId, ids)),
          ])
        : [[], 0];
      const totalJobs = jobRows.reduce((sum, r) => sum + r.total, 0);
      const openJobs = jobRows.find((r) => r.status === 'open')?.total ?? 0;
      return { role: user.role, organisations: orgs, totalJobs, openJobs, trainingCount };
    }
    case 'returnee': {
      const [profile] = await db
        .select({ id: returnees.id, provinceCode: returnees.provinceCode, province: provinces.name, commune: communes.name })
        .from(returnees)
        .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
        .leftJoin(communes, eq(communes.code, returnees.communeCode))
        .where(eq(returnees.userId, user.id));
      if (!profile) return { role: user.role, profile: null, provinceCode: null, skills: [], openJobs: 0 };
      const [skillRows, openJobs] = await Promise.all([
        db
          .select({ nameVi: skills.nameVi, nameEn: skills.nameEn, level: returneeSkills.level })
          .from(returneeSkills)
          .innerJoin(skills, eq(skills.id, returneeSkills.skillId))
          .where(eq(returneeSkills.returneeId, profile.id)),
        publicJobCount(db, profile.provinceCode),
      ]);
      return {
        role: user.role,
        profile: { place: [profile.commune, profile.province].filter(Boolean).join(', ') },
        provinceCode: profile.provinceCode,
        skills: skillRows,
        openJobs,
      };
    }
    case 'organiser': {
      const code = user.provinceCode;
      const [province, verifiedEmployers] = await Promise.all([
        provinceName(db, code),
        code ? countOf(db, organisations, and(eq(organisations.provinceCode, code), eq(organisations.verificationStatus, 'verified'))) : 0,
      ]);
      return { role: user.role, province, verifiedEmployers };
    }
  }
}
