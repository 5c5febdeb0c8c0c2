import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyMobileArb, vnPhoneArb } from '../../src/arbitraries';
import { parsePhone } from '../../src/vn/phone';

const FORMAT_SHAPES = {
  e164: /^\+84\d{9,10}$/,
  national: /^0\d{9,10}$/,
  spaced: /^0\d{2,3} \d{3,4} \d{3,4}$/,
  any: /^[+0][\d .]+$/,
} as const;

describe('vnPhoneArb', () => {
  it.each([
    ['mobile', 'e164'],
    ['mobile', 'national'],
    ['mobile', 'spaced'],
    ['mobile', 'any'],
    ['fixed-line', 'e164'],
    ['fixed-line', 'national'],
    ['fixed-line', 'spaced'],
    ['fixed-line', 'any'],
  ] as const)('%s numbers written %s are valid today, of that type', (type, format) => {
    fc.assert(
      fc.property(vnPhoneArb({ type, format }), (text) => {
        expect(text).toMatch(FORMAT_SHAPES[format]);
        const parsed = parsePhone(text);
        expect(parsed).toMatchObject({ valid: true, type, legacy: null, country: 'VN' });
        expect(parsed.e164).toMatch(type === 'mobile' ? /^\+84\d{9}$/ : /^\+842\d{9}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('defaults to mobile numbers in any format', () => {
    fc.assert(fc.property(vnPhoneArb(), (text) => parsePhone(text).type === 'mobile'), { numRuns: 200 });
  });
});

describe('legacyMobileArb', () => {
  it('generates pre-2018 11-digit mobiles whose replacement is valid today', () => {
    fc.assert(
      fc.property(legacyMobileArb(), (text) => {
        expect(text.replace(/\D/g, '')).toMatch(/^01\d{9}$/);
        const parsed = parsePhone(text);
        expect(parsed.valid).toBe(false);
        expect(parsed.legacy?.kind).toBe('mobile-11-digit');
        expect(parsePhone(parsed.legacy!.current)).toMatchObject({ valid: true, type: 'mobile' });
      }),
      { numRuns: 300 },
    );
  });
});
