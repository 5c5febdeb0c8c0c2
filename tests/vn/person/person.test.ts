import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholderValue, parseSex } from '../../../src/vn/person';

describe('parseSex', () => {
  it.each([
    ['Nam', 'male'], ['NAM', 'male'], ['nam', 'male'], [' Nam ', 'male'], ['Male', 'male'], ['M', 'male'], ['Nam giới', 'male'],
    ['Nữ', 'female'], ['NỮ', 'female'], ['nu', 'female'], ['Nu', 'female'], ['Nữ'.normalize('NFD'), 'female'], ['Female', 'female'], ['F', 'female'], ['nữ  giới', 'female'],
    ['1', null], ['0', null], ['khác', null], ['Nam/Nữ', null], ['', null],
  ] as const)('%j → %s', (text, sex) => {
    expect(parseSex(text)).toBe(sex);
  });

  // Names of Object.prototype's members: a lookup in a plain object would return its functions as the sex.
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'Constructor', 'TOSTRING'])('%j is no sex', (text) => {
    expect(parseSex(text)).toBeNull();
  });

  it('is case- and accent-insensitive: every casing of "nam" and "nữ" reads the same', () => {
    fc.assert(fc.property(fc.constantFrom('nam', 'nữ'), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (word, upper) => {
      const written = Array.from(word).map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      expect(parseSex(written)).toBe(word === 'nam' ? 'male' : 'female');
    }));
  });
});

