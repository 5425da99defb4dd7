// The pipeline's words: employers read many of them, so none may label a person's past, in either
// language; and the input schemas read Vietnamese dates and times and the forms' strings.
import { expect, test } from 'vitest';
import { pipelineMessages } from '#app/i18n/messages/pipeline.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { parseVietnamDateTime } from '#app/services/fields.ts';
import { followUpSchema, referralChangeSchema, startReferralSchema, supportChangeSchema } from '#app/services/pipeline/schemas.ts';

test('no pipeline message labels the past, in Vietnamese or English', () => {
  const found = Object.entries(pipelineMessages).flatMap(([key, text]) =>
    (['vi', 'en'] as const).map((locale) => [key, locale, findPastLabel(text[locale])] as const).filter(([, , word]) => word !== null),
  );
  expect(found).toEqual([]);
});

test('an interview time from a form is Vietnam time; an API instant keeps its offset; impossible dates are refused', () => {
  expect(parseVietnamDateTime('2026-12-02T09:30')?.toISOString()).toBe('2026-12-02T02:30:00.000Z');
  expect(parseVietnamDateTime('2026-12-02T09:30:00Z')?.toISOString()).toBe('2026-12-02T09:30:00.000Z');
  expect(parseVietnamDateTime('2026-12-02T09:30:00+07:00')?.toISOString()).toBe('2026-12-02T02:30:00.000Z');
  expect(parseVietnamDateTime('2026-02-31T09:30')).toBeNull();
  expect(parseVietnamDateTime('mai 9 giờ')).toBeNull();
});

test('a hire needs a start date, a wage in VND and a contract type, each with its own message', () => {
  const result = referralChangeSchema.safeParse({ status: 'hired', startDate: '2026-13-01', wageVnd: 'abc' });
  expect(result.success).toBe(false);
  const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
  expect(fields).toEqual({
    startDate: 'pipeline.validation.startDate',
    wageVnd: 'pipeline.validation.wage',
    contractType: 'pipeline.validation.contractType',
  });
  const ok = referralChangeSchema.parse({ status: 'hired', startDate: '2026-12-01', wageVnd: '7.500.000', contractType: 'fixed_term' });
  expect(ok).toEqual({ status: 'hired', startDate: '2026-12-01', wageVnd: 7_500_000, contractType: 'fixed_term' });
});

test('"not hired" needs a reason in neutral words; an unknown step is refused on the status field', () => {
  const missing = referralChangeSchema.safeParse({ status: 'not_hired' });
  expect(missing.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'pipeline.validation.reason' });
  const labelled = referralChangeSchema.safeParse({ status: 'not_hired', reason: 'Người từng đi tù' });
  expect(labelled.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'pipeline.validation.neutralWords' });
  const unknown = referralChangeSchema.safeParse({ status: 'promoted' });
  expect(unknown.error?.issues[0]).toMatchObject({ path: ['status'], message: 'pipeline.validation.status' });
});

test("a job may be named by a pasted link; a follow-up reads the form's strings; a granted loan needs its amount", () => {
  const id = '0b3c4d5e-1234-4abc-8def-0123456789ab';
  expect(startReferralSchema.parse({ jobId: `https://example.vn/jobs/${id}?x=1` }).jobId).toBe(id);
  expect(startReferralSchema.safeParse({ jobId: 'viec-han' }).success).toBe(false);
  expect(followUpSchema.parse({ month: '6', stillEmployed: 'no', endedOn: '2026-05-02', note: '' })).toEqual({
    month: 6,
    stillEmployed: false,
    endedOn: '2026-05-02',
  });
  expect(followUpSchema.safeParse({ month: '6', stillEmployed: 'no' }).error?.issues[0]).toMatchObject({
    path: ['endedOn'],
    message: 'pipeline.validation.endedOnRequired',
  });
  expect(followUpSchema.safeParse({ month: '2', stillEmployed: 'yes' }).error?.issues[0].message).toBe('pipeline.validation.month');
  expect(supportChangeSchema.safeParse({ status: 'granted' }).error?.issues[0]).toMatchObject({
    path: ['amountVnd'],
    message: 'pipeline.validation.amount',
  });
  expect(supportChangeSchema.parse({ status: 'granted', amountVnd: '50.000.000' }).amountVnd).toBe(50_000_000);
});
