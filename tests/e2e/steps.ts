// What the browser suites share: a journey's ordered steps (skipped once one fails, since each
// builds on the last) and the accessibility check every page must pass.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { test } from 'vitest';

/** Each step signs in, loads several pages and sends several forms. */
const stepTimeout = 180_000;

/** Ordered steps of one journey: skipped once an earlier step of it failed, since each builds on the last. */
export function journey() {
  let broken = false;
  return (name: string, body: () => Promise<void>) =>
    test(
      name,
      async (context) => {
        if (broken) context.skip();
        try {
          await body();
        } catch (error) {
          broken = true;
          throw error;
        }
      },
      stepTimeout,
    );
}

/**
 * Serious and critical axe findings (WCAG 2.2 A and AA), one line each: the rule, and where with
 * the start of the element. The pointer is moved away first (a button just pressed is checked in
 * its resting colours, as a reader sees it).
 */
export async function axeFindings(page: Page) {
  await page.mouse.move(0, 0);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
}
