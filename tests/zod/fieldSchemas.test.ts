import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { civilDateArb, currentAddressArb, dateTextArb, legacyAddressArb, legacyMobileArb, personalIdArb, vietnameseNameArb, vnPhoneArb } from '../../src/arbitraries';
import { personalId, vnAddress, vnDate, vnName, vnPhone, vnSex, type FieldSchemaOptions } from '../../src/zod';

/** The messages of a failed parse, joined. */
function messagesOf(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => i.message).join('\n');
}

/** The rule ids of a failed parse, or 'ok'. */
function rulesOf(schema: z.ZodType, value: unknown): string[] | 'ok' {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  return result.error.issues.map((i) => (i.code === 'custom' ? String(i.params?.rule) : i.code));
}

describe('personalId', () => {
  it.each([
    ['001099012345', {}, 'ok'],
    ['079 185 004217', {}, 'ok'],
    ['003099012345', {}, ['id.personal.province']],
    ['00109901234', {}, ['id.personal.format']],
    ['0010990l2345', {}, ['id.personal.format']],
    ['000000000000', {}, ['id.personal.placeholder']],
    ['025318764', {}, ['id.cmnd']],
    ['025318764', { allowCmnd: true }, 'ok'],
    ['', {}, ['field.missing']],
    ['N/A', {}, ['field.placeholder']],
  ] as const)('%j %j → %j', (value, options, expected) => {
    expect(rulesOf(personalId(options), value)).toEqual(expected);
  });

  it('accepts every generated ID and rejects non-strings with invalid_type', () => {
    fc.assert(fc.property(personalIdArb(), (id) => personalId().parse(id) === id), { numRuns: 200 });
    expect(rulesOf(personalId(), 1099012345)).toEqual(['invalid_type']);
  });

  it.each([
    ['001 099 012 345', {}, '001099012345'],
    ['079.185.004.217', {}, '079185004217'],
    ["'001099012345", {}, '001099012345'], // Excel's text apostrophe
    [' 001-099-012-345 ', {}, '001099012345'],
    ['025 318 764', { allowCmnd: true }, '025318764'],
    ['001 099 012 345', { output: 'input' as const }, '001 099 012 345'],
  ])('%j %j parses to %j', (value, options, expected) => {
    expect(personalId(options).parse(value)).toBe(expected);
  });

  it('parses an ID written in groups to its digits, as the population database stores it', () => {
    fc.assert(fc.property(personalIdArb(), fc.constantFrom(' ', '.', '-'), (id, sep) => {
      expect(personalId().parse(`${id.slice(0, 3)}${sep}${id.slice(3, 6)}${sep}${id.slice(6)}`)).toBe(id);
    }), { numRuns: 200 });
  });
});

describe('vnPhone', () => {
  it.each([
    ['0912 345 678', {}, '+84912345678'],
    ['+84 91 234 5678', {}, '+84912345678'],
    ['(024) 3825 1234', {}, '+842438251234'],
    ['0912.345.678', { output: 'input' as const }, '0912.345.678'],
    ['0168 123 4567', { allowLegacy: true }, '+84381234567'],
  ])('%j %j → %j', (value, options, expected) => {
    expect(vnPhone(options).parse(value)).toBe(expected);
  });

  it.each([
    ['0912345', {}, ['phone.invalid']],
    ['0112345678', {}, ['phone.invalid']],
    ['0168 123 4567', {}, ['phone.legacy']],
    ['04 3825 1234', {}, ['phone.legacy']],
    ['', {}, ['field.missing']],
  ] as const)('%j %j → %j', (value, options, expected) => {
    expect(rulesOf(vnPhone(options), value)).toEqual(expected);
  });

  it.each([
    ['(+84) 912 345 678', '+84912345678'],
    [' +84912345678', '+84912345678'],
    ['0912345678;', '+84912345678'],
  ])('reads %j, a valid number in stray brackets or spaces, as %s', (value, e164) => {
    expect(vnPhone().parse(value)).toBe(e164);
  });

  it('agrees with the generators', () => {
    fc.assert(fc.property(vnPhoneArb(), (p) => /^\+84\d{9}$/.test(vnPhone().parse(p))), { numRuns: 200 });
    fc.assert(fc.property(legacyMobileArb(), (p) => rulesOf(vnPhone(), p)[0] === 'phone.legacy' && vnPhone({ allowLegacy: true }).safeParse(p).success), { numRuns: 100 });
  });
});

