// Calendar dates as Vietnam sees them (Asia/Ho_Chi_Minh is UTC+7 all year, no daylight saving).
// Posting dates are plain 'YYYY-MM-DD'; these turn them into instants and back.
const vietnamOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** Today's date in Vietnam, `offsetDays` later or earlier, as 'YYYY-MM-DD'. */
export function vietnamDate(offsetDays = 0, now = Date.now()) {
  return new Date(now + vietnamOffsetMs + offsetDays * dayMs).toISOString().slice(0, 10);
}

/** Unix seconds at the start (00:00) or end (23:59:59) of a Vietnamese calendar day. */
export function dayStartSeconds(date: string) {
  return Math.floor(Date.parse(`${date}T00:00:00+07:00`) / 1000);
}
export function dayEndSeconds(date: string) {
  return dayStartSeconds(date) + 86_399;
}
