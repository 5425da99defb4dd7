// Every message the public, employers or returnees can read uses neutral words (DESIGN.md §3): the
// whole catalogue is scanned with the neutral-words check, and the few messages that may use the
// official terms are declared here, with the staff pages they appear on — and are found nowhere else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { messages } from '#app/i18n/messages.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { staffOnlyMessages } from '#app/i18n/staff-only.ts';
import { messagesForPage } from '#app/i18n/page-messages.server.ts';
import { pageMessageKeys } from '#app/i18n/page-messages.generated.ts';
import { isStaffRoute } from '#app/i18n/staff-only.ts';

const staffOnly = staffOnlyMessages;

/** The only files that may show a staff-only message: counsellors' pages and the intake/profile form. */
const staffFiles = [
  /^app\/routes\/caseload\./,
  // Its release section is on the counsellor's forms only; /me uses only SkillRows and WishFields.
  /^app\/components\/caseload\/ProfileFields\.tsx$/,
  // The certificate check runs on the counsellor's profile edits (the person does not edit certificates).
  /^app\/services\/caseload\/schemas\.ts$/,
];

test('every message anyone but staff can read is free of words that label a person’s past', () => {
  const labelled = Object.entries(messages).flatMap(([key, text]) =>
    (['vi', 'en'] as const).flatMap((locale) => {
      const word = findPastLabel((text as Record<string, string>)[locale]);
      return word && !(key in staffOnly) ? [`${key} (${locale}): “${word}”`] : [];
    }),
  );
  expect(labelled).toEqual([]);
});

test('the public home’s tagline and the employer sign-up page speak of jobseekers, not of their past', () => {
  for (const key of ['app.tagline', 'app.name', 'home.public.title', 'home.public.body', 'register.intro', 'register.title'] as const) {
    if (!(key in messages)) continue;
    const text = messages[key as keyof typeof messages] as { vi: string; en: string };
    expect(findPastLabel(text.vi), key).toBeNull();
    expect(findPastLabel(text.en), key).toBeNull();
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

test('staff-only messages are used on staff pages only', () => {
  const files = sourceFiles('app').map((file) => ({ file: file.split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
  const misplaced: string[] = [];
  for (const key of Object.keys(staffOnly)) {
    // A key is also used through a template of its prefix (`caseload.releaseKind.${kind}`).
    const prefix = key.slice(0, key.lastIndexOf('.') + 1);
    for (const { file, text } of files) {
      const uses = text.includes(`'${key}'`) || (key.startsWith('caseload.releaseKind.') && text.includes(`\`${prefix}\${`));
      if (uses && !staffFiles.some((pattern) => pattern.test(file))) misplaced.push(`${key} in ${file}`);
    }
    expect(messages, key).toHaveProperty([key]);
  }
  expect(misplaced).toEqual([]);
});

test('no page but a counsellor’s is sent a message with an official term, and no key names a kind of person', () => {
  const found: string[] = [];
  for (const routeId of Object.keys(pageMessageKeys).filter((id) => !isStaffRoute(id))) {
    for (const locale of ['vi', 'en'] as const) {
      const sent = messagesForPage(locale, [routeId]);
      for (const [key, text] of Object.entries(sent)) {
        const word = findPastLabel(text) ?? findPastLabel(key);
        if (word) found.push(`${routeId} ${locale}: ${key} “${word}”`);
      }
    }
  }
  expect(found).toEqual([]);
});
