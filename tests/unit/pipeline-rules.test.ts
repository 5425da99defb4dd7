// The pipeline's tables (app/services/pipeline/rules.ts): every referral move and who may make it, the
// enrolment and support tables, follow-up due dates and the stable-job rule.
import { expect, test } from 'vitest';
import {
  addMonths,
  canMoveEnrolment,
  canMoveSupport,
  checkReferralMove,
  enrolmentTransitions,
  followUpDueDate,
  isFollowUpDue,
  isStablePlacement,
  isSupportOpen,
  nextReferralStatuses,
  referralMovers,
  referralTransitions,
  type ReferralStatus,
} from '#app/services/pipeline/rules.ts';
import { enrolmentStatuses, referralStatuses } from '#db/schema.ts';

test('every referral status has a row in the tables', () => {
  expect(Object.keys(referralTransitions).sort()).toEqual([...referralStatuses].sort());
  expect(Object.keys(referralMovers).sort()).toEqual([...referralStatuses].sort());
  expect(Object.keys(enrolmentTransitions).sort()).toEqual([...enrolmentStatuses].sort());
});

test('the happy path: suggested → referred → interview → offered → hired', () => {
  const path: ReferralStatus[] = ['suggested', 'referred', 'interview_scheduled', 'offered', 'hired'];
  for (let i = 1; i < path.length; i++) {
    const actor = path[i] === 'referred' ? 'counsellor' : 'employer';
    expect(checkReferralMove(actor, path[i - 1], path[i])).toEqual({ ok: true });
  }
});

test('no "hired" without "offered"', () => {
  for (const from of referralStatuses.filter((s) => s !== 'offered')) {
    expect(checkReferralMove('counsellor', from, 'hired')).toEqual({ ok: false, problem: 'transition' });
    expect(checkReferralMove('employer', from, 'hired')).toEqual({ ok: false, problem: 'transition' });
  }
});

test('no interview or offer before the person is referred with consent', () => {
  for (const from of ['suggested', 'requested', 'introduction_requested'] as const) {
    expect(checkReferralMove('employer', from, 'interview_scheduled').ok).toBe(false);
    expect(checkReferralMove('employer', from, 'offered').ok).toBe(false);
  }
  expect(checkReferralMove('employer', 'referred', 'offered')).toEqual({ ok: true });
  expect(checkReferralMove('employer', 'interview_scheduled', 'interview_scheduled')).toEqual({ ok: true }); // moved to another time
});

test('the outcomes are final; a withdrawal is undone only by the person applying again', () => {
  for (const from of ['hired', 'not_hired'] as const) {
    expect(referralTransitions[from]).toEqual([]);
    for (const to of referralStatuses) expect(checkReferralMove('counsellor', from, to)).toEqual({ ok: false, problem: 'transition' });
  }
  expect(nextReferralStatuses('returnee', 'withdrawn')).toEqual(['requested']);
  for (const who of ['counsellor', 'employer'] as const) expect(nextReferralStatuses(who, 'withdrawn')).toEqual([]);
});

test('only the counsellor records consent (referred); the employer never withdraws; the person only applies or withdraws', () => {
  expect(checkReferralMove('employer', 'suggested', 'referred')).toEqual({ ok: false, problem: 'actor' });
  expect(checkReferralMove('returnee', 'requested', 'referred')).toEqual({ ok: false, problem: 'actor' });
  expect(checkReferralMove('employer', 'offered', 'withdrawn')).toEqual({ ok: false, problem: 'actor' });
  expect(checkReferralMove('returnee', 'offered', 'withdrawn')).toEqual({ ok: true });
  expect(checkReferralMove('returnee', 'offered', 'hired')).toEqual({ ok: false, problem: 'actor' });
  expect(checkReferralMove('returnee', 'suggested', 'requested')).toEqual({ ok: true });
  expect(checkReferralMove('returnee', 'introduction_requested', 'requested')).toEqual({ ok: true });
  expect(checkReferralMove('employer', 'suggested', 'introduction_requested')).toEqual({ ok: true });
  expect(checkReferralMove('counsellor', 'offered', 'hired')).toEqual({ ok: true });
});

test('the next steps a page offers each actor', () => {
  expect(nextReferralStatuses('employer', 'referred')).toEqual(['interview_scheduled', 'offered', 'not_hired']);
  expect(nextReferralStatuses('counsellor', 'suggested')).toEqual(['referred', 'withdrawn']);
  expect(nextReferralStatuses('returnee', 'suggested')).toEqual(['requested', 'withdrawn']);
  expect(nextReferralStatuses('employer', 'hired')).toEqual([]);
});

