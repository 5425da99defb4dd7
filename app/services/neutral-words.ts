// Words that label a person's past. Employer-facing pages and API answers must never contain them
// (DESIGN.md §3: neutral words; employers see "ứng viên"), and text an employer will read — a
// certificate's name on a candidate card — is refused when it contains one.

/** Matched as whole words, case-insensitively, with diacritics (so "tủ", "từ" do not match "tù"). */
export const pastLabels = [
  'tù',
  'trại giam',
  'trại cải tạo',
  'phạm nhân',
  'tù nhân',
  'phạm tội',
  'tội phạm',
  'chấp hành án',
  'chấp hành xong án',
  'án phạt',
  'mãn hạn',
  'đặc xá',
  'tha tù',
  'hoàn lương',
  'tái hòa nhập',
  'prison',
  'prisoner',
  'inmate',
  'jail',
  'convict',
  'ex-offender',
  'offender',
  'offence',
  'detention',
  'parole',
  'amnesty',
  'returnee',
  'released',
] as const;

const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pastLabels.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The first past-labelling word in `text`, or null. */
export function findPastLabel(text: string): string | null {
  return text.normalize('NFC').match(pattern)?.[0] ?? null;
}