describe('vnDate', () => {
  it.each([
    ['01/07/2024', {}, '2024-07-01'],
    ['1/7/2024', { output: 'civil' as const }, { year: 2024, month: 7, day: 1 }],
    ['15.03.1999', {}, '1999-03-15'],
    ['1999-03-15T08:00:00Z', {}, '1999-03-15'],
    ['29/02/2024', {}, '2024-02-29'],
  ])('%j %j → %j', (value, options, expected) => {
    expect(vnDate(options).parse(value)).toEqual(expected);
  });

  it.each([['31/02/2024'], ['29/02/2023'], ['15/13/1999'], ['15/3/99'], ['mười lăm tháng ba']])('%j → date.invalid', (value) => {
    expect(rulesOf(vnDate(), value)).toEqual(['date.invalid']);
  });

  it('messages come in the language asked for', () => {
    const vi = vnDate().safeParse('31/02/2024').error!.issues[0]!.message;
    const en = vnDate({ lang: 'en' }).safeParse('31/02/2024').error!.issues[0]!.message;
    expect(vi).toMatch(/không tồn tại/);
    expect(en).toMatch(/does not exist/);
  });

  it.each([
    [{}, '', 'Thiếu ngày'],
    [{ lang: 'en' as const }, '', 'Missing date'],
    [{}, 'N/A', 'Ngày là giá trị giữ chỗ "N/A", không phải dữ liệu'],
    [{ lang: 'en' as const }, 'N/A', 'Date is a placeholder "N/A", not data'],
    [{ birthDate: true }, '', 'Thiếu ngày sinh'],
    [{ birthDate: true, lang: 'en' as const }, '', 'Missing date of birth'],
    [{ birthDate: true, lang: 'en' as const }, 'N/A', 'Date of birth is a placeholder "N/A", not data'],
  ])('%j: %j → %j (a date, unless the caller says it is a birth date)', (options, value, message) => {
    expect(messagesOf(vnDate(options), value)).toBe(message);
  });

  it.each([
    ['nguyễn văn an', 'Nguy'],
    ['Nguyễn Văn An', 'Nguy'],
    ['001099012345', '001099012345'],
    ['15/13/1999', '15/13'], // the year shows, as every birth-date mask shows it
  ])('masks the value it quotes, %j, unless mask: false', (value, hidden) => {
    for (const lang of ['vi', 'en'] as const) {
      expect(rulesOf(vnDate({ lang }), value)).toEqual(['date.invalid']);
      expect(messagesOf(vnDate({ lang }), value)).not.toContain(hidden);
    }
    expect(messagesOf(vnDate({ mask: false }), value)).toContain(value);
  });

  it('shows the year of a date it cannot read', () => {
    expect(messagesOf(vnDate(), '15/13/1999')).toBe('Ngày "**/**/1999" không tồn tại trên lịch');
  });

  it('reads every generated date text to its ISO day', () => {
    fc.assert(fc.property(dateTextArb(civilDateArb('1900-01-01', '2099-12-31')), (t) => /^\d{4}-\d{2}-\d{2}$/.test(vnDate().parse(t))), { numRuns: 200 });
  });
});

describe('vnAddress', () => {
  it.each([
    ['Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh', {}, 'ok'],
    ['Thôn 3, Xã Ea Bung, Tỉnh Đắk Lắk', {}, 'ok'],
    ['123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM', {}, ['address.legacy']],
    ['123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM', { era: 'any' as const }, 'ok'],
    ['Thôn 3, Tỉnh Đắk Lắk', {}, ['address.ward-missing']],
    ['Phường Sài Gòn, Thành phố Hồ Chí Minh', {}, 'ok'],
    ['Phường Sài Gòn, Thành phố Hồ Chí Minh', { warnings: true }, ['address.street-missing']],
    ['', {}, ['field.missing']],
  ])('%j %j → %j', (value, options, expected) => {
    expect(rulesOf(vnAddress(options), value)).toEqual(expected);
  });

  it('accepts generated current addresses and, by default, refuses legacy ones', () => {
    fc.assert(fc.property(currentAddressArb(), (a) => vnAddress({ warnings: true }).safeParse(a.text).success), { numRuns: 100 });
    fc.assert(fc.property(legacyAddressArb(), (a) => rulesOf(vnAddress(), a.text)[0] === 'address.legacy' && vnAddress({ era: 'any' }).safeParse(a.text).success), { numRuns: 100 });
  });
});

describe('vnName', () => {
  it.each([
    ['Nguyễn Văn An', {}, 'ok'],
    ['Nguyen V@n An', {}, ['name.characters']],
    ['Trần Thị 2', {}, ['name.characters']],
    ['nguyễn văn an', {}, 'ok'],
    ['nguyễn văn an', { warnings: true }, ['name.lowercase']],
    ['Nguyễn  Văn An', { warnings: true }, ['name.whitespace']],
    ['Nguyễn Văn An'.normalize('NFD'), { warnings: true }, ['text.nfd']],
    ['', {}, ['field.missing']],
  ])('%j %j → %j', (value, options, expected) => {
    expect(rulesOf(vnName(options), value)).toEqual(expected);
  });

  it('accepts every generated name, even strictly', () => {
    fc.assert(fc.property(vietnameseNameArb(), (n) => vnName({ warnings: true }).parse(n) === n), { numRuns: 200 });
  });
});

