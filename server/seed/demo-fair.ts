// The demo job fair ("Phiên chợ của tình người" in Quảng Ngãi, today, live), made through the same
// fair commands the pages send: the organiser creates it and invites three organisations; the
// workshop and the college accept with their staff and what they show, the builder has not answered
// yet; people register (themselves or by their counsellor), are checked in at the door, and three
// queue — one by proxy at the door — and the workshop's staff call the first. So `npm start` shows
// a console, a door and a public board with something on them.
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import type { Actor } from '#app/services/authorize.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, checkIn, joinQueue } from '#app/services/fairs/commands.server.ts';
import { createFairWithSettings, newFairSchema } from '#app/services/fairs/organiser.server.ts';
import {
  announceSchema,
  answerInvitationSchema,
  callNextSchema,
  checkInSchema,
  fairStatusSchema,
  inviteBoothSchema,
  joinQueueSchema,
  registerSchema,
} from '#app/services/fairs/schemas.ts';
import { answerInvitation, announce, inviteBooth, registerForFair, setFairStatus } from '#app/services/fairs/setup.server.ts';
import type { Db } from '#db/client.ts';
import { communes, jobs, memberships, returnees, trainingSlots } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { makeUser } from './factories.ts';

/** Who runs the demo fair and who takes part (made by the demo seed before it). */
export type DemoFairCast = {
  organiser: Actor;
  counsellor: Actor;
  /** The demo employer, a member of the workshop. */
  employer: Actor;
  /** The demo returnee's account (they register themselves). */
  returneeUser: Actor;
  organisationIds: { workshop: string; college: string; builder: string };
  password: string;
};

/** The college's booth staff: not a headline demo login, so not in demoAccounts. */
const collegeStaff = { email: 'gianhang.thienan@demo.vn', fullName: 'Trần Thị Ngọc Ánh' };

export async function seedDemoFair(tx: Db, cast: DemoFairCast) {
  let keys = 0;
  const key = () => `demo-fair-${String(++keys).padStart(3, '0')}`;
  const { organiser, counsellor, employer, returneeUser, organisationIds } = cast;

  const staffUser = await makeUser(tx, { role: 'employer', ...collegeStaff, password: cast.password });
  await tx.insert(memberships).values({ userId: staffUser.id, organisationId: organisationIds.college, role: 'member' });
  const collegeActor: Actor = { ...staffUser, organisationIds: [organisationIds.college] };

  const [commune] = await tx.select({ code: communes.code }).from(communes).where(eq(communes.code, '23302'));
  const today = vietnamDate();
  const fair = await createFairWithSettings(
    tx,
    organiser,
    newFairSchema.parse({
      name: 'Phiên chợ việc làm của tình người – phường Đăk Bla',
      kind: 'periodic',
      communeCode: commune?.code,
      venueAddress: 'Nhà văn hóa tổ dân phố 6',
      startsAt: `${today}T07:30`,
      endsAt: `${today}T16:30`,
      capacity: '300',
      emptyBoothMinutes: '10',
      noShowGraceMinutes: '3',
    }),
  );
  const fairId = fair.id;
  const move = (status: string) => setFairStatus(tx, organiser, fairStatusSchema.parse({ fairId, status, idempotencyKey: key() }));
  await move('registration');

  const boothOf = async (organisationId: string) =>
    (await inviteBooth(tx, organiser, inviteBoothSchema.parse({ fairId, organisationId, idempotencyKey: key() }))).answer.boothId;
  const workshopBooth = await boothOf(organisationIds.workshop);
  const collegeBooth = await boothOf(organisationIds.college);
  await boothOf(organisationIds.builder);

  const openJobs = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.organisationId, organisationIds.workshop), eq(jobs.status, 'open')))
    .orderBy(asc(jobs.title))
    .limit(2);
  const openCourses = await tx
    .select({ id: trainingSlots.id })
    .from(trainingSlots)
    .where(and(eq(trainingSlots.organisationId, organisationIds.college), eq(trainingSlots.status, 'open')))
    .orderBy(asc(trainingSlots.title))
    .limit(2);
  await answerInvitation(
    tx,
    employer,
    answerInvitationSchema.parse({
      fairId,
      boothId: workshopBooth,
      accept: true,
      staffUserIds: [employer.id],
      jobIds: openJobs.map((j) => j.id),
      idempotencyKey: key(),
    }),
  );
  await answerInvitation(
    tx,
    collegeActor,
    answerInvitationSchema.parse({
      fairId,
      boothId: collegeBooth,
      accept: true,
      staffUserIds: [staffUser.id],
      trainingSlotIds: openCourses.map((c) => c.id),
      idempotencyKey: key(),
    }),
  );

  // The demo returnee registers themself; their counsellor registers three others of her caseload.
  const ticketOf = async (actor: Actor, returneeId?: string) =>
    (await registerForFair(tx, actor, registerSchema.parse({ fairId, returneeId, idempotencyKey: key() }))).answer;
  const own = await ticketOf(returneeUser);
  const others = await tx
    .select({ id: returnees.id })
    .from(returnees)
    .where(
      and(
        eq(returnees.counsellorId, counsellor.id),
        eq(returnees.status, 'active'),
        or(isNull(returnees.userId), ne(returnees.userId, returneeUser.id)),
      ),
    )
    .orderBy(asc(returnees.fullName))
    .limit(3);
  const registered = [];
  for (const person of others) {
    registered.push(await ticketOf(counsellor, person.id));
  }

  await move('live');
  await announce(
    tx,
    organiser,
    announceSchema.parse({ fairId, message: 'Chào mừng bà con đến phiên chợ! Bàn đón tiếp ở cổng chính.', idempotencyKey: key() }),
  );
  // Everyone but the last is checked in at the door.
  for (const ticket of [own, ...registered.slice(0, -1)]) {
    await checkIn(tx, organiser, checkInSchema.parse({ fairId, code: ticket.code, idempotencyKey: key() }));
  }

  // Queueing: the first two by their counsellor (one for the workshop's first job, one for the
  // college's first course), the third at the door. The demo returnee, checked in, is left to
  // choose for themself (and their applications stay as the other demos expect).
  const queue = async (actor: Actor, ticketId: string, boothId: string, posting: { jobId?: string; trainingSlotId?: string }) => {
    const consentWording = await joinConsentWording(tx, actor, { ticketId, ...posting });
    await joinQueue(tx, actor, joinQueueSchema.parse({ fairId, boothId, ticketId, ...posting, consentWording, idempotencyKey: key() }));
  };
  const [first, second, third] = registered;
  if (first && openJobs[0]) await queue(counsellor, first.ticketId, workshopBooth, { jobId: openJobs[0].id });
  if (second && openCourses[0]) await queue(counsellor, second.ticketId, collegeBooth, { trainingSlotId: openCourses[0].id });
  if (third && openJobs[1]) {
    // The third was not checked in: the door checks them in now, then queues them (they have no phone).
    await checkIn(tx, organiser, checkInSchema.parse({ fairId, code: third.code, idempotencyKey: key() }));
    await queue(organiser, third.ticketId, workshopBooth, { jobId: openJobs[1].id });
  }
  // The workshop's staff call the first person in line.
  await callNext(tx, employer, callNextSchema.parse({ fairId, boothId: workshopBooth, idempotencyKey: key() }));
  return { fairId, ticketIds: [own.ticketId, ...registered.map((t) => t.ticketId)] };
}
