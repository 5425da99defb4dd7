// What a person can do and hopes for: the skill rows and the wishes, on the counsellor's profile
// page and on the person's own /me (which needs nothing else of the record's fields, so these stay
// apart from ProfileFields.tsx and its JavaScript off a returnee's phone). Also the repeated-rows
// frame the record's other lists use. Every field works without JavaScript (rows are plain selects
// and inputs with a few blank rows to fill); with it, "Thêm dòng" adds rows.
import '#app/styles/forms.css';
import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CheckboxField } from '#app/components/CheckboxField.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { split } from './format.ts';
import type { CaseloadOptions, FormValues, Occupation, Skill } from './types.ts';
import rows from './Rows.module.css';
import plain from '#app/components/plain.module.css';

export type Errors = Record<string, string> | undefined;

export function useNamed() {
  const locale = useLocale();
  return (o: { nameVi: string; nameEn: string }) => (locale === 'vi' ? o.nameVi : o.nameEn);
}

/** Occupations, work types, wage floor, travel and moving: what the person hopes for. */
export function WishFields({
  values,
  errors = {},
  occupations,
  options,
}: {
  values: FormValues;
  errors?: Errors;
  occupations: Occupation[];
  options: CaseloadOptions;
}) {
  const t = useT();
  const named = useNamed();
  const chosenTypes = split(values.workTypes);
  const occupationError = errors.occupationWishes ?? Object.entries(errors).find(([k]) => k.startsWith('occupationWishes.'))?.[1];
  return (
    <Fieldset legend={t('caseload.section.wishes')}>
      <Stack>
        {/* A native list (several can be chosen: Ctrl/⌘-click, or ticks on a phone): it works without JavaScript. */}
        <NativeSelect
          name="occupationWishes"
          multiple
          size="md"
          rightSection={null}
          styles={{ input: { height: '12rem', paddingBlock: 4, overflowX: 'hidden' } }}
          label={t('caseload.field.occupationWishes')}
          description={t('caseload.hint.occupationWishes')}
          data={occupations.map((o) => ({ value: o.code, label: named(o) }))}
          defaultValue={split(values.occupationWishes) as unknown as string}
          error={occupationError}
        />
        <div role="group" aria-labelledby="work-types-label">
          <Text id="work-types-label" size="sm" fw={500} mb={4}>
            {t('caseload.field.workTypes')}
          </Text>
          <Group gap="lg">
            {options.workTypes.map((w) => (
              <CheckboxField key={w} name="workTypes" value={w} label={t(`job.workType.${w}`)} defaultChecked={chosenTypes.includes(w)} />
            ))}
          </Group>
          {errors.workTypes ? (
            <Text c="red" size="sm" mt="xs" role="alert">
              {errors.workTypes}
            </Text>
          ) : null}
        </div>
        <div className={plain.columns}>
          <TextInput
            name="wageFloor"
            label={t('caseload.field.wageFloor')}
            description={t('caseload.hint.wageFloor')}
            inputMode="numeric"
            defaultValue={values.wageFloor ?? ''}
            error={errors.wageFloor}
          />
          <TextInput
            name="maxTravelKm"
            label={t('caseload.field.maxTravelKm')}
            description={t('caseload.hint.maxTravelKm')}
            inputMode="numeric"
            defaultValue={values.maxTravelKm ?? ''}
            error={errors.maxTravelKm}
          />
        </div>
        <CheckboxField
          name="willingToMove"
          label={t('caseload.field.willingToMove')}
          description={t('caseload.hint.willingToMove')}
          defaultChecked={values.willingToMove === 'on' || values.willingToMove === 'true'}
        />
      </Stack>
    </Fieldset>
  );
}

/** How many rows of `prefix` the values hold. */
function rowCount(values: FormValues, prefix: string) {
  let n = 0;
  for (const key of Object.keys(values)) {
    const match = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match) n = Math.max(n, Number(match[1]) + 1);
  }
  return n;
}

/** The stored rows plus a few blank ones; "Thêm dòng" adds more when JavaScript runs. */
export function Rows({
  prefix,
  values,
  errors = {},
  legend,
  hint,
  blanks = 2,
  render,
}: {
  prefix: string;
  values: FormValues;
  errors?: Errors;
  legend: string;
  hint: string;
  blanks?: number;
  render: (i: number, value: (name: string) => string, error: (name: string) => string | undefined) => React.ReactNode;
}) {
  const t = useT();
  const [count, setCount] = useState(rowCount(values, prefix) + blanks);
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {errors[prefix] ? (
          <Text c="red" size="sm" role="alert">
            {errors[prefix]}
          </Text>
        ) : null}
        {Array.from({ length: count }, (_, i) => (
          <div key={i}>
            {render(
              i,
              (name) => values[`${prefix}.${i}.${name}`] ?? '',
              (name) => errors[`${prefix}.${i}.${name}`],
            )}
          </div>
        ))}
        <Group>
          <Button type="button" variant="subtle" size="compact-sm" onClick={() => setCount((n) => n + 1)}>
            {t('caseload.addRow')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Skills from the skills list, each with a level. */
export function SkillRows({
  values,
  errors,
  skills,
  occupations,
  options,
}: {
  values: FormValues;
  errors?: Errors;
  skills: Skill[];
  occupations: Occupation[];
  options: CaseloadOptions;
}) {
  const t = useT();
  const named = useNamed();
  // Grouped by trade (skills of no trade together), groups in alphabetical order.
  const occupationName = new Map(occupations.map((o) => [o.code, named(o)]));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const s of skills) {
    const group = s.occupationCode ? (occupationName.get(s.occupationCode) ?? s.occupationCode) : t('caseload.skills.general');
    groups.set(group, [...(groups.get(group) ?? []), { value: s.code, label: named(s) }]);
  }
  const data = [
    { value: '', label: t('caseload.chooseSkill') },
    ...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([group, items]) => ({ group, items })),
  ];
  return (
    <Rows
      prefix="skills"
      values={values}
      errors={errors}
      legend={t('caseload.field.skills')}
      hint={t('caseload.hint.skills')}
      render={(i, value, error) => (
        <div className={rows.skill}>
          <div>
            <NativeSelect
              name={`skills.${i}.code`}
              label={t('caseload.field.skill', { n: i + 1 })}
              defaultValue={value('code')}
              data={data}
              error={error('code')}
            />
          </div>
          <div>
            <NativeSelect
              name={`skills.${i}.level`}
              label={t('caseload.field.skillLevel', { n: i + 1 })}
              defaultValue={value('level')}
              data={[
                { value: '', label: t('caseload.chooseLevel') },
                ...options.skillLevels.map((l) => ({ value: l, label: t(`skillLevel.${l}`) })),
              ]}
              error={error('level')}
            />
          </div>
        </div>
      )}
    />
  );
}