describe('vnSex', () => {
  it.each([
    ['Nam', {}, 'Nam'],
    ['Nữ', {}, 'Nữ'],
    ['NU', { output: 'code' as const }, 'female'],
    ['Male', { output: 'code' as const }, 'male'],
  ])('%j %j → %j', (value, options, expected) => {
    expect(vnSex(options).parse(value)).toBe(expected);
  });

  it.each([['1', ['sex.unrecognised']], ['khác', ['sex.unrecognised']], ['', ['field.missing']]] as const)('%j → %j', (value, expected) => {
    expect(rulesOf(vnSex(), value)).toEqual(expected);
  });

  it.each([
    ['khác', 'Không đọc được giới tính "khác" (dùng Nam hoặc Nữ)'], // a code someone typed: shown
    ['Nguyễn Văn An', 'Không đọc được giới tính "***" (dùng Nam hoặc Nữ)'], // a name shifted there: hidden
    ['079301004567', 'Không đọc được giới tính "***" (dùng Nam hoặc Nữ)'],
  ])('quotes %j as %j', (value, message) => {
    expect(messagesOf(vnSex(), value)).toBe(message);
  });

  it('never quotes a full name, in either language, unless mask: false', () => {
    fc.assert(fc.property(vietnameseNameArb(), fc.constantFrom('vi' as const, 'en' as const), (name, lang) => {
      const message = messagesOf(vnSex({ lang }), name);
      expect(message).toContain('"***"');
      expect(message).not.toContain(name.split(' ')[0]);
    }), { numRuns: 100 });
    expect(messagesOf(vnSex({ mask: false }), 'Nguyễn Văn An')).toContain('Nguyễn Văn An');
  });
});

describe('every schema', () => {
  const schemas = { personalId: personalId(), vnPhone: vnPhone(), vnDate: vnDate(), vnAddress: vnAddress(), vnName: vnName(), vnSex: vnSex() };
  // Each builder as a function of the options every schema takes.
  const builders: Record<string, (options: FieldSchemaOptions) => z.ZodType> = { personalId, vnPhone, vnDate: (o) => vnDate(o), vnAddress, vnName, vnSex: (o) => vnSex(o) };

  it.each(Object.entries(builders))('%s: a lang other than vi or en throws a RangeError when the schema is built', (_name, build) => {
    for (const lang of ['EN', 'vn', '', null]) expect(() => build({ lang: lang as never })).toThrow(RangeError);
    expect(() => build({ lang: 'EN' as never })).toThrow('lang must be "vi" or "en", got "EN"');
    expect(() => build({ lang: 'en' })).not.toThrow();
  });

  it.each(Object.entries(builders))('%s: only mask: false shows personal data', (_name, build) => {
    // A value that fails every schema and is personal data wherever it lands: a full name with an ID stuck to it.
    const value = 'Nguyễn Văn An 079301004567';
    for (const mask of [undefined, true, 0, null, '']) expect(messagesOf(build({ mask: mask as never }), value)).not.toContain('Văn An');
  });

  // A ragged row can hand any personal value to any schema: the messages never quote it beyond what its mask shows.
  const personal = fc.oneof(
    vietnameseNameArb().map((v) => ({ v, hidden: [v, v.split(' ')[0]!] })),
    personalIdArb().map((v) => ({ v, hidden: [v, v.slice(5)] })),
    vnPhoneArb().map((v) => ({ v, hidden: [v, v.replace(/\D/g, '').slice(3, -2)] })),
    dateTextArb(civilDateArb('1930-01-01', '2012-12-31')).map((v) => ({ v, hidden: [v, v.replace(/\d{4}/, '')] })),
    fc.tuple(currentAddressArb(), fc.nat()).map(([a, at]) => {
      const parts = [...a.units];
      parts.splice(at % (parts.length + 1), 0, a.street);
      return { v: parts.join(', '), hidden: [a.street] };
    }),
  );
  it.each(Object.entries(builders))('%s: quotes no personal value beyond its mask, in either language', (_name, build) => {
    const bySchema = { vi: build({ warnings: true }), en: build({ warnings: true, lang: 'en' }) };
    fc.assert(fc.property(personal, fc.constantFrom('vi' as const, 'en' as const), ({ v, hidden }, lang) => {
      const message = messagesOf(bySchema[lang], v).replace(/[ .()+-]/g, '');
      for (const h of hidden) expect(message).not.toContain(h.replace(/[ .()+-]/g, ''));
    }), { numRuns: 300 });
  });

  it.each(Object.entries(schemas))('%s: safeParse never throws, and every custom issue names a rule and has a message', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const result = schema.safeParse(value);
        for (const issue of result.error?.issues ?? []) {
          expect(issue.message.length).toBeGreaterThan(0);
          if (issue.code === 'custom') expect(issue.params?.rule).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
