import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanWhitespace, whitespaceProblems } from '../../../src/vn/text';

describe('cleanWhitespace', () => {
  it.each([
    ['Nguyễn Văn Đức', 'Nguyễn Văn Đức'],
    ['  Nguyễn Văn Đức  ', 'Nguyễn Văn Đức'],
    ['Nguyễn  Văn   Đức', 'Nguyễn Văn Đức'],
    ['Nguyễn\u00a0Văn\u202fĐức', 'Nguyễn Văn Đức'], // NBSP and narrow NBSP from Word/Excel
    ['Nguyễn\tVăn\r\nĐức', 'Nguyễn Văn Đức'],
    ['Ng\u200buyễn Văn\ufeff Đức', 'Nguyễn Văn Đức'], // zero-width space and BOM removed, not turned into spaces
    ['\ufeffLê Hoa', 'Lê Hoa'],
    ['Lê \u200b Hoa', 'Lê Hoa'],
    ['Lê\u3000Hoa', 'Lê Hoa'],
    ['Lê\u0000Hoa', 'LêHoa'],
    ['   ', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanWhitespace(input)).toBe(expected);
  });

  it('returns the very same string when already clean', () => {
    const s = 'Số 12 đường Lê Lợi';
    expect(cleanWhitespace(s)).toBe(s);
  });

  const messyText = fc.string({
    unit: fc.constantFrom('a', 'B', 'ă', 'Đ', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '\u2003', '\u200b', '\u200d', '\ufeff', '\u0001', '-'),
  });

  it('is idempotent, trims, and leaves single U+0020 between words only', () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const clean = cleanWhitespace(s);
        expect(cleanWhitespace(clean)).toBe(clean);
        expect(clean).toBe(clean.trim());
        expect(clean).not.toMatch(/\s\s|[^\S ]|[\u200b-\u200d\u2060\ufeff\u0000-\u001f]/u);
      }),
    );
  });

  it('keeps every other character, in order', () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const strip = (t: string) => t.replace(/[\s\u200b-\u200d\u2060\ufeff\u0000-\u001f\u007f-\u009f]/gu, '');
        expect(strip(cleanWhitespace(s))).toBe(strip(s));
      }),
    );
  });

  it('changes a string exactly when whitespaceProblems reports something', () => {
    fc.assert(fc.property(messyText, (s) => (cleanWhitespace(s) !== s) === (whitespaceProblems(s) !== null)));
  });
});
