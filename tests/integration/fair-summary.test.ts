// After the fair (app/services/fairs/summary.server.ts and its page and downloads): the wait each
// person was told on joining is kept; the organisers' summary counts registered, checked in and
// walk-ins, and per booth the people who joined, interviews, offers, hires, enrolments, no-shows and
// places left, the average and p90 wait, and how good the estimates were; the page shows it and
// the CSV and XLSX files carry it with Vietnamese headers. Only the fair's province's organisers.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, expect, test } from 'vitest';
import type { Actor } from '#app/services/authorize.ts';
import { ForbiddenError, NotFoundError } from '#app/services/errors.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, joinQueue, leaveQueue, markNoShow, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import {
  callNextSchema,
  joinQueueSchema,
  leaveQueueSchema,
  outcomeSchema,
  placeActionSchema,
  walkInSchema,
} from '#app/services/fairs/schemas.ts';
import { fairSummary } from '#app/services/fairs/summary.server.ts';
import { registerWalkIn } from '#app/services/fairs/walk-ins.server.ts';
import * as summaryPage from '#app/routes/fairs.$id_.summary.tsx';
import * as csvRoute from '#app/routes/fairs.$id_.summary[.]csv.ts';
import * as xlsxRoute from '#app/routes/fairs.$id_.summary[.]xlsx.ts';
import { fairQueueEntries, fairTickets } from '#db/schema.ts';
import { defaultTestPassword, makeBooth, makeFair, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { call, origin, sessionCookie } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

let fairId: string;
let organiser: Actor;
let jobBooth: Awaited<ReturnType<typeof makeBooth>>;
let school: Awaited<ReturnType<typeof makeBooth>>;
let keys = 0;
const key = () => `sum-${String(++keys).padStart(6, '0')}`;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 12, 1, minutes));
const places: Record<string, string> = {};
const estimatesAtJoin: (number | null)[] = [];

async function join(name: string, booth: typeof jobBooth, choice: { jobId?: string; trainingSlotId?: string }) {
  const user = await makeUser(db, { role: 'returnee' });
  const record = await makeReturnee(db, { userId: user.id });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: record.id, code: `S${String(++keys).padStart(5, '0')}`, checkedInAt: new Date() })
    .returning();
  const consentWording = await joinConsentWording(db, user, { ticketId: ticket.id, ...choice });
  const joined = await db.transaction((tx) =>
    joinQueue(
      tx,
      user,
      joinQueueSchema.parse({ fairId, boothId: booth.id, ticketId: ticket.id, ...choice, consentWording, idempotencyKey: key() }),
    ),
  );
  places[name] = joined.answer.placeId;
  return { user, answer: joined.answer };
}

const call_ = (booth: typeof jobBooth) =>
  db.transaction((tx) => callNext(tx, booth.staff, callNextSchema.parse({ fairId, boothId: booth.id, idempotencyKey: key() })));
const serve = (booth: typeof jobBooth, placeId: string) =>
  db.transaction((tx) => startServing(tx, booth.staff, placeActionSchema.parse({ fairId, placeId, idempotencyKey: key() })));
const finish = (booth: typeof jobBooth, placeId: string, outcome: string) =>
  db.transaction((tx) => recordOutcome(tx, booth.staff, outcomeSchema.parse({ fairId, placeId, outcome, idempotencyKey: key() })));

beforeAll(async () => {
  fairId = (await makeFair(db, { status: 'live', name: 'Phiên chợ việc làm "Xuân", Quảng Ngãi' })).id;
  organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
  jobBooth = await makeBooth(db, fairId, { number: 1 });
  school = await makeBooth(db, fairId, { number: 2, jobs: 0, courses: 1 });
  const jobId = jobBooth.jobs[0].id;

  // Booth 1: hired, offered, no-show, left. Booth 2: enrolled.
  const first = await join('hired', jobBooth, { jobId });
  const second = await join('offered', jobBooth, { jobId });
  await join('noShow', jobBooth, { jobId });
  const leaver = await join('left', jobBooth, { jobId });
  await join('enrolled', school, { trainingSlotId: school.courses[0].id });
  expect([first.answer.waitMinutes, second.answer.waitMinutes]).toEqual([5, 10]);
  for (const name of ['hired', 'offered']) {
    const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, places[name]));
    estimatesAtJoin.push(place.waitEstimateMinutes);
  }

  for (let i = 0; i < 3; i++) await call_(jobBooth); // hired, offered, noShow to desks 1–3
  await serve(jobBooth, places.hired);
  await finish(jobBooth, places.hired, 'hired');
  await finish(jobBooth, places.offered, 'offer_made');
  await db
    .update(fairQueueEntries)
    .set({ calledAt: new Date(Date.now() - 600_000) })
    .where(eq(fairQueueEntries.id, places.noShow));
  await db.transaction((tx) =>
    markNoShow(tx, jobBooth.staff, placeActionSchema.parse({ fairId, placeId: places.noShow, idempotencyKey: key() })),
  );
  await db.transaction((tx) =>
    leaveQueue(tx, leaver.user, leaveQueueSchema.parse({ fairId, placeId: places.left, idempotencyKey: key() })),
  );
  await call_(school);
  await finish(school, places.enrolled, 'enrolled');

  // A walk-in, and someone registered who never came.
  await db.transaction((tx) => registerWalkIn(tx, organiser, walkInSchema.parse({ fairId, fullName: 'Y Bơ Niê', idempotencyKey: key() })));
  await db.insert(fairTickets).values({ fairId, returneeId: (await makeReturnee(db)).id, code: 'NOSHOW' });

  // Known times: joined at 0; called after 10, 20 and 30 minutes (booth 1) and 4 (booth 2), told 12, 5, none and 5.
  const times: [string, number | null, number | null][] = [
    ['hired', 10, 12],
    ['offered', 20, 5],
    ['noShow', 30, null],
    ['left', null, 8],
    ['enrolled', 4, 5],
  ];
  for (const [name, called, told] of times) {
    await db
      .update(fairQueueEntries)
      .set({ joinedAt: at(0), calledAt: called === null ? null : at(called), waitEstimateMinutes: told })
      .where(eq(fairQueueEntries.id, places[name]));
  }
});

