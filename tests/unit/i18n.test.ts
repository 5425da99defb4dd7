// The interface text: every message in both languages with the same placeholders; no text on a page
// that is not a message; `translate` refuses a key it does not know; and each page is sent only the
// messages of its own routes, in its reader's language.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { messageId, translate } from '#app/i18n/i18n.ts';
import { formatDay } from '#lib/format.ts';
import { messages, type MessageKey } from '#app/i18n/messages.ts';
import { pageMessageKeys } from '#app/i18n/page-messages.generated.ts';
import { messagesForPage } from '#app/i18n/page-messages.server.ts';
import { pageMessageKeysFromSources } from '#server/cli/page-messages.ts';

const appDir = path.resolve(import.meta.dirname, '../../app');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every message is written in Vietnamese and in English, with the same placeholders', () => {
  const faults = Object.entries(messages).flatMap(([key, text]: [string, { vi: string; en: string }]) => [
    ...(text.vi.trim() === '' ? [`${key}: no Vietnamese`] : []),
    ...(text.en.trim() === '' ? [`${key}: no English`] : []),
    ...(placeholders(text.vi).join() !== placeholders(text.en).join() ? [`${key}: placeholders differ`] : []),
  ]);
  expect(faults).toEqual([]);
});

test('no page writes text of its own: every word a reader sees is a message (the product name aside)', () => {
  const shownAttributes = new Set(['label', 'placeholder', 'aria-label', 'title', 'alt', 'description', 'error']);
  const files = (readdirSync(appDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(path.join(appDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const walk = (node: ts.Node) => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text) && node.text.trim() !== 'Phiên chợ của tình người')
        found.push(`${file}: ${node.text.trim()}`);
      if (
        ts.isJsxAttribute(node) &&
        shownAttributes.has(node.name.getText()) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        /\p{L}/u.test(node.initializer.text)
      )
        found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
      ts.forEachChild(node, walk);
    };
    walk(source);
  }
  expect(found).toEqual([]);
});

test('translate refuses a key it does not know, instead of showing it as text', () => {
  expect(translate('en', 'search.title')).toBe(messages['search.title'].en);
  expect(() => translate('vi', 'Tìm việc' as MessageKey)).toThrow(/unknown message key/);
});

test('the list of each page’s messages is up to date with the code (npm run i18n:pages writes it)', () => {
  expect(pageMessageKeys).toEqual(pageMessageKeysFromSources());
});

test('a local variable named like a server export is browser code: what it renders has its messages on the page', () => {
  // search.tsx renders each card's `const action = <ApplyAction …/>`; it was taken for the route's
  // action and a signed-in jobseeker's search showed ⟦match.me.applyLabel⟧ on every button.
  expect(pageMessageKeys['routes/search']).toEqual(expect.arrayContaining(['match.me.applyLabel', 'journey.gap.title']));
});

test('a page is sent only its own routes’ messages, in the reader’s language', () => {
  const search = messagesForPage('en', ['root', 'routes/search']);
  expect(search[messageId('search.title')]).toBe(messages['search.title'].en);
  expect(search[messageId('nav.signIn')]).toBe(messages['nav.signIn'].en); // the header's, on every page
  const caseloadIds = new Set(
    Object.keys(messages)
      .filter((key) => key.startsWith('caseload.'))
      .map(messageId),
  );
  expect(Object.keys(search).filter((id) => caseloadIds.has(id))).toEqual([]); // staff wording stays home
  expect(Object.values(search)).not.toContain(messages['search.title'].vi);
  // A fraction of the whole catalogue in one language.
  expect(JSON.stringify(search).length).toBeLessThan(JSON.stringify(messages).length / 8);
});

test('dates read unambiguously: the month by name in English, dd/mm/yyyy in Vietnamese', () => {
  expect(formatDay('en', '2026-12-02')).toBe('2 Dec 2026');
  expect(formatDay('vi', '2026-12-02')).toBe('02/12/2026');
});

test('every message travels under an id of its own (no two keys share one)', () => {
  const ids = Object.keys(messages).map(messageId);
  expect(new Set(ids).size).toBe(ids.length);
});
