// Words that label a person's past. Public, employer- and returnee-facing pages and API answers must
// never contain them (DESIGN.md §3: neutral words; employers see "ứng viên"), and text others will
// read — a posting, an organisation's name or description, a certificate's name on a candidate
// card — is refused when it contains one, however it is typed (see `findPastLabel`).
import { confusablesMap } from 'confusables';
import { foldWords, hasInvisible, type FoldedWord } from '#lib/fold.ts';

/** Matched as whole words, whatever the case, spacing, punctuation, accent placement or look-alike letters. */
export const pastLabels = [
  'tù',
  'đi tù',
  'ở tù',
  'ngồi tù',
  'vào tù',
  'ra tù',
  'án tù',
  'tù tội',
  'tù giam',
  'người tù',
  'từng đi tù',
  'từng ngồi tù',
  'trại giam',
  'trại cải tạo',
  'phạm nhân',
  'tù nhân',
  'phạm tội',
  'tội phạm',
  'tiền án',
  'tiền sự',
  'tội danh',
  'bản án',
  'chấp hành án',
  'chấp hành xong án',
  'án phạt',
  'mãn hạn',
  'đặc xá',
  'tha tù',
  'hoàn lương',
  'tái hòa nhập',
  'làm lại cuộc đời',
  'prison',
  'prisoner',
  'inmate',
  'jail',
  'convict',
  'ex-offender',
  'offender',
  'offence',
  'served their sentence',
  'served a sentence',
  'served time',
  'detention',
  'parole',
  'amnesty',
  'returnee',
  'released',
] as const;

/**
 * Ordinary words a label reads as when typed without its marks ("tu nhan" may be "tư nhân",
 * private; "di tu" may be "đi tu", to become a monk), or that hold it ("tù túng", cramped): where
 * the text reads as one of these over the label's words, it is not refused.
 */
const ordinaryLookalikes = [
  'tu',
  'tư nhân',
  'đi tu',
  'người tu',
  'vào tủ',
  'tiền ăn',
  'tiền sử',
  'an phát',
  // Words that hold "tù" and mean something else: cramped, murky, a horn, stagnant.
  'tù túng',
  'tù mù',
  'tù và',
  'tù đọng',
];

const fold = (text: string, invisibleSeparates = false) => foldWords(text, confusablesMap, invisibleSeparates);
/** Longest first, so "tù nhân" is named rather than "tù". */
const foldedLabels = pastLabels.map((label) => ({ label, words: fold(label) })).sort((a, b) => b.words.length - a.words.length);
/** The labels by the plain letters of their first word: a text word can only start a label with the same ones. */
const labelsByFirstWord = new Map<string, typeof foldedLabels>();
for (const entry of foldedLabels)
  labelsByFirstWord.set(entry.words[0].plain, [...(labelsByFirstWord.get(entry.words[0].plain) ?? []), entry]);
/** The labels a text word may start: its plain letters, or those of its singular ("offenders"). */
const labelsStartingAt = (word: FoldedWord) => [
  ...(labelsByFirstWord.get(word.plain) ?? []),
  ...(labelsByFirstWord.get(word.plain.replace(/e?s$/, '')) ?? []),
  ...(labelsByFirstWord.get(word.plain.replace(/s$/, '')) ?? []),
];
const foldedLookalikes = ordinaryLookalikes.map((phrase) => fold(phrase));

/** A word of the text reads as a word of a phrase: the same letters and tone, or typed with no mark at all and the same plain letters. */
function readsAs(word: FoldedWord, phraseWord: FoldedWord) {
  return word.marked === phraseWord.marked || (word.marked === word.plain && word.plain === phraseWord.plain);
}

/** An English plural of a phrase's last word ("offenders") reads as it too. */
function readsAsLast(word: FoldedWord, phraseWord: FoldedWord) {
  return (
    readsAs(word, phraseWord) ||
    (/^[a-z]+$/.test(phraseWord.plain) && [`${phraseWord.plain}s`, `${phraseWord.plain}es`].includes(word.marked))
  );
}

function readsAt(words: FoldedWord[], at: number, phrase: FoldedWord[]) {
  const last = phrase.length - 1;
  return at + phrase.length <= words.length && phrase.every((w, i) => (i === last ? readsAsLast : readsAs)(words[at + i], w));
}

function labelIn(words: FoldedWord[]): string | null {
  for (let at = 0; at < words.length; at++) {
    const candidates = labelsStartingAt(words[at]);
    if (!candidates.length) continue;
    for (const { label, words: labelWords } of foldedLabels.filter((entry) => candidates.includes(entry))) {
      if (!readsAt(words, at, labelWords)) continue;
      const end = at + labelWords.length;
      const ordinary = foldedLookalikes.some((phrase) => {
        for (let start = Math.max(0, end - phrase.length); start <= at; start++) if (readsAt(words, start, phrase)) return true;
        return false;
      });
      if (!ordinary) return label;
    }
  }
  return null;
}

/** For a zod refinement: empty, or no past-labelling word. */
export function isNeutral(text: string | null | undefined): boolean {
  return !text || findPastLabel(text) === null;
}

/**
 * The first past-labelling word in `text` (as listed in `pastLabels`), or null. Compared on folded
 * words (lib/fold.ts): Unicode NFKC, case, invisible characters (vanishing inside a word, or
 * separating two), look-alike letters of other scripts, old or new accent placement ("hoà" =
 * "hòa"), spaces and punctuation between words, and words typed without diacritics ("pham nhan").
 * Words that merely share letters ("tư vấn", "từ thiện", "tuần", "đi tuyển") are not labels.
 */
export function findPastLabel(text: string): string | null {
  return labelIn(fold(text)) ?? (hasInvisible(text) ? labelIn(fold(text, true)) : null);
}
