// The public search page (/search): one box for words, jobs or training, filters with counts,
// sorting (also by distance from the reader), result cards and pages. A GET form, so it works
// without JavaScript; with it, a changed filter or sort searches at once. A signed-in jobseeker
// applies (or asks for a seat) from each card: a plain form posting to /me/referrals.
import '#app/styles/forms.css';
import { Anchor, Button, Group, List, Loader, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation, useNavigation, useSubmit } from '@remix-run/react';
import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type RefObject } from 'react';
import { useHydrated } from '#app/components/use-hydrated.ts';
import layout from '#app/components/search/SearchLayout.module.css';
import { Pager } from '#app/components/Pager.tsx';
import { JobCard, TrainingCard } from '#app/components/search/ResultCard.tsx';
import { SearchFilters, type FilterChoices } from '#app/components/search/SearchFilters.tsx';
import { activeFilterCount, isOn, searchHref, switchKindHref, withoutFilters } from '#app/components/search/search-links.ts';
import { useNearMe } from '#app/components/search/use-near-me.ts';
import { defaultLocale, translate, type Locale } from '#app/i18n/i18n.ts';
import { formatNumber } from '#lib/format.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { parseWith, type FieldErrors } from '#app/adapters/answers.ts';
import { applyForHits } from '#app/adapters/pages/apply.server.ts';
import { getActor, getLocale } from '#app/adapters/session.server.ts';
import { ApplyAction } from '#app/components/pipeline/ApplyForm.tsx';
import type { ApplyState } from '#app/services/pipeline/apply-state.ts';
import { listCommunes, listOccupations, listProvinces } from '#app/services/reference/queries.server.ts';
import { fundingKinds, trainingLevels, workTypes } from '#db/schema.ts';
import { wageFloors } from '#search/documents.ts';
import { searchCatalogue } from '#search/query.ts';
import { catalogueQuerySchema, startingSoonDays, type CatalogueResult } from '#search/catalogue-query.ts';
import { Notice } from '#app/components/shell/Notice.tsx';

type SearchPageData = {
  locale: Locale;
  /** The URL's parameters as typed, to fill the form back in. */
  values: Record<string, string>;
  /** Messages for invalid parameters (status 400); then there is no result. */
  fields: FieldErrors | null;
  result: CatalogueResult | null;
  provinces: { code: string; name: string }[];
  communes: { code: string; name: string }[];
  occupations: { code: string; nameVi: string; nameEn: string }[];
  choices: FilterChoices;
  /** Each result's action for a signed-in jobseeker (by id); null for everyone else. */
  apply: Record<string, ApplyState> | null;
};

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(translate(data?.locale ?? defaultLocale, 'search.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
  const locale = await getLocale(request, user);
  const values = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = parseWith(catalogueQuerySchema, values, locale);
  const { db } = context.services;
  const province = parsed.ok ? parsed.data.province : undefined;
  const [provinces, communes, occupations] = await Promise.all([
    listProvinces(db),
    province ? listCommunes(db, province) : Promise.resolve([]),
    listOccupations(db),
  ]);
  const choices: FilterChoices = { workTypes, levels: trainingLevels, fundingKinds, wageFloors, startingSoonDays };
  const page = { locale, values, provinces, communes, occupations, choices };
  if (!parsed.ok) return data<SearchPageData>({ ...page, fields: parsed.fields, result: null, apply: null }, { status: 400 });

  const query = parsed.data;
  // A commune of another province (left over after changing the province without JavaScript) no longer applies.
  if (query.commune && province && !communes.some((c) => c.code === query.commune)) {
    query.commune = undefined;
    delete values.commune;
  }
  const result = await searchCatalogue(context.services, query);
  const apply = await applyForHits(db, user, result.hits, locale);
  return data<SearchPageData>({ ...page, fields: null, result, apply });
}

/** Uncontrolled fields show the URL's values again after a link, back or forward (as Remix advises). */
function useFormFollowsUrl(form: RefObject<HTMLFormElement | null>, values: Record<string, string>) {
  useEffect(() => {
    for (const element of Array.from(form.current?.elements ?? [])) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = isOn(values[element.name]);
      else if (element instanceof HTMLSelectElement) element.value = values[element.name] ?? element.options[0]?.value ?? '';
      else if (element instanceof HTMLInputElement && element.type !== 'hidden') element.value = values[element.name] ?? '';
    }
  }, [form, values]);
}

