// A province's plans and their targets (the Kon Tum plan of 2025–2030: trained 20–25 %, a stable job
// 15–20 %, loans 30–35 % of the eligible, reoffending below 1 %): entered, corrected and ended by an
// administrator, found for a report's area and year, each figure then marked ahead / on target /
// close / behind. One plan per area and year: a second one for the same area and years is refused.
import { and, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/messages.ts';
import type { Executor } from '#db/client.ts';
import { communeMappings, communes, indicatorPlans, indicatorTargets, provinces } from '#db/schema.ts';
import { audit } from '../audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { InputError, NotFoundError } from '../errors.ts';
import { withRules } from '../fields.ts';
import { indicatorKeys, type IndicatorKey } from './definitions.ts';
import type { Target } from './targets.ts';

/** A percentage typed as "20" or "20,5" (0–100), kept as a fraction. */
const percent = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
  z
    .number({ error: 'indicators.validation.percent' })
    .min(0, 'indicators.validation.percent')
    .max(100, 'indicators.validation.percent')
    .optional(),
);

const targetSchema = z
  .object({ direction: z.enum(['at_least', 'below']), low: percent, high: percent, limit: percent })
  .transform((t, ctx): Target | null => {
    if (t.direction === 'below') {
      if (t.limit === undefined) return null;
      return { direction: 'below', limit: t.limit / 100 };
    }
    if (t.low === undefined && t.high === undefined) return null;
    const low = t.low ?? t.high!;
    const high = t.high ?? low;
    if (low > high) {
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'indicators.validation.band' });
      return z.NEVER;
    }
    return { direction: 'at_least', low: low / 100, high: high / 100 };
  });

export const planSchema = withRules(
  z.object({
    name: z
      .string({ error: 'indicators.validation.planName' })
      .trim()
      .min(3, 'indicators.validation.planName')
      .max(300, 'indicators.validation.planName'),
    decisionNumber: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(100).optional()),
    provinceCode: z
      .string({ error: 'validation.province.required' })
      .trim()
      .regex(/^\d{2}$/, 'validation.province.unknown'),
    areaName: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(200).optional()),
    communeCodes: z.array(z.string().regex(/^\d{5}$/, 'validation.commune.notInProvince')).default([]),
    /** A province before the 2025 reform (its name in the commune mapping): the plan area is the communes that were it. */
    formerProvince: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(100).optional()),
    fromYear: z.coerce
      .number({ error: 'indicators.validation.planYears' })
      .int()
      .min(2015, 'indicators.validation.planYears')
      .max(2050, 'indicators.validation.planYears'),
    toYear: z.coerce
      .number({ error: 'indicators.validation.planYears' })
      .int()
      .min(2015, 'indicators.validation.planYears')
      .max(2050, 'indicators.validation.planYears'),
    targets: z.partialRecord(z.enum(indicatorKeys), targetSchema).default({}),
  }),
  (p) =>
    p.fromYear !== undefined && p.toYear !== undefined && p.fromYear > p.toYear
      ? [{ path: 'toYear', message: 'indicators.validation.planYears' }]
      : [],
);
export type PlanInput = z.output<typeof planSchema>;

export type Plan = typeof indicatorPlans.$inferSelect & { targets: Partial<Record<IndicatorKey, Target>> };

/** How a plan ends: it applies no longer from a year on, or it is withdrawn (as if it never applied). */
export const endPlanSchema = withRules(
  z.object({
    how: z.enum(['from', 'withdraw'], { error: 'plans.validation.endHow' }),
    year: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v),
      z.coerce.number({ error: 'plans.validation.endYear' }).int('plans.validation.endYear').optional(),
    ),
  }),
  (e) => (e.how === 'from' && e.year === undefined ? [{ path: 'year', message: 'plans.validation.endYear' }] : []),
);
export type EndPlanInput = z.output<typeof endPlanSchema>;

/** The years a plan applies in, first and last (its years up to its end); null when it was withdrawn. */
export function yearsInForce(plan: Pick<Plan, 'fromYear' | 'toYear' | 'endYear'>): [number, number] | null {
  const last = plan.endYear === null ? plan.toYear : Math.min(plan.toYear, plan.endYear - 1);
  return last < plan.fromYear ? null : [plan.fromYear, last];
}

/** Whether a plan's area and years are another's: the same province and communes, some year in common. */
function overlaps(a: Pick<Plan, 'provinceCode' | 'communeCodes' | 'fromYear' | 'toYear' | 'endYear'>, b: typeof a) {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && [...x].sort().join() === [...y].sort().join();
  if (a.provinceCode !== b.provinceCode || !same(a.communeCodes, b.communeCodes)) return false;
  const [ya, yb] = [yearsInForce(a), yearsInForce(b)];
  return ya !== null && yb !== null && ya[0] <= yb[1] && yb[0] <= ya[1];
}

