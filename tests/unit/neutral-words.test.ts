// The neutral-words check against the ordinary ways a label gets typed (DESIGN.md §3): every listed
// label in every variant — case, no diacritics, the older accent placement, invisible characters,
// unusual spaces and punctuation between its words, look-alike letters of other scripts — is
// found, and ordinary words that merely share its letters are not.
import { expect, test } from 'vitest';
import { findPastLabel, pastLabels } from '#app/services/neutral-words.ts';

const tones = /[\u0300\u0301\u0303\u0309\u0323]/;
const vowels = /[aeiouy]/;

/** Each syllable's tone mark moved onto another vowel of it (the older or the newer placement). */
function movedTones(text: string): string[] {
  const variants = new Set<string>();
  for (const where of ['first', 'last'] as const) {
    const moved = text
      .normalize('NFD')
      .split(' ')
      .map((syllable) => {
        const tone = syllable.match(tones)?.[0];
        if (!tone) return syllable;
        const chars = [...syllable.replace(tone, '')];
        const positions = chars.flatMap((c, i) => (vowels.test(c) ? [i] : []));
        const at = where === 'first' ? positions[0] : positions[positions.length - 1];
        // After the vowel and any mark it carries (ư, â…), as a keyboard would type it.
        let end = at + 1;
        while (end < chars.length && /\p{M}/u.test(chars[end])) end++;
        chars.splice(end, 0, tone);
        return chars.join('');
      })
      .join(' ')
      .normalize('NFC');
    variants.add(moved);
  }
  return [...variants];
}

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const lookalikes: Record<string, string> = { o: 'о', a: 'а', e: 'е', p: 'р', c: 'с', x: 'х', i: 'і', t: 'τ', y: 'у' };
const withLookalikes = (text: string) =>
  [...text.normalize('NFD')]
    .map((c) => lookalikes[c] ?? c)
    .join('')
    .normalize('NFC');
const joinedBy = (separator: string) => (text: string) => text.split(' ').join(separator);

const variantsOf = (label: string): [string, string][] => [
  ['as listed', label],
  ['upper case', label.toUpperCase()],
  ['title case', label.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase())],
  ['decomposed (NFD)', label.normalize('NFD')],
  ...movedTones(label).map((v): [string, string] => ['tone on another vowel', v]),
  ['look-alike letters (Cyrillic, Greek)', withLookalikes(label)],
  ['fullwidth letters', [...label].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('')],
  ['zero-width space between words', joinedBy('\u200b')(label)],
  ['no-break space between words', joinedBy('\u00a0')(label)],
  ['ideographic space between words', joinedBy('\u3000')(label)],
  ['thin space between words', joinedBy('\u2009')(label)],
  ['several spaces and a line break', joinedBy('  \n ')(label)],
  ['dots between words', joinedBy('.')(label)],
  ['hyphens between words', joinedBy('-')(label)],
  ['underscores between words', joinedBy('_')(label)],
  ['slash and stars between words', joinedBy(' */ ')(label)],
  ['soft hyphen inside the first word', label.replace(/^(\p{L})/u, '$1\u00ad')],
  ['zero-width joiner inside the first word', label.replace(/^(\p{L})/u, '$1\u200d')],
  ['BOM before it', `\ufeff${label}`],
  ['in a sentence', `Ưu tiên ${label}, làm việc lâu dài.`],
];

/** Labels whose unmarked form is also an ordinary word (tu, tư nhân, đi tu, tiền ăn…): typed without marks, they are not refused. */
const ambiguousWithoutMarks = new Set(['tù', 'tù nhân', 'đi tù', 'người tù', 'vào tù', 'tiền án', 'tiền sự', 'án phạt']);

test.each(pastLabels.flatMap((label) => variantsOf(label).map(([how, text]) => [label, how, text] as const)))(
  '"%s" is found: %s',
  (_label, _how, text) => {
    expect(findPastLabel(text), JSON.stringify(text)).not.toBeNull();
  },
);

test.each(pastLabels.filter((l) => !ambiguousWithoutMarks.has(l) && withoutMarks(l) !== l))(
  '"%s" typed without diacritics is found',
  (label) => {
    for (const text of [withoutMarks(label), withoutMarks(label).toUpperCase(), joinedBy('\u200b')(withoutMarks(label))]) {
      expect(findPastLabel(text), text).not.toBeNull();
    }
  },
);

test.each([
  ['Ưu tiên người từng đi tù, có ý chí làm lại', 'từng đi tù'],
  ['uu tien nguoi tung di tu', 'từng đi tù'],
  ['Ưu tiên người tái hoà nhập cộng đồng', 'tái hòa nhập'],
  ['Nhận người đã chấp hành xong án phạt tù', 'chấp hành xong án'],
  ['Tuyển ph\u200bạm nh\u00adân', 'phạm nhân'],
  ['Hỗ trợ người mãn  hạn.', 'mãn hạn'],
  ['Ex-offenders welcome', 'ex-offender'],
  ['EX\u2011OFFENDER', 'ex-offender'],
  ['Former inmates and prisoners', 'inmate'],
  ['Tù nhân', 'tù nhân'],
  ['tù nhân', 'tù nhân'],
  ['từng ngồi tu', 'từng ngồi tù'],
  ['Nhận người từng ở tù, môi trường không tù túng', 'ở tù'],
])('a posting sentence: %s', (text, label) => {
  expect(findPastLabel(text)).toBe(label);
});

test.each([
  'Làm việc 6 ngày/tuần, nghỉ Chủ nhật',
  'Tư vấn bán hàng tại cửa hàng',
  'Tham gia các hoạt động từ thiện của công ty',
  'Đi tuyển quân, đi tuần tra bảo vệ',
  'Doanh nghiệp tư nhân Hòa Phát',
  'doanh nghiep tu nhan',
  'Tủ đồ cá nhân, tủ lạnh trong ký túc xá',
  'Tu sửa nhà xưởng, tu bổ đường sá',
  'Hỗ trợ tiền ăn trưa, có ăn giữa ca',
  'ho tro tien an trua',
  'Khai báo tiền sử bệnh khi khám sức khỏe',
  'Công ty Cổ phần Nhựa An Phát Xanh',
  'Cải tạo nhà ở, sửa chữa điện nước',
  'Tự chủ, tự giác, tứ tung, tử tế, tụ điện, tú tài',
  'Hòa nhập với đồng nghiệp, hoà đồng, vui vẻ',
  'Môi trường làm việc không tù túng, không tù mù',
  'Thổi tù và, dọn nước tù đọng quanh xưởng',
  'Người liên hệ: Phạm Văn Nhân',
])('ordinary job text is not refused: %s', (text) => {
  expect(findPastLabel(text)).toBeNull();
});
