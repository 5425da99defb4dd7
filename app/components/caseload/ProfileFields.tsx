// The fields of a returnee's record that staff keep, on the intake page and the counsellor's profile
// page: who and where (PersonFields), needs, and the rows for certificates and work history (skills
// and wishes, which the person edits too, are in SkillAndWishFields.tsx). Every field works without
// JavaScript (rows are plain inputs with a few blank rows to fill); with it, "Thêm dòng" adds rows.
import '#app/styles/forms.css';
import { Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { CoordinateFields } from '#app/components/postings/PlaceFields.tsx';
import { CheckboxField } from '#app/components/CheckboxField.tsx';
import { useT } from '#app/i18n/use-t.ts';
import { ethnicGroups } from './ethnic-groups.ts';
import { split } from './format.ts';
import type { CaseloadOptions, FormValues, Occupation, Option } from './types.ts';
import rows from './Rows.module.css';
import { Rows, useNamed, type Errors } from './SkillAndWishFields.tsx';

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
            <NativeSelect
              name="closeReason"
              label={t('caseload.field.closeReason')}
              description={t('caseload.hint.close')}
              defaultValue={values.closeReason ?? ''}
              data={[{ value: '', label: '—' }, ...options.closeReasons.map((r) => ({ value: r, label: t(`caseload.closeReason.${r}`) }))]}
              error={errors.closeReason}
            />
            <TextInput
              type="date"
              name="closedOn"
              label={t('caseload.field.closedOn')}
              defaultValue={values.closedOn ?? ''}
              error={errors.closedOn}
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