test('training: applied → enrolled → completed → certified; dropped out before completion only', () => {
  expect(canMoveEnrolment('applied', 'enrolled')).toBe(true);
  expect(canMoveEnrolment('enrolled', 'completed')).toBe(true);
  expect(canMoveEnrolment('completed', 'certified')).toBe(true);
  expect(canMoveEnrolment('applied', 'completed')).toBe(false);
  expect(canMoveEnrolment('applied', 'certified')).toBe(false);
  expect(canMoveEnrolment('enrolled', 'certified')).toBe(false);
  expect(canMoveEnrolment('enrolled', 'dropped_out')).toBe(true);
  expect(canMoveEnrolment('completed', 'dropped_out')).toBe(false);
  expect(canMoveEnrolment('certified', 'dropped_out')).toBe(false);
  expect(canMoveEnrolment('enrolled', 'enrolled')).toBe(false);
});

test('loan: needed → eligible / not eligible → referred to the bank → granted / refused; legal: needed → done', () => {
  expect(canMoveSupport('loan', 'needed', 'eligible')).toBe(true);
  expect(canMoveSupport('loan', 'needed', 'not_eligible')).toBe(true);
  expect(canMoveSupport('loan', 'eligible', 'referred_to_bank')).toBe(true);
  expect(canMoveSupport('loan', 'referred_to_bank', 'granted')).toBe(true);
  expect(canMoveSupport('loan', 'referred_to_bank', 'refused')).toBe(true);
  expect(canMoveSupport('loan', 'needed', 'granted')).toBe(false);
  expect(canMoveSupport('loan', 'eligible', 'granted')).toBe(false);
  expect(canMoveSupport('loan', 'not_eligible', 'referred_to_bank')).toBe(false);
  expect(canMoveSupport('loan', 'needed', 'done')).toBe(false);
  expect(canMoveSupport('legal', 'needed', 'done')).toBe(true);
  expect(canMoveSupport('legal', 'needed', 'eligible')).toBe(false);
  expect(isSupportOpen('loan', 'referred_to_bank')).toBe(true);
  expect(isSupportOpen('loan', 'granted')).toBe(false);
  expect(isSupportOpen('legal', 'done')).toBe(false);
});

test('months are added as Postgres does, clamped to the end of a shorter month', () => {
  expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
  expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
});

test('a follow-up is due on its day, not before', () => {
  expect(followUpDueDate('2026-03-10', 6)).toBe('2026-09-10');
  expect(isFollowUpDue('2026-03-10', 6, '2026-09-09')).toBe(false);
  expect(isFollowUpDue('2026-03-10', 6, '2026-09-10')).toBe(true);
  expect(isFollowUpDue('2026-03-10', 1, '2026-12-31')).toBe(true);
});

test('stable: the mark reached and employment there known at it (6 months by default, configurable); unknown is not stable', () => {
  const start = '2026-01-10';
  const none = { startDate: start, endedOn: null, followUps: [] };
  const at6 = { startDate: start, endedOn: null, followUps: [{ month: 6, stillEmployed: true }] };
  expect(isStablePlacement(none, 6, '2027-01-01')).toBe(false); // no follow-up at all: unknown is not stable
  expect(isStablePlacement({ ...none, followUps: [{ month: 3, stillEmployed: true }] }, 6, '2027-01-01')).toBe(false); // only 3 months known
  expect(isStablePlacement(at6, 6, '2026-07-09')).toBe(false); // not there yet
  expect(isStablePlacement(at6, 6, '2026-07-10')).toBe(true);
  expect(isStablePlacement({ ...none, followUps: [{ month: 12, stillEmployed: true }] }, 6, '2027-02-01')).toBe(true); // a later mark answers
  expect(isStablePlacement({ ...none, followUps: [{ month: 6, stillEmployed: false }] }, 6, '2027-01-01')).toBe(false);
  expect(isStablePlacement({ ...none, endedOn: '2026-05-01' }, 6, '2027-01-01')).toBe(false); // left before the mark
  expect(isStablePlacement({ ...none, endedOn: '2026-07-10' }, 6, '2027-01-01')).toBe(false); // gone from the mark day
  expect(isStablePlacement({ ...none, endedOn: '2026-07-11' }, 6, '2027-01-01')).toBe(true); // still there on the mark day
  expect(isStablePlacement({ ...none, endedOn: '2026-05-01' }, 3, '2027-01-01')).toBe(true); // a 3-month setting
  expect(isStablePlacement(at6, 12, '2026-12-31')).toBe(false);
});
