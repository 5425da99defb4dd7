// A training slot's fields (course, level, seats, place, cost, certificate, dates, the job it leads
// to), used by the new-course and edit-course pages.
import '#app/styles/forms.css';
import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';
import { DateField, MoneyInput, OccupationSelect, type PostingListsProps } from './JobFields.tsx';
import { PlaceFields } from './PlaceFields.tsx';
import { type FormValues } from '#app/adapters/form-data.ts';

type Props = PostingListsProps & {
  /** The organisation's own jobs, which a course may lead to. */
  jobs: { id: string; title: string }[];
  values: FormValues;
  errors?: Record<string, string>;
};

export function TrainingFields({ values, errors = {}, provinces, communes, occupations, options, jobs }: Props) {
  const t = useT();
  const whole = { allowDecimal: false, allowNegative: false } as const;
  return (
    <Stack>
      <Fieldset legend={t('training.course')}>
        <Stack>
          <TextInput
            name="title"
            label={t('postingForm.courseTitle')}
            description={t('postingForm.courseTitleHint')}
            required
            maxLength={150}
            defaultValue={values.title ?? ''}
            error={errors.title}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OccupationSelect occupations={occupations} value={values.occupationCode ?? ''} error={errors.occupationCode} />
            <NativeSelect
              name="level"
              label={t('training.level')}
              required
              defaultValue={values.level ?? ''}
              data={options.trainingLevels.map((l) => ({ value: l, label: t(`training.level.${l}`) }))}
              error={errors.level}
            />
            <NumberInput
              // Out-of-range values stay as typed, for the server to refuse with a message (never 0 → 1).
              clampBehavior="none"
              name="durationDays"
              label={t('postingForm.durationDays')}
              required
              min={1}
              max={730}
              {...whole}
              defaultValue={values.durationDays ?? ''}
              error={errors.durationDays}
            />
            <TextInput
              name="schedule"
              label={t('training.schedule')}
              description={t('postingForm.scheduleHint')}
              maxLength={300}
              defaultValue={values.schedule ?? ''}
              error={errors.schedule}
            />
            <NumberInput
              clampBehavior="none"
              name="seats"
              label={t('postingForm.seats')}
              required
              min={1}
              max={500}
              {...whole}
              defaultValue={values.seats ?? ''}
              error={errors.seats}
            />
            <NumberInput
              clampBehavior="none"
              name="seatsLeft"
              label={t('postingForm.seatsLeft')}
              description={t('postingForm.seatsLeftHint')}
              min={0}
              max={500}
              {...whole}
              defaultValue={values.seatsLeft ?? ''}
              error={errors.seatsLeft}
            />
            <TextInput
              name="certificate"
              label={t('training.certificate')}
              description={t('postingForm.optional')}
              maxLength={200}
              defaultValue={values.certificate ?? ''}
              error={errors.certificate}
            />
            <NativeSelect
              name="leadsToJobId"
              label={t('training.leadsTo')}
              description={t('postingForm.leadsToHint')}
              defaultValue={values.leadsToJobId ?? ''}
              data={[{ value: '', label: t('postingForm.noJob') }, ...jobs.map((j) => ({ value: j.id, label: j.title }))]}
              error={errors.leadsToJobId}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('training.cost')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            name="funding"
            label={t('training.funding')}
            required
            defaultValue={values.funding ?? ''}
            data={options.fundingKinds.map((f) => ({ value: f, label: t(`training.funding.${f}`) }))}
            error={errors.funding}
          />
          <MoneyInput
            name="costVnd"
            label={t('postingForm.costVnd')}
            description={t('postingForm.costHint')}
            values={values}
            error={errors.costVnd}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('training.place')}>
        <PlaceFields provinces={provinces} communes={communes} values={values} errors={errors} withCoordinates />
      </Fieldset>

      <Fieldset legend={t('postingForm.section.dates')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField name="startDate" label={t('training.startDate')} values={values} error={errors.startDate} />
          <DateField
            name="enrolmentDeadline"
            label={t('training.enrolmentDeadline')}
            description={t('postingForm.deadlineHint')}
            values={values}
            error={errors.enrolmentDeadline}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
