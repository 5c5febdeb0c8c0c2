import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src';
import { currentAddressArb, legacyAddressArb, vietnameseNameArb } from '../../src/arbitraries';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone, maskSexValue } from '../../rules/masks';
import { validCitizen } from '../support/citizens';

const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('masks', () => {
  it.each([
    [maskPersonalId, '001099012345', '001099******'],
    [maskPersonalId, '012345678', '0123*****'],
    [maskPersonalId, '001 099 012 345', '001 09*********'], // written in groups: still the ID's own prefix
    [maskPersonalId, "'001099012345", "'00109*******"], // Excel's text apostrophe
    [maskPersonalId, 'Nguyễn Văn An', '*************'], // a name in the ID column: no letter of it shows
    [maskPersonalId, 'Số 12 Lê Lợi', '************'],
    [maskPersonalId, '15/03/1999', '**********'], // a birth date: its day is no ID prefix
    [maskPhone, '0912 345 678', '091* *** *78'],
    [maskPhone, '+84912345678', '+849******78'],
    [maskPhone, '1234', '****'],
    [maskPhone, '15/03/1999', '**********'], // a birth date in the phone column: 8 digits, none shown
    [maskPhone, '1999-03-15', '****-**-**'],
    [maskName, 'Nguyễn Văn Đức', 'N*** V*** Đ***'],
    [maskBirthDate, '15/03/1989', '**/**/1989'],
    [maskBirthDate, '1989-03-15', '1989-**-**'],
    [maskAddress, '12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh', '***, Phường Sài Gòn, TP Hồ Chí Minh'],
    [maskAddress, '12 Lê Lợi', '***'],
    // The street last, or between the units: starred wherever it is.
    [maskAddress, 'Phường Bến Thành, Hồ Chí Minh, số 12 ngõ 5 Lê Lợi', 'Phường Bến Thành, Hồ Chí Minh, ***'],
    [maskAddress, 'Phường Sài Gòn, ngõ 5 Lê Lợi, Thành phố Hồ Chí Minh', 'Phường Sài Gòn, ***, Thành phố Hồ Chí Minh'],
    [maskAddress, 'Xã Ea Bung, Tỉnh Đắk Lắk, Thôn 3', 'Xã Ea Bung, Tỉnh Đắk Lắk, ***'],
    [maskAddress, 'Phường Sài Gòn, Thành phố Hồ Chí Minh', 'Phường Sài Gòn, Thành phố Hồ Chí Minh'], // nothing to hide
    // Abbreviated and numbered units; the last two only; "P.305" is a room, no ward numbers that high.
    [maskAddress, '123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM', '***, Q.1, TP.HCM'],
    [maskAddress, 'P.305, 12 Lê Lợi, Q.10, TP.HCM', '***, Q.10, TP.HCM'],
    [maskAddress, 'PHƯỜNG BẾN THÀNH, QUẬN 1, THÀNH PHỐ HỒ CHÍ MINH, 45 LÊ LỢI', '***, QUẬN 1, THÀNH PHỐ HỒ CHÍ MINH, ***'],
    [maskAddress, 'Số 12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh, Việt Nam', '***, Phường Sài Gòn, TP Hồ Chí Minh, Việt Nam'],
    // A street with no number, a name or a bare ward name is no unit of the list: hidden.
    [maskAddress, 'Lê Lợi, Phường Sài Gòn, Hà Nội', '***, Phường Sài Gòn, Hà Nội'],
    [maskAddress, 'Nguyễn Văn An', '***'],
    [maskAddress, 'Trần Thị Bích Ngọc, Hà Nội', '***, Hà Nội'],
    [maskSexValue, 'khác', 'khác'],
    [maskSexValue, 'Nam/Nữ', 'Nam/Nữ'],
    [maskSexValue, 'Female', 'Female'],
    [maskSexValue, ' nữ ', ' nữ '],
    [maskSexValue, '079301004567', '***'], // an ID in the sex column
    [maskSexValue, '15/03/1999', '***'], // a birth date shifted there by a ragged row
    [maskSexValue, 'Nguyễn Văn An', '***'], // a name shifted there
    [maskSexValue, 'Không rõ', '***'], // two words: no code anyone types
    [maskSexValue, 'Nguyễn', 'Nguyễn'], // one short word shows, whatever it is: alone it names no one
  ] as const)('%o(%j) = %j', (mask, input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it('a sex mask never shows more than 2 digits, and shows only one short word', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const masked = maskSexValue(s);
      expect(digitsOf(masked).length).toBeLessThanOrEqual(2);
      if (masked !== '***') {
        expect(masked).toBe(s);
        expect(Array.from(s.normalize('NFC').trim()).length).toBeLessThanOrEqual(6);
        expect(s.trim()).not.toMatch(/\s/u);
      }
    }));
  });

  it('a sex mask hides every full name', () => {
    fc.assert(fc.property(vietnameseNameArb(), fc.constantFrom('', ' '), fc.boolean(), (name, pad, upper) => {
      expect(maskSexValue(pad + (upper ? name.toUpperCase() : name) + pad)).toBe('***');
    }));
  });

  it('does not show a name typed into the sex column, unless unmasked', () => {
    const record = { so_dinh_danh: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Trần Thị Bích Ngọc' };
    for (const lang of ['vi', 'en'] as const) {
      const issue = validateRecord(record, 'citizen', { asOf: '2026-11-01', lang }).issues.find((i) => i.rule === 'sex.unrecognised')!;
      expect(issue.value).toBe('***');
      expect(issue.message).toContain('"***"');
    }
    expect(validateRecord(record, 'citizen', { asOf: '2026-11-01', mask: false }).issues.find((i) => i.rule === 'sex.unrecognised')!.message).toContain('Trần Thị Bích Ngọc');
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

  it('a personal ID mask shows no letter, whatever is in the column', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), vietnameseNameArb()), (s) => {
      expect(maskPersonalId(s)).toMatch(/^[0-9 .\u00a0'-]*\**$/u);
    }));
  });

  it('an address mask shows only unit names, wherever the street is put', () => {
    const addresses = fc.oneof(currentAddressArb(), legacyAddressArb());
    fc.assert(fc.property(addresses, fc.nat(), (a, at) => {
      const parts = [...a.units];
      parts.splice(at % (parts.length + 1), 0, a.street);
      const masked = maskAddress(parts.join(', '));
      expect(masked).not.toContain(a.street);
      // Every part shown is one of the address's units, at most two of them, and the street's place is starred.
      const shown = masked.split(', ').filter((p) => p !== '***');
      for (const p of shown) expect(a.units).toContain(p);
      expect(shown.length).toBeLessThanOrEqual(2);
      expect(masked.split(', ')).toContain('***');
    }), { numRuns: 500 });
  });

  // The mask remembers the last text and the kinds of the parts it has seen: asked in any order, it answers alike.
  it('an address mask does not depend on the addresses masked before it', () => {
    const address = fc.oneof(currentAddressArb(), legacyAddressArb()).map((a) => [a.street, ...a.units].join(', '));
    fc.assert(fc.property(fc.array(address, { minLength: 1, maxLength: 12 }), (texts) => {
      const forward = texts.map((t) => maskAddress(t));
      const backward = [...texts].reverse().map((t) => maskAddress(t)).reverse();
      expect(backward).toEqual(forward);
    }), { numRuns: 200 });
  });

  it('a phone mask shows at most 5 digits, and none of a value shorter than a phone number', () => {
    fc.assert(fc.property(fc.stringMatching(/^[+0-9 .()\/-]{0,20}$/), (s) => {
      const shown = digitsOf(maskPhone(s)).length;
      expect(shown).toBeLessThanOrEqual(digitsOf(s).length >= 9 ? 5 : 0);
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
      const shown = /^'?[0-9 .\u00a0-]*$/u.test(chars.slice(0, keep).join('')) ? chars.slice(0, keep).join('') : '*'.repeat(keep);
      return shown + '*'.repeat(chars.length - keep);
    },
    sex: (text: string) => {
      const word = text.normalize('NFC').trim();
      return /\s/u.test(word) || Array.from(word).length > 6 || digitsOf(word).length > 2 ? '***' : text;
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
    ['sex', maskSexValue, plain.sex],
  ] as const)('the %s mask equals its plain definition on any text', (_name, mask, definition) => {
    fc.assert(fc.property(tricky, (s) => {
      expect(mask(s)).toBe(definition(s));
    }), { numRuns: 3000 });
    for (const s of ['001099012345', "'001 099 012 345", 'Nam', ' Nữ ', 'Nam/Nữ', 'Nguyễn Văn Đức', '  Lê\u00a0 Hoa ', '15/03/1989', '1989-03-15T10:00', 'Nguye\u0302\u0303n', '😀 x']) expect(mask(s)).toBe(definition(s));
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
