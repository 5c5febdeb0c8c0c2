import { describe, expect, it } from 'vitest';
import { legacyToUnicode, unicodeToLegacy } from '../../../../src/vn/text';

/** All 134 non-ASCII Vietnamese letters (67 lower-case, 67 upper-case), built from base + combining marks. */
const LOWER_LETTERS: string[] = (() => {
  const letters = ['đ'];
  for (const base of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const mark of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      const letter = (base + mark).normalize('NFC');
      if (letter.charCodeAt(0) >= 0x80) letters.push(letter);
    }
  }
  return letters;
})();
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

describe('legacy code tables', () => {
  it('cover the whole alphabet', () => {
    expect(LOWER_LETTERS).toHaveLength(67);
    expect(new Set([...LOWER_LETTERS, ...UPPER_LETTERS]).size).toBe(134);
  });

  it.each(LOWER_LETTERS)('TCVN3 encodes %s as one byte in 0xA1–0xFE and decodes it back', (letter) => {
    const encoded = unicodeToLegacy(letter, 'tcvn3');
    expect(encoded).toHaveLength(1);
    expect(encoded.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    expect(encoded.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
    expect(legacyToUnicode(encoded, 'tcvn3')).toBe(letter);
  });

  it('TCVN3 gives the 67 lower-case letters 67 distinct bytes, and its 7 capitals bytes of their own', () => {
    const bytes = new Set(LOWER_LETTERS.map((l) => unicodeToLegacy(l, 'tcvn3')));
    expect(bytes.size).toBe(67);
    const capitals = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
    expect(capitals.map((c) => unicodeToLegacy(c, 'tcvn3')).join('')).toBe('¡¢£¤¥¦§');
    for (const c of capitals) expect(legacyToUnicode(unicodeToLegacy(c, 'tcvn3'), 'tcvn3')).toBe(c);
  });

  it.each([...LOWER_LETTERS, ...UPPER_LETTERS])('VNI encodes %s in one or two Latin-1 bytes and decodes it back', (letter) => {
    const encoded = unicodeToLegacy(letter, 'vni');
    expect(encoded.length).toBeGreaterThanOrEqual(1);
    expect(encoded.length).toBeLessThanOrEqual(2);
    for (const ch of encoded) expect(ch.charCodeAt(0)).toBeLessThanOrEqual(0xff);
    expect(legacyToUnicode(encoded, 'vni')).toBe(letter);
  });

  it.each([
    // spot checks against the published tables: one row per vowel family
    ['á', 'tcvn3', '¸'], ['ặ', 'tcvn3', 'Æ'], ['ậ', 'tcvn3', 'Ë'], ['ễ', 'tcvn3', 'Ô'], ['ĩ', 'tcvn3', 'Ü'],
    ['ộ', 'tcvn3', 'é'], ['ợ', 'tcvn3', 'î'], ['ư', 'tcvn3', '\u00ad'], ['ự', 'tcvn3', 'ù'], ['ỵ', 'tcvn3', 'þ'],
    ['á', 'vni', 'aù'], ['ặ', 'vni', 'aë'], ['ậ', 'vni', 'aä'], ['ễ', 'vni', 'eã'], ['ĩ', 'vni', 'ó'],
    ['ộ', 'vni', 'oä'], ['ợ', 'vni', 'ôï'], ['ư', 'vni', 'ö'], ['ự', 'vni', 'öï'], ['ỵ', 'vni', 'î'], ['Ỵ', 'vni', 'Î'],
  ] as const)('%s in %s is %j', (letter, encoding, bytes) => {
    expect(unicodeToLegacy(letter, encoding)).toBe(bytes);
  });
});
