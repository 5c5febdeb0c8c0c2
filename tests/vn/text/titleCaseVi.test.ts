import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllLowerCase, isAllUpperCase, titleCaseVi } from '../../../src/vn/text';
import { anyVietnameseName, applyCase, fullName, GIVEN_NAMES, MARKED_SURNAMES, OTHER_SURNAMES } from './vietnameseNames';

describe('titleCaseVi', () => {
  it.each([
    ['nguyễn văn đức', 'Nguyễn Văn Đức'],
    ['ĐẶNG THỊ HOÀ', 'Đặng Thị Hoà'],
    ['đặng thị hoà', 'Đặng Thị Hoà'],
    ['ÔNG ÍCH KHIÊM', 'Ông Ích Khiêm'],
    ['nGUYỄN ánh', 'Nguyễn Ánh'],
    ['nguyễn-trần thu hà', 'Nguyễn-Trần Thu Hà'],
    ["h'hen niê", "H'Hen Niê"],
    ['K’SOR H’BLING', 'K’Sor H’Bling'],
    ['nguye\u0302\u0303n', 'Nguyễn'], // NFD in, NFC out
    ['y moan ênuôl', 'Y Moan Ênuôl'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(titleCaseVi(input)).toBe(expected);
  });

  it('returns the very same string when already title case', () => {
    const s = 'Trần Thị Thuỷ';
    expect(titleCaseVi(s)).toBe(s);
  });

  it('gives the same result whatever the case of the input', () => {
    const titled = fullName([...MARKED_SURNAMES, ...OTHER_SURNAMES]).map((n) => titleCaseVi(n));
    fc.assert(
      fc.property(titled, fc.constantFrom('title' as const, 'upper' as const, 'lower' as const), (name, style) => {
        expect(titleCaseVi(applyCase(name, style))).toBe(name);
      }),
    );
  });

  it('is idempotent and only changes case', () => {
    fc.assert(
      fc.property(anyVietnameseName, (name) => {
        const t = titleCaseVi(name);
        expect(titleCaseVi(t)).toBe(t);
        expect(t.toLowerCase()).toBe(name.toLowerCase());
      }),
    );
  });
});

describe('isAllLowerCase / isAllUpperCase', () => {
  it.each([
    ['nguyễn văn đức', true, false],
    ['NGUYỄN VĂN ĐỨC', false, true],
    ['Nguyễn Văn Đức', false, false],
    ['đ', true, false],
    ['Đ', false, true],
    ['12/05', false, false],
    ['', false, false],
    ['lê thị 2', true, false],
    ['LÊ-THỊ', false, true],
  ])('%j: lower %s, upper %s', (text, lower, upper) => {
    expect(isAllLowerCase(text)).toBe(lower);
    expect(isAllUpperCase(text)).toBe(upper);
  });

  it('agree with the platform case mapping on names', () => {
    fc.assert(
      fc.property(anyVietnameseName, (name) => {
        expect(isAllLowerCase(name)).toBe(name === name.toLowerCase());
        expect(isAllUpperCase(name)).toBe(name === name.toUpperCase());
      }),
    );
  });

  it('every Vietnamese letter is seen in its case', () => {
    for (const syllable of GIVEN_NAMES) {
      expect(isAllLowerCase(syllable.toLowerCase())).toBe(true);
      expect(isAllUpperCase(syllable.toUpperCase())).toBe(true);
    }
  });
});
