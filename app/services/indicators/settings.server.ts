// A province's choices about its indicators (DESIGN.md §6): whether it counts reoffending ("a
// province can switch the indicator off"). On unless an administrator switched it off; each change
// audited. The report asks `reoffendingEnabled` before counting or showing the figure.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '#db/client.ts';
import { indicatorSettings, provinces } from '#db/schema.ts';
import { audit } from '../audit.server.ts';
import { authorize, type Actor } from '../authorize.ts';
import { InputError } from '../errors.ts';

export const reoffendingSwitchSchema = z.object({
  provinceCode: z
    .string({ error: 'validation.province.required' })
    .trim()
    .regex(/^\d{2}$/, 'validation.province.unknown'),
  enabled: z.enum(['on', 'off'], { error: 'reoffending.validation.enabled' }).transform((v) => v === 'on'),
});
export type ReoffendingSwitch = z.output<typeof reoffendingSwitchSchema>;

/** Whether `provinceCode` counts reoffending (true unless switched off). */
export async function reoffendingEnabled(executor: Executor, provinceCode: string): Promise<boolean> {
  const [row] = await executor
    .select({ reoffending: indicatorSettings.countsDetainedAgain })
    .from(indicatorSettings)
    .where(eq(indicatorSettings.provinceCode, provinceCode));
  return row?.reoffending ?? true;
}

/** Every province with whether it counts reoffending, by name. */
export async function reoffendingByProvince(executor: Executor) {
  const rows = await executor
    .select({ code: provinces.code, name: provinces.name, reoffending: indicatorSettings.countsDetainedAgain })
    .from(provinces)
    .leftJoin(indicatorSettings, eq(indicatorSettings.provinceCode, provinces.code))
    .orderBy(provinces.name);
  return rows.map((row) => ({ code: row.code, name: row.name, enabled: row.reoffending ?? true }));
}

/** Switches a province's reoffending indicator on or off (administrators), audited with what it was. */
export async function setReoffending(tx: Executor, actor: Actor, input: ReoffendingSwitch) {
  authorize(actor, 'update:indicator-setting', { provinceCode: input.provinceCode });
  const [province] = await tx
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .where(eq(provinces.code, input.provinceCode));
  if (!province) throw new InputError({ provinceCode: 'validation.province.unknown' });
  const before = await reoffendingEnabled(tx, input.provinceCode);
  await tx
    .insert(indicatorSettings)
    .values({ provinceCode: input.provinceCode, countsDetainedAgain: input.enabled, updatedById: actor.id })
    .onConflictDoUpdate({
      target: indicatorSettings.provinceCode,
      set: { countsDetainedAgain: input.enabled, updatedById: actor.id, updatedAt: new Date() },
    });
  await audit(tx, {
    actorUserId: actor.id,
    action: 'update',
    entityType: 'indicator_setting',
    entityId: input.provinceCode,
    ipAddress: actor.clientIp,
    details: { reoffending: { before, after: input.enabled } },
  });
  return { province, enabled: input.enabled };
}
