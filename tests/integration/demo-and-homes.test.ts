// The demo data: loaded once, every demo account signs in with the documented password, each
// role's home page shows that role's own figures, and the demo fair has something to show.
import { expect, test } from 'vitest';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { eq } from 'drizzle-orm';
import { boothsOfFair } from '#app/services/fairs/organiser.server.ts';
import { boardView } from '#app/services/fairs/queries.server.ts';
import { plansOf } from '#app/services/indicators/plans.server.ts';
import { aggregateIndicators } from '#app/services/indicators/aggregate.server.ts';
import { indicatorDashboard } from '#app/services/indicators/dashboard.server.ts';
import type { Area } from '#app/services/indicators/definitions.ts';
import { yearPeriod } from '#app/services/indicators/periods.ts';
import { counsellingNotes, fairs, jobs, organisations, trainingSlots, users } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { loader as homeLoader } from '#app/routes/_index.tsx';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { demoAccounts, demoPassword, seedDemo } from '#server/seed/demo.ts';
import { call, cookieFrom, jsonRequest } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const loaded = await seedDemo(services.db);

test('the demo data loads once; a second run changes nothing', async () => {
  expect(loaded).toBe(true);
  expect(await seedDemo(services.db)).toBe(false);
});

test('no demo posting or organisation text is refused by the neutral-words check (no false positives on ordinary job text)', async () => {
  const { db } = services;
  const texts = [
    ...(await db
      .select({
        title: jobs.title,
        description: jobs.description,
        benefits: jobs.benefits,
        hours: jobs.workingHours,
        certificate: jobs.requiredCertificate,
        address: jobs.address,
      })
      .from(jobs)),
    ...(await db
      .select({
        title: trainingSlots.title,
        schedule: trainingSlots.schedule,
        certificate: trainingSlots.certificate,
        address: trainingSlots.address,
      })
      .from(trainingSlots)),
    ...(await db
      .select({
        name: organisations.name,
        sector: organisations.sector,
        statement: organisations.hiringStatement,
        address: organisations.address,
        contact: organisations.contactName,
      })
      .from(organisations)),
  ].flatMap((row) => Object.values(row).filter((text): text is string => typeof text === 'string' && text !== ''));
  expect(texts.length).toBeGreaterThan(100);
  expect(texts.filter((text) => findPastLabel(text) !== null)).toEqual([]);
});

test('DESIGN.md §5 demo logins exist with the documented roles', () => {
  expect(demoPassword).toBe('phienchotinhnguoi');
  expect(demoAccounts.map((a) => [a.email ?? a.phone, a.role])).toEqual([
    ['admin@demo.vn', 'administrator'],
    ['canbo@demo.vn', 'counsellor'],
    ['doanhnghiep@demo.vn', 'employer'],
    ['bantochuc@demo.vn', 'organiser'],
    ['0900000001', 'returnee'],
  ]);
});

async function homeAs(login: string) {
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login, password: demoPassword }),
    context,
  )) as Response;
  expect(response.status).toBe(200);
  const home = (await call(homeLoader, new Request('http://x/', { headers: { Cookie: cookieFrom(response) } }), context)) as {
    kind: string;
    home: Record<string, unknown>;
  };
  expect(home.kind).toBe('user');
  return home.home;
}

test('the administrator sees account counts for every role', async () => {
  const home = await homeAs('admin@demo.vn');
  const byRole = Object.fromEntries((home.byRole as { role: string; total: number }[]).map((r) => [r.role, r.total]));
  expect(byRole.administrator).toBeGreaterThanOrEqual(1);
  expect(byRole.returnee).toBeGreaterThanOrEqual(1);
  expect(Object.keys(byRole).sort()).toEqual(['administrator', 'counsellor', 'employer', 'organiser', 'returnee']);
});

test('the counsellor sees their province, caseload and open jobs there', async () => {
  const home = await homeAs('canbo@demo.vn');
  expect(home).toMatchObject({ view: 'counsellor', province: 'Quảng Ngãi' });
  expect(home.caseload).toBeGreaterThan(0);
  expect(home.openJobs).toBeGreaterThan(0);
});

test('the employer sees their verified organisation and its jobs', async () => {
  const home = await homeAs('doanhnghiep@demo.vn');
  const organisations = home.organisations as { verificationStatus: string }[];
  expect(organisations).toHaveLength(1);
  expect(organisations[0].verificationStatus).toBe('verified');
  expect(home.totalJobs).toBeGreaterThan(0);
});

test('the returnee (phone login) sees their own place and skills', async () => {
  const home = await homeAs('0900000001');
  expect(home.view).toBe('returnee');
  expect((home.profile as { place: string }).place).toMatch(/Quảng Ngãi|Bắc Ninh/);
  expect((home.skills as unknown[]).length).toBeGreaterThan(0);
});

