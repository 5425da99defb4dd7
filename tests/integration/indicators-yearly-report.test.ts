// The yearly report (/indicators/report): a counsellor writes its parts with the plain form and sees
// them in the printed document after saving (audited); another province's staff get 404 and an
// employer 403, for reading and writing; a part too long is named beside its box, every mistake at
// once, and nothing typed is lost; the results part shows the same numbers as the indicators.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { createReturnee } from '#app/services/caseload/commands.server.ts';
import { intakeSchema } from '#app/services/caseload/schemas.ts';
import { indicatorReport } from '#app/services/indicators/report.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import * as reportPage from '#app/routes/indicators_.report.tsx';
import { auditLog, caseEvents, communes, returnees } from '#db/schema.ts';
import { formatNumber } from '#lib/format.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { call, formRequest, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml, renderRoute } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';
import { rebuildIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51' });
const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
const employer = await makeUser(db, { role: 'employer' });
const cookieOf = (user: { email: string | null; phone: string | null }) =>
  signInCookie(context, user.email ?? user.phone!, defaultTestPassword);
const [counsellorCookie, organiserCookie, elsewhereCookie, employerCookie] = await Promise.all(
  [counsellor, organiser, elsewhere, employer].map(cookieOf),
);

// Quảng Ngãi in 2025: six people back, one of them hired.
const [commune] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '51')).limit(1);
const people: string[] = [];
for (const name of ['Phạm Văn Hòa', 'Trần Văn Nam', 'Lê Văn Ba', 'Đỗ Thị Tư', 'Võ Văn Năm', 'Ngô Thị Sáu']) {
  const { returnee } = (await createReturnee(
    db,
    counsellor,
    intakeSchema.parse({
      fullName: name,
      birthDate: '1990-05-01',
      sex: 'male',
      communeCode: commune.code,
      releaseDate: '2025-02-01',
      releaseKind: 'completed',
      needs: ['job'],
    }),
  )) as { returnee: { id: string } };
  await db
    .update(caseEvents)
    .set({ effectiveOn: '2025-02-01' })
    .where(and(eq(caseEvents.returneeId, returnee.id), eq(caseEvents.kind, 'intake')));
  people.push(returnee.id);
}
const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
const job = await makeJob(db, { organisationId: organisation.id });
const { referral } = await startReferral(db, counsellor, {
  jobId: job.id,
  returneeId: people[0],
  consent: true,
  effectiveOn: '2025-03-20',
});
await changeReferral(db, employer, referral.id, { status: 'offered' });
await changeReferral(db, employer, referral.id, {
  status: 'hired',
  startDate: '2025-04-15',
  wageVnd: 7_000_000,
  contractType: 'indefinite',
  effectiveOn: '2025-04-10',
});

// The fixture dates its steps by editing the records (as if typed on those days), which no command
// sees: the stored indicator facts are rebuilt from the records once it is in place.
await rebuildIndicatorFacts(db);

const path = '/indicators/report?year=2025&area=51';
const post = (fields: Record<string, string>, cookie: string) =>
  call(reportPage.action, formRequest('/indicators/report?year=2025&area=51', fields, { Cookie: cookie }), context);

test('a counsellor writes the report’s parts; after saving, the document shows them (audited) under the administrative header', async () => {
  const saved = unwrap<{ ok?: boolean; message?: string }>(
    await post(
      {
        area: '51',
        year: '2025',
        issuer: 'TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH QUẢNG NGÃI',
        number: '125/BC-TTDVVL',
        situation: 'Năm 2025, tỉnh sáp nhập với tỉnh Kon Tum.\nCông tác tư vấn được duy trì hằng tháng.',
        shortcomings: 'Một số xã chưa cập nhật kết quả theo dõi sau 6 tháng.',
        direction: 'Tổ chức 4 phiên giao dịch việc làm lưu động.',
      },
      counsellorCookie,
    ),
  );
  expect(saved.data.ok).toBe(true);
  expect(saved.data.message).toBe('Đã lưu phần lời của báo cáo.');

  const html = await pageHtml(context, reportPage, 'indicators/report', path, { cookie: counsellorCookie });
  expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(html).toContain('TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH QUẢNG NGÃI');
  expect(html).toContain('Số: 125/BC-TTDVVL');
  expect(html).toMatch(/Quảng Ngãi, ngày \d\d tháng \d\d năm \d{4}/);
  // Each line of the situation is a paragraph of its own, in part I.
  expect(html).toContain(
    '<p class="report-prose">Năm 2025, tỉnh sáp nhập với tỉnh Kon Tum.</p><p class="report-prose">Công tác tư vấn được duy trì hằng tháng.</p>',
  );
  expect(html).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026');
  expect(html).toContain('Tổ chức 4 phiên giao dịch việc làm lưu động.');

  const [entry] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'indicator_report'), eq(auditLog.entityId, '51:2025')));
  expect(entry).toMatchObject({ actorUserId: counsellor.id, action: 'update' });

  // The organiser of the province reads the same text; a blank box clears its part.
  await post({ area: '51', year: '2025', issuer: 'TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH QUẢNG NGÃI', direction: '' }, organiserCookie);
  const again = await pageHtml(context, reportPage, 'indicators/report', path, { cookie: organiserCookie });
  expect(again).toContain('TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH QUẢNG NGÃI');
  expect(again).not.toContain('Tổ chức 4 phiên giao dịch việc làm lưu động.');
});

