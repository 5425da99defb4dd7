// A person's application or course request in plain words, as they read it on their own pages,
// a posting's page and the search results (one wording everywhere).
import { translate, type Locale } from '#app/i18n/i18n.ts';
import { formatDateTime, formatDay } from '#lib/format.ts';
import type { EnrolmentStatus, ReferralStatus } from './rules.ts';

export function referralStatusText(
  locale: Locale,
  r: { status: ReferralStatus; interviewAt?: string | null; startDate?: string | null; applied?: boolean },
) {
  if (r.status === 'interview_scheduled' && r.interviewAt)
    return translate(locale, 'pipeline.me.status.interview_scheduled', { date: formatDateTime(locale, r.interviewAt) });
  if (r.status === 'hired' && r.startDate)
    return translate(locale, 'pipeline.me.status.hiredFrom', { date: formatDay(locale, r.startDate) });
  // Withdrawn before ever applying: the person said no to a suggestion (or to an employer's question).
  if (r.status === 'withdrawn' && r.applied === false) return translate(locale, 'journey.status.declined');
  return translate(locale, `pipeline.me.status.${r.status}`);
}

export function enrolmentStatusText(locale: Locale, status: EnrolmentStatus) {
  return translate(locale, `pipeline.me.enrolment.${status}`);
}
