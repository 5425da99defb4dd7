// Correcting and ending a plan, and a province's reoffending switch, as an administrator does them
// on /admin/plans/:id and /admin/reoffending: an edit changes the targets the indicators are held
// against (read through `indicatorReport`), an end stops the plan applying to later years (its
// history stays), a second plan for the same area and years is refused, every mistake is named at
// once with what was typed kept, each change leaves an audit row, and nobody else may.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as editPage from '#app/routes/admin.plans_.$id.tsx';
import * as plansPage from '#app/routes/admin.plans.tsx';
import * as reoffendingPage from '#app/routes/admin.reoffending.tsx';
import { createPlan, planSchema, plansOf } from '#app/services/indicators/plans.server.ts';
import { indicatorReport } from '#app/services/indicators/report.server.ts';
import { reoffendingEnabled } from '#app/services/indicators/settings.server.ts';
import { auditLog } from '#db/schema.ts';
import { defaultTestPassword, makeUser } from '#server/seed/factories.ts';
import { call, formRequest, origin, signInCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const { db } = services;
const context = contextFor(services);

const administrator = await makeUser(db, { role: 'administrator' });
const admin = { ...administrator, organisationIds: [], clientIp: null };
const adminCookie = await signInCookie(context, administrator.email!, defaultTestPassword);
const counsellor = { ...(await makeUser(db, { role: 'counsellor', provinceCode: '24' })), organisationIds: [], clientIp: null };
const counsellorCookie = await signInCookie(context, counsellor.email!, defaultTestPassword);

type Answer = { ok?: boolean; message?: string; fields?: Record<string, string>; formError?: string; values?: Record<string, string> };
const post = async (module: { action: unknown }, path: string, fields: Record<string, string>, params = {}, cookie = adminCookie) => {
  const result = await call(module.action as Parameters<typeof call>[0], formRequest(path, fields, { Cookie: cookie }), context, params);
  return result instanceof Response ? { data: {} as Answer, status: result.status } : unwrap<Answer>(result);
};

/** The plan form as a browser posts it, filled in. */
const planFields = (extra: Record<string, string> = {}) => ({
  intent: 'save',
  provinceCode: '24',
  name: 'Kế hoạch tái hòa nhập cộng đồng tỉnh Bắc Ninh 2025–2030',
  decisionNumber: '15/KH-UBND',
  fromYear: '2025',
  toYear: '2030',
  formerProvince: '',
  areaName: '',
  'targets.trained.low': '20',
  'targets.trained.high': '25',
  'targets.reoffended.limit': '1',
  ...extra,
});

/** The target a province's figure is held against in `year`, as the report gives it. */
async function targetIn(year: number, key = 'trained') {
  const report = await indicatorReport(db, counsellor, { area: '24', from: `${year}-01-01`, to: `${year}-12-31` }, { stableMonths: 6 });
  return report.figures.find((f) => f.key === key)?.target;
}

test('an administrator corrects a plan on its page: the same form filled in, and the figures are held against the new targets', async () => {
  const plan = await createPlan(
    db,
    admin,
    planSchema.parse({ ...planFields(), targets: { trained: { direction: 'at_least', low: '20', high: '25' } } }),
  );
  expect(await targetIn(2026)).toEqual({ direction: 'at_least', low: 0.2, high: 0.25 });

  // /admin/plans links to it; its page shows the plan's own values in the form.
  const list = await pageHtml(context, plansPage, 'admin/plans', '/admin/plans', { cookie: adminCookie });
  expect(list).toContain(`href="/admin/plans/${plan.id}"`);
  expect(list).toContain('Đang áp dụng');
  const page = await pageHtml(context, editPage, 'admin/plans/:id', `/admin/plans/${plan.id}`, { cookie: adminCookie });
  expect(page).toContain('value="Kế hoạch tái hòa nhập cộng đồng tỉnh Bắc Ninh 2025–2030"');
  expect(page).toContain('value="15/KH-UBND"');
  expect(page).toMatch(/name="targets.trained.low"[^>]*value="20"|value="20"[^>]*name="targets.trained.low"/);
  expect(page).toContain('Thôi áp dụng từ năm');
  // The end form without JavaScript: two plain radio buttons and a year box.
  expect(page).toMatch(/<input[^>]*name="how"[^>]*value="withdraw"|<input[^>]*value="withdraw"[^>]*name="how"/);
  expect(page).toMatch(/<input[^>]*name="year"/);

  const saved = await post(
    editPage,
    `/admin/plans/${plan.id}`,
    planFields({ 'targets.trained.low': '30', 'targets.trained.high': '35', name: 'Kế hoạch đã sửa' }),
    { id: plan.id },
  );
  expect(saved.data.message).toBe('Đã lưu các thay đổi của đề án.');
  expect(await targetIn(2026)).toEqual({ direction: 'at_least', low: 0.3, high: 0.35 });
  // A target left blank is one the plan no longer sets.
  expect(await targetIn(2026, 'reoffended')).toEqual({ direction: 'below', limit: 0.01 });
  await post(
    editPage,
    `/admin/plans/${plan.id}`,
    planFields({ 'targets.trained.low': '30', 'targets.trained.high': '35', 'targets.reoffended.limit': '' }),
    { id: plan.id },
  );
  expect(await targetIn(2026, 'reoffended')).toBeUndefined();

  // Audited, with what it was and what it became.
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'indicator_plan'), eq(auditLog.entityId, plan.id), eq(auditLog.action, 'update')))
    .limit(1);
  expect(row.actorUserId).toBe(administrator.id);
  expect(row.details).toMatchObject({
    before: { name: 'Kế hoạch tái hòa nhập cộng đồng tỉnh Bắc Ninh 2025–2030' },
    after: { name: 'Kế hoạch đã sửa' },
  });

  // Every mistake at once, beside its box, with what was typed kept.
  const wrong = await post(
    editPage,
    `/admin/plans/${plan.id}`,
    planFields({
      name: '',
      fromYear: '2030',
      toYear: '2026',
      'targets.trained.low': '40',
      'targets.trained.high': '30',
      decisionNumber: 'Giữ lại',
    }),
    { id: plan.id },
  );
  expect(wrong.status).toBe(400);
  expect(Object.keys(wrong.data.fields ?? {}).sort()).toEqual(['name', 'targets.trained.high', 'toYear']);
  expect(wrong.data.values).toMatchObject({ decisionNumber: 'Giữ lại', 'targets.trained.low': '40' });
  expect(await targetIn(2026)).toEqual({ direction: 'at_least', low: 0.3, high: 0.35 });
});

