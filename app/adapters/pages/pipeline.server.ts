// Server side of the pipeline's page forms: which button asks for which move of a referral, the
// fields that move reads, and the message each button's success shows.
import type { MessageKey } from '#app/i18n/i18n.ts';
import type { FormValues } from '../form-data.ts';
import { referralIntents, type ReferralIntent } from './referral-intents.ts';

/** The fields a referral button sends, as the change schema reads them. */
export function referralChangeInput(intent: ReferralIntent, values: FormValues) {
  return {
    status: referralIntents[intent],
    consent: values.consent,
    interviewAt: values.interviewAt,
    startDate: values.startDate,
    wageVnd: values.wageVnd,
    contractType: values.contractType,
    reason: values.reason,
    effectiveOn: values.effectiveOn,
  };
}

/** Success messages of the referral buttons. */
export const referralDoneKeys: Record<ReferralIntent, MessageKey> = {
  refer: 'pipeline.done.referred',
  interview: 'pipeline.done.interview_scheduled',
  offer: 'pipeline.done.offered',
  hire: 'pipeline.done.hired',
  notHired: 'pipeline.done.not_hired',
  withdraw: 'pipeline.done.withdrawn',
};