test('the organiser sees their province and its fairs', async () => {
  const home = await homeAs('bantochuc@demo.vn');
  expect(home).toMatchObject({ view: 'organiser', province: 'Quảng Ngãi', fairs: 1 });
});

test('the demo has a live fair in Quảng Ngãi: two booths staffed and showing what they offer, one invitation unanswered, people checked in and queued, one called', async () => {
  const { db } = services;
  const [fair] = await db.select().from(fairs).where(eq(fairs.provinceCode, '51'));
  expect(fair.status).toBe('live');
  const booths = await boothsOfFair(db, fair.id);
  expect(booths.map((b) => b.status)).toEqual(['accepted', 'accepted', 'invited']);
  for (const booth of booths.filter((b) => b.status === 'accepted')) {
    expect(booth.staff).toBe(1);
    expect(booth.jobs.length + booth.courses.length).toBeGreaterThan(0);
  }
  const board = await boardView(db, fair.id);
  expect(board.counters.checkedIn).toBe(4);
  expect(board.booths.flatMap((b) => b.nowServing)).toEqual([1]);
  expect(board.booths.reduce((sum, b) => sum + b.waiting, 0)).toBe(2);
});

test('an anonymous visitor sees the public figures (open jobs, training, verified employers)', async () => {
  const home = (await call(homeLoader, new Request('http://x/'), context)) as Record<string, number | string>;
  expect(home.kind).toBe('public');
  expect(home.openJobs).toBeGreaterThan(0);
  expect(home.openTraining).toBeGreaterThan(0);
  expect(home.verifiedEmployers).toBeGreaterThan(0);
});

test('the demo carries the Kon Tum plan 2025–2030 (681/QĐ-UBND) over the communes that were Kon Tum, with its five targets', async () => {
  const [plan] = (await plansOf(services.db, '51', 2026)).filter((p) => p.decisionNumber === '681/QĐ-UBND');
  expect(plan).toMatchObject({ fromYear: 2025, toYear: 2030, areaName: 'Địa bàn tỉnh Kon Tum (cũ)' });
  expect(plan.communeCodes.length).toBeGreaterThan(10);
  expect(plan.targets).toEqual({
    received: { direction: 'at_least', low: 1, high: 1 },
    trained: { direction: 'at_least', low: 0.2, high: 0.25 },
    stable_job: { direction: 'at_least', low: 0.15, high: 0.2 },
    loan: { direction: 'at_least', low: 0.3, high: 0.35 },
    reoffended: { direction: 'below', limit: 0.01 },
  });
});

test('the demo has an indicator history: Quảng Ngãi’s figures for this year show ≥ 5 stable jobs, one unknown, loans granted; the Kon Tum plan area has figures; the notes use neutral words', async () => {
  const { db } = services;
  const thisYear = yearPeriod(Number(vietnamDate().slice(0, 4)));
  const figures = async (area: Area) =>
    Object.fromEntries((await aggregateIndicators(db, { period: thisYear, area, reoffending: true })).map((row) => [row.key, row]));
  const province = await figures({ kind: 'province', code: '51' });
  expect(province.stable_job.numerator).toBeGreaterThanOrEqual(5);
  expect(province.stable_job.unknown).toBeGreaterThanOrEqual(1);
  expect(province.placed.numerator).toBeGreaterThanOrEqual(5);
  expect(province.trained.numerator).toBeGreaterThanOrEqual(3);
  expect(province.loan.numerator).toBeGreaterThanOrEqual(2);
  expect(province.loan.denominator).toBeGreaterThan(province.loan.numerator);
  const [konTum] = (await plansOf(db, '51', Number(thisYear.from.slice(0, 4)))).filter((p) => p.decisionNumber === '681/QĐ-UBND');
  const planArea = await figures({ kind: 'plan', communeCodes: konTum.communeCodes });
  expect(planArea.stable_job.numerator).toBeGreaterThanOrEqual(1);
  expect(planArea.stable_job.denominator).toBeGreaterThanOrEqual(5);
  // The organiser (no caseload rights) sees the stable jobs as a number, not "<5".
  const [organiser] = await db.select().from(users).where(eq(users.email, 'bantochuc@demo.vn'));
  const dashboard = await indicatorDashboard(
    db,
    { ...organiser, organisationIds: [], clientIp: null },
    { period: { kind: 'year', year: Number(thisYear.from.slice(0, 4)) } },
    { stableMonths: 6 },
  );
  expect(dashboard.protected).toBe(true);
  expect(dashboard.figures.find((f) => f.key === 'stable_job')!.numerator).toBe(province.stable_job.numerator);
  const notes = await db.select({ text: counsellingNotes.text }).from(counsellingNotes);
  expect(notes.length).toBeGreaterThan(20);
  expect(notes.filter((n) => findPastLabel(n.text) !== null)).toEqual([]);
});
