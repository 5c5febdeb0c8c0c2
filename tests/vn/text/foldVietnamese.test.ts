import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src/vn/text';
import { anyVietnameseName } from './vietnameseNames';

describe('foldVietnamese', () => {
  it.each([
    ['Đặng Thị Hoà', 'dang thi hoa'],
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Hòa', 'hoa'],
    ['Hoà', 'hoa'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['TRƯƠNG QUỲNH NHƯ', 'truong quynh nhu'],
    ['Nguye\u0302\u0303n', 'nguyen'], // NFD
    ['Ðặng', 'dang'], // Icelandic eth typed for Đ
    ['Số 12, P. Bến Nghé', 'so 12, p. ben nghe'],
    ['François Müller', 'francois muller'],
    ['already folded', 'already folded'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('returns the very same string when already folded', () => {
    const s = 'nguyen van a';
    expect(foldVietnamese(s)).toBe(s);
  });

  const reference = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

  it('matches NFD + mark stripping on Vietnamese names, in both normal forms and any tone placement', () => {
    fc.assert(
      fc.property(anyVietnameseName, (name) => {
        const folded = foldVietnamese(name);
        expect(folded).toBe(reference(name));
        expect(foldVietnamese(name.normalize('NFD'))).toBe(folded);
        expect(folded).toMatch(/^[a-z ]*$/);
      }),
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
      }),
    );
  });
});
