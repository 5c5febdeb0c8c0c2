import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../../src/vn/text';
import { GIVEN_NAMES, MARKED_SURNAMES, OTHER_SURNAMES } from './vietnameseNames';

describe('isVietnameseSyllable', () => {
  it.each([
    'Nguyễn', 'hoà', 'hòa', 'thuỷ', 'thủy', 'Quỳnh', 'khuỷu', 'người', 'khuya', 'giếng', 'gìn', 'già', 'quốc',
    'quyền', 'xoong', 'ngoặc', 'khuếch', 'huynh', 'uỵch', 'thuở', 'Niê', 'yến', 'ếch', 'ÍCH', 'ĐẶNG', 'ăn', 'ưu',
    'nghiêng', 'quên', 'tuân', 'oanh', 'Mlô', 'a', 'y',
  ])('accepts %j', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    'Nguyeãn', // VNI mojibake of Nguyễn
    'V¨n', // TCVN3 mojibake of Văn
    'Ñöùc',
    'NguyÔn',
    'hoàà', // two tones
    'tàt', // stop coda with a grave tone
    'ýnh', // y takes no coda
    'leõ', // tone on the glide of "eo"
    'Müller',
    'John',
    'anh2',
    '',
  ])('rejects %j', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('accepts every name syllable in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKED_SURNAMES, ...OTHER_SURNAMES, ...GIVEN_NAMES), (word) => {
        expect(isVietnameseSyllable(word)).toBe(true);
        expect(isVietnameseSyllable(word.toUpperCase())).toBe(true);
        expect(isVietnameseSyllable(word.toLowerCase())).toBe(true);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof isVietnameseSyllable(s) === 'boolean'));
  });
});
