// The plan form of /admin/plans (a new plan) and /admin/plans/:id (correcting one): name, decision
// number, years, area (the whole province or the communes that were a former province) and a target
// per indicator — a band in % to reach, or for reoffending a limit to stay below. Each message beside
// its own box; what was typed comes back after a refusal. A plain POST form (works without JavaScript).
import '#app/styles/forms.css';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Form } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';
import { indicatorKeys } from '#app/services/indicators/definitions.ts';
import type { Target } from '#app/services/indicators/targets.ts';

/** The indicators a plan sets a limit for (to stay below); the others get a band to reach. */
export const limitedIndicators: ReadonlySet<string> = new Set(['reoffended']);

/** The posted form as the plan schema reads it: `targets.<indicator>.low|high|limit` fields become `targets`. */
export function planInput(values: Record<string, string>) {
  const targets = Object.fromEntries(
    indicatorKeys.map((key) => [
      key,
      limitedIndicators.has(key)
        ? { direction: 'below', limit: values[`targets.${key}.limit`] ?? '' }
        : { direction: 'at_least', low: values[`targets.${key}.low`] ?? '', high: values[`targets.${key}.high`] ?? '' },
    ]),
  );
  return { ...values, targets };
}

/** A target (a fraction) as the boxes show it: "20", "0.5". */
const percentText = (fraction: number) => String(Math.round(fraction * 10_000) / 100);

/** A saved plan as the form's starting values. */
export function planFormValues(
  plan: {
    name: string;
    decisionNumber: string | null;
    areaName: string | null;
    fromYear: number;
    toYear: number;
    targets: Partial<Record<string, Target>>;
  },
  formerProvince: string,
): Record<string, string> {
  const values: Record<string, string> = {
    name: plan.name,
    decisionNumber: plan.decisionNumber ?? '',
    areaName: plan.areaName ?? '',
    fromYear: String(plan.fromYear),
    toYear: String(plan.toYear),
    formerProvince,
  };
  for (const [key, target] of Object.entries(plan.targets)) {
    if (!target) continue;
    if (target.direction === 'below') values[`targets.${key}.limit`] = percentText(target.limit);
    else {
      values[`targets.${key}.low`] = percentText(target.low);
      values[`targets.${key}.high`] = percentText(target.high);
    }
  }
  return values;
}

/** One percentage box of a target, with the message for it and the value typed before. */
function PercentInput({
  name,
  label,
  values,
  errors,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  return <TextInput name={name} label={label} inputMode="decimal" w={140} defaultValue={values[name] ?? ''} error={errors[name]} />;
}

export function PlanForm({
  province,
  formerProvinces,
  values,
  errors,
  submitting,
  intent,
  keepCommunes,
}: {
  province: string;
  formerProvinces: readonly string[];
  values: Record<string, string>;
  errors: Record<string, string>;
  submitting: boolean;
  /** The button's intent, for a page with several forms. */
  intent?: string;
  /** A plan whose communes are no former province's: how many it has (kept unless another area is chosen). */
  keepCommunes?: number;
}) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      <Stack>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <input type="hidden" name="provinceCode" value={province} />
        <TextInput name="name" label={t('plans.name')} required defaultValue={values.name ?? ''} error={errors.name} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            name="decisionNumber"
            label={t('plans.decision')}
            defaultValue={values.decisionNumber ?? ''}
            error={errors.decisionNumber}
          />
          <TextInput
            name="fromYear"
            label={t('plans.fromYear')}
            inputMode="numeric"
            required
            defaultValue={values.fromYear ?? ''}
            error={errors.fromYear}
          />
          <TextInput
            name="toYear"
            label={t('plans.toYear')}
            inputMode="numeric"
            required
            defaultValue={values.toYear ?? ''}
            error={errors.toYear}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            name="formerProvince"
            label={t('plans.formerProvince')}
            description={t('plans.formerProvinceHint')}
            defaultValue={values.formerProvince ?? ''}
            error={errors.formerProvince ?? errors.communeCodes}
            data={[
              ...(keepCommunes ? [{ value: keepCommunesValue, label: t('plans.keepCommunes', { count: keepCommunes }) }] : []),
              { value: '', label: t('plans.wholeProvince') },
              ...formerProvinces.map((name) => ({ value: name, label: name })),
            ]}
          />
          <TextInput name="areaName" label={t('plans.areaName')} defaultValue={values.areaName ?? ''} error={errors.areaName} />
        </SimpleGrid>
        <Title order={3} size="h4">
          {t('plans.targets')}
        </Title>
        <Text size="sm">{t('plans.targetsHint')}</Text>
        {indicatorKeys.map((key) => (
          <fieldset key={key}>
            <legend>{t(`indicators.key.${key}`)}</legend>
            <Group align="flex-end" wrap="wrap">
              {limitedIndicators.has(key) ? (
                <PercentInput name={`targets.${key}.limit`} label={t('plans.limit')} values={values} errors={errors} />
              ) : (
                <>
                  <PercentInput name={`targets.${key}.low`} label={t('plans.low')} values={values} errors={errors} />
                  <PercentInput name={`targets.${key}.high`} label={t('plans.high')} values={values} errors={errors} />
                </>
              )}
            </Group>
          </fieldset>
        ))}
        <Group>
          <Button type="submit" loading={submitting}>
            {t('plans.save')}
          </Button>
        </Group>
      </Stack>
    </Form>
  );
}

/** The area choice that keeps a plan's communes as they are (they are no former province's). */
export const keepCommunesValue = 'keep';