export default function SearchPage() {
  const page = useLoaderData<typeof loader>();
  const { values, result, fields } = page;
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  const navigation = useNavigation();
  const location = useLocation();
  const submit = useSubmit();
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [filtersOpened, setFiltersOpened] = useState(false);
  useFormFollowsUrl(formRef, values);

  const kind = result?.kind ?? (values.kind === 'training' ? 'training' : 'job');
  const hasPlace = Boolean(values.lat && values.lng);
  const searching = navigation.state === 'loading' && navigation.location.pathname === '/search';
  const filterCount = activeFilterCount(values);

  /** Searches with the form's fields (empty ones left out of the URL) and any changes. */
  function search(changes: Record<string, string> = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(formRef.current ?? undefined)) if (typeof value === 'string' && value) params.set(name, value);
    for (const [name, value] of Object.entries(changes)) {
      if (value) params.set(name, value);
      else params.delete(name);
    }
    // Searching again for the same thing (say, "Xem kết quả" after a filter already applied) adds no history entry.
    const replace = `?${params}` === location.search;
    submit(params, { method: 'get', action: '/search', preventScrollReset: true, replace });
  }
  const near = useNearMe((lat, lng) => search({ sort: 'nearest', lat, lng }));

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    // Words wait for Enter or the button; a chosen filter or sort searches at once.
    if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox')) {
      search(target.name === 'province' ? { commune: '' } : {});
    }
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFiltersOpened(false);
    search();
  }

  const sortOptions = [
    { value: 'relevance', label: t('search.sort.relevance') },
    { value: 'newest', label: t('search.sort.newest') },
    { value: 'wage', label: t(kind === 'job' ? 'search.sort.wage' : 'search.sort.cost') },
    ...(hasPlace || values.sort === 'nearest' ? [{ value: 'nearest', label: t('search.sort.nearest') }] : []),
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">{t('search.intro')}</Text>
      </Stack>
      <Form ref={formRef} method="get" action="/search" onChange={onChange} onSubmit={onSubmit}>
        <input type="hidden" name="kind" value={kind} />
        {hasPlace ? (
          <>
            <input type="hidden" name="lat" value={values.lat} />
            <input type="hidden" name="lng" value={values.lng} />
          </>
        ) : null}
        {values.perPage ? <input type="hidden" name="perPage" value={values.perPage} /> : null}
        <Stack gap="md">
          <Group align="flex-start" gap="sm" wrap="nowrap" role="search">
            <TextInput
              type="search"
              name="q"
              label={t('search.query.label')}
              placeholder={t('search.query.placeholder')}
              defaultValue={values.q ?? ''}
              error={fields?.q}
              enterKeyHint="search"
              style={{ flex: 1 }}
            />
            <Button type="submit" mt={28} loading={searching}>
              {t('search.submit')}
            </Button>
          </Group>
          <Group justify="space-between" gap="sm">
            <Button.Group component="nav" aria-label={t('search.kind.label')}>
              {(['job', 'training'] as const).map((k) => (
                <Button
                  key={k}
                  component={Link}
                  to={switchKindHref(values, k)}
                  variant={k === kind ? 'filled' : 'default'}
                  aria-current={k === kind ? 'page' : undefined}
                >
                  {t(`search.kind.${k}`)}
                  {result ? ` (${n(result.counts[k])})` : ''}
                </Button>
              ))}
            </Button.Group>
            {/* Without JavaScript a link to the panel (shown by :target); with it, a toggle button. */}
            <Button
              hiddenFrom="sm"
              component="a"
              href="#search-filters"
              variant="light"
              role={hydrated ? 'button' : undefined}
              aria-controls="search-filters"
              aria-expanded={hydrated ? filtersOpened : undefined}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                setFiltersOpened((opened) => !opened);
              }}
            >
              {t('search.filters.title')}
              {filterCount ? ` (${n(filterCount)})` : ''}
            </Button>
          </Group>
          <div className={layout.columns}>
            <div>
              <SearchFilters
                id="search-filters"
                opened={filtersOpened}
                kind={kind}
                values={values}
                facets={result && !result.degraded ? result.facets : null}
                degraded={Boolean(result?.degraded)}
                startingSoon={result ? result.counts.startingSoon : null}
                errors={fields}
                provinces={page.provinces}
                communes={page.communes}
                occupations={page.occupations}
                choices={page.choices}
              />
            </div>
            <div>
              <Stack gap="md" component="section" aria-label={t('search.results')} aria-busy={searching}>
                <Group justify="space-between" align="flex-end" gap="sm">
                  <Group gap="xs" role="status">
                    {searching ? <Loader size="xs" /> : null}
                    <Title order={2} size="h5">
                      {searching
                        ? t('search.loading')
                        : result
                          ? t(kind === 'job' ? 'search.total.job' : 'search.total.training', { count: n(result.total) })
                          : null}
                    </Title>
                  </Group>
                  <Group align="flex-end" gap="sm">
                    <NativeSelect
                      name="sort"
                      label={t('search.sort.label')}
                      data={sortOptions}
                      defaultValue={values.sort ?? 'relevance'}
                      error={fields?.sort}
                      size="sm"
                    />
                    {hydrated ? (
                      <Button
                        type="button"
                        variant="light"
                        size="sm"
                        onClick={near.locate}
                        loading={near.locating}
                        loaderProps={{ 'aria-label': t('search.near.locating') }}
                      >
                        {t('search.near.button')}
                      </Button>
                    ) : null}
                  </Group>
                </Group>
                {near.problem ? (
                  <Notice color="yellow" role="alert">
                    {t(near.problem)}
                  </Notice>
                ) : null}
                {hasPlace ? (
                  <Text size="sm">
                    {t('search.near.active')}{' '}
                    <Anchor
                      component={Link}
                      to={searchHref(values, { lat: null, lng: null, sort: values.sort === 'nearest' ? null : (values.sort ?? null) })}
                    >
                      {t('search.near.stop')}
                    </Anchor>
                  </Text>
                ) : null}
                {fields ? <InvalidSearch fields={fields} /> : null}
                {result?.degraded ? (
                  <Notice color="yellow" role="status">
                    {t('search.degraded')}
                  </Notice>
                ) : null}
                {result ? (
                  <Results result={result} values={values} occupations={page.occupations} apply={page.apply} dimmed={searching} />
                ) : null}
              </Stack>
            </div>
          </div>
        </Stack>
      </Form>
    </Stack>
  );
}

