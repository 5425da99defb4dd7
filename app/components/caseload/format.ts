// Small helpers of the caseload pages (calendar days are written with search/format.ts formatDay).
/** Whole days from an instant to now (0 on the same day or later). */
export function daysSince(instant: string, now = Date.now()) {
  return Math.max(0, Math.floor((now - Date.parse(instant)) / 86_400_000));
}

/** A comma-joined form value as a list. */
export function split(value: string | undefined) {
  return value ? value.split(',').filter(Boolean) : [];
}