describe('isPlaceholderValue', () => {
  it.each(['N/A', 'n/a', 'NA', '#N/A', 'null', 'NULL', 'None', '0', '00', '-', '--', '.', '...', 'x', '?', 'Không có', 'không có', 'KHÔNG CÓ', 'khong co', 'Chưa có', 'Không rõ', 'chưa xác định', '  N/A  ', 'không  có', 'Trống', 'Không', 'KHÔNG', 'khong', 'KHONG', 'trong', 'na', 'nan', 'NaN', 'NAN', 'không xác định'.normalize('NFD'), 'Không\u00a0có', 'N/A\u00a0', '\u00a0N/A', '...\u3000', '\u3000không có', 'Đang cập nhật', 'ĐANG CẬP NHẬT', 'đang cập nhật', 'Dang cap nhat', 'Đang cập nhật'.normalize('NFD')])('%j is a filler', (text) => {
    expect(isPlaceholderValue(text)).toBe(true);
  });

  it.each(['Nguyễn Văn An', 'Nam', 'Nữ', '001099012345', '0912345678', '15/03/1999', 'Na Rì', 'Không Văn Có', 'Hà Nội', 'x1', '', '   ', 'Đặng Văn An', 'Đang', 'Đà Nẵng', 'đ', 'Đang cập nhật số'])('%j is not a filler', (text) => {
    expect(isPlaceholderValue(text)).toBe(false);
  });

  // Real names that fold to a filler: the surname Khổng, the given names Trọng, Nà, Năn, Na (and Khổng, Trọng typed
  // without diacritics, in title case).
  it.each(['Khổng', 'KHỔNG', 'Trọng', 'TRỌNG', 'Nà', 'Năn', 'Na', 'Nan', 'Khong', 'Trong', 'Khổng'.normalize('NFD'), 'Trông', 'Khóng'])('the name %j is not a filler', (text) => {
    expect(isPlaceholderValue(text)).toBe(false);
  });

  it('with diacritics typed, is a filler only when they are the filler\'s own', () => {
    const fillers = ['không', 'không có', 'chưa có', 'không rõ', 'chưa rõ', 'chưa xác định', 'không xác định', 'không biết', 'chưa cập nhật', 'chưa nhập', 'trống', 'đang cập nhật'];
    const marks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'];
    fc.assert(
      fc.property(fc.constantFrom(...fillers), fc.nat(), fc.constantFrom(...marks), (filler, at, mark) => {
        // One more (or another) diacritic on one letter makes another word.
        const letters = Array.from(filler.normalize('NFD'));
        const i = at % letters.length;
        fc.pre(/[a-z]/.test(letters[i]!) && letters[i + 1] !== mark);
        letters.splice(i + 1, 0, mark);
        const other = letters.join('').normalize('NFC');
        fc.pre(other !== filler && !fillers.includes(other));
        expect(isPlaceholderValue(other)).toBe(false);
        expect(isPlaceholderValue(filler)).toBe(true);
      }),
    );
  });

  it('is never true for a value with three or more digits, nor for a long value', () => {
    fc.assert(fc.property(fc.string(), fc.stringMatching(/^\d{3,12}$/), (s, digits) => {
      expect(isPlaceholderValue(`${s}${digits}`)).toBe(false);
      expect(isPlaceholderValue(`${digits}${s}`)).toBe(false);
    }));
    fc.assert(fc.property(fc.string({ minLength: 17, maxLength: 60 }).filter((s) => s.trim().length > 16), (s) => {
      expect(isPlaceholderValue(s)).toBe(false);
    }));
  });

  // The check rules values out on their first three characters before folding them: no way of writing a filler
  // (any letter case, decomposed, any trailing whitespace) may be ruled out there.
  it('reads every filler in any letter case, NFC or NFD, with any whitespace around it', () => {
    const fillers = [
      'n/a', 'na', 'n.a', 'n.a.', '#n/a', 'null', 'nil', 'none', 'unknown', 'undefined', 'nan', '0', '00', '-', '--', '---', '.', '..', '...',
      '_', 'x', 'xx', 'xxx', '?', '??', '*', '/', '#', 'khong', 'khong co', 'chua co', 'khong ro', 'chua ro', 'chua xac dinh', 'khong xac dinh',
      'khong biet', 'chua cap nhat', 'chua nhap', 'trong', 'ko', 'k/c', 'không', 'không có', 'chưa có', 'không rõ', 'chưa rõ', 'chưa xác định',
      'không xác định', 'không biết', 'chưa cập nhật', 'chưa nhập', 'trống', 'dang cap nhat', 'đang cập nhật',
    ];
    const space = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\u3000', '\u202f', '\ufeff');
    fc.assert(
      fc.property(fc.constantFrom(...fillers), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.boolean(), fc.array(space, { maxLength: 2 }), fc.array(space, { maxLength: 2 }), (filler, upper, nfd, head, tail) => {
        const cased = Array.from(filler).map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        // "Na", "Khong", "Trong" in title case are names (tested above), not fillers.
        fc.pre(!/^(?:Na|Nan|Khong|Trong)$/.test(cased));
        expect(isPlaceholderValue(`${head.join('')}${nfd ? cased.normalize('NFD') : cased}${tail.join('')}`)).toBe(true);
      }),
    );
  });

  it('ignores surrounding whitespace and case', () => {
    fc.assert(fc.property(fc.constantFrom('N/A', 'không có', 'null', '-'), fc.stringMatching(/^[ \t]{0,3}$/), fc.boolean(), (filler, pad, upper) => {
      expect(isPlaceholderValue(`${pad}${upper ? filler.toUpperCase() : filler}${pad}`)).toBe(true);
    }));
  });

  // Inner runs of any whitespace (tab, NBSP, em space, ideographic space …) count as one space: the check skips its
  // space handling for values without any, so every kind of space must still be seen.
  it('reads any run of inner whitespace as one space', () => {
    const space = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\u3000', '\u202f', '\ufeff', '\u2028');
    fc.assert(fc.property(fc.constantFrom('không có', 'chưa có', 'khong ro', 'chua xac dinh', 'Không Văn Có'), fc.array(space, { minLength: 1, maxLength: 2 }), (text, run) => {
      expect(isPlaceholderValue(text.replace(' ', run.join('')))).toBe(isPlaceholderValue(text));
    }));
  });
});