test('ending a plan: from a year on it applies no longer (the years before keep it), withdrawn it applies to none; it stays on record', async () => {
  const plan = await createPlan(
    db,
    admin,
    planSchema.parse({
      ...planFields({ provinceCode: '01', name: 'Kế hoạch Hà Nội 2025–2030' }),
      targets: { trained: { direction: 'at_least', low: '10', high: '15' } },
    }),
  );
  const held = async (year: number) =>
    (await indicatorReport(db, admin, { area: '01', from: `${year}-01-01`, to: `${year}-12-31` }, { stableMonths: 6 })).plan?.id ?? null;
  expect(await held(2028)).toBe(plan.id);

  const wrong = await post(editPage, `/admin/plans/${plan.id}`, { intent: 'end', how: 'from', year: '2031' }, { id: plan.id });
  expect(wrong.status).toBe(400);
  expect(wrong.data.fields?.year).toBe('Nhập năm đề án thôi áp dụng: sau năm bắt đầu và không quá năm cuối của đề án.');
  const missing = await post(editPage, `/admin/plans/${plan.id}`, { intent: 'end', how: 'from', year: '' }, { id: plan.id });
  expect(missing.data.fields?.year).toBeDefined();

  const ended = await post(editPage, `/admin/plans/${plan.id}`, { intent: 'end', how: 'from', year: '2027' }, { id: plan.id });
  expect(ended.data.ok).toBe(true);
  expect(await held(2026)).toBe(plan.id);
  expect(await held(2027)).toBeNull();
  expect(await held(2030)).toBeNull();
  // Asked for by its own area, the ended plan holds no figure against its targets in a year it no longer applies to.
  const byArea = async (year: number) =>
    (
      await indicatorReport(db, admin, { area: `plan:${plan.id}`, from: `${year}-01-01`, to: `${year}-12-31` }, { stableMonths: 6 })
    ).figures.find((f) => f.key === 'trained')?.target ?? null;
  expect(await byArea(2026)).toEqual({ direction: 'at_least', low: 0.1, high: 0.15 });
  expect(await byArea(2028)).toBeNull();
  const page = await pageHtml(context, editPage, 'admin/plans/:id', `/admin/plans/${plan.id}`, { cookie: adminCookie });
  expect(page).toContain('Thôi áp dụng từ năm 2027');

  // Now another plan may take the years it left.
  const next = await post(
    plansPage,
    '/admin/plans',
    planFields({ provinceCode: '01', name: 'Kế hoạch Hà Nội 2027–2030', fromYear: '2027' }),
  );
  expect(next.data.ok).toBe(true);
  expect(await held(2028)).not.toBe(plan.id);

  await post(editPage, `/admin/plans/${plan.id}`, { intent: 'end', how: 'withdraw', year: '' }, { id: plan.id });
  expect(await held(2025)).toBeNull();
  const kept = (await plansOf(db, '01')).find((p) => p.id === plan.id);
  expect(kept?.targets.trained).toEqual({ direction: 'at_least', low: 0.1, high: 0.15 });
  const list = await pageHtml(context, plansPage, 'admin/plans', '/admin/plans', { cookie: adminCookie });
  expect(list).toContain('Đã thu hồi');
  const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, plan.id));
  expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'end', 'withdraw']));
});

