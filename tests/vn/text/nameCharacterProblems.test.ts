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
    ['Muñoz', { digits: false, symbols: ['ñ'] }],
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
