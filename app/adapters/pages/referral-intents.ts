// The buttons of a referral and the status each one moves it to; shared by the forms (browser)
// and the actions that read them (server).
import type { ReferralStatus } from '#app/services/pipeline/rules.ts';

export const referralIntents = {
  refer: 'referred',
  interview: 'interview_scheduled',
  offer: 'offered',
  hire: 'hired',
  notHired: 'not_hired',
  withdraw: 'withdrawn',
} as const satisfies Record<string, ReferralStatus>;

export type ReferralIntent = keyof typeof referralIntents;

export function isReferralIntent(intent: string | undefined): intent is ReferralIntent {
  return intent !== undefined && Object.hasOwn(referralIntents, intent);
}

/** The intent whose button moves a referral into `status`. */
export const intentOf = Object.fromEntries(Object.entries(referralIntents).map(([intent, status]) => [status, intent])) as Partial<
  Record<ReferralStatus, ReferralIntent>
>;
