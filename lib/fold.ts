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
