import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCharacterProblems } from '../../../src/vn/text';
import { anyVietnameseName } from './vietnameseNames';

describe('nameCharacterProblems', () => {
  it.each([
    ['Nguyễn Văn Đức', null],
    ['Nguyễn-Trần Thu Hà', null],
    ["H'Hen Niê", null],
    ['K’Sor H’Bling', null],
    ['Nguye\u0302\u0303n Văn A', null], // NFD is a normal-form problem, not a character problem
    ['  Lê\u00a0Hoa ', null], // whitespace is judged by whitespaceProblems
    ['Nguyen Van A1', { digits: true, symbols: [] }],
    ['Võ Thị 12', { digits: true, symbols: [] }],
    ['Trần Thị *#', { digits: false, symbols: ['*', '#'] }],
    ['Nguyễn T. Hoa', { digits: false, symbols: ['.'] }],
    ['Lê Hoa (chị)', { digits: false, symbols: ['(', ')'] }],
    ['Lê..Hoa?', { digits: false, symbols: ['.', '?'] }],
    ['Lê Hoa 😀', { digits: false, symbols: ['😀'] }],
    ['Lê Hoa ١٢', { digits: true, symbols: [] }], // Arabic-Indic digits are digits too
    ['Muñoz', null], // foreign letters are letters (a surname may come from a foreign parent, art. 26(2))
    ['Müller Minh An', null],
    ['Trần Noël', null],
    ['Y Mŭt Niê', null], // Ê Đê breve vowels
    ['H’Lĭm Kpă', null],
    ['Y Mu\u0306t', null], // the same, decomposed
    ['Nguyễn Văn \u0292\u030c', null], // "ǯ" decomposed: its base letter lies in IPA Extensions
    ['Lê \u0301Hoa', { digits: false, symbols: ['\u0301'] }], // a diacritic on no letter
    ['Иван Lê', { digits: false, symbols: ['И', 'в', 'а', 'н'] }], // another script: mis-decoded text, not a name here
    ['Lê × Hoa', { digits: false, symbols: ['×'] }], // a symbol from the Latin-1 block
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(nameCharacterProblems(input)).toEqual(expected);
  });

  it('finds nothing wrong in Vietnamese names', () => {
    fc.assert(fc.property(anyVietnameseName, (name) => nameCharacterProblems(name) === null));
  });

  it('reports any digit inserted into a name', () => {
    fc.assert(
      fc.property(anyVietnameseName, fc.integer({ min: 0, max: 9 }), fc.nat(), (name, digit, at) => {
        const i = at % (name.length + 1);
        const result = nameCharacterProblems(name.slice(0, i) + String(digit) + name.slice(i));
        expect(result).toEqual({ digits: true, symbols: [] });
      }),
    );
  });

  it('accepts any Latin letter with any diacritic, composed or decomposed', () => {
    const latin = fc.integer({ min: 0xc0, max: 0x24f }).filter((c) => /\p{L}/u.test(String.fromCharCode(c)));
    fc.assert(
      fc.property(anyVietnameseName, latin, fc.nat(), (name, code, at) => {
        const letter = String.fromCharCode(code);
        const i = at % (name.length + 1);
        expect(nameCharacterProblems(name.slice(0, i) + letter + name.slice(i))).toBeNull();
        expect(nameCharacterProblems(name.slice(0, i) + letter.normalize('NFD') + name.slice(i))).toBeNull();
      }),
    );
  });

  it('lists each symbol once, in order of appearance', () => {
    const symbol = fc.constantFrom('.', ',', '@', '#', '!', '?', '/', '(', '_', '&');
    fc.assert(
      fc.property(fc.array(symbol, { minLength: 1, maxLength: 8 }), (symbols) => {
        const result = nameCharacterProblems(`Lê ${symbols.join('')} Hoa`);
        expect(result?.symbols).toEqual([...new Set(symbols)]);
      }),
    );
  });
});
