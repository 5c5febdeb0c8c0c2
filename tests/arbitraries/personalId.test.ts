import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmndArb, personalIdArb, personalIdDigits, type PersonalIdArbOptions } from '../../src/arbitraries';
import { parsePersonalId } from '../../src/vn/id';

describe('personalIdDigits', () => {
  it.each([
    ['001', 1999, 'male', '012345', '001099012345'],
    ['079', 1985, 'female', '004217', '079185004217'],
    ['096', 2005, 'male', '000321', '096205000321'],
    ['048', 2012, 'female', '123457', '048312123457'],
  ] as const)('%s %i %s %s → %s', (province, year, sex, serial, expected) => {
    expect(personalIdDigits(province, year, sex, serial)).toBe(expected);
  });
});

describe('personalIdArb', () => {
  it.each<[PersonalIdArbOptions]>([
    [{}],
    [{ province: '079' }],
    [{ province: ['001', '096'], sex: 'female' }],
    [{ sex: 'male', birthYear: 1999 }],
    [{ birthYear: { min: 2000, max: 2099 } }],
  ])('generates IDs that parse to what was asked (%j)', (options) => {
    fc.assert(
      fc.property(personalIdArb(options), (id) => {
        const parsed = parsePersonalId(id);
        expect(parsed.ok && parsed.kind === 'personal-id').toBe(true);
        if (!parsed.ok || parsed.kind !== 'personal-id') return;
        expect(id).toMatch(/^\d{12}$/);
        expect(parsed.provinceName).not.toBeNull();
        expect(parsed.placeholder).toBe(false);
        if (typeof options.province === 'string') expect(parsed.provinceCode).toBe(options.province);
        if (Array.isArray(options.province)) expect(options.province as string[]).toContain(parsed.provinceCode);
        if (options.sex) expect(parsed.sex).toBe(options.sex);
        if (typeof options.birthYear === 'number') expect(parsed.birthYear).toBe(options.birthYear);
        if (typeof options.birthYear === 'object') {
          expect(parsed.birthYear).toBeGreaterThanOrEqual(options.birthYear.min);
          expect(parsed.birthYear).toBeLessThanOrEqual(options.birthYear.max);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([[{ province: '003' }], [{ province: [] as string[] }], [{ birthYear: 1850 }], [{ birthYear: { min: 2000, max: 1990 } }]])('refuses impossible options (%j)', (options) => {
    expect(() => personalIdArb(options)).toThrow(RangeError);
  });
});

describe('cmndArb', () => {
  it('generates 9-digit CMND numbers that are not placeholders', () => {
    fc.assert(
      fc.property(cmndArb(), (cmnd) => {
        const parsed = parsePersonalId(cmnd);
        expect(parsed).toMatchObject({ ok: true, kind: 'cmnd', placeholder: false, digits: cmnd });
      }),
      { numRuns: 300 },
    );
  });
});
