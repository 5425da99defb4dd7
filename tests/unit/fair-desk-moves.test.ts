// The pipeline's one fair rule (app/services/pipeline/rules.ts, fairDeskTransitions): at a fair's
// desk the employer takes an application straight on to an interview or an offer; anywhere else
// it still waits for the counsellor's referral, and nobody else gains a move.
import { expect, test } from 'vitest';
import { checkReferralMove } from '#app/services/pipeline/rules.ts';

const atFair = { fairId: '00000000-0000-4000-8000-000000000001' };

test('at a fair’s desk the employer interviews or offers on an application; elsewhere the counsellor refers it first', () => {
  expect(checkReferralMove('employer', 'requested', 'offered', atFair)).toEqual({ ok: true });
  expect(checkReferralMove('employer', 'requested', 'interview_scheduled', atFair)).toEqual({ ok: true });
  expect(checkReferralMove('employer', 'requested', 'offered')).toEqual({ ok: false, problem: 'transition' });
  expect(checkReferralMove('employer', 'requested', 'interview_scheduled')).toEqual({ ok: false, problem: 'transition' });
});

test('the fair adds no other move: no hire without an offer, nothing for the person, nothing from a suggestion', () => {
  expect(checkReferralMove('employer', 'requested', 'hired', atFair).ok).toBe(false);
  expect(checkReferralMove('returnee', 'requested', 'offered', atFair).ok).toBe(false);
  expect(checkReferralMove('employer', 'suggested', 'offered', atFair).ok).toBe(false);
  expect(checkReferralMove('employer', 'introduction_requested', 'offered', atFair).ok).toBe(false);
});
