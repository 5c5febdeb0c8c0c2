import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, legacyToUnicode, repairLegacyText, unicodeToLegacy } from '../../../../src/vn/text';
import { anyVietnameseName, fullName, MARKED_SURNAMES, OTHER_SURNAMES } from '../vietnameseNames';

describe('repairLegacyText', () => {
  it.each([
    // TCVN3 (ABC, .VnTime / .VnTimeH) read as Windows-1252
    ['NguyÔn V¨n §øc', 'Nguyễn Văn Đức', 'tcvn3'],
    ['NGUYÔN V¡N §øC', 'NGUYỄN VĂN ĐỨC', 'tcvn3'],
    ['§Æng ThÞ Hoµ', 'Đặng Thị Hoà', 'tcvn3'],
    ['TrÇn ThÞ Thuû', 'Trần Thị Thuỷ', 'tcvn3'],
    ['Lª ThÞ ý', 'Lê Thị Ý', 'tcvn3'],
    ['Hµ NéI', 'HÀ NỘI', 'tcvn3'],
    ['Sè 12 ®\u00adêng Lª Lîi, ph\u00adêng BÕn NghÐ, QuËn 1', 'Số 12 đường Lê Lợi, phường Bến Nghé, Quận 1', 'tcvn3'],
    ['Ph¹m Quúnh Khuª', 'Phạm Quỳnh Khuê', 'tcvn3'],
    // VNI-Windows read as Windows-1252
    ['Nguyeãn Vaên Ñöùc', 'Nguyễn Văn Đức', 'vni'],
    ['NGUYEÃN VAÊN ÑÖÙC', 'NGUYỄN VĂN ĐỨC', 'vni'],
    ['Ñaëng Thò Hoaø', 'Đặng Thị Hoà', 'vni'],
    ['Nguyeãn Thò Hoàng', 'Nguyễn Thị Hồng', 'vni'],
    ['Tröông Quyønh Nhö', 'Trương Quỳnh Như', 'vni'],
    ['Leâ Thò Yù', 'Lê Thị Ý', 'vni'],
  ] as const)('%s → %s (%s)', (legacy, unicode, encoding) => {
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding });
  });

  it.each([
    'Nguyễn Văn Đức',
    'Đặng Thị Hoà',
    'Hoàng Thò Lê', // only Latin-1 letters, every word a valid syllable
    'Võ Tú',
    'Hà Lê',
    'John Smith',
    'Müller',
    'José García',
    'François Dubois',
    'Zoë Renée',
    'Björn',
    '',
    '12/05/1990',
    'Số 12 đường Lê Lợi',
  ])('leaves %j alone', (text) => {
    expect(repairLegacyText(text)).toBeNull();
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('never flags Unicode Vietnamese names as legacy', () => {
    fc.assert(fc.property(anyVietnameseName, (name) => detectLegacyEncoding(name) === null));
  });

  // Evidence for a legacy encoding is a word that is not already a syllable: text without one is never legacy,
  // whatever surrounds its words (the fast path detection takes for Latin-1-only Unicode such as "Lê Hà").
  it('never flags text whose accented words are all syllables, between any ASCII separators', () => {
    const syllables = anyVietnameseName.map((name) => name.split(' '));
    const separator = fc.constantFrom(' ', ', ', ' - ', '/', ' 12 ', '.', '(', ') ', '  ', ' số ');
    fc.assert(
      fc.property(syllables, fc.array(separator, { minLength: 8, maxLength: 8 }), (words, separators) => {
        const text = words.map((w, i) => w + separators[i % separators.length]).join('');
        expect(detectLegacyEncoding(text)).toBeNull();
      }),
    );
  });

  it('never flags plain ASCII text as legacy', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => detectLegacyEncoding(text) === null));
  });

  it('recovers every name that carries a common surname, from either encoding, case included', () => {
    fc.assert(
      fc.property(fullName(MARKED_SURNAMES), fc.constantFrom('tcvn3' as const, 'vni' as const), (name, encoding) => {
        expect(repairLegacyText(unicodeToLegacy(name, encoding))).toEqual({ text: name, encoding });
      }),
    );
  });

  it('never turns a legacy name into a different name (it may leave an unprovable one alone)', () => {
    fc.assert(
      fc.property(fullName([...MARKED_SURNAMES, ...OTHER_SURNAMES]), fc.constantFrom('tcvn3' as const, 'vni' as const), (name, encoding) => {
        const repaired = repairLegacyText(unicodeToLegacy(name, encoding));
        if (repaired === null) return;
        expect(repaired.encoding).toBe(encoding);
        // TCVN3 does not record the case of most capitals; letters themselves must come back exactly.
        expect(repaired.text.toLowerCase()).toBe(name.toLowerCase());
        if (encoding === 'vni') expect(repaired.text).toBe(name);
      }),
    );
  });

  it('still recognises legacy text that carries Windows-1252 punctuation, and nothing else above U+00FF', () => {
    const windows1252 = new Set(Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', (ch) => ch.charCodeAt(0)));
    expect(repairLegacyText('§Æng ThÞ Hoµ – “Hoµ”')).toEqual({ text: 'Đặng Thị Hoà – “Hoà”', encoding: 'tcvn3' });
    fc.assert(
      fc.property(fc.integer({ min: 0x100, max: 0xffff }), (c) => {
        expect(detectLegacyEncoding(`NguyÔn V¨n ${String.fromCharCode(c)}`) !== null).toBe(windows1252.has(c));
      }),
    );
  });

  it('never throws, and returns NFC text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) }), (text) => {
        const repaired = repairLegacyText(text);
        if (repaired !== null) expect(repaired.text).toBe(repaired.text.normalize('NFC'));
      }),
    );
  });
});

describe('legacyToUnicode', () => {
  it.each([
    ['NguyÔn V¨n §øc', 'tcvn3', 'Nguyễn Văn Đức'],
    ['Nguyeãn Vaên Ñöùc', 'vni', 'Nguyễn Văn Đức'],
    ['Hello, World', 'tcvn3', 'Hello, World'],
    ['Hello, World', 'vni', 'Hello, World'],
    ['aù aø aû aõ aï', 'vni', 'á à ả ã ạ'],
    ['AÙ Aù aÙ', 'vni', 'Á Á á'], // the base letter decides the case
    ['yï î Î', 'vni', 'ỵ ỵ Ỵ'],
  ] as const)('%s (%s) → %s', (text, encoding, expected) => {
    expect(legacyToUnicode(text, encoding)).toBe(expected);
  });

  it('returns the same string when there is nothing to convert', () => {
    const ascii = 'Nguyen Van Duc';
    expect(legacyToUnicode(ascii, 'tcvn3')).toBe(ascii);
    expect(legacyToUnicode(ascii, 'vni')).toBe(ascii);
  });
});

describe('unicodeToLegacy', () => {
  it.each([
    ['Nguyễn Văn Đức', 'tcvn3', 'NguyÔn V¨n §øc'],
    ['Nguyễn Văn Đức', 'vni', 'Nguyeãn Vaên Ñöùc'],
    ['ĐẶNG', 'tcvn3', '§ÆNG'],
    ['ĐẶNG', 'vni', 'ÑAËNG'],
  ] as const)('%s (%s) → %s', (text, encoding, expected) => {
    expect(unicodeToLegacy(text, encoding)).toBe(expected);
  });
});
