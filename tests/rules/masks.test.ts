import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone, maskSexValue } from '../../rules/masks';
import { validCitizen } from '../support/citizens';

const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('masks', () => {
  it.each([
    [maskPersonalId, '001099012345', '001099******'],
    [maskPersonalId, '012345678', '0123*****'],
    [maskPhone, '0912 345 678', '091* *** *78'],
    [maskPhone, '+84912345678', '+849******78'],
    [maskPhone, '1234', '****'],
    [maskName, 'Nguyễn Văn Đức', 'N*** V*** Đ***'],
    [maskBirthDate, '15/03/1989', '**/**/1989'],
    [maskBirthDate, '1989-03-15', '1989-**-**'],
    [maskAddress, '12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh', '***, Phường Sài Gòn, TP Hồ Chí Minh'],
    [maskAddress, '12 Lê Lợi', '***'],
    [maskSexValue, 'khác', 'khác'],
    [maskSexValue, 'Nam/Nữ', 'Nam/Nữ'],
    [maskSexValue, '079301004567', '***'], // an ID in the sex column
    [maskSexValue, '15/03/1999', '***'], // a birth date shifted there by a ragged row
  ] as const)('%o(%j) = %j', (mask, input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it('a sex mask never shows more than 2 digits', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(digitsOf(maskSexValue(s)).length).toBeLessThanOrEqual(2);
    }));
  });

  it('does not show an ID typed into the sex column, unless unmasked', () => {
    const record = { so_dinh_danh: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: '079301004567' };
    const issue = validateRecord(record, 'citizen', { asOf: '2026-11-01' }).issues.find((i) => i.rule === 'sex.unrecognised')!;
    expect(JSON.stringify(issue)).not.toContain('079301004567');
    expect(validateRecord(record, 'citizen', { asOf: '2026-11-01', mask: false }).issues.find((i) => i.rule === 'sex.unrecognised')!.message).toContain('079301004567');
  });

  it('a personal ID mask shows at most 6 leading characters and never more than half', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const chars = Array.from(s);
      const shown = Array.from(maskPersonalId(s)).filter((c, i) => c === chars[i] && c !== '*').length;
      expect(shown).toBeLessThanOrEqual(Math.min(6, Math.floor(chars.length / 2)));
    }));
  });

  it('a phone mask shows at most 5 digits, and none of a short value', () => {
    fc.assert(fc.property(fc.stringMatching(/^[+0-9 .()-]{0,20}$/), (s) => {
      const shown = digitsOf(maskPhone(s)).length;
      expect(shown).toBeLessThanOrEqual(digitsOf(s).length >= 8 ? 5 : 0);
    }));
  });

  it('a name mask shows only each word’s first letter', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^\p{L}{1,8}$/u), { minLength: 1, maxLength: 5 }), (words) => {
      const masked = maskName(words.join(' '));
      expect(masked.replace(/\*/g, '').replace(/ /g, '')).toBe(words.map((w) => Array.from(w.normalize('NFC'))[0]).join(''));
    }));
  });

  it('a birth-date mask shows at most the 4 digits of the year', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(digitsOf(maskBirthDate(s)).length).toBeLessThanOrEqual(4);
    }));
  });

  // The masks are written as single passes for speed; these plain definitions are what they must equal.
  const plain = {
    personalId: (text: string) => {
      const chars = Array.from(text);
      const keep = Math.min(6, Math.floor(chars.length / 2));
      return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
    },
    name: (text: string) =>
      text
        .normalize('NFC')
        .split(/\s+/u)
        .filter((w) => w.length > 0)
        .map((w) => `${Array.from(w)[0]}***`)
        .join(' '),
    birthDate: (text: string) => {
      const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/u.exec(text);
      return Array.from({ length: text.length }, (_, i) => {
        const ch = text[i]!;
        return (year !== null && i >= year.index && i < year.index + 4) || !/[\p{L}\p{N}]/u.test(ch) ? ch : '*';
      }).join('');
    },
  };
  const tricky = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('a', 'Đ', 'ễ', 'e\u0302\u0303', ' ', '\u00a0', '\t', '\u0085', '\u180e', '\ufeff', '\u3000', '😀', '\ud83d', '\ude00', '1', '9', '/', '-') }),
  );

  it.each([
    ['personal ID', maskPersonalId, plain.personalId],
    ['name', maskName, plain.name],
    ['birth date', maskBirthDate, plain.birthDate],
  ] as const)('the %s mask equals its plain definition on any text', (_name, mask, definition) => {
    fc.assert(fc.property(tricky, (s) => {
      expect(mask(s)).toBe(definition(s));
    }), { numRuns: 3000 });
    for (const s of ['001099012345', 'Nguyễn Văn Đức', '  Lê\u00a0 Hoa ', '15/03/1989', '1989-03-15T10:00', 'Nguye\u0302\u0303n', '😀 x']) expect(mask(s)).toBe(definition(s));
  });

  it('masked reports never contain a full ID, phone or name of the record', () => {
    fc.assert(fc.property(validCitizen, (row) => {
      const broken = { ...row, ho_ten: row.ho_ten.toLowerCase(), so_dien_thoai: row.so_dien_thoai.replace(/^0/, '0'), so_dinh_danh: `${row.so_dinh_danh} ` };
      const text = JSON.stringify(validateRecord(broken, 'citizen', { asOf: '2026-11-01' }));
      expect(text).not.toContain(row.so_dinh_danh);
      expect(text).not.toContain(digitsOf(row.so_dien_thoai).slice(1));
      expect(text.toLowerCase()).not.toContain(row.ho_ten.toLowerCase());
    }), { numRuns: 200 });
  });
});