test('a second plan for the same area and years is refused, on a new plan and on an edit; another area of the province is not', async () => {
  const first = await post(
    plansPage,
    '/admin/plans',
    planFields({ provinceCode: '51', name: 'Kế hoạch Quảng Ngãi 2025–2027', toYear: '2027' }),
  );
  expect(first.data.ok).toBe(true);
  const overlap =
    'Đã có một đề án, kế hoạch khác cho cùng địa bàn trong (một số) năm này. Hãy kết thúc đề án kia trước, hoặc chọn năm khác.';
  const second = await post(
    plansPage,
    '/admin/plans',
    planFields({ provinceCode: '51', name: 'Kế hoạch trùng', fromYear: '2027', toYear: '2029' }),
  );
  expect(second.status).toBe(400);
  expect(second.data.fields?.fromYear).toBe(overlap);
  expect(second.data.values?.name).toBe('Kế hoạch trùng');

  const after = await post(
    plansPage,
    '/admin/plans',
    planFields({ provinceCode: '51', name: 'Kế hoạch sau', fromYear: '2028', toYear: '2030' }),
  );
  expect(after.data.ok).toBe(true);
  const later = (await plansOf(db, '51')).find((p) => p.name === 'Kế hoạch sau')!;
  const moved = await post(
    editPage,
    `/admin/plans/${later.id}`,
    planFields({ provinceCode: '51', name: 'Kế hoạch sau', fromYear: '2026', toYear: '2030' }),
    { id: later.id },
  );
  expect(moved.status).toBe(400);
  expect(moved.data.fields?.fromYear).toBe(overlap);

  // The communes that were Kon Tum are another area of the same province.
  const page = unwrap<Awaited<ReturnType<typeof plansPage.loader>>>(
    await call(plansPage.loader, new Request(`${origin}/admin/plans?province=51`, { headers: { Cookie: adminCookie } }), context),
  ).data;
  const konTum = page.formerProvinces.find((name) => name.includes('Kon Tum'))!;
  const area = await post(plansPage, '/admin/plans', planFields({ provinceCode: '51', name: 'Đề án Kon Tum', formerProvince: konTum }));
  expect(area.data.ok).toBe(true);
});

test('only administrators: a counsellor gets 403 on the plan page and the switch page, an unknown plan is a 404', async () => {
  const plan = await createPlan(db, admin, planSchema.parse(planFields({ provinceCode: '31', name: 'Kế hoạch Hải Phòng' })));
  const get = (module: { loader: unknown }, path: string, cookie: string, params = {}) =>
    call(module.loader as Parameters<typeof call>[0], new Request(origin + path, { headers: { Cookie: cookie } }), context, params);
  expect(((await get(editPage, `/admin/plans/${plan.id}`, counsellorCookie, { id: plan.id })) as Response).status).toBe(403);
  expect(
    (await post(editPage, `/admin/plans/${plan.id}`, { intent: 'end', how: 'withdraw' }, { id: plan.id }, counsellorCookie)).status,
  ).toBe(403);
  expect(((await get(reoffendingPage, '/admin/reoffending', counsellorCookie)) as Response).status).toBe(403);
  expect((await post(reoffendingPage, '/admin/reoffending', { provinceCode: '24', enabled: 'off' }, {}, counsellorCookie)).status).toBe(
    403,
  );
  const unknown = '00000000-0000-4000-8000-000000000000';
  expect(((await get(editPage, `/admin/plans/${unknown}`, adminCookie, { id: unknown })) as Response).status).toBe(404);
  expect((await plansOf(db, '31')).find((p) => p.id === plan.id)?.endYear).toBeNull();
});

test('a province switches the reoffending indicator off and on again: on by default, each change audited, the page says where each stands', async () => {
  expect(await reoffendingEnabled(db, '24')).toBe(true);
  const off = await post(reoffendingPage, '/admin/reoffending', { provinceCode: '24', enabled: 'off' });
  expect(off.data.message).toBe('Đã tắt chỉ số tái phạm của Bắc Ninh.');
  expect(await reoffendingEnabled(db, '24')).toBe(false);
  expect(await reoffendingEnabled(db, '51')).toBe(true);
  const html = await pageHtml(context, reoffendingPage, 'admin/reoffending', '/admin/reoffending', { cookie: adminCookie });
  expect(html).toContain('aria-label="Bật chỉ số tái phạm của Bắc Ninh"');
  expect(html).toContain('aria-label="Tắt chỉ số tái phạm của Quảng Ngãi"');

  await post(reoffendingPage, '/admin/reoffending', { provinceCode: '24', enabled: 'on' });
  expect(await reoffendingEnabled(db, '24')).toBe(true);
  const rows = await db
    .select({ details: auditLog.details, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'indicator_setting'), eq(auditLog.entityId, '24')))
    .orderBy(auditLog.id);
  expect(rows).toEqual([
    { actor: administrator.id, details: { reoffending: { before: true, after: false } } },
    { actor: administrator.id, details: { reoffending: { before: false, after: true } } },
  ]);

  const wrong = await post(reoffendingPage, '/admin/reoffending', { provinceCode: '99', enabled: 'maybe' });
  expect(wrong.status).toBe(400);
  expect(Object.keys(wrong.data.fields ?? {}).sort()).toEqual(['enabled']);
});
