// Server side of the pipeline's page forms: which button means which move, and running a move so a
// page gets back its success message, its field messages or its conflict alert — the same rules
// and messages as the API, through the same services.
import { data } from '@remix-run/node';
import type { z } from 'zod';
import { translate, type Locale, type MessageKey } from '#app/i18n/i18n.ts';
import { domainFailure, invalid } from '#app/components/postings/form.server.ts';
import type { FormActionData, FormValues } from '#app/components/postings/types.ts';
import { parseWith } from '#app/services/http.server.ts';
import { referralChangeSchema } from '#app/services/pipeline/schemas.ts';
import { referralIntents, type ReferralIntent } from './intents.ts';

/** Parses a form with `schema`, runs `work`, and answers what the page shows. */
export async function runForm<S extends z.ZodType>(
  locale: Locale,
  values: FormValues,
  target: string,
  schema: S,
  input: unknown,
  work: (parsed: z.output<S>) => Promise<MessageKey | { key: MessageKey; vars?: Record<string, string | number> }>,
) {
  const parsed = parseWith(schema, input, locale);
  if (!parsed.ok) return invalid(locale, parsed.fields, values, { target });
  try {
    const done = await work(parsed.data);
    const message = typeof done === 'string' ? translate(locale, done) : translate(locale, done.key, done.vars);
    return data<FormActionData>({ ok: true, message, target });
  } catch (error) {
    return domainFailure(error, locale, values, { target });
  }
}

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
  };
}

export { referralChangeSchema };
export { isReferralIntent, type ReferralIntent } from './intents.ts';

/** Success messages of the referral buttons. */
export const referralDoneKeys: Record<ReferralIntent, MessageKey> = {
  refer: 'pipeline.done.referred',
  interview: 'pipeline.done.interview_scheduled',
  offer: 'pipeline.done.offered',
  hire: 'pipeline.done.hired',
  notHired: 'pipeline.done.not_hired',
  withdraw: 'pipeline.done.withdrawn',
};