function InvalidSearch({ fields }: { fields: FieldErrors }) {
  const t = useT();
  return (
    <Notice color="red" role="alert" title={t('search.invalid')}>
      <Stack gap="xs">
        <List size="sm">
          {Object.entries(fields).map(([field, message]) => (
            <List.Item key={field}>{message}</List.Item>
          ))}
        </List>
        <Anchor component={Link} to="/search" size="sm">
          {t('search.restart')}
        </Anchor>
      </Stack>
    </Notice>
  );
}

function Results({
  result,
  values,
  occupations,
  apply,
  dimmed,
}: {
  result: CatalogueResult;
  values: Record<string, string>;
  occupations: { code: string; nameVi: string; nameEn: string }[];
  apply: Record<string, ApplyState> | null;
  dimmed: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const occupationName = (code: string, fallback: string) => {
    const found = occupations.find((o) => o.code === code);
    return found ? (locale === 'vi' ? found.nameVi : found.nameEn) : fallback;
  };
  if (result.hits.length === 0 && result.total > 0) {
    return (
      <Text>
        {t('search.pastLastPage')}{' '}
        <Anchor component={Link} to={searchHref(values)}>
          {t('search.firstPage')}
        </Anchor>
      </Text>
    );
  }
  if (result.hits.length === 0) return <EmptyResults result={result} values={values} />;
  return (
    <Stack gap="md" style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 150ms' }}>
      {result.hits.map((hit) => {
        const mine = apply?.[hit.id];
        const action = mine ? <ApplyAction posting={{ kind: hit.kind, id: hit.id, title: hit.title }} apply={mine} compact /> : null;
        return hit.kind === 'job' ? (
          <JobCard key={hit.id} hit={hit} occupation={occupationName(hit.occupationCode, hit.occupation)} action={action} />
        ) : (
          <TrainingCard key={hit.id} hit={hit} occupation={occupationName(hit.occupationCode, hit.occupation)} action={action} />
        );
      })}
      <Pager page={result.page} pages={result.totalPages} />
    </Stack>
  );
}

function EmptyResults({ result, values }: { result: CatalogueResult; values: Record<string, string> }) {
  const t = useT();
  const locale = useLocale();
  const other = result.kind === 'job' ? 'training' : 'job';
  return (
    <Paper withBorder p="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('search.empty.title')}
        </Title>
        <Text>{t('search.empty.tryThis')}</Text>
        <List spacing="xs">
          {activeFilterCount(values) > 0 ? (
            <List.Item>
              <Anchor component={Link} to={withoutFilters(values)}>
                {t('search.empty.removeFilters')}
              </Anchor>
            </List.Item>
          ) : null}
          {values.q ? <List.Item>{t('search.empty.broaderWords')}</List.Item> : null}
          {result.counts[other] > 0 ? (
            <List.Item>
              <Anchor component={Link} to={switchKindHref(values, other)}>
                {t(other === 'training' ? 'search.empty.seeTraining' : 'search.empty.seeJobs', {
                  count: formatNumber(locale, result.counts[other]),
                })}
              </Anchor>
            </List.Item>
          ) : null}
          <List.Item>{t('search.empty.counsellor')}</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
