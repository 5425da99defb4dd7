// Where a plan stands, as the plan pages say it: in force, no longer applying from a year, or withdrawn.
import type { MessageKey } from '#app/i18n/messages.ts';

export function planStatus(plan: { fromYear: number; endYear: number | null }): [MessageKey, Record<string, number>?] {
  if (plan.endYear === null) return ['plans.inForce'];
  if (plan.endYear <= plan.fromYear) return ['plans.withdrawn'];
  return ['plans.endedFrom', { year: plan.endYear }];
}
