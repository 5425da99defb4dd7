// The live fair's pure rules: wait estimates from a booth's observed pace, and when "you're next" shows.
import { expect, test } from 'vitest';
import { boothLooksEmpty, defaultServiceMinutes, estimatedWaitMinutes, firstFree, isNextUp } from '#app/services/fairs/rules.ts';

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

test('a booth looks unattended when people wait and its staff have done nothing for the set minutes since the fair went live', () => {
  const live = new Date('2026-12-12T01:00:00Z');
  const at = (minutes: number) => new Date(live.getTime() + minutes * 60_000);
  expect(boothLooksEmpty({ waiting: 3, lastStaffActionAt: null }, live, 10, at(9))).toBe(false);
  expect(boothLooksEmpty({ waiting: 3, lastStaffActionAt: null }, live, 10, at(10))).toBe(true);
  expect(boothLooksEmpty({ waiting: 3, lastStaffActionAt: at(5) }, live, 10, at(14))).toBe(false);
  expect(boothLooksEmpty({ waiting: 0, lastStaffActionAt: null }, live, 10, at(60))).toBe(false); // nobody waiting
  expect(boothLooksEmpty({ waiting: 3, lastStaffActionAt: null }, null, 10, at(60))).toBe(false); // not live (paused)
  // An action before a pause does not count against the booth after it resumes.
  expect(boothLooksEmpty({ waiting: 3, lastStaffActionAt: at(-30) }, at(20), 10, at(25))).toBe(false);
});
