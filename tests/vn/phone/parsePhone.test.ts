import fc from 'fast-check';
import parsePhoneNumber, { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { normalizePhoneDigits, parsePhone } from '../../../src/vn/phone';
import type { PhoneParse } from '../../../src/vn/phone';
import { phoneTypeFromLibphonenumber } from '../../../src/vn/phone/referenceParse';
import {
  anyPhoneText,
  legacyLandlineNationalNumber,
  legacyMobileNationalNumber,
  patternNationalNumber,
  writtenPhone,
} from './phoneArbitraries';

type Expected = Partial<PhoneParse>;

const mobile = (e164: string, carrier: string): Expected => ({
  valid: true,
  e164,
  national: `0${e164.slice(3)}`,
  type: 'mobile',
  carrier,
  legacy: null,
  country: 'VN',
});
const fixedLine = (e164: string): Expected => ({
  valid: true,
  e164,
  national: `0${e164.slice(3)}`,
  type: 'fixed-line',
  carrier: null,
  legacy: null,
  country: 'VN',
});
const invalid: Expected = { valid: false, type: null, carrier: null, legacy: null };

const examples: [string, Expected][] = [
  // Mobiles in the formats found in real records
  ['0912345678', mobile('+84912345678', 'VinaPhone')],
  ['0912 345 678', mobile('+84912345678', 'VinaPhone')],
  ['0912.345.678', mobile('+84912345678', 'VinaPhone')],
  ['0912-345-678', mobile('+84912345678', 'VinaPhone')],
  ['+84 912 345 678', mobile('+84912345678', 'VinaPhone')],
  ['+84912345678', mobile('+84912345678', 'VinaPhone')],
  ['84912345678', mobile('+84912345678', 'VinaPhone')],
  ['0084 912 345 678', mobile('+84912345678', 'VinaPhone')],
  ['+84 (0) 912 345 678', mobile('+84912345678', 'VinaPhone')],
  ['  0912 345 678 ', mobile('+84912345678', 'VinaPhone')],
  ['0912\u00a0345\u00a0678', mobile('+84912345678', 'VinaPhone')],
  ['０９１２３４５６７８', mobile('+84912345678', 'VinaPhone')],
  ['0987 654 321', mobile('+84987654321', 'Viettel')],
  ['098.765.4321', mobile('+84987654321', 'Viettel')],
  ['0386 123 456', mobile('+84386123456', 'Viettel')],
  ['(+84)386123456', { valid: false, e164: null }], // libphonenumber-js rejects a + inside brackets
  ['0862 111 222', mobile('+84862111222', 'Viettel')],
  ['0901 234 567', mobile('+84901234567', 'MobiFone')],
  ['0778 123 456', mobile('+84778123456', 'MobiFone')],
  ['0836 777 888', mobile('+84836777888', 'VinaPhone')],
  ['0921 234 567', mobile('+84921234567', 'Vietnamobile')],
  ['0587 123 456', mobile('+84587123456', 'Vietnamobile')],
  ['0993 123 456', mobile('+84993123456', 'Gmobile')],
  ['0877 123 456', mobile('+84877123456', 'Itelecom')],
  ['0559 123 456', mobile('+84559123456', 'Reddi')],
  // Landlines
  ['024 3825 1234', fixedLine('+842438251234')],
  ['(024) 3825 1234', fixedLine('+842438251234')],
  ['(028) 3829 1234', fixedLine('+842838291234')],
  ['028.3829.1234', fixedLine('+842838291234')],
  ['+84 28 3829 1234', fixedLine('+842838291234')],
  ['0236 3822 123', fixedLine('+842363822123')],
  ['0225 3842 123', fixedLine('+842253842123')],
  ['0211 3862 123', fixedLine('+842113862123')], // Vĩnh Phúc kept its code in 2017
  // Toll-free, premium rate, other types
  ['1800 1234', { valid: true, e164: '+8418001234', national: '18001234', type: 'toll-free', carrier: null }],
  ['1800 588 888', { valid: true, e164: '+841800588888', national: '1800588888', type: 'toll-free' }],
  ['1900 6000', { valid: true, e164: '+8419006000', national: '19006000', type: 'premium-rate' }],
  ['1900 1234 56', { valid: true, e164: '+841900123456', type: 'premium-rate' }],
  ['0672 123 456', { valid: true, e164: '+84672123456', type: 'voip', carrier: null }],
  // Legacy 11-digit mobiles (MIC Decision 798/QĐ-BTTTT, 2018)
  ['0168 123 4567', { ...invalid, e164: '+841681234567', national: '01681234567', carrier: 'Viettel', legacy: { kind: 'mobile-11-digit', current: '+84381234567' } }],
  ['01681234567', { ...invalid, carrier: 'Viettel', legacy: { kind: 'mobile-11-digit', current: '+84381234567' } }],
  ['+84 168 123 4567', { ...invalid, carrier: 'Viettel', legacy: { kind: 'mobile-11-digit', current: '+84381234567' } }],
  ['0121.234.5678', { ...invalid, carrier: 'MobiFone', legacy: { kind: 'mobile-11-digit', current: '+84792345678' } }],
  ['0127 234 5678', { ...invalid, carrier: 'VinaPhone', legacy: { kind: 'mobile-11-digit', current: '+84812345678' } }],
  ['0188 234 5678', { ...invalid, carrier: 'Vietnamobile', legacy: { kind: 'mobile-11-digit', current: '+84582345678' } }],
  ['0199 234 5678', { ...invalid, carrier: 'Gmobile', legacy: { kind: 'mobile-11-digit', current: '+84592345678' } }],
  // Legacy landline area codes (MIC Decision 2036/QĐ-BTTTT, 2016)
  ['04 3825 1234', { ...invalid, e164: '+84438251234', legacy: { kind: 'landline-area-code', current: '+842438251234' } }],
  ['(04) 38251234', { ...invalid, legacy: { kind: 'landline-area-code', current: '+842438251234' } }],
  ['0511 382 2123', { ...invalid, legacy: { kind: 'landline-area-code', current: '+842363822123' } }],
  ['0650 382 2123', { ...invalid, legacy: { kind: 'landline-area-code', current: '+842743822123' } }],
  ['073 387 2123', { ...invalid, legacy: { kind: 'landline-area-code', current: '+842733872123' } }],
  // Old TP.HCM numbers are valid VinaPhone/Viettel mobiles today; "08" written apart still flags them
  ['(08) 3829 1234', { valid: true, type: 'mobile', legacy: { kind: 'landline-area-code', current: '+842838291234' } }],
  ['08 3829 1234', { valid: true, legacy: { kind: 'landline-area-code', current: '+842838291234' } }],
  ['083 829 1234', { valid: true, legacy: null }],
  ['031 3842 123', { valid: true, type: 'mobile', legacy: null }], // old Hải Phòng form, a Viettel range today
  // Invalid
  ['', { ...invalid, e164: null }],
  ['abc', { ...invalid, e164: null }],
  ['091234567', { ...invalid, e164: '+8491234567' }],
  ['09123456789', { ...invalid, e164: '+849123456789' }], // possible length, no such range
  ['0000000000', { ...invalid }],
  ['0912 345 678 ext 12', { valid: true }], // libphonenumber-js reads the extension
  ['Tel: 0912345678', { ...invalid, e164: null }],
  ['+0912345678', { ...invalid, e164: null }],
  // Foreign numbers are judged by libphonenumber-js itself
  ['+1 202 555 0123', { valid: true, e164: '+12025550123', national: null, country: 'US', carrier: null }],
  ['+44 20 7946 0958', { valid: true, e164: '+442079460958', type: 'fixed-line', country: 'GB' }],
];

describe('parsePhone', () => {
  it.each(examples)('%j', (text, expected) => {
    const result = parsePhone(text);
    expect(result).toMatchObject(expected);
    expect(result.valid).toBe(isValidPhoneNumber(text, 'VN'));
  });

  it('agrees with libphonenumber-js/max on valid, e164, national, type and country', () => {
    fc.assert(
      fc.property(anyPhoneText, (text) => {
        const ours = parsePhone(text);
        expect(ours.valid).toBe(isValidPhoneNumber(text, 'VN'));
        const strict = parsePhoneNumber(text, { defaultCountry: 'VN', extract: false });
        expect(ours.e164).toBe(strict?.isPossible() ? strict.number : null);
        expect(ours.country).toBe(strict?.isPossible() ? (strict.country ?? null) : null);
        if (ours.valid) {
          expect(ours.type).toBe(phoneTypeFromLibphonenumber(strict?.getType()));
          // The everyday call (which extracts a number from the text) agrees whenever it finds a valid one.
          const loose = parsePhoneNumber(text, 'VN');
          if (loose?.isValid()) expect(ours.e164).toBe(loose.number);
          // formatNational() appends any extension; format the bare number instead.
          if (ours.country === 'VN') expect(ours.national).toBe(parsePhoneNumber(ours.e164!)?.formatNational().replace(/\D/g, ''));
        } else {
          expect(ours.type).toBeNull();
        }
        if (ours.carrier !== null) expect(ours.type === 'mobile' || ours.legacy?.kind === 'mobile-11-digit').toBe(true);
        if (ours.legacy !== null) expect(isValidPhoneNumber(ours.legacy.current)).toBe(true);
      }),
      { numRuns: 10_000, seed: 20_250_701 },
    );
  });

  // The library path turns off stack traces while libphonenumber-js throws and catches its own ParseErrors: the
  // caller's setting must come back, whatever the text made the library do.
  it.each(['0912.345.678;', '0912 345 678 ext 12', 'Tel: 0912345678', '+1 202 555 0123', ';;;', '0912345678;phone-context=+84'])(
    'leaves Error.stackTraceLimit as it was after reading %j through the library',
    (text) => {
      const before = Error.stackTraceLimit;
      try {
        Error.stackTraceLimit = 7;
        const ours = parsePhone(text);
        expect(Error.stackTraceLimit).toBe(7);
        expect(ours.valid).toBe(isValidPhoneNumber(text, 'VN'));
      } finally {
        Error.stackTraceLimit = before;
      }
    },
  );

  it('recognises every number the metadata patterns generate, however it is written with 0 or +84', () => {
    const styled = fc.tuple(patternNationalNumber, fc.constantFrom('0', '+84 ', '0084', '84')).map(([n, p]) => p + n);
    fc.assert(
      fc.property(styled, (text) => {
        expect(parsePhone(text).valid).toBe(isValidPhoneNumber(text, 'VN'));
      }),
      { numRuns: 3_000 },
    );
  });

  it('converts every pre-2018 11-digit mobile to a valid mobile number', () => {
    fc.assert(
      fc.property(writtenPhone(legacyMobileNationalNumber), (text) => {
        const result = parsePhone(text);
        if (!isValidPhoneNumber(text, 'VN') && result.e164 !== null) {
          expect(result.legacy?.kind).toBe('mobile-11-digit');
          const current = parsePhoneNumber(result.legacy!.current);
          expect(current?.isValid()).toBe(true);
          expect(current?.getType()).toBe('MOBILE');
          expect(result.legacy!.current.slice(-7)).toBe(result.e164.slice(-7));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('converts every pre-2017 landline that is not a valid number today to a valid fixed line', () => {
    fc.assert(
      fc.property(legacyLandlineNationalNumber, (nsn) => {
        const result = parsePhone(`0${nsn}`);
        if (result.valid) return; // collides with a number in today's plan (e.g. 031… is a Viettel range)
        expect(result.legacy?.kind).toBe('landline-area-code');
        const current = parsePhoneNumber(result.legacy!.current);
        expect(current?.getType()).toBe('FIXED_LINE');
        expect(result.legacy!.current.endsWith(nsn.slice(-7))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('normalizePhoneDigits', () => {
  it.each([
    ['+84 (91) 234-5678', '912345678'],
    ['0912.345.678', '912345678'],
    ['0168 123 4567', '1681234567'],
    ['(024) 3825 1234', '2438251234'],
    ['+1 202 555 0123', null],
    ['hello', null],
  ])('%j → %j', (text, expected) => {
    expect(normalizePhoneDigits(text)).toBe(expected);
  });

  it('is the e164 of parsePhone without +84 for every Vietnamese number', () => {
    fc.assert(
      fc.property(anyPhoneText, (text) => {
        const parsed = parsePhone(text);
        const digits = normalizePhoneDigits(text);
        expect(digits).toBe(parsed.country === 'VN' ? parsed.e164!.slice(3) : null);
        // A leading 0 after +84 is read as a trunk prefix, so only real ranges round-trip.
        if (digits !== null && !digits.startsWith('0')) expect(parsePhone(`+84${digits}`).e164).toBe(parsed.e164);
      }),
      { numRuns: 2_000 },
    );
  });
});
