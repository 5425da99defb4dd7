// The organisation's fields (kind, name, tax code, sector, place, contact, hiring statement), used
// when an employer registers and when they edit their organisation.
import '#app/styles/forms.css';
import { Fieldset, Radio, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';
import { PlaceFields } from './PlaceFields.tsx';
import type { FormOptions, Option } from './types.ts';
import { type FormValues } from '#app/adapters/form-data.ts';

type Props = {
  values: FormValues;
  errors?: Record<string, string>;
  provinces: Option[];
  communes: Option[];
  kinds: FormOptions['organisationKinds'];
};

export function OrganisationFields({ values, errors = {}, provinces, communes, kinds }: Props) {
  const t = useT();
  return (
    <Stack>
      <Fieldset legend={t('register.organisationSection')}>
        <Stack>
          <Radio.Group name="kind" label={t('register.kind')} defaultValue={values.kind ?? 'employer'} error={errors.kind} required>
            <Group mt="xs">
              {kinds.map((kind) => (
                <Radio key={kind} value={kind} label={t(`register.kind.${kind}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              name="name"
              label={t('register.orgName')}
              required
              autoComplete="organization"
              defaultValue={values.name ?? ''}
              error={errors.name}
            />
            <TextInput
              name="taxCode"
              label={t('register.taxCode')}
              description={t('register.taxCodeHint')}
              required
              inputMode="numeric"
              defaultValue={values.taxCode ?? ''}
              error={errors.taxCode}
            />
            <TextInput
              name="sector"
              label={t('register.sector')}
              description={t('register.sectorHint')}
              required
              defaultValue={values.sector ?? ''}
              error={errors.sector}
            />
          </SimpleGrid>
          <PlaceFields provinces={provinces} communes={communes} values={values} errors={errors} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('register.contactSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            name="contactName"
            label={t('register.contactName')}
            required
            autoComplete="name"
            defaultValue={values.contactName ?? ''}
            error={errors.contactName}
          />
          <TextInput
            name="contactPhone"
            type="tel"
            label={t('register.contactPhone')}
            required
            autoComplete="tel"
            defaultValue={values.contactPhone ?? ''}
            error={errors.contactPhone}
          />
          <TextInput
            name="contactEmail"
            type="email"
            label={t('register.contactEmail')}
            description={t('postingForm.optional')}
            autoComplete="email"
            defaultValue={values.contactEmail ?? ''}
            error={errors.contactEmail}
          />
        </SimpleGrid>
      </Fieldset>
      <Textarea
        name="hiringStatement"
        label={t('register.hiringStatement')}
        description={t('register.hiringStatementHint')}
        required
        autosize
        minRows={3}
        maxLength={1000}
        defaultValue={values.hiringStatement ?? ''}
        error={errors.hiringStatement}
      />
    </Stack>
  );
}
