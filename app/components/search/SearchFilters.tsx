// The search page's filters, each option followed by how many results it would give (the
// Meilisearch facet counts). Plain form fields, so they work without JavaScript; on phones the
// panel folds away behind the "Bộ lọc" button.
import '#app/styles/forms.css';
import { Anchor, Box, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from '@remix-run/react';
import { formatNumber } from '#lib/format.ts';
import { CheckboxField } from '#app/components/CheckboxField.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { JobDocument, TrainingDocument } from '#search/documents.ts';
import type { FacetCounts } from '#search/catalogue-query.ts';
import { activeFilterCount, isOn, withoutFilters } from './search-links.ts';
import classes from './SearchFilters.module.css';

/** The values each filter offers (sent by the loader, so the browser bundle stays free of the schema). */
export type FilterChoices = {
  workTypes: readonly JobDocument['workType'][];
  levels: readonly TrainingDocument['level'][];
  fundingKinds: readonly TrainingDocument['funding'][];
  wageFloors: readonly number[];
  startingSoonDays: number;
};

type Option = { value: string; label: string };

type Props = {
  id: string;
  /** Shown on phones (larger screens always show the filters). */
  opened: boolean;
  kind: 'job' | 'training';
  values: Record<string, string>;
  /** Counts per option; null when there are none (simpler search, or an invalid one). */
  facets: FacetCounts | null;
  /** The simpler search is answering: say why the counts are missing. */
  degraded: boolean;
  startingSoon: number | null;
  errors: Record<string, string> | null;
  provinces: { code: string; name: string }[];
  communes: { code: string; name: string }[];
  occupations: { code: string; nameVi: string; nameEn: string }[];
  choices: FilterChoices;
};

export function SearchFilters(props: Props) {
  const { kind, values, facets, choices, errors } = props;
  const t = useT();
  const locale = useLocale();
  const n = (count: number) => formatNumber(locale, count);

  /** Options that still give results (and the chosen one) with their counts; all options when there are no counts. */
  function options(facet: string, param: string, all: Option[], anyLabel: string): Option[] {
    const counts = facets?.[facet] ?? {};
    const shown = facets
      ? all
          .filter((o) => (counts[o.value] ?? 0) > 0 || o.value === values[param])
          .map((o) => ({ ...o, label: `${o.label} (${n(counts[o.value] ?? 0)})` }))
      : all;
    return [{ value: '', label: anyLabel }, ...shown];
  }
  const withCount = (label: string, count: number | null | undefined) =>
    count === null || count === undefined ? label : `${label} (${n(count)})`;
  const yesCount = (facet: string) => (facets ? (facets[facet]?.true ?? 0) : null);
  const select = (name: string, label: string, data: Option[]) => (
    <NativeSelect name={name} label={label} defaultValue={values[name] ?? ''} data={data} error={errors?.[name]} />
  );

  return (
    <Box
      id={props.id}
      component="section"
      aria-labelledby={`${props.id}-title`}
      className={classes.panel}
      data-opened={props.opened || undefined}
    >
      <Stack gap="md">
        <Title order={2} size="h4" id={`${props.id}-title`}>
          {t('search.filters.title')}
        </Title>
        {props.degraded ? (
          <Text size="sm" c="dimmed">
            {t('search.filters.noCounts')}
          </Text>
        ) : null}
        {select(
          'province',
          t('posting.province'),
          options(
            'provinceCode',
            'province',
            props.provinces.map((p) => ({ value: p.code, label: p.name })),
            t('search.filter.anyProvince'),
          ),
        )}
        {values.province
          ? select(
              'commune',
              t('posting.commune'),
              options(
                'communeCode',
                'commune',
                props.communes.map((c) => ({ value: c.code, label: c.name })),
                t('search.filter.anyCommune'),
              ),
            )
          : null}
        {select(
          'occupation',
          t('posting.occupation'),
          options(
            'occupationCode',
            'occupation',
            props.occupations.map((o) => ({ value: o.code, label: locale === 'vi' ? o.nameVi : o.nameEn })),
            t('search.filter.anyOccupation'),
          ),
        )}
        {kind === 'job' ? (
          <>
            {select(
              'workType',
              t('job.workType'),
              options(
                'workType',
                'workType',
                choices.workTypes.map((w) => ({ value: w, label: t(`job.workType.${w}`) })),
                t('search.filter.anyWorkType'),
              ),
            )}
            {select(
              'wageFloor',
              t('search.filter.wage'),
              options(
                'wageFloors',
                'wageFloor',
                choices.wageFloors.map((floor) => ({
                  value: String(floor),
                  label: t('search.filter.wageFrom', { amount: n(floor / 1_000_000) }),
                })),
                t('search.filter.anyWage'),
              ),
            )}
            <Stack gap="xs" role="group" aria-labelledby={`${props.id}-offers`}>
              <Text size="sm" fw={500} id={`${props.id}-offers`}>
                {t('search.filter.offers')}
              </Text>
              <CheckboxField
                name="meals"
                value="1"
                defaultChecked={isOn(values.meals)}
                label={withCount(t('job.provides.meals'), yesCount('providesMeals'))}
              />
              <CheckboxField
                name="lodging"
                value="1"
                defaultChecked={isOn(values.lodging)}
                label={withCount(t('job.provides.lodging'), yesCount('providesLodging'))}
              />
            </Stack>
          </>
        ) : (
          <>
            {select(
              'level',
              t('training.level'),
              options(
                'level',
                'level',
                choices.levels.map((l) => ({ value: l, label: t(`training.level.${l}`) })),
                t('search.filter.anyLevel'),
              ),
            )}
            {select(
              'funding',
              t('training.cost'),
              options(
                'funding',
                'funding',
                choices.fundingKinds.map((f) => ({ value: f, label: t(`training.funding.${f}`) })),
                t('search.filter.anyFunding'),
              ),
            )}
          </>
        )}
        <CheckboxField
          name="startingSoon"
          value="1"
          defaultChecked={isOn(values.startingSoon)}
          label={withCount(t('search.filter.startingSoon', { days: choices.startingSoonDays }), props.startingSoon)}
        />
        <Button type="submit">{t('search.filters.apply')}</Button>
        {activeFilterCount(values) > 0 ? (
          <Anchor component={Link} to={withoutFilters(values)} size="sm">
            {t('search.filters.clear')}
          </Anchor>
        ) : null}
      </Stack>
    </Box>
  );
}
