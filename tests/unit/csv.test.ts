// CSV for Excel (lib/csv.ts): RFC 4180 quoting, CRLF, a UTF-8 byte order mark so Vietnamese shows,
// numbers as numbers, and no cell that a spreadsheet would run as a formula.
import { expect, test } from 'vitest';
import { csvBytes, csvField } from '#lib/csv.ts';

test('a field is quoted only when it holds a comma, a quote or a line break; quotes are doubled', () => {
  expect(csvField('Công ty May Quảng Ngãi')).toBe('Công ty May Quảng Ngãi');
  expect(csvField('Hàn, tiện')).toBe('"Hàn, tiện"');
  expect(csvField('Xưởng "Ánh Dương"')).toBe('"Xưởng ""Ánh Dương"""');
  expect(csvField('hai\ndòng')).toBe('"hai\ndòng"');
  expect(csvField(12.5)).toBe('12.5');
  expect(csvField(null)).toBe('');
});

test('text a spreadsheet would run as a formula is made inert; a negative number stays a number', () => {
  expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvField('+84 905')).toBe("'+84 905");
  expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvField(-3)).toBe('-3');
});

test('the file: a UTF-8 byte order mark, then CRLF-ended rows', () => {
  const bytes = csvBytes([
    ['Gian số', 'Đơn vị'],
    [1, 'Hợp tác xã Đồng Xanh'],
  ]);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes.slice(3))).toBe('Gian số,Đơn vị\r\n1,Hợp tác xã Đồng Xanh\r\n');
});