test('the wait a person is told on joining is kept with their place (the booth’s pace; 5 minutes a conversation before any)', () => {
  // One named staff member: the first in line waits one conversation, the second two.
  expect(estimatesAtJoin).toEqual([5, 10]);
});

test('the summary: registered, checked in, walk-ins; per booth and in all the people, outcomes, waits and the estimates’ error', async () => {
  const summary = await fairSummary(db, organiser, fairId);
  expect(summary).toMatchObject({ registered: 7, checkedIn: 6, walkIns: 1 });
  expect(summary.booths.map((b) => b.number)).toEqual([1, 2]);
  expect(summary.booths[0]).toMatchObject({
    organisation: jobBooth.organisation.name,
    visitors: 4,
    interviews: 2,
    offers: 2,
    hires: 1,
    enrolments: 0,
    noShows: 1,
    left: 1,
    averageWaitMinutes: 20,
    p90WaitMinutes: 30,
    estimated: 2,
    meanAbsoluteErrorMinutes: 8.5,
    withinToleranceShare: 0.5,
  });
  expect(summary.booths[1]).toMatchObject({ visitors: 1, interviews: 1, enrolments: 1, averageWaitMinutes: 4, withinToleranceShare: 1 });
  expect(summary.total).toMatchObject({ visitors: 5, interviews: 3, offers: 2, hires: 1, enrolments: 1, p90WaitMinutes: 30, estimated: 3 });
});

test('only the organisers of the fair’s province', async () => {
  const elsewhere = await makeUser(db, { role: 'organiser', provinceCode: '79' });
  await expect(fairSummary(db, elsewhere, fairId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(fairSummary(db, jobBooth.staff, fairId)).rejects.toBeInstanceOf(ForbiddenError);
  const cookie = await sessionCookie(context, elsewhere, defaultTestPassword);
  const refused = await call(
    csvRoute.loader,
    new Request(`${origin}/fairs/${fairId}/summary.csv`, { headers: { Cookie: cookie } }),
    context,
    {
      id: fairId,
    },
  );
  expect((refused as Response).status).toBe(404);
});

test('the page: the counts and a table per booth with the whole fair’s row, and the two downloads', async () => {
  const cookie = await sessionCookie(context, organiser, defaultTestPassword);
  const html = await pageHtml(context, summaryPage, '/fairs/:id/summary', `/fairs/${fairId}/summary`, { cookie });
  expect(html).toContain('Tổng kết phiên chợ');
  expect(html).toContain('Đăng ký tại cửa');
  expect(html).toContain('Chờ P90 (phút)');
  expect(html).toContain(jobBooth.organisation.name);
  expect(html).toContain('Cả phiên chợ');
  expect(html).toContain(`/fairs/${fairId}/summary.csv`);
  expect(html).toContain(`/fairs/${fairId}/summary.xlsx`);
  expect(html).not.toContain('Y Bơ Niê');
});

const download = async (route: { loader: typeof csvRoute.loader }, format: string) => {
  const cookie = await sessionCookie(context, organiser, defaultTestPassword);
  return (await call(route.loader, new Request(`${origin}/fairs/${fairId}/summary.${format}`, { headers: { Cookie: cookie } }), context, {
    id: fairId,
  })) as Response;
};

test('the CSV: a byte order mark for Excel, the fair’s figures, then the booths with Vietnamese headers, quoted as RFC 4180 says', async () => {
  const response = await download(csvRoute, 'csv');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('Content-Disposition')).toMatch(
    /^attachment; filename="tong-ket-phien-cho-viec-lam-xuan-quang-ngai-2026-12-12\.csv"$/,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
  expect(lines[0]).toBe('Phiên chợ,"Phiên chợ việc làm ""Xuân"", Quảng Ngãi"');
  expect(lines.slice(2, 5)).toEqual(['Đã đăng ký,7', 'Đã vào cửa,6', 'Đăng ký tại cửa,1']);
  expect(lines[6]).toBe(
    'Gian số,Đơn vị,Người xếp hàng,Đã phỏng vấn,Được đề nghị việc,Nhận việc,Nhận vào học,Không đến khi được mời,Rời hàng,Chờ trung bình (phút),Chờ P90 (phút),Sai số ước tính trung bình (phút),Ước tính đúng trong ±5 phút (%)',
  );
  expect(lines[7]).toBe(`1,${jobBooth.organisation.name},4,2,2,1,0,1,1,20,30,8.5,50`);
  expect(lines[9]).toBe(',Cả phiên chợ,5,3,2,1,1,1,1,16,30,6,66.7');
});

test('the XLSX: an overview sheet and a booths sheet, values only, Vietnamese headers', async () => {
  const response = await download(xlsxRoute, 'xlsx');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng quan', 'Gian hàng']);
  const overview = workbook.getWorksheet('Tổng quan')!;
  expect(overview.getRow(3).values).toEqual([undefined, 'Đã đăng ký', 7]);
  const booths = workbook.getWorksheet('Gian hàng')!;
  expect((booths.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Gian số', 'Đơn vị', 'Người xếp hàng']);
  expect((booths.getRow(2).values as unknown[]).slice(1)).toEqual([1, jobBooth.organisation.name, 4, 2, 2, 1, 0, 1, 1, 20, 30, 8.5, 50]);
  // No cell holds a formula.
  booths.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
});
