// Demo data with a history for the employment indicators (issue 12): twenty people of Quảng Ngãi
// (several in the communes of the former Kon Tum, the demo plan's area) who came back over the last
// eighteen months, recorded through the real commands as their counsellor would have: the intake,
// counselling notes, courses completed and certified, referrals and hires (the day each happened,
// typed in later), follow-ups at 1, 3 and 6 months, loans asked for, found eligible and granted,
// one case closed. Seven jobs reached their six-month mark this calendar year with the person still
// there ("placed in a stable job" shows a number, not "<5", even to an organiser), one ended at four
// months, one has no follow-up (unknown). Every date is counted back from the day of seeding, so the
// demo reads the same in any year. Neutral words only (app/services/neutral-words.ts).
import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '#app/services/authorize.ts';
import { addNote, createReturnee, setCardConsent, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema, profilePatchSchema } from '#app/services/caseload/schemas.ts';
import { addDays } from '#app/services/indicators/periods.ts';
import { changeEnrolment, startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import { addMonths, followUpDueDate } from '#app/services/pipeline/rules.ts';
import { enrolmentChangeSchema, followUpSchema, referralChangeSchema, supportChangeSchema } from '#app/services/pipeline/schemas.ts';
import type { Db } from '#db/client.ts';
import { selectJobs } from '#db/postings.ts';
import { caseEvents, jobs, organisations, returnees, trainingSlots } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { enqueueSearchSync } from '#search/outbox.ts';
import { makeTrainingSlot } from './factories.ts';

/** What became of a person's job: still there at six months, ended at four, nobody asked yet, or just begun. */
type JobStory =
  | { outcome: 'stable'; markDaysAgo: number }
  | { outcome: 'ended_at_4_months'; startDaysAgo: number }
  | { outcome: 'no_follow_up'; startDaysAgo: number }
  | { outcome: 'recent'; startDaysAgo: number };

type LoanStory = 'granted' | 'at_the_bank' | 'not_eligible' | 'asked';

type Person = {
  fullName: string;
  sex: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  communeCode: string;
  /** Days before the seeding day they came back (moved earlier when a course or a job needs it). */
  backDaysAgo: number;
  occupation: string;
  notes: { daysAgo: number; text: string }[];
  course?: { which: 0 | 1; certified: boolean };
  job?: JobStory;
  loan?: LoanStory;
  close?: 'no_longer_needed' | 'lost_contact';
  card?: boolean;
};

const people: Person[] = [
  // Stable jobs (six-month mark this year, still employed)
  {
    fullName: 'Trần Văn Hùng',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1988-04-12',
    communeCode: '21040',
    backDaysAgo: 420,
    occupation: 'construction-labourer',
    notes: [{ daysAgo: 400, text: 'Anh Hùng muốn làm công trình gần nhà, sức khỏe tốt.' }],
    job: { outcome: 'stable', markDaysAgo: 150 },
    loan: 'granted',
    card: true,
  },
  {
    fullName: 'Nguyễn Thị Lan',
    sex: 'female',
    ethnicity: 'Kinh',
    birthDate: '1993-09-03',
    communeCode: '21061',
    backDaysAgo: 390,
    occupation: 'kitchen-helper',
    notes: [{ daysAgo: 370, text: 'Chị Lan muốn làm phụ bếp, có con nhỏ nên cần làm ca ngày.' }],
    course: { which: 0, certified: true },
    job: { outcome: 'stable', markDaysAgo: 120 },
    card: true,
  },
  {
    fullName: 'Phạm Minh Tuấn',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1996-01-25',
    communeCode: '21172',
    backDaysAgo: 360,
    occupation: 'security-guard',
    notes: [{ daysAgo: 340, text: 'Anh Tuấn đã có kinh nghiệm bảo vệ, muốn làm ca ổn định.' }],
    job: { outcome: 'stable', markDaysAgo: 90 },
    card: true,
  },
  {
    fullName: 'Huỳnh Văn Lợi',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1985-11-30',
    communeCode: '21235',
    backDaysAgo: 330,
    occupation: 'construction-labourer',
    notes: [{ daysAgo: 310, text: 'Anh Lợi cần việc làm ngay để lo cho gia đình; muốn vay vốn sửa nhà.' }],
    job: { outcome: 'stable', markDaysAgo: 60 },
    loan: 'at_the_bank',
    card: true,
  },
  {
    fullName: 'A Thuyên',
    sex: 'male',
    ethnicity: 'Ba Na',
    birthDate: '1994-06-18',
    communeCode: '23500',
    backDaysAgo: 400,
    occupation: 'rubber-tapper',
    notes: [{ daysAgo: 380, text: 'Anh Thuyên muốn làm công nhân cao su gần buôn, được gia đình ủng hộ.' }],
    job: { outcome: 'stable', markDaysAgo: 110 },
    loan: 'granted',
    card: true,
  },
  {
    fullName: 'Y Blơng',
    sex: 'female',
    ethnicity: 'Xơ Đăng',
    birthDate: '1998-02-09',
    communeCode: '23401',
    backDaysAgo: 350,
    occupation: 'rubber-tapper',
    notes: [{ daysAgo: 330, text: 'Chị Blơng muốn học nghề và làm việc tại nông trường.' }],
    job: { outcome: 'stable', markDaysAgo: 75 },
    card: true,
  },
  {
    fullName: 'Đinh Văn Nhơn',
    sex: 'male',
    ethnicity: 'Hrê',
    birthDate: '1990-08-21',
    communeCode: '23473',
    backDaysAgo: 300,
    occupation: 'construction-labourer',
    notes: [{ daysAgo: 290, text: 'Anh Nhơn muốn làm phụ hồ ở Măng Đen, có lán ở tại công trình.' }],
    job: { outcome: 'stable', markDaysAgo: 35 },
    loan: 'granted',
    card: true,
  },
  // A job that ended at four months; one nobody followed up; one just begun
  {
    fullName: 'Lê Văn Thành',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1991-03-14',
    communeCode: '21400',
    backDaysAgo: 320,
    occupation: 'security-guard',
    notes: [
      { daysAgo: 300, text: 'Anh Thành muốn làm bảo vệ ca đêm.' },
      { daysAgo: 40, text: 'Anh Thành đã nghỉ việc, muốn tìm việc gần nhà hơn.' },
    ],
    job: { outcome: 'ended_at_4_months', startDaysAgo: 230 },
    card: false,
  },
  {
    fullName: 'Võ Thị Hạnh',
    sex: 'female',
    ethnicity: 'Kinh',
    birthDate: '1987-12-05',
    communeCode: '21439',
    backDaysAgo: 280,
    occupation: 'kitchen-helper',
    notes: [{ daysAgo: 270, text: 'Chị Hạnh muốn làm phụ bếp bếp ăn công nhân.' }],
    job: { outcome: 'no_follow_up', startDaysAgo: 215 },
    card: true,
  },
  {
    fullName: 'Siu Hương',
    sex: 'female',
    ethnicity: 'Gia Rai',
    birthDate: '1997-10-11',
    communeCode: '23527',
    backDaysAgo: 150,
    occupation: 'rubber-tapper',
    notes: [{ daysAgo: 140, text: 'Chị Hương học xong lớp cạo mủ, muốn nhận phần cây.' }],
    course: { which: 1, certified: true },
    job: { outcome: 'recent', startDaysAgo: 25 },
    loan: 'asked',
    card: true,
  },
  // Counselled, trained, referred, with loans; no job yet
  {
    fullName: 'Bùi Văn Khoa',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1995-05-27',
    communeCode: '21025',
    backDaysAgo: 200,
    occupation: 'kitchen-helper',
    notes: [
      { daysAgo: 190, text: 'Anh Khoa học xong lớp nấu ăn, muốn làm bếp ăn tập thể.' },
      { daysAgo: 30, text: 'Gọi điện: anh Khoa đang chờ lịch phỏng vấn.' },
    ],
    course: { which: 0, certified: false },
    loan: 'not_eligible',
  },
  {
    fullName: 'Ngô Thị Thu Trang',
    sex: 'female',
    ethnicity: 'Kinh',
    birthDate: '1999-07-19',
    communeCode: '21028',
    backDaysAgo: 120,
    occupation: 'kitchen-helper',
    notes: [{ daysAgo: 110, text: 'Chị Trang muốn vay vốn mở quán ăn sáng nhỏ.' }],
    loan: 'granted',
  },
  {
    fullName: 'Đặng Quốc Bảo',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1992-02-02',
    communeCode: '21220',
    backDaysAgo: 90,
    occupation: 'security-guard',
    notes: [{ daysAgo: 80, text: 'Anh Bảo muốn làm bảo vệ, đã được giới thiệu đến nhà máy.' }],
  },
  {
    fullName: 'A Kiên',
    sex: 'male',
    ethnicity: 'Xơ Đăng',
    birthDate: '2000-09-09',
    communeCode: '23302',
    backDaysAgo: 180,
    occupation: 'rubber-tapper',
    notes: [{ daysAgo: 170, text: 'Anh Kiên muốn học nghề cạo mủ cao su.' }],
    course: { which: 1, certified: true },
    loan: 'at_the_bank',
  },
  {
    fullName: 'Rơ Mah Thị Hoa',
    sex: 'female',
    ethnicity: 'Gia Rai',
    birthDate: '1996-04-04',
    communeCode: '23293',
    backDaysAgo: 240,
    occupation: 'kitchen-helper',
    notes: [{ daysAgo: 230, text: 'Chị Hoa muốn học nấu ăn để làm bếp ăn tập thể.' }],
    course: { which: 0, certified: true },
  },
  {
    fullName: 'Trương Văn Phát',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1984-10-15',
    communeCode: '21040',
    backDaysAgo: 500,
    occupation: 'construction-labourer',
    notes: [{ daysAgo: 480, text: 'Anh Phát đã có việc làm thời vụ, chỉ cần tư vấn thủ tục giấy tờ.' }],
    close: 'no_longer_needed',
  },
  {
    fullName: 'Phan Thị Mỹ',
    sex: 'female',
    ethnicity: 'Kinh',
    birthDate: '1994-12-20',
    communeCode: '21172',
    backDaysAgo: 45,
    occupation: 'kitchen-helper',
    notes: [{ daysAgo: 35, text: 'Chị Mỹ mới về, muốn tìm việc làm ca ngày.' }],
  },
  {
    fullName: 'Y Thoa',
    sex: 'female',
    ethnicity: 'Ba Na',
    birthDate: '1993-03-03',
    communeCode: '23500',
    backDaysAgo: 60,
    occupation: 'rubber-tapper',
    notes: [{ daysAgo: 50, text: 'Chị Thoa muốn làm ở nông trường gần nhà.' }],
    loan: 'asked',
  },
  {
    fullName: 'Lê Hoàng Nam',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1989-06-06',
    communeCode: '21061',
    backDaysAgo: 540,
    occupation: 'security-guard',
    notes: [{ daysAgo: 520, text: 'Anh Nam chuyển ra thành phố sống cùng người thân.' }],
  },
  {
    fullName: 'Hồ Văn Sang',
    sex: 'male',
    ethnicity: 'Kinh',
    birthDate: '1997-08-28',
    communeCode: '21439',
    backDaysAgo: 20,
    occupation: 'construction-labourer',
    notes: [{ daysAgo: 12, text: 'Gặp lần đầu tại trung tâm, anh Sang muốn đi làm ngay.' }],
  },
];

/** The two courses behind the trained people: one finished about ten months ago, one about three. */
const pastCourses = [
  { title: 'Sơ cấp Kỹ thuật chế biến món ăn (khóa đã kết thúc)', occupationCode: 'kitchen-helper', startDaysAgo: 330 },
  { title: 'Kỹ thuật cạo mủ cao su (khóa đã kết thúc)', occupationCode: 'rubber-tapper', startDaysAgo: 160 },
] as const;
const courseDays = 60;

const day = (offset: number) => vietnamDate(offset);
const min = (...days: string[]) => days.sort()[0];
const max = (...days: string[]) => days.sort().at(-1)!;

/** The start of a job whose six-month mark fell `markDaysAgo` days ago, within this calendar year. */
function stableStart(markDaysAgo: number) {
  const today = day(0);
  const mark = max(addDays(today, -markDaysAgo), `${today.slice(0, 4)}-01-01`);
  return addMonths(mark, -6);
}

/**
 * Records the history above for the province-51 counsellor, through the same commands the pages
 * run. Intakes and loan requests take no effective date (they are typed as they happen), so theirs
 * are set back to the day they would have been recorded; the seed rebuilds the facts afterwards.
 */
export async function seedIndicatorHistory(tx: Db, counsellor: Actor) {
  const today = day(0);
  const [provider] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.kind, 'training_provider'), eq(organisations.provinceCode, '51')))
    .limit(1);
  const courses = [];
  for (const course of pastCourses) {
    courses.push(
      await makeTrainingSlot(tx, {
        organisationId: provider.id,
        title: course.title,
        occupationCode: course.occupationCode,
        startDate: day(-course.startDaysAgo),
        durationDays: courseDays,
        seats: 20,
        seatsLeft: 20,
        publishedAt: new Date(`${day(-course.startDaysAgo - 30)}T08:00:00+07:00`),
      }),
    );
  }
  // Jobs of the province's employers other than the demo employer's workshop (its board stays as the demo tells it).
  const [workshop] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Công ty TNHH Cơ khí Đăk Bla'));
  const open = await selectJobs(tx, and(eq(jobs.provinceCode, '51'), workshop ? ne(jobs.organisationId, workshop.id) : undefined), {
    publicOnly: true,
  });
  const jobFor = (occupation: string) => (open.find((j) => j.occupation.code === occupation) ?? open[0]).job;

  for (const person of people) {
    const courseStart = person.course ? courses[person.course.which].startDate! : null;
    const jobStart = !person.job
      ? null
      : person.job.outcome === 'stable'
        ? stableStart(person.job.markDaysAgo)
        : day(-person.job.startDaysAgo);
    // Back home before the course began and a month before the job.
    const back = min(
      day(-person.backDaysAgo),
      ...(courseStart ? [addDays(courseStart, -20)] : []),
      ...(jobStart ? [addDays(jobStart, -40)] : []),
    );
    const intakeOn = min(addDays(back, 5), today);

    const { returnee } = await createReturnee(
      tx,
      counsellor,
      intakeSchema.parse({
        fullName: person.fullName,
        birthDate: person.birthDate,
        sex: person.sex,
        ethnicity: person.ethnicity,
        communeCode: person.communeCode,
        releaseDate: back,
        releaseKind: 'completed',
        needs: ['job', ...(person.course ? ['training'] : []), ...(person.loan ? ['loan'] : [])],
        availableFrom: addDays(back, 7),
      }),
    );
    if (!returnee) throw new Error(`demo indicators: ${person.fullName} was not recorded`);
    const id = returnee.id;
    // The intake as it was recorded, a few days after the return.
    const intakeAt = new Date(`${intakeOn}T09:00:00+07:00`);
    await tx
      .update(caseEvents)
      .set({ at: intakeAt, effectiveOn: intakeOn })
      .where(and(eq(caseEvents.returneeId, id), eq(caseEvents.kind, 'intake')));
    await tx.update(returnees).set({ createdAt: intakeAt }).where(eq(returnees.id, id));

    await updateReturneeProfile(tx, counsellor, id, profilePatchSchema.parse({ occupationWishes: [person.occupation] }));
    if (person.card !== undefined) await setCardConsent(tx, counsellor, id, person.card, addDays(intakeOn, 1));
    for (const note of person.notes) {
      const contactDate = max(day(-note.daysAgo), intakeOn);
      await addNote(tx, counsellor, id, noteSchema.parse({ contactDate, text: note.text }));
    }

    if (person.course && courseStart) {
      const slot = courses[person.course.which];
      const { enrolment } = await startEnrolment(tx, counsellor, { trainingSlotId: slot.id, returneeId: id });
      await changeEnrolment(tx, counsellor, enrolment.id, enrolmentChangeSchema.parse({ status: 'enrolled' }));
      await changeEnrolment(
        tx,
        counsellor,
        enrolment.id,
        enrolmentChangeSchema.parse({ status: 'completed', effectiveOn: min(addDays(courseStart, courseDays), today) }),
      );
      if (person.course.certified) {
        await changeEnrolment(
          tx,
          counsellor,
          enrolment.id,
          enrolmentChangeSchema.parse({ status: 'certified', effectiveOn: min(addDays(courseStart, courseDays + 14), today) }),
        );
      }
    }

    if (person.job && jobStart) {
      const job = jobFor(person.occupation);
      const { referral } = await startReferral(tx, counsellor, {
        jobId: job.id,
        returneeId: id,
        consent: true,
        effectiveOn: addDays(jobStart, -21),
      });
      await changeReferral(tx, counsellor, referral.id, referralChangeSchema.parse({ status: 'offered' }));
      const { placement } = await changeReferral(
        tx,
        counsellor,
        referral.id,
        referralChangeSchema.parse({
          status: 'hired',
          startDate: jobStart,
          wageVnd: job.wageMin ?? 6_500_000,
          contractType: 'fixed_term',
          effectiveOn: addDays(jobStart, -7),
        }),
      );
      const followUp = (month: number, input: Record<string, unknown>) =>
        recordFollowUp(
          tx,
          counsellor,
          placement!.id,
          followUpSchema.parse({ month: String(month), effectiveOn: min(addDays(followUpDueDate(jobStart, month), 3), today), ...input }),
        );
      if (person.job.outcome === 'stable') {
        await followUp(1, { stillEmployed: 'yes' });
        await followUp(3, { stillEmployed: 'yes' });
        await followUp(6, { stillEmployed: 'yes', note: 'Vẫn làm ổn định, được chủ đánh giá chăm chỉ.' });
      } else if (person.job.outcome === 'ended_at_4_months') {
        await followUp(1, { stillEmployed: 'yes' });
        await followUp(3, { stillEmployed: 'yes' });
        await followUp(6, { stillEmployed: 'no', endedOn: addMonths(jobStart, 4), note: 'Nghỉ việc vì xa nhà.' });
      } else if (person.job.outcome === 'recent' && followUpDueDate(jobStart, 1) <= today) {
        await followUp(1, { stillEmployed: 'yes' });
      }
    }

    if (person.loan) {
      const askedOn = max(addDays(intakeOn, 10), addDays(today, -200));
      const loan = await startSupportCase(tx, counsellor, { returneeId: id, kind: 'loan', note: 'Vay vốn ưu đãi để tạo việc làm' });
      // The request as it was recorded, on the day it was made.
      await tx
        .update(caseEvents)
        .set({ at: new Date(`${askedOn}T10:00:00+07:00`), effectiveOn: askedOn })
        .where(and(eq(caseEvents.subjectId, loan.id), eq(caseEvents.toStatus, 'needed')));
      const move = (status: string, on: string, extra: Record<string, unknown> = {}) =>
        changeSupportCase(tx, counsellor, loan.id, supportChangeSchema.parse({ status, effectiveOn: min(on, today), ...extra }));
      if (person.loan === 'not_eligible') await move('not_eligible', addDays(askedOn, 14));
      if (person.loan === 'granted' || person.loan === 'at_the_bank') {
        await move('eligible', addDays(askedOn, 14));
        await move('referred_to_bank', addDays(askedOn, 20));
      }
      if (person.loan === 'granted') {
        // Granted this year (the bank's decision a few weeks later, never before the first of January).
        await move('granted', max(addDays(askedOn, 45), `${today.slice(0, 4)}-01-01`), { amountVnd: 40_000_000 });
      }
    }

    if (person.close) {
      await updateReturneeProfile(
        tx,
        counsellor,
        id,
        profilePatchSchema.parse({ status: 'closed', closeReason: person.close, closedOn: min(addDays(intakeOn, 60), today) }),
      );
    }
  }

  // The courses have ended: no longer open for applications.
  for (const course of courses) {
    await tx.update(trainingSlots).set({ status: 'closed' }).where(eq(trainingSlots.id, course.id));
  }
  await enqueueSearchSync(
    tx,
    'training',
    courses.map((c) => c.id),
  );
}