/**
 * The plan's area and every mistake the records reveal at once (province, former province,
 * communes, another plan for the same area and years). The province row is locked, so two plans
 * for the same area cannot slip in side by side.
 */
async function checkedArea(tx: Executor, input: PlanInput, self: { id: string; endYear: number | null } | null) {
  const [province] = await tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, input.provinceCode)).for('update');
  if (!province) throw new InputError({ provinceCode: 'validation.province.unknown' });
  const errors: Record<string, MessageKey> = {};
  const communeCodes = input.formerProvince
    ? await communesOfFormerProvince(tx, input.provinceCode, input.formerProvince)
    : input.communeCodes;
  if (input.formerProvince && communeCodes.length === 0) errors.formerProvince = 'indicators.validation.formerProvince';
  if (communeCodes.length) {
    const known = await tx.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, input.provinceCode));
    const ofProvince = new Set(known.map((c) => c.code));
    if (communeCodes.some((code) => !ofProvince.has(code))) errors.communeCodes = 'validation.commune.notInProvince';
  }
  const planned = {
    provinceCode: input.provinceCode,
    communeCodes,
    fromYear: input.fromYear,
    toYear: input.toYear,
    endYear: self?.endYear ?? null,
  };
  const others = await tx.select().from(indicatorPlans).where(eq(indicatorPlans.provinceCode, input.provinceCode));
  if (others.some((other) => other.id !== self?.id && overlaps(planned, other))) errors.fromYear = 'plans.validation.overlap';
  if (Object.keys(errors).length) throw new InputError(errors);
  return communeCodes;
}

const planTargets = (input: PlanInput) =>
  Object.entries(input.targets).filter((entry): entry is [IndicatorKey, Target] => entry[1] !== null);

async function insertTargets(tx: Executor, planId: string, targets: [IndicatorKey, Target][]) {
  if (targets.length === 0) return;
  await tx.insert(indicatorTargets).values(
    targets.map(([indicator, target]) => ({
      planId,
      indicator,
      direction: target.direction,
      ...(target.direction === 'below' ? { limit: target.limit } : { low: target.low, high: target.high }),
    })),
  );
}

/** A plan's own columns as its form gives them (its area's communes checked by `checkedArea`). */
function planColumns(input: PlanInput, communeCodes: string[]) {
  return {
    name: input.name,
    decisionNumber: input.decisionNumber ?? null,
    provinceCode: input.provinceCode,
    communeCodes,
    areaName: input.areaName ?? (input.formerProvince ? `Địa bàn ${input.formerProvince} (cũ)` : null),
    fromYear: input.fromYear,
    toYear: input.toYear,
  };
}

/** Records a plan and its targets (administrators); the communes must be of its province, the area and years no other plan's. */
export async function createPlan(tx: Executor, actor: Actor, input: PlanInput): Promise<Plan> {
  authorize(actor, 'create:plan');
  const communeCodes = await checkedArea(tx, input, null);
  const [plan] = await tx
    .insert(indicatorPlans)
    .values({ ...planColumns(input, communeCodes), createdById: actor.id })
    .returning();
  const targets = planTargets(input);
  await insertTargets(tx, plan.id, targets);
  await audit(tx, { actorUserId: actor.id, action: 'create', entityType: 'indicator_plan', entityId: plan.id, ipAddress: actor.clientIp });
  return { ...plan, targets: Object.fromEntries(targets) };
}

/** One plan with its targets, or 404. */
export async function planById(executor: Executor, planId: string): Promise<Plan> {
  const [plan] = await executor.select().from(indicatorPlans).where(eq(indicatorPlans.id, planId));
  if (!plan) throw new NotFoundError();
  return (await withTargets(executor, [plan]))[0];
}

/**
 * Corrects a plan (administrators): every field of its form, its area and its targets (the targets
 * not given are removed). An ended plan keeps its end. Audited with what it was and what it became.
 */
export async function updatePlan(tx: Executor, actor: Actor, planId: string, input: PlanInput): Promise<Plan> {
  authorize(actor, 'update:plan');
  const before = await planById(tx, planId);
  const communeCodes = await checkedArea(tx, input, before);
  const [plan] = await tx.update(indicatorPlans).set(planColumns(input, communeCodes)).where(eq(indicatorPlans.id, planId)).returning();
  const targets = planTargets(input);
  await tx.delete(indicatorTargets).where(eq(indicatorTargets.planId, planId));
  await insertTargets(tx, planId, targets);
  const after = { ...plan, targets: Object.fromEntries(targets) };
  await audit(tx, {
    actorUserId: actor.id,
    action: 'update',
    entityType: 'indicator_plan',
    entityId: planId,
    ipAddress: actor.clientIp,
    details: { before: auditShape(before), after: auditShape(after) },
  });
  return after;
}

