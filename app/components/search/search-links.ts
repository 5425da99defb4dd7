// Links within the search page: the current search with some parameters changed.

/** Filters that only apply to one kind; switching kind drops the other kind's. */
export const jobOnlyFilters = ['workType', 'wageFloor', 'meals', 'lodging'] as const;
export const trainingOnlyFilters = ['level', 'funding'] as const;
export const filterNames = ['province', 'commune', 'occupation', 'startingSoon', ...jobOnlyFilters, ...trainingOnlyFilters] as const;

/** Values that mean "on" for a checkbox filter (the query schema accepts the same). */
export function isOn(value: string | undefined) {
  return value === '1' || value === 'true' || value === 'on';
}

export function activeFilterCount(values: Record<string, string>) {
  return filterNames.filter((name) =>
    name === 'meals' || name === 'lodging' || name === 'startingSoon' ? isOn(values[name]) : values[name],
  ).length;
}

/** A /search link from the current parameters with some changed (null removes); back to page 1. */
export function searchHref(current: Record<string, string>, changes: Record<string, string | null> = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...current, ...changes })) {
    if (value !== null && value !== '' && name !== 'page') params.set(name, value);
  }
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/** Every filter removed, the words and the kind kept. */
export function withoutFilters(current: Record<string, string>) {
  return searchHref(current, Object.fromEntries(filterNames.map((name) => [name, null])));
}

export function switchKindHref(current: Record<string, string>, kind: 'job' | 'training') {
  const dropped = kind === 'job' ? trainingOnlyFilters : jobOnlyFilters;
  return searchHref(current, { kind, ...Object.fromEntries(dropped.map((name) => [name, null])) });
}
