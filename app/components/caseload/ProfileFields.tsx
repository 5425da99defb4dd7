// The fields of a returnee's record, shared by the intake page, the counsellor's profile page and
// the person's own page: who and where (PersonFields), needs and wishes, and the repeated rows for
// skills, certificates and work history. Every field works without JavaScript (rows are plain
// selects and inputs with a few blank rows to fill); with it, "Thêm dòng" adds rows.
import '#app/styles/forms.css';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CoordinateFields } from '#app/components/postings/PlaceFields.tsx';
import { CheckboxField } from '#app/components/CheckboxField.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { ethnicGroups } from './ethnic-groups.ts';
import { split } from './format.ts';
import type { CaseloadOptions, FormValues, Occupation, Option, Skill } from './types.ts';
import rows from './Rows.module.css';

type Errors = Record<string, string> | undefined;

function useNamed() {
  const locale = useLocale();
  return (o: { nameVi: string; nameEn: string }) => (locale === 'vi' ? o.nameVi : o.nameEn);
}

/** Name, birth, place, return and schooling: the intake form, and the "details" form of a profile. */
export function PersonFields({
  values,
  errors = {},
  communes,
  options,
  provinceName,
  extra = false,
}: {
  values: FormValues;
  errors?: Errors;
  communes: Option[];
  options: CaseloadOptions;
  provinceName: string;
  /** Home coordinates and the case status (the profile page, not the intake). */
  extra?: boolean;
}) {
  const t = useT();
  const choose = { value: '', label: t('caseload.choose') };
  return (
    <Stack>
      <Fieldset legend={t('caseload.section.person')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            name="fullName"
            label={t('caseload.field.fullName')}
            required
            maxLength={120}
            autoComplete="off"
            defaultValue={values.fullName ?? ''}
            error={errors.fullName}
          />
          <TextInput
            name="birthDate"
            type="date"
            label={t('caseload.field.birthDate')}
            required
            defaultValue={values.birthDate ?? ''}
            error={errors.birthDate}
          />
          <NativeSelect
            name="sex"
            label={t('caseload.field.sex')}
            required
            defaultValue={values.sex ?? ''}
            data={[choose, ...options.sexes.map((s) => ({ value: s, label: t(`caseload.sex.${s}`) }))]}
            error={errors.sex}
          />
          <TextInput
            name="ethnicity"
            label={t('caseload.field.ethnicity')}
            description={t('caseload.hint.ethnicity')}
            list="ethnic-groups"
            maxLength={50}
            defaultValue={values.ethnicity ?? ''}
            error={errors.ethnicity}
          />
          <datalist id="ethnic-groups">
            {ethnicGroups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          <TextInput
            name="phone"
            type="tel"
            inputMode="tel"
            label={t('caseload.field.phone')}
            description={t('caseload.hint.phone')}
            maxLength={30}
            defaultValue={values.phone ?? ''}
            error={errors.phone}
          />
          <NativeSelect
            name="schoolingLevel"
            label={t('caseload.field.schoolingLevel')}
            defaultValue={values.schoolingLevel ?? ''}
            data={[
              { value: '', label: t('caseload.notStated') },
              ...options.schoolingLevels.map((s) => ({ value: s, label: t(`job.schooling.${s}`) })),
            ]}
            error={errors.schoolingLevel}
          />
          <NativeSelect
            name="communeCode"
            label={t('caseload.field.commune')}
            description={t('caseload.hint.commune', { province: provinceName })}
            required
            defaultValue={values.communeCode ?? ''}
            data={[{ value: '', label: t('caseload.chooseCommune') }, ...communes.map((c) => ({ value: c.code, label: c.name }))]}
            error={errors.communeCode}
            style={{ gridColumn: '1 / -1' }}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('caseload.section.return')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            name="releaseDate"
            type="date"
            label={t('caseload.field.releaseDate')}
            description={t('caseload.hint.releaseDate')}
            required
            defaultValue={values.releaseDate ?? ''}
            error={errors.releaseDate}
          />
          <NativeSelect
            name="releaseKind"
            label={t('caseload.field.releaseKind')}
            required
            defaultValue={values.releaseKind ?? ''}
            data={[choose, ...options.releaseKinds.map((k) => ({ value: k, label: t(`caseload.releaseKind.${k}`) }))]}
            error={errors.releaseKind}
          />
        </SimpleGrid>
      </Fieldset>
      {extra ? (
        <Fieldset legend={t('caseload.section.homeAndStatus')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CoordinateFields
              values={values}
              errors={errors}
              labels={{
                latitude: t('caseload.field.latitude'),
                longitude: t('caseload.field.longitude'),
                hint: t('caseload.hint.coordinates'),
              }}
            />
            <input type="hidden" name="statusWas" value={values.statusWas ?? values.status ?? ''} />
            <NativeSelect
              name="status"
              label={t('caseload.field.status')}
              description={t('caseload.hint.status')}
              defaultValue={values.status ?? 'active'}
              data={[
                ...(values.statusWas === 'placed' || values.status === 'placed'
                  ? [{ value: 'placed', label: t('caseload.status.placed') }]
                  : []),
                ...options.settableStatuses.map((s) => ({ value: s, label: t(`caseload.status.${s}`) })),
              ]}
              error={errors.status}
            />
          </SimpleGrid>
        </Fieldset>
      ) : null}
    </Stack>
  );
}

/** Ticks for the help the person asks for (none ticked = none). */
export function NeedsField({ values, errors = {}, options }: { values: FormValues; errors?: Errors; options: CaseloadOptions }) {
  const t = useT();
  const chosen = split(values.needs);
  return (
    <Fieldset legend={t('caseload.field.needs')}>
      <Group gap="lg">
        {options.needs.map((n) => (
          <CheckboxField key={n} name="needs" value={n} label={t(`caseload.need.${n}`)} defaultChecked={chosen.includes(n)} />
        ))}
      </Group>
      {errors.needs ? (
        <Text c="red" size="sm" mt="xs" role="alert">
          {errors.needs}
        </Text>
      ) : null}
    </Fieldset>
  );
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
        </SimpleGrid>
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
function Rows({
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

/** Certificates: the name (shown to employers on anonymised cards), issuer and year (never shown). */
export function CertificateRows({ values, errors }: { values: FormValues; errors?: Errors }) {
  const t = useT();
  return (
    <Rows
      prefix="certificates"
      values={values}
      errors={errors}
      legend={t('caseload.field.certificates')}
      hint={t('caseload.hint.certificates')}
      blanks={1}
      render={(i, value, error) => (
        <div className={rows.dated}>
          <div>
            <TextInput
              name={`certificates.${i}.name`}
              label={t('caseload.field.certificateName', { n: i + 1 })}
              maxLength={150}
              defaultValue={value('name')}
              error={error('name')}
            />
          </div>
          <div>
            <TextInput
              name={`certificates.${i}.issuer`}
              label={t('caseload.field.certificateIssuer')}
              aria-label={t('caseload.field.ofRow', { field: t('caseload.field.certificateIssuer'), n: i + 1 })}
              maxLength={150}
              defaultValue={value('issuer')}
              error={error('issuer')}
            />
          </div>
          <div>
            <TextInput
              name={`certificates.${i}.year`}
              label={t('caseload.field.certificateYear')}
              aria-label={t('caseload.field.ofRow', { field: t('caseload.field.certificateYear'), n: i + 1 })}
              inputMode="numeric"
              maxLength={4}
              defaultValue={value('year')}
              error={error('year')}
            />
          </div>
        </div>
      )}
    />
  );
}

/** Work done before: free text, the trade if it is one of the list, and for how many months. */
export function HistoryRows({ values, errors, occupations }: { values: FormValues; errors?: Errors; occupations: Occupation[] }) {
  const t = useT();
  const named = useNamed();
  return (
    <Rows
      prefix="workHistory"
      values={values}
      errors={errors}
      legend={t('caseload.field.workHistory')}
      hint={t('caseload.hint.workHistory')}
      blanks={1}
      render={(i, value, error) => (
        <div className={rows.dated}>
          <div>
            <TextInput
              name={`workHistory.${i}.description`}
              label={t('caseload.field.historyDescription', { n: i + 1 })}
              maxLength={500}
              defaultValue={value('description')}
              error={error('description')}
            />
          </div>
          <div>
            <NativeSelect
              name={`workHistory.${i}.occupationCode`}
              label={t('caseload.field.historyOccupation')}
              aria-label={t('caseload.field.ofRow', { field: t('caseload.field.historyOccupation'), n: i + 1 })}
              defaultValue={value('occupationCode')}
              data={[{ value: '', label: t('caseload.notStated') }, ...occupations.map((o) => ({ value: o.code, label: named(o) }))]}
              error={error('occupationCode')}
            />
          </div>
          <div>
            <TextInput
              name={`workHistory.${i}.months`}
              label={t('caseload.field.historyMonths')}
              aria-label={t('caseload.field.ofRow', { field: t('caseload.field.historyMonths'), n: i + 1 })}
              inputMode="numeric"
              maxLength={3}
              defaultValue={value('months')}
              error={error('months')}
            />
          </div>
        </div>
      )}
    />
  );
}
