// Province → commune pickers (+ street address and optional map coordinates). Choosing a province
// loads its communes from /resources/communes; without JavaScript the commune can stay empty.
import '#app/styles/forms.css';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useProvinceCommunes } from '#app/components/use-province-communes.ts';
import { useT } from '#app/i18n/use-t.ts';
import type { Option } from './types.ts';
import { type FormValues } from '#app/adapters/form-data.ts';

/** Latitude and longitude inputs (both or neither; the server checks they lie in Vietnam). */
export function CoordinateFields({
  values,
  errors = {},
  labels,
}: {
  values: FormValues;
  errors?: Record<string, string>;
  labels: { latitude: string; longitude: string; hint: string };
}) {
  return (
    <>
      <TextInput
        name="latitude"
        label={labels.latitude}
        description={labels.hint}
        inputMode="decimal"
        defaultValue={values.latitude ?? ''}
        error={errors.latitude}
      />
      <TextInput
        name="longitude"
        label={labels.longitude}
        description={labels.hint}
        inputMode="decimal"
        defaultValue={values.longitude ?? ''}
        error={errors.longitude}
      />
    </>
  );
}

type Props = {
  provinces: Option[];
  /** Communes of `values.provinceCode`, rendered by the server. */
  communes: Option[];
  values: FormValues;
  errors?: Record<string, string>;
  withCoordinates?: boolean;
};

export function PlaceFields({ provinces, communes, values, errors = {}, withCoordinates = false }: Props) {
  const t = useT();
  const {
    province,
    communes: communeOptions,
    loading,
    chosenCommune,
    chooseProvince,
  } = useProvinceCommunes(values.provinceCode ?? '', communes);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        name="provinceCode"
        label={t('posting.province')}
        required
        value={province}
        onChange={(event) => chooseProvince(event.currentTarget.value)}
        data={[{ value: '', label: t('postingForm.chooseProvince') }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
        error={errors.provinceCode}
      />
      <NativeSelect
        // A new province starts with no commune chosen.
        key={province}
        name="communeCode"
        label={t('posting.commune')}
        description={province === '' ? t('postingForm.communeHint') : t('postingForm.optional')}
        defaultValue={chosenCommune(values.communeCode)}
        disabled={loading || province === ''}
        aria-busy={loading}
        data={[
          { value: '', label: loading ? t('common.loading') : t('postingForm.chooseCommune') },
          ...communeOptions.map((c) => ({ value: c.code, label: c.name })),
        ]}
        error={errors.communeCode}
      />
      <TextInput
        name="address"
        label={t('posting.address')}
        description={t('postingForm.addressHint')}
        autoComplete="street-address"
        defaultValue={values.address ?? ''}
        error={errors.address}
        style={{ gridColumn: '1 / -1' }}
      />
      {withCoordinates ? (
        <CoordinateFields
          values={values}
          errors={errors}
          labels={{ latitude: t('postingForm.latitude'), longitude: t('postingForm.longitude'), hint: t('postingForm.coordinatesHint') }}
        />
      ) : null}
    </SimpleGrid>
  );
}
