import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { civilDateArb, currentAddressArb, dateTextArb, legacyAddressArb, legacyMobileArb, personalIdArb, vietnameseNameArb, vnPhoneArb } from '../../src/arbitraries';
import { personalId, vnAddress, vnDate, vnName, vnPhone, vnSex } from '../../src/zod';

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
});

describe('every schema', () => {
  const schemas = { personalId: personalId(), vnPhone: vnPhone(), vnDate: vnDate(), vnAddress: vnAddress(), vnName: vnName(), vnSex: vnSex() };
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
