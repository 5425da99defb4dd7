// A province's plans and their targets (the Kon Tum plan of 2025–2030: trained 20–25 %, a stable job
// 15–20 %, loans 30–35 % of the eligible, reoffending below 1 %): entered by an administrator, found
// for a report's area and year, each figure then marked ahead / on target / close / behind.
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '#db/client.ts';
import { communeMappings, communes, indicatorPlans, indicatorTargets, provinces } from '#db/schema.ts';
import { audit } from '../audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { InputError } from '../errors.ts';
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

/** Records a plan and its targets (administrators); the communes must be of its province. */
export async function createPlan(tx: Executor, actor: Actor, input: PlanInput): Promise<Plan> {
  authorize(actor, 'create:plan');
  const [province] = await tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, input.provinceCode));
  if (!province) throw new InputError({ provinceCode: 'validation.province.unknown' });
  const communeCodes = input.formerProvince
    ? await communesOfFormerProvince(tx, input.provinceCode, input.formerProvince)
    : input.communeCodes;
  if (input.formerProvince && communeCodes.length === 0) throw new InputError({ formerProvince: 'indicators.validation.formerProvince' });
  if (communeCodes.length) {
    const known = await tx.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, input.provinceCode));
    const ofProvince = new Set(known.map((c) => c.code));
    if (communeCodes.some((code) => !ofProvince.has(code))) throw new InputError({ communeCodes: 'validation.commune.notInProvince' });
  }
  const [plan] = await tx
    .insert(indicatorPlans)
    .values({
      name: input.name,
      decisionNumber: input.decisionNumber ?? null,
      provinceCode: input.provinceCode,
      communeCodes,
      areaName: input.areaName ?? (input.formerProvince ? `Địa bàn ${input.formerProvince} (cũ)` : null),
      fromYear: input.fromYear,
      toYear: input.toYear,
      createdById: actor.id,
    })
    .returning();
  const targets = Object.entries(input.targets).filter((entry): entry is [IndicatorKey, Target] => entry[1] !== null);
  if (targets.length) {
    await tx.insert(indicatorTargets).values(
      targets.map(([indicator, target]) => ({
        planId: plan.id,
        indicator,
        direction: target.direction,
        ...(target.direction === 'below' ? { limit: target.limit } : { low: target.low, high: target.high }),
      })),
    );
  }
  await audit(tx, { actorUserId: actor.id, action: 'create', entityType: 'indicator_plan', entityId: plan.id, ipAddress: actor.clientIp });
  return { ...plan, targets: Object.fromEntries(targets) };
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

/** The plans of a province (of every province: null) in force in `year` (all of them when no year is given), with their targets. */
export async function plansOf(executor: Executor, provinceCode: string | null, year?: number): Promise<Plan[]> {
  const plans = await executor
    .select()
    .from(indicatorPlans)
    .where(
      and(
        ...(provinceCode === null ? [] : [eq(indicatorPlans.provinceCode, provinceCode)]),
        ...(year === undefined ? [] : [lte(indicatorPlans.fromYear, year), gte(indicatorPlans.toYear, year)]),
      ),
    )
    .orderBy(indicatorPlans.fromYear, indicatorPlans.name);
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
