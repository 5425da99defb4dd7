// The structured job description, used by the new-job and edit-job pages: the work, the pay, the
// place, what the employer provides, the requirements and the dates.
import '#app/styles/forms.css';
import '#app/styles/pick-lists.css';
import { Checkbox, Fieldset, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { PlaceFields } from './PlaceFields.tsx';
import type { FormOptions, Occupation, Option, Skill } from './types.ts';
import { type FormValues } from '#app/adapters/form-data.ts';

export type PostingListsProps = {
  provinces: Option[];
  communes: Option[];
  occupations: Occupation[];
  options: FormOptions;
};

type Props = PostingListsProps & { skills: Skill[]; values: FormValues; errors?: Record<string, string> };

const provides = [
  ['providesMeals', 'job.provides.meals'],
  ['providesLodging', 'job.provides.lodging'],
  ['providesTravel', 'job.provides.travel'],
  ['providesTraining', 'job.provides.training'],
  ['providesWorkClothes', 'job.provides.workClothes'],
] as const;

const split = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

/** The occupation picker; shared with the training form. */
export function OccupationSelect({
  occupations,
  value,
  onChange,
  error,
}: {
  occupations: Occupation[];
  value: string;
  onChange?: (code: string) => void;
  error?: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <NativeSelect
      name="occupationCode"
      label={t('posting.occupation')}
      required
      {...(onChange ? { value, onChange: (e) => onChange(e.currentTarget.value) } : { defaultValue: value })}
      data={[
        { value: '', label: t('postingForm.chooseOccupation') },
        ...occupations.map((o) => ({ value: o.code, label: locale === 'vi' ? o.nameVi : o.nameEn })),
      ]}
      error={error}
    />
  );
}

export function JobFields({ values, errors = {}, provinces, communes, occupations, skills, options }: Props) {
  const t = useT();
  const locale = useLocale();
  const [occupation, setOccupation] = useState(values.occupationCode ?? '');
  const [required, setRequired] = useState(split(values.requiredSkills));
  const [nice, setNice] = useState(split(values.niceToHaveSkills));
  // Skills of the chosen trade, plus the general ones that belong to no trade.
  const offered = skills.filter((s) => s.occupationCode === null || s.occupationCode === occupation);
  const skillData = (exclude: string[]) =>
    offered.filter((s) => !exclude.includes(s.code)).map((s) => ({ value: s.code, label: locale === 'vi' ? s.nameVi : s.nameEn }));
  const offeredCodes = new Set(offered.map((s) => s.code));

  return (
    <Stack>
      <Fieldset legend={t('postingForm.section.work')}>
        <Stack>
          <TextInput
            name="title"
            label={t('postingForm.jobTitle')}
            description={t('postingForm.jobTitleHint')}
            required
            maxLength={150}
            defaultValue={values.title ?? ''}
            error={errors.title}
          />
          <OccupationSelect
            occupations={occupations}
            value={occupation}
            error={errors.occupationCode}
            onChange={(code) => {
              setOccupation(code);
              // Skills of another trade no longer apply.
              const keep = new Set(skills.filter((s) => s.occupationCode === null || s.occupationCode === code).map((s) => s.code));
              setRequired((list) => list.filter((c) => keep.has(c)));
              setNice((list) => list.filter((c) => keep.has(c)));
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              name="requiredSkills"
              label={t('job.requiredSkills')}
              description={occupation ? t('postingForm.skillsHint') : t('postingForm.skillsChooseOccupation')}
              data={skillData(nice)}
              value={required.filter((c) => offeredCodes.has(c))}
              onChange={setRequired}
              searchable
              clearable
              maxValues={10}
              nothingFoundMessage={t('postingForm.noSkill')}
              disabled={!occupation}
              error={errors.requiredSkills}
            />
            <MultiSelect
              name="niceToHaveSkills"
              label={t('job.niceToHaveSkills')}
              description={occupation ? t('postingForm.skillsHint') : t('postingForm.skillsChooseOccupation')}
              data={skillData(required)}
              value={nice.filter((c) => offeredCodes.has(c))}
              onChange={setNice}
              searchable
              clearable
              maxValues={10}
              nothingFoundMessage={t('postingForm.noSkill')}
              disabled={!occupation}
              error={errors.niceToHaveSkills}
            />
          </SimpleGrid>
          <Textarea
            name="description"
            label={t('postingForm.description')}
            description={t('postingForm.descriptionHint')}
            required
            autosize
            minRows={4}
            maxLength={4000}
            defaultValue={values.description ?? ''}
            error={errors.description}
          />
          <TextInput
            name="workingHours"
            label={t('job.workingHours')}
            description={t('postingForm.workingHoursHint')}
            maxLength={300}
            defaultValue={values.workingHours ?? ''}
            error={errors.workingHours}
          />
          <Textarea
            name="benefits"
            label={t('job.benefits')}
            description={t('postingForm.benefitsHint')}
            autosize
            minRows={2}
            maxLength={2000}
            defaultValue={values.benefits ?? ''}
            error={errors.benefits}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('postingForm.section.pay')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            // Out-of-range values stay as typed, for the server to refuse with a message (never 0 → 1).
            clampBehavior="none"
            name="openings"
            label={t('job.openings')}
            required
            min={1}
            max={1000}
            allowDecimal={false}
            defaultValue={values.openings ?? ''}
            error={errors.openings}
          />
          <NativeSelect
            name="workType"
            label={t('job.workType')}
            required
            defaultValue={values.workType ?? ''}
            data={options.workTypes.map((w) => ({ value: w, label: t(`job.workType.${w}`) }))}
            error={errors.workType}
          />
          <MoneyInput name="wageMin" label={t('postingForm.wageMin')} values={values} error={errors.wageMin} />
          <MoneyInput name="wageMax" label={t('postingForm.wageMax')} values={values} error={errors.wageMax} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('job.place')}>
        <PlaceFields provinces={provinces} communes={communes} values={values} errors={errors} withCoordinates />
      </Fieldset>

      <Fieldset legend={t('job.provides')}>
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }}>
          {provides.map(([name, label]) => (
            <Checkbox key={name} name={name} label={t(label)} defaultChecked={isChecked(values[name])} />
          ))}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('job.requirements')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              name="minSchooling"
              label={t('job.minSchooling')}
              defaultValue={values.minSchooling ?? ''}
              data={[
                { value: '', label: t('posting.notStated') },
                ...options.schoolingLevels.map((s) => ({ value: s, label: t(`job.schooling.${s}`) })),
              ]}
              error={errors.minSchooling}
            />
            <TextInput
              name="requiredCertificate"
              label={t('job.certificate')}
              description={t('postingForm.optional')}
              maxLength={200}
              defaultValue={values.requiredCertificate ?? ''}
              error={errors.requiredCertificate}
            />
            <NativeSelect
              name="drivingLicenceClass"
              label={t('job.drivingLicence')}
              defaultValue={values.drivingLicenceClass ?? ''}
              data={[
                { value: '', label: t('posting.notRequired') },
                ...options.drivingLicenceClasses.map((c) => ({ value: c, label: t('job.drivingLicenceClass', { class: c }) })),
              ]}
              error={errors.drivingLicenceClass}
            />
          </SimpleGrid>
          <Checkbox
            name="recordCheck"
            label={t('job.recordCheck')}
            description={t('postingForm.recordCheckHint')}
            defaultChecked={isChecked(values.recordCheck)}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('postingForm.section.dates')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField name="startDate" label={t('job.startDate')} values={values} error={errors.startDate} />
          <DateField
            name="closingDate"
            label={t('job.closingDate')}
            description={t('postingForm.closingDateHint')}
            values={values}
            error={errors.closingDate}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}

export function isChecked(value: string | undefined) {
  return value === 'on' || value === 'true' || value === '1';
}

/** VND amounts with thousands separators as the reader writes them (7.000.000 / 7,000,000). */
export function MoneyInput({
  name,
  label,
  values,
  error,
  description,
  required = true,
}: {
  name: string;
  label: string;
  values: FormValues;
  error?: string;
  description?: string;
  required?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <NumberInput
      clampBehavior="none"
      name={name}
      label={label}
      description={description ?? t('postingForm.vndHint')}
      required={required}
      min={0}
      allowDecimal={false}
      hideControls
      thousandSeparator={locale === 'vi' ? '.' : ','}
      decimalSeparator={locale === 'vi' ? ',' : '.'}
      inputMode="numeric"
      defaultValue={values[name] ?? ''}
      error={error}
    />
  );
}

/** A calendar date; the browser's own date picker works on every phone. */
export function DateField({
  name,
  label,
  values,
  error,
  description,
}: {
  name: string;
  label: string;
  values: FormValues;
  error?: string;
  description?: string;
}) {
  return <TextInput type="date" name={name} label={label} description={description} defaultValue={values[name] ?? ''} error={error} />;
}