/**
 * Ends a plan (administrators): from a year on it applies no longer (the years before keep their
 * targets), or it is withdrawn and applies to no year. Its row and targets stay, for the record;
 * a later end may be moved.
 */
export async function endPlan(tx: Executor, actor: Actor, planId: string, input: EndPlanInput): Promise<Plan> {
  authorize(actor, 'update:plan');
  const before = await planById(tx, planId);
  const endYear = input.how === 'withdraw' ? before.fromYear : input.year!;
  if (input.how === 'from' && (endYear <= before.fromYear || endYear > before.toYear))
    throw new InputError({ year: 'plans.validation.endYear' });
  const [plan] = await tx
    .update(indicatorPlans)
    .set({ endYear, endedAt: new Date(), endedById: actor.id })
    .where(eq(indicatorPlans.id, planId))
    .returning();
  await audit(tx, {
    actorUserId: actor.id,
    action: input.how === 'withdraw' ? 'withdraw' : 'end',
    entityType: 'indicator_plan',
    entityId: planId,
    ipAddress: actor.clientIp,
    details: { endYear, previousEndYear: before.endYear },
  });
  return { ...plan, targets: before.targets };
}

/** What the audit log keeps of a plan: its fields and targets, not its bookkeeping. */
function auditShape(plan: Plan) {
  const { createdAt: _c, createdById: _b, endedAt: _e, endedById: _d, ...fields } = plan;
  return fields;
}

/** The provinces that existed before the 2025 reform within `provinceCode`, by the names the commune mapping uses. */
export async function formerProvincesOf(executor: Executor, provinceCode: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ name: communeMappings.oldProvinceName })
    .from(communeMappings)
    .innerJoin(communes, eq(communes.code, communeMappings.newCommuneCode))
    .where(eq(communes.provinceCode, provinceCode))
    .orderBy(communeMappings.oldProvinceName);
  return rows.map((r) => r.name);
}

/** The communes of `provinceCode` that were (wholly or partly) the former province named `name`. */
async function communesOfFormerProvince(executor: Executor, provinceCode: string, name: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ code: communeMappings.newCommuneCode })
    .from(communeMappings)
    .innerJoin(communes, eq(communes.code, communeMappings.newCommuneCode))
    .where(and(eq(communes.provinceCode, provinceCode), eq(communeMappings.oldProvinceName, name)));
  return rows.map((r) => r.code);
}

/**
 * The plans of a province (of every province: null) in force in `year` — within their years and
 * before their end — with their targets; all of them, ended or not, when no year is given.
 */
export async function plansOf(executor: Executor, provinceCode: string | null, year?: number): Promise<Plan[]> {
  const plans = await executor
    .select()
    .from(indicatorPlans)
    .where(
      and(
        ...(provinceCode === null ? [] : [eq(indicatorPlans.provinceCode, provinceCode)]),
        ...(year === undefined
          ? []
          : [
              lte(indicatorPlans.fromYear, year),
              gte(indicatorPlans.toYear, year),
              or(isNull(indicatorPlans.endYear), gt(indicatorPlans.endYear, year)),
            ]),
      ),
    )
    .orderBy(indicatorPlans.fromYear, indicatorPlans.name);
  return withTargets(executor, plans);
}

async function withTargets(executor: Executor, plans: (typeof indicatorPlans.$inferSelect)[]): Promise<Plan[]> {
  if (plans.length === 0) return [];
  const rows = await executor
    .select()
    .from(indicatorTargets)
    .where(
      inArray(
        indicatorTargets.planId,
        plans.map((plan) => plan.id),
      ),
    );
  return plans.map((plan) => ({
    ...plan,
    targets: Object.fromEntries(
      rows
        .filter((row) => row.planId === plan.id)
        .map((row): [string, Target] => [
          row.indicator,
          row.direction === 'below' ? { direction: 'below', limit: row.limit! } : { direction: 'at_least', low: row.low!, high: row.high! },
        ]),
    ),
  }));
}

/**
 * The former province whose communes are the plan's area, as the plan form names it: '' for the
 * whole province, null when its communes are no former province's (the form then keeps them).
 */
export async function formerProvinceOfPlan(executor: Executor, plan: Pick<Plan, 'provinceCode' | 'communeCodes'>): Promise<string | null> {
  if (plan.communeCodes.length === 0) return '';
  const wanted = [...plan.communeCodes].sort().join();
  for (const name of await formerProvincesOf(executor, plan.provinceCode)) {
    const codes = await communesOfFormerProvince(executor, plan.provinceCode, name);
    if (codes.sort().join() === wanted) return name;
  }
  return null;
}