test('another province’s counsellor gets 404 for this province’s report, reading or writing; an employer 403', async () => {
  const get = (cookie: string) => call(reportPage.loader, new Request(origin + path, { headers: { Cookie: cookie } }), context);
  const read = await get(elsewhereCookie);
  expect((read as Response).status).toBe(404);
  const write = await post({ area: '51', year: '2025', situation: 'Ghi đè' }, elsewhereCookie);
  expect((write as Response).status).toBe(404);

  const employerRead = await get(employerCookie);
  expect((employerRead as Response).status).toBe(403);
  const employerWrite = await post({ area: '51', year: '2025', situation: 'Ghi đè' }, employerCookie);
  expect((employerWrite as Response).status).toBe(403);
  // Nothing was written by either.
  const html = await pageHtml(context, reportPage, 'indicators/report', path, { cookie: counsellorCookie });
  expect(html).not.toContain('Ghi đè');
});

test('a part too long is named beside its box, every mistake at once, and what was typed is shown again', async () => {
  const typed = {
    area: '51',
    year: '2025',
    issuer: 'SỞ '.repeat(80),
    situation: 'Tình hình năm 2025. '.repeat(600),
    shortcomings: 'Còn thiếu.',
  };
  const refused = unwrap<{ fields?: Record<string, string> }>(await post(typed, counsellorCookie));
  expect(refused.status).toBe(400);
  expect(refused.data.fields).toEqual({
    issuer: 'Tên cơ quan ban hành tối đa 200 ký tự.',
    situation: 'Phần đánh giá tình hình tối đa 10.000 ký tự.',
  });
  // Without JavaScript the page comes back with the messages and everything typed still in the boxes.
  const html = await renderRoute(
    context,
    reportPage,
    'indicators/report',
    new Request(origin + path, { method: 'POST', headers: { Cookie: counsellorCookie }, body: new URLSearchParams(typed) }),
  );
  expect(html).toContain('Phần đánh giá tình hình tối đa 10.000 ký tự.');
  expect(html).toContain('Còn thiếu.');
  expect(html).toContain('Tình hình năm 2025. Tình hình năm 2025.');
});

test('part II shows the same numbers as the indicators, for the counsellor and (protected) for the organiser', async () => {
  for (const [actor, cookie] of [
    [counsellor, counsellorCookie],
    [organiser, organiserCookie],
  ] as const) {
    const figures = await indicatorReport(db, actor, { area: '51', from: '2025-01-01', to: '2025-12-31' }, { stableMonths: 6 });
    const page = unwrap<Awaited<ReturnType<typeof reportPage.loader>>>(
      await call(reportPage.loader, new Request(origin + path, { headers: { Cookie: cookie } }), context),
    ).data;
    expect(page.report.results.rows.map((row) => row.slice(1, 4))).toEqual(
      figures.figures.map((f) => [f.numerator, f.denominator, f.value]),
    );
    const html = await pageHtml(context, reportPage, 'indicators/report', path, { cookie });
    const placed = figures.figures.find((f) => f.key === 'placed')!;
    const shown = (n: number | '<5') => (n === '<5' ? '&lt;5' : formatNumber('vi', n));
    expect(html).toContain(
      `<th scope="row">Có việc làm</th><td class="number">${shown(placed.numerator)}</td><td class="number">${shown(placed.denominator)}</td>`,
    );
  }
  // The counsellor sees the one hire out of six; the organiser "<5".
  const exact = await indicatorReport(db, counsellor, { area: '51', from: '2025-01-01', to: '2025-12-31' }, { stableMonths: 6 });
  expect(exact.figures.find((f) => f.key === 'placed')).toMatchObject({ numerator: 1, denominator: 6 });
  const people = await db.select({ id: returnees.id }).from(returnees).where(eq(returnees.provinceCode, '51'));
  expect(people).toHaveLength(6);
});
