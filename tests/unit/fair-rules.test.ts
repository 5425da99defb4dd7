// The live fair's pure rules: wait estimates from a booth's observed pace, and when "you're next" shows.
import { expect, test } from 'vitest';
import { defaultServiceMinutes, estimatedWaitMinutes, firstFree, isNextUp } from '#app/services/fairs/rules.ts';

test('a wait is the rounds of desks before one’s turn, each as long as the booth’s conversations', () => {
  expect(estimatedWaitMinutes(0, 1, null)).toBe(defaultServiceMinutes); // next, one desk, no pace yet
  expect(estimatedWaitMinutes(3, 1, 8)).toBe(32);
  expect(estimatedWaitMinutes(3, 2, 8)).toBe(16);
  expect(estimatedWaitMinutes(7, 9, 6)).toBe(12); // never more than four desks
  expect(estimatedWaitMinutes(2, 0, 6)).toBe(18); // a booth with nobody named still counts one desk
});

test('"you’re next" shows while one person is still ahead, not only at the call', () => {
  expect([0, 1, 2, 5].map(isNextUp)).toEqual([true, true, false, false]);
});

test('the lowest free slot or desk', () => {
  expect(firstFree([], 3)).toBe(1);
  expect(firstFree([1, 3], 3)).toBe(2);
  expect(firstFree([1, 2, 3], 3)).toBeNull();
});
