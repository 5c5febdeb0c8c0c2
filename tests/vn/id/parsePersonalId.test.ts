import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PROVINCE_CODES, isIdProvinceCode, isPlaceholderDigits, parsePersonalId } from '../../../src/vn/id';

describe('parsePersonalId', () => {
  it.each([
    ['001099012345', { provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 1999, serial: '012345' }],
    ['079301004567', { provinceCode: '079', provinceName: 'Hồ Chí Minh', sex: 'female', birthYear: 2001, serial: '004567' }],
    ['096185123456', { provinceCode: '096', provinceName: 'Cà Mau', sex: 'female', birthYear: 1985 }],
    ['048220000111', { provinceCode: '048', provinceName: 'Đà Nẵng', sex: 'male', birthYear: 2020 }],
    ['031401000001', { provinceCode: '031', sex: 'male', birthYear: 2101 }],
    ['003099012345', { provinceCode: '003', provinceName: null }],
  ])('reads %s', (text, expected) => {
    const id = parsePersonalId(text);
    expect(id).toMatchObject({ ok: true, kind: 'personal-id', digits: text, reformatted: false, ...expected });
  });

  it.each([
    ['001 099 012345', '001099012345'],
    ['001.099.012.345', '001099012345'],
    ["'001099012345", '001099012345'],
    ['  001099012345\u00a0', '001099012345'],
    ['001-099-012345', '001099012345'],
  ])('tolerates separators in %j', (text, digits) => {
    expect(parsePersonalId(text)).toMatchObject({ ok: true, kind: 'personal-id', digits, reformatted: true });
  });

  it.each(['012345678', '271234567', '0 1234 5678'])('reads the 9-digit CMND %j', (text) => {
    expect(parsePersonalId(text)).toMatchObject({ ok: true, kind: 'cmnd' });
  });

  it.each([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['00109901234O', 'characters', 11],
    ['ABC', 'characters', 0],
    ['0010990123', 'length', 10],
    ['0010990123456', 'length', 13],
  ] as const)('rejects %j as %s', (text, reason, digitCount) => {
    expect(parsePersonalId(text)).toMatchObject({ ok: false, reason, digitCount });
  });

  it.each([
    ['1099012345', '001099012345'],
    ['79301004567', '079301004567'],
  ])('restores leading zeros a spreadsheet dropped: %s', (text, restored) => {
    expect(parsePersonalId(text)).toMatchObject({ ok: false, reason: 'length', restoredLeadingZeros: restored });
  });

  it('does not restore zeros into an unknown province', () => {
    expect(parsePersonalId('3099012345')).toMatchObject({ ok: false, restoredLeadingZeros: null });
  });

  it.each(['000000000000', '111111111111', '123456789012', '987654321098', '999999999'])('marks %s as a placeholder', (text) => {
    expect(parsePersonalId(text)).toMatchObject({ ok: true, placeholder: true });
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      const r = parsePersonalId(x as string);
      expect(typeof r.ok).toBe('boolean');
    }));
  });

  it('reads back province, sex and birth year of every well-formed number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_PROVINCE_CODES), fc.integer({ min: 1900, max: 2299 }), fc.boolean(), fc.integer({ min: 0, max: 999999 }), (province, year, female, serial) => {
        const digit = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
        const text = `${province}${digit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
        const id = parsePersonalId(text);
        if (!id.ok || id.kind !== 'personal-id') throw new Error('not read');
        expect(id.provinceCode).toBe(province);
        expect(id.provinceName).not.toBeNull();
        expect(id.birthYear).toBe(year);
        expect(id.sex).toBe(female ? 'female' : 'male');
      }),
    );
  });

  it('the province code of any 12 digits is its first three, named only when it is one of the 63', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (digits) => {
        const id = parsePersonalId(digits);
        if (!id.ok || id.kind !== 'personal-id') throw new Error('not read');
        expect(id.provinceCode).toBe(digits.slice(0, 3));
        expect(id.provinceName === null).toBe(!isIdProvinceCode(digits.slice(0, 3)));
        expect(id.serial).toBe(digits.slice(6));
      }),
      { numRuns: 2000 },
    );
  });

  it('classifies every digit string by its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,15}$/), (digits) => {
        const id = parsePersonalId(digits);
        if (digits.length === 12) expect(id).toMatchObject({ ok: true, kind: 'personal-id' });
        else if (digits.length === 9) expect(id).toMatchObject({ ok: true, kind: 'cmnd' });
        else expect(id).toMatchObject({ ok: false, reason: 'length', digitCount: digits.length });
      }),
    );
  });
});

describe('province codes', () => {
  it('has the 63 codes of Circular 07/2016/TT-BCA', () => {
    expect(ID_PROVINCE_CODES).toHaveLength(63);
    expect(ID_PROVINCE_CODES[0]).toBe('001');
    expect(ID_PROVINCE_CODES.at(-1)).toBe('096');
  });
  it.each([['001', true], ['079', true], ['003', false], ['097', false], ['__proto__', false], ['constructor', false]])('isIdProvinceCode(%j) is %s', (code, known) => {
    expect(isIdProvinceCode(code)).toBe(known);
  });
});

describe('isPlaceholderDigits', () => {
  it('is true for any repeated digit and any consecutive run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 2, max: 15 }), fc.boolean(), fc.boolean(), (start, length, run, up) => {
        let s = '';
        for (let i = 0; i < length; i++) s += run ? String((start + (up ? i : 10 - (i % 10))) % 10) : String(start);
        expect(isPlaceholderDigits(s)).toBe(true);
      }),
    );
  });
  it.each(['001099012345', '079301004567', '12', '10'])('is false for %s unless it is a run', (s) => {
    expect(isPlaceholderDigits(s)).toBe(s === '12' || s === '10');
  });
});
