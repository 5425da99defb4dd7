// Gap → training at the same fair (app/services/fairs/training.server.ts): a person queued for a job
// that needs a skill they lack sees — and so does their counsellor — the training booth at this fair
// whose course teaches it, with seats left; someone who has the skill sees none, nor does anyone
// once the course is full; a course elsewhere is never suggested.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { joinQueue } from '#app/services/fairs/commands.server.ts';
import { personView } from '#app/services/fairs/queries.server.ts';
import { joinQueueSchema } from '#app/services/fairs/schemas.ts';
import { fairTickets, jobSkills, skills, trainingSlots } from '#db/schema.ts';
import { makeBooth, makeFair, makeReturnee, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;

let fairId: string;
let jobBooth: Awaited<ReturnType<typeof makeBooth>>;
let school: Awaited<ReturnType<typeof makeBooth>>;
let fullSchool: Awaited<ReturnType<typeof makeBooth>>;
let counsellor: Actor;
let requiredSkill: { code: string; nameVi: string };
let keys = 0;
const key = () => `gap-${String(++keys).padStart(6, '0')}`;

/** A person with these skills, queued at the job booth for its welding job. */
async function queued(skillLevels: Record<string, 'can_work'>) {
  const user = await makeUser(db, { role: 'returnee' });
  const record = await makeReturnee(db, { userId: user.id, skillLevels });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `G${String(++keys).padStart(5, '0')}`, checkedInAt: new Date() })
    .returning();
  const jobId = jobBooth.jobs[0].id;
  const consentWording = await joinConsentWording(db, user, { ticketId: ticket.id, jobId });
  await db.transaction((tx) =>
    joinQueue(
      tx,
      user,
      joinQueueSchema.parse({ fairId, boothId: jobBooth.id, ticketId: ticket.id, jobId, consentWording, idempotencyKey: key() }),
    ),
  );
  return { user, ticketId: ticket.id };
}

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live' })).id;
  counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  jobBooth = await makeBooth(db, fairId, { occupationCode: 'welder' });
  school = await makeBooth(db, fairId, { jobs: 0, courses: 1, occupationCode: 'welder', seats: 3 });
  fullSchool = await makeBooth(db, fairId, { jobs: 0, courses: 1, occupationCode: 'welder', seats: 3 });
  await db.update(trainingSlots).set({ seatsLeft: 0 }).where(eq(trainingSlots.id, fullSchool.courses[0].id));
  // A welding course with seats at another fair's booth, and one open in the province but at no booth.
  await makeBooth(db, (await makeFair(db, { status: 'live' })).id, { jobs: 0, courses: 1, occupationCode: 'welder' });
  await makeTrainingSlot(db, { organisationId: jobBooth.organisation.id, occupationCode: 'welder' });
  [requiredSkill] = await db
    .select({ code: skills.code, nameVi: skills.nameVi })
    .from(jobSkills)
    .innerJoin(skills, eq(skills.id, jobSkills.skillId))
    .where(eq(jobSkills.jobId, jobBooth.jobs[0].id))
    .orderBy(jobSkills.required)
    .then((rows) => rows.slice(-1));
});

test('a person lacking the job’s skill is shown the course at this fair that teaches it, with seats left — and their counsellor sees it too', async () => {
  const me = await queued({});
  const [place] = (await personView(db, me.user, fairId, me.ticketId)).places;
  expect(place.jobId).toBe(jobBooth.jobs[0].id);
  expect(place.training).toEqual({
    missing: expect.arrayContaining([expect.stringContaining(requiredSkill.nameVi)]),
    courses: [
      {
        trainingSlotId: school.courses[0].id,
        title: school.courses[0].title,
        boothId: school.id,
        boothNumber: school.number,
        organisation: school.organisation.name,
        seatsLeft: 3,
      },
    ],
  });
  expect((await personView(db, counsellor, fairId, me.ticketId)).places[0].training).toEqual(place.training);
});

test('someone who has the skill gets no suggestion', async () => {
  const skilled = await queued({ [requiredSkill.code]: 'can_work' });
  expect((await personView(db, skilled.user, fairId, skilled.ticketId)).places[0].training).toBeNull();
});

test('a full course is not suggested', async () => {
  const me = await queued({});
  await db.update(trainingSlots).set({ seatsLeft: 0 }).where(eq(trainingSlots.id, school.courses[0].id));
  expect((await personView(db, me.user, fairId, me.ticketId)).places[0].training).toBeNull();
});
