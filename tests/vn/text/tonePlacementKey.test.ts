import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, tonePlacementKey } from '../../../src/vn/text';
import { anyVietnameseName, retone } from './vietnameseNames';

describe('tonePlacementKey', () => {
  it.each([
    ['Hòa', 'Hoà'],
    ['Thủy', 'THUỶ'],
    ['Khỏe', 'Khoẻ'],
    ['Thúy', 'Thuý'],
    ['Lê Thị Thủy', 'LÊ THỊ THUỶ'],
    ['Ðỗ Văn Hòa', 'Đỗ Văn Hòa'], // Icelandic eth typed for Đ
    ['ðỗ', 'Đỗ'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'.normalize('NFD')],
  ])('%j and %j have one key', (a, b) => {
    expect(tonePlacementKey(a)).toBe(tonePlacementKey(b));
  });

  it.each([
    ['Ân', 'An'],
    ['Đào', 'Dao'],
    ['Hòa', 'Hóa'],
    ['Hòa', 'Hoa'],
    ['Lăng', 'Lang'],
    ['Hòa An', 'Hoa Àn'], // a tone belongs to its syllable
  ])('%j and %j have different keys', (a, b) => {
    expect(tonePlacementKey(a)).not.toBe(tonePlacementKey(b));
  });

  it('writes each syllable toneless, lower case, then its tone', () => {
    expect(tonePlacementKey('Nguyễn Văn Hòa')).toBe('nguyên\u0303 văn hoa\u0300');
    expect(tonePlacementKey("Ksor H'Hen")).toBe("ksor h'hen");
    expect(tonePlacementKey('')).toBe('');
  });

  it('reads a tone NFC cannot compose (g has no precomposed grave) like a composed one', () => {
    expect(tonePlacementKey('Hoang\u0300')).toBe(tonePlacementKey('Hoàng'));
  });

  it('does not depend on which vowel of its syllable carries the tone, on case or on the normal form', () => {
    fc.assert(
      fc.property(anyVietnameseName, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (name, which, to, nfd, upper) => {
        const words = name.split(' ');
        const i = which % words.length;
        words[i] = retone(words[i]!, to);
        let variant = words.join(' ');
        if (upper) variant = variant.toUpperCase();
        if (nfd) variant = variant.normalize('NFD');
        expect(tonePlacementKey(variant)).toBe(tonePlacementKey(name));
      }),
      { numRuns: 500 },
    );
  });

  it('folds to the folded text, so a copy without diacritics still matches it', () => {
    fc.assert(
      fc.property(anyVietnameseName, (name) => {
        expect(foldVietnamese(tonePlacementKey(name))).toBe(foldVietnamese(name));
      }),
    );
  });
});
