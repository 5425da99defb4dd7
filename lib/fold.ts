// Vietnamese text without its diacritics, in lower case ("Thợ hàn" → "tho han"), in JavaScript and
// as the same mapping in SQL, for the Postgres fallback search.
import { sql, type SQL } from 'drizzle-orm';

export function foldVietnamese(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** Every lower-case Latin letter with diacritics that Vietnamese uses, and its plain letter. */
const foldedLetters = (() => {
  let from = 'đ';
  let to = 'd';
  for (let code = 0xc0; code <= 0x1ef9; code++) {
    const letter = String.fromCodePoint(code);
    if (letter !== letter.toLowerCase()) continue;
    const plain = letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== letter && /^[a-z]$/.test(plain)) {
      from += letter;
      to += plain;
    }
  }
  return { from, to };
})();

/** SQL for the folded form of a text expression (lower-cased, diacritics removed). */
export function foldedSql(expression: SQL) {
  return sql`translate(lower(${expression}), ${foldedLetters.from}, ${foldedLetters.to})`;
}

// ── Folding for comparing words (the neutral-words check) ───────────────────────────────────────

/** A word folded for comparison: `marked` keeps the Vietnamese letters (ă â ê ô ơ ư đ) and the tone, written once after the word wherever it was placed ("hoà", "hòa" → "hoa`"); `plain` has no mark at all ("hoa"). */
export type FoldedWord = { marked: string; plain: string };

/** The five tone marks (NFD), and how a folded word writes each after its letters. */
const toneMarks: Record<string, string> = { '\u0300': '`', '\u0301': "'", '\u0303': '~', '\u0309': '?', '\u0323': '.' };
/** The marks that make Vietnamese letters (ă â ơ ư ê ô), kept in `marked`. */
const letterMarks = /[\u0302\u0306\u031b]/g;
/** Characters that show nothing: zero-width spaces and joiners, soft hyphen, BOM, word joiner, Hangul fillers… */
const invisible = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

/** Letters from another script that look like Latin ones (Cyrillic "о", Greek "τ"), as those Latin letters. */
function latinLookalikes(text: string, lookalikes: ReadonlyMap<string, string>) {
  if (!/[^\p{Script=Latin}\P{L}]/u.test(text)) return text;
  let out = '';
  for (const char of text) out += /\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char) ? (lookalikes.get(char) ?? char) : char;
  return out;
}

/** Whether `text` holds a character that shows nothing (see `foldWords`'s `invisibleSeparates`). */
export function hasInvisible(text: string) {
  return new RegExp(invisible.source, 'u').test(text);
}

function foldWord(word: string): FoldedWord {
  const tones = word.match(/[\u0300\u0301\u0303\u0309\u0323]/g);
  // Every mark but those that make Vietnamese letters goes (tones are written after the word).
  const letters = word.replace(/(?![\u0302\u0306\u031b])\p{M}/gu, '');
  const tone = tones ? toneMarks[tones[tones.length - 1]] : '';
  return { marked: letters.normalize('NFC') + tone, plain: letters.replace(letterMarks, '').replace(/đ/g, 'd') };
}

/**
 * `text` as folded words, for comparing phrases whatever their form: Unicode NFKC (fullwidth and
 * styled letters), case, invisible characters, look-alike letters of other scripts (`lookalikes`,
 * e.g. the `confusables` package's map), where the tone mark sits, and any spaces or punctuation
 * between words (they only separate). With `invisibleSeparates`, an invisible character splits
 * words instead of vanishing inside one.
 */
export function foldWords(text: string, lookalikes: ReadonlyMap<string, string>, invisibleSeparates = false): FoldedWord[] {
  const nfd = text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(invisible, invisibleSeparates ? ' ' : '');
  const latin = latinLookalikes(nfd, lookalikes).toLowerCase().normalize('NFD');
  return (latin.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []).map(foldWord);
}
