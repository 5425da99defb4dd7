// What each home page shows: a few live figures and the next things to do. Which home a signed-in
// person gets follows from what they may do (their permissions), not from a role name. Open jobs
// and courses are counted as the public search sees them, so a figure matches the list it links to.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  communes,
  enrolments,
  fairs,
  jobs,
  organisations,
  provinces,
  referrals,
  returnees,
  returneeSkills,
  skills,
  trainingSlots,
} from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { countUsersByRole } from '../accounts/queries.server.ts';
import { can, type Actor } from '../authorize.ts';
import { publicJobCount, publicTrainingCount } from '../catalogue/queries.server.ts';
import { defaultCandidateLimit } from '../matching/matching.server.ts';
import { cardCandidateCounts } from '../matching/candidates.server.ts';
import { dueFollowUps } from '../pipeline/queries/placements.server.ts';
import { waitingReferrals } from '../pipeline/queries/referrals.server.ts';
import { employerBoardStatuses, nextReferralStatuses } from '../pipeline/rules.ts';
import { provinceName } from '../reference/queries.server.ts';

async function countOf(
  db: Executor,
  table: typeof trainingSlots | typeof organisations | typeof returnees | typeof fairs,
  where: ReturnType<typeof and>,
) {
  const [row] = await db.select({ total: count() }).from(table).where(where);
  return row.total;
}

export async function publicHome(db: Executor) {
  const [openJobs, openTraining, verifiedEmployers] = await Promise.all([
    publicJobCount(db),
    publicTrainingCount(db),
    countOf(db, organisations, eq(organisations.verificationStatus, 'verified')),
  ]);
  return { openJobs, openTraining, verifiedEmployers };
}

/** Which home a signed-in person gets: the first kind of work their permissions allow. */
function homeView(actor: Actor) {
  if (can(actor, 'read:user')) return 'administrator' as const;
  if (can(actor, 'read:returnee:province')) return 'counsellor' as const;
  if (can(actor, 'create:job')) return 'employer' as const;
  if (can(actor, 'read:returnee:own')) return 'returnee' as const;
  return 'organiser' as const;
}

export async function homeFor(db: Executor, actor: Actor) {
  switch (homeView(actor)) {
    case 'administrator': {
      const byRole = await countUsersByRole(db);
      return { view: 'administrator' as const, byRole };
    }
    case 'counsellor': {
      const code = actor.provinceCode;
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
        view: 'counsellor' as const,
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
        .from(organisations)
        .where(inArray(organisations.id, [...actor.organisationIds]));
      const ids = orgs.map((o) => o.id);
      const [jobRows, trainingCount, people] = ids.length
        ? await Promise.all([
            db.select({ status: jobs.status, total: count() }).from(jobs).where(inArray(jobs.organisationId, ids)).groupBy(jobs.status),
            countOf(db, trainingSlots, inArray(trainingSlots.organisationId, ids)),
            peopleWaiting(db, ids),
          ])
        : [[], 0, []];
      const totalJobs = jobRows.reduce((sum, r) => sum + r.total, 0);
      const openJobs = jobRows.find((r) => r.status === 'open')?.total ?? 0;
      const organisationsWithPeople = orgs.map((o) => {
        const own = people.filter((j) => j.organisationId === o.id);
        return {
          ...o,
          waiting: own.reduce((sum, j) => sum + j.waiting, 0),
          candidates: own.reduce((sum, j) => sum + j.candidates, 0),
          jobs: own.filter((j) => j.waiting > 0 || j.candidates > 0),
        };
      });
      return { view: 'employer' as const, organisations: organisationsWithPeople, totalJobs, openJobs, trainingCount };
    }
    case 'returnee': {
      const [profile] = await db
        .select({ id: returnees.id, provinceCode: returnees.provinceCode, province: provinces.name, commune: communes.name })
        .from(returnees)
        .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
        .leftJoin(communes, eq(communes.code, returnees.communeCode))
        .where(eq(returnees.userId, actor.id));
      if (!profile)
        return { view: 'returnee' as const, profile: null, provinceCode: null, skills: [], openJobs: 0, applications: 0, courses: 0 };
      const [skillRows, openJobs, [applications], [courses]] = await Promise.all([
        db
          .select({ nameVi: skills.nameVi, nameEn: skills.nameEn, level: returneeSkills.level })
          .from(returneeSkills)
          .innerJoin(skills, eq(skills.id, returneeSkills.skillId))
          .where(eq(returneeSkills.returneeId, profile.id)),
        publicJobCount(db, profile.provinceCode),
        // Applications under way and courses asked for or attended, for the links to follow them.
        db
          .select({ total: count() })
          .from(referrals)
          .where(
            and(
              eq(referrals.returneeId, profile.id),
              inArray(referrals.status, ['requested', 'referred', 'interview_scheduled', 'offered']),
            ),
          ),
        db
          .select({ total: count() })
          .from(enrolments)
          .where(and(eq(enrolments.returneeId, profile.id), inArray(enrolments.status, ['applied', 'enrolled']))),
      ]);
      return {
        view: 'returnee' as const,
        profile: { place: [profile.commune, profile.province].filter(Boolean).join(', ') },
        provinceCode: profile.provinceCode,
        skills: skillRows,
        openJobs,
        applications: applications.total,
        courses: courses.total,
      };
    }
    case 'organiser': {
      const code = actor.provinceCode;
      const [province, verifiedEmployers, fairsHeld] = await Promise.all([
        provinceName(db, code),
        code ? countOf(db, organisations, and(eq(organisations.provinceCode, code), eq(organisations.verificationStatus, 'verified'))) : 0,
        code ? countOf(db, fairs, eq(fairs.provinceCode, code)) : 0,
      ]);
      return { view: 'organiser' as const, province, verifiedEmployers, fairs: fairsHeld };
    }
  }
}

/** Where the employer has the next step (interview, offer, outcome), and applications the person made themself. */
export const employerWaitingStatuses = [
  'requested' as const,
  ...employerBoardStatuses.filter((status) => nextReferralStatuses('employer', status).length > 0),
];

/**
 * Per job of `organisationIds` with someone in it: how many applications and referrals wait for
 * the employer's answer (its board), and how many anonymised cards its candidates page shows now.
 */
export async function peopleWaiting(db: Executor, organisationIds: string[]) {
  const [openJobs, waitingRows] = await Promise.all([
    db
      .select({ id: jobs.id, title: jobs.title, organisationId: jobs.organisationId })
      .from(jobs)
      .where(and(inArray(jobs.organisationId, organisationIds), eq(jobs.status, 'open')))
      .orderBy(asc(jobs.title)),
    db
      .select({ id: jobs.id, title: jobs.title, organisationId: jobs.organisationId, waiting: count() })
      .from(referrals)
      .innerJoin(jobs, eq(jobs.id, referrals.jobId))
      .where(and(inArray(jobs.organisationId, organisationIds), inArray(referrals.status, employerWaitingStatuses)))
      .groupBy(jobs.id, jobs.title, jobs.organisationId),
  ]);
  const candidates = await cardCandidateCounts(
    db,
    openJobs.map((j) => j.id),
    { limit: defaultCandidateLimit, today: vietnamDate() },
  );
  const byJob = new Map<string, { id: string; title: string; organisationId: string; waiting: number; candidates: number }>();
  for (const j of openJobs) byJob.set(j.id, { ...j, waiting: 0, candidates: candidates.get(j.id) ?? 0 });
  for (const w of waitingRows) byJob.set(w.id, { ...w, candidates: byJob.get(w.id)?.candidates ?? 0 });
  return [...byJob.values()];
}
