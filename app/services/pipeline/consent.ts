// The consent questions of the pipeline: the exact text shown to the person is what gets recorded
// with their answer, so pages and services build it here, once.
import { translate, type Locale } from '#app/i18n/i18n.ts';

/** What a counsellor reads to the person before referring them to a named employer. */
export function referralConsentWording(locale: Locale, job: { title: string; organisationName: string }) {
  return translate(locale, 'pipeline.consent.referralWording', { employer: job.organisationName, job: job.title });
}

/** What the person reads beside the "apply" button. */
export function applyConsentWording(locale: Locale, job: { title: string; organisationName: string }) {
  return translate(locale, 'pipeline.consent.applyWording', { employer: job.organisationName, job: job.title });
}

/** What the person reads beside the "ask for a seat" button of a course. */
export function seatConsentWording(locale: Locale, course: { title: string; provider: string }) {
  return translate(locale, 'journey.seat.wording', { provider: course.provider, course: course.title });
}
