// The definition settings the indicators are counted with, kept with the day each took effect
// (ADR 006, "series breaks are data"): at start-up the app records STABLE_JOB_MONTHS when it differs
// from the last recorded value, and the dashboard's trend marks the month of every such change.
import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { indicatorDefinitionSettings } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { definitionChanges, stableMonthsChange, type DefinitionChange } from './series-breaks.ts';

const stableMonthsSetting = 'stable_job_months';

/**
 * Records the months that make a job stable, from `today`, when they differ from the last value
 * recorded (the first value recorded is where the series starts: not a change). Returns whether it
 * recorded one.
 */
export async function recordStableMonths(executor: Executor, stableMonths: number, today = vietnamDate()): Promise<boolean> {
  const [last] = await executor
    .select({ value: indicatorDefinitionSettings.value })
    .from(indicatorDefinitionSettings)
    .where(eq(indicatorDefinitionSettings.setting, stableMonthsSetting))
    .orderBy(desc(indicatorDefinitionSettings.recordedAt), desc(indicatorDefinitionSettings.fromDay))
    .limit(1);
  if (last?.value === stableMonths) return false;
  await executor.insert(indicatorDefinitionSettings).values({ setting: stableMonthsSetting, value: stableMonths, fromDay: today });
  return true;
}

/** Every change of definition: the code's rules and the recorded changes of the stable-job months. */
export async function definitionChangesOf(executor: Executor): Promise<DefinitionChange[]> {
  const recorded = await executor
    .select()
    .from(indicatorDefinitionSettings)
    .where(eq(indicatorDefinitionSettings.setting, stableMonthsSetting))
    .orderBy(asc(indicatorDefinitionSettings.recordedAt), asc(indicatorDefinitionSettings.fromDay));
  const changes = recorded.slice(1).map((row, i) => stableMonthsChange(row.fromDay, recorded[i].value, row.value));
  return [...definitionChanges, ...changes];
}
