import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accentKey, foldName, tokenizeAddress } from '../../../src/vn/address/foldText';

describe('tokenizeAddress', () => {
  it.each([
    ['P.15, Q. Bình Thạnh', ['p', '15', 'q', 'binh', 'thanh']],
    ['F15 Q3 TPHCM', ['f', '15', 'q', '3', 'tphcm']],
    ['P 02, T.P. Hồ Chí Minh', ['p', '2', 'tp', 'ho', 'chi', 'minh']],
    ['T.T. Trâu Quỳ', ['tt', 'trau', 'qui']],
    ['X.A Lù', ['x', 'a', 'lu']],
    ['Xã Ea H\'đinh, Cư M\'gar', ['xa', 'ea', 'hdinh', 'cu', 'mgar']],
    ['THỦ ĐÔ HÀ NỘI', ['thu', 'do', 'ha', 'noi']],
    ['Bà Rịa - Vũng Tàu', ['ba', 'ria', 'vung', 'tau']],
    ['Xã Quí Quân', ['xa', 'qui', 'quan']],
    ['Xã Quý Quân', ['xa', 'qui', 'quan']],
    ['Mỹ Đình 1', ['mi', 'dinh', '1']],
  ])('%s → %j', (text, words) => {
    expect(tokenizeAddress(text).words).toEqual(words);
  });

  it('marks commas between words and keeps each word’s place in the text', () => {
    const tokens = tokenizeAddress('12 Lê Lợi, Phường Sài Gòn');
    expect(tokens.breakBefore).toEqual([false, false, false, true, false, false]);
    expect(tokens.text.slice(tokens.starts[3], tokens.ends[5])).toBe('Phường Sài Gòn');
  });

  it('reads NFC, NFD, upper case and either tone placement alike', () => {
    fc.assert(
      fc.property(fc.constantFrom('Hòa Xá', 'Thủy Xuân', 'Đắk Lắk', 'Nguyễn Trãi', 'Ứng Hòa', 'Quỳnh Lưu'), fc.string(), (name, noise) => {
        const text = `${noise} ${name}`;
        const expected = tokenizeAddress(text).words;
        expect(tokenizeAddress(text.normalize('NFD')).words).toEqual(expected);
        expect(tokenizeAddress(text.toUpperCase()).words).toEqual(tokenizeAddress(text.toLowerCase()).words);
      }),
    );
  });

  it('never throws and yields lower-case ASCII words for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const word of tokenizeAddress(text).words) expect(word).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });
});

describe('foldName', () => {
  it.each([
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['Phường 01', 'phuong 1'],
    ['Văn Miếu - Quốc Tử Giám', 'van mieu quoc tu giam'],
  ])('%s → %s', (text, folded) => {
    expect(foldName(text)).toBe(folded);
  });

  it('agrees with the tokenizer on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldName(text)).toBe(tokenizeAddress(text).words.join(' '));
      }),
    );
  });
});

describe('accentKey', () => {
  it.each([
    ['Hoà Xá', 'Hòa Xá', true],
    ['Thuỷ Xuân', 'Thủy Xuân', true],
    ['Sa Pa', 'Sa Pả', false],
    ['Văn Lang', 'Văn Lăng', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(accentKey(a) === accentKey(b)).toBe(same);
  });
});
