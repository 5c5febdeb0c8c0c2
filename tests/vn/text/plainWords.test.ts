import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanWhitespace, isNFC, isPlainWords, nameCharacterProblems, repairLegacyText, unicodeToLegacy, whitespaceProblems } from '../../../src/vn/text';
import { anyVietnameseName } from './vietnameseNames';

describe('isPlainWords', () => {
  it.each([
    ['Nguyễn Văn Đức', true],
    ['Phạm Xuân Thuỷ', true],
    ['NGUYỄN THỊ HOA', true],
    ['nguyễn thị hoa', true], // case is the name rules' own question
    ['Nguyen Van An', true], // plain ASCII cannot be legacy text
    ['Lê Minh Tú', true], // Latin-1 letters only, but every accented word is a syllable: detection would find nothing
    ['Võ Thị Hà', true],
    ['Nguyeãn Minh', false], // Latin-1 letters, but "Nguyeãn" is no syllable (it is VNI for "Nguyễn"): detection must look
    ['Traàn Vaên', false], // VNI for "Trần Văn"
    ['Lª Minh', false], // TCVN3 for "Lê"
    ['NguyÔn V¨n §øc', false], // TCVN3
    ['Nguyeãn Vaên Ñöùc', false], // VNI
    ['Nguye\u0302\u0303n Văn', false], // NFD
    [' Nguyễn Văn', false],
    ['Nguyễn Văn ', false],
    ['Nguyễn  Văn', false],
    ['Nguyễn\u00a0Văn', false],
    ['Nguyễn\tVăn', false],
    ['Nguyễn\u200bVăn', false],
    ["H'Hen Niê", false], // apostrophes are allowed in names but not plain: the full checks judge them
    ['Nguyễn-Trần Hà', false],
    ['Nguyễn Văn A1', false],
    ['Trần Thị *', false],
    ['Muñoz Đức', false],
    ['', false],
    [' ', false],
  ])('%j → %j', (input, expected) => {
    expect(isPlainWords(input)).toBe(expected);
  });

  // The promise the name rules rely on: plain text needs no check to know that every text check passes.
  it('plain text passes every text check', () => {
    const pieces = fc.constantFrom(
      'Nguyễn', 'Văn', 'Đức', 'Lê', 'Hoa', 'An', 'ă', 'ơ', 'ư', 'ạ', 'é', 'Ô', '¨', '§', 'ø', 'ã', 'ñ', ' ', '  ', '\u00a0',
      '\t', '\u200b', '\u0301', '\u0302', '1', '.', "'", '-', 'Œ', '’', '😀', 'x',
    );
    const text = fc.oneof(
      fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
      anyVietnameseName,
      anyVietnameseName.map((name) => unicodeToLegacy(name, 'tcvn3')),
      anyVietnameseName.map((name) => unicodeToLegacy(name, 'vni')),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        if (!isPlainWords(s)) return;
        expect(whitespaceProblems(s)).toBeNull();
        expect(nameCharacterProblems(s)).toBeNull();
        expect(isNFC(s)).toBe(true);
        expect(repairLegacyText(s)).toBeNull();
        expect(cleanWhitespace(s)).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path for every well-written Vietnamese name, Latin-1 letters only or not', () => {
    fc.assert(
      fc.property(anyVietnameseName, (name) => {
        expect(isPlainWords(name)).toBe(true);
      }),
    );
  });
});
