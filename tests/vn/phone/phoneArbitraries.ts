import fc from 'fast-check';
import { createRequire } from 'node:module';
import { expandPattern } from '../../../scripts/gen-phone-tables';
import { LEGACY_AREA_CODES } from '../../../src/vn/phone/legacyLandline';
import { LEGACY_MOBILE_CODES } from '../../../src/vn/phone/legacyMobile';

/** Generators of written Vietnamese phone numbers, valid, legacy, random and broken, for property tests. */

const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json') as { countries: { VN: unknown[] } };
const vnTypes = metadata.countries.VN[11] as ([string, number[]?] | 0)[];

/** Every digit-mask sequence of every VN number type pattern in the max metadata. */
const validSequences: number[][] = vnTypes.flatMap((t) => (t ? expandPattern(t[0]) : []));

const digitFromMask = (mask: number): fc.Arbitrary<string> =>
  fc.constantFrom(...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => mask & (1 << d)).map(String));

/** National significant numbers drawn from the metadata's own type patterns (mostly valid). */
export const patternNationalNumber: fc.Arbitrary<string> = fc
  .constantFrom(...validSequences)
  .chain((seq) => fc.tuple(...seq.map(digitFromMask)).map((ds) => ds.join('')));

/** National significant numbers shaped like common real ones: 9-digit mobiles and 10-digit landlines. */
export const realisticNationalNumber: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('32', '33', '35', '38', '39', '86', '96', '97', '98', '81', '83', '84', '88', '91', '94', '70', '76', '77', '78', '79', '89', '90', '93', '56', '58', '92', '59', '99', '87', '55'), fc.stringMatching(/^\d{7}$/))
    .map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('24', '28'), fc.stringMatching(/^[2-8]\d{7}$/)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('236', '225', '251', '274', '292', '203', '299'), fc.stringMatching(/^[2-9]\d{6}$/)).map(([a, b]) => a + b),
);

/** Pre-2018 11-digit mobiles as national significant numbers (`1xx` + 7 digits). */
export const legacyMobileNationalNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(LEGACY_MOBILE_CODES)), fc.stringMatching(/^\d{7}$/))
  .map(([a, b]) => a + b);

/** Pre-2017 landlines as national significant numbers (old area code + 7 or 8 subscriber digits). */
export const legacyLandlineNationalNumber: fc.Arbitrary<string> = fc
  .constantFrom(...Object.keys(LEGACY_AREA_CODES))
  .chain((code) =>
    fc.stringMatching(code.length === 1 ? /^[2-8]\d{7}$/ : /^[2-9]\d{6}$/).map((subscriber) => code + subscriber),
  );

/** Ways of writing the country / trunk prefix in front of a national significant number. */
const prefixStyle = fc.constantFrom('0', '+84', '84', '0084', '+84 0', '+84 (0)', '', '(+84) ', '+840', '00840', '+ 84', '084');

const separator = fc.constantFrom(' ', '.', '-', '\u00a0', '', '', '', ' - ', '/');

/** Writes digits the way people do: groups split by separators, sometimes a bracketed first group. */
function writeDigits(digits: string, seps: string[], cut: number[], bracketFirst: boolean): string {
  let out = '';
  let last = 0;
  const cuts = [...new Set(cut.map((c) => c % Math.max(1, digits.length)))].filter((c) => c > 0).sort((a, b) => a - b);
  cuts.forEach((c, i) => {
    const group = digits.slice(last, c);
    out += (i === 0 && bracketFirst ? `(${group})` : group) + (seps[i % seps.length] ?? '');
    last = c;
  });
  return out + digits.slice(last);
}

const toFullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A national significant number written with an arbitrary prefix style, separators and padding. */
export function writtenPhone(nsn: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .record({
      nsn,
      prefix: prefixStyle,
      seps: fc.array(separator, { minLength: 1, maxLength: 4 }),
      cut: fc.array(fc.nat(12), { maxLength: 4 }),
      bracketFirst: fc.boolean(),
      pad: fc.constantFrom('', '', '', ' ', '  ', '\u00a0', '\t'),
      fullWidth: fc.integer({ min: 0, max: 20 }),
    })
    .map(({ nsn, prefix, seps, cut, bracketFirst, pad, fullWidth }) => {
      const body = writeDigits(prefix.replace(/\D/g, '') === prefix ? prefix + nsn : nsn, seps, cut, bracketFirst);
      const text = prefix.replace(/\D/g, '') === prefix ? body : `${prefix} ${body}`;
      const padded = pad + text + pad;
      return fullWidth === 0 ? toFullWidth(padded) : padded;
    });
}

/** Random digit strings of 7–13 digits written in any style (mostly invalid, some valid by chance). */
export const randomDigitsPhone: fc.Arbitrary<string> = writtenPhone(fc.stringMatching(/^\d{5,11}$/));

/** A written number with one character deleted, inserted or replaced. */
export function mutated(written: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const junk = fc.constantFrom('0', '1', '9', '+', ' ', '-', 'x', '#', ',', ';', 'a', '(', ')', '*', '\u00a0', '＋', '٣', 'ext ', '\t', 'k', 'ố', '\u2010', ':', '~', 'X', 'ｘ', '\u3000', ' bố', '/0987654321', ', 0987654321', ' x12#');
  return fc.tuple(written, fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), junk).map(([s, at, op, ch]) => {
    const i = s.length === 0 ? 0 : at % s.length;
    if (op === 'delete') return s.slice(0, i) + s.slice(i + 1);
    if (op === 'insert') return s.slice(0, i) + ch + s.slice(i);
    return s.slice(0, i) + ch + s.slice(i + 1);
  });
}

/** Junk: arbitrary text and strings over a phone-ish alphabet. */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc
    .array(fc.constantFrom(...'0123456789+ -.()/#x,;:=\u00a0ext＋０\tkố\u2010\uff3b\uff38д~\u0301ó٣'.split('')), { maxLength: 25 })
    .map((cs) => cs.join('')),
  fc.constantFrom('tel:+84912345678', '+84912345678;ext=12', '0912345678 ext. 5', 'Số: 0912345678', '+1 202 555 0123', '+44 20 7946 0958', '001 202 555 0123', '0000912345678'),
);

/** The mix used by the agreement property. */
export const anyPhoneText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: writtenPhone(patternNationalNumber) },
  { weight: 3, arbitrary: writtenPhone(realisticNationalNumber) },
  { weight: 3, arbitrary: randomDigitsPhone },
  { weight: 2, arbitrary: writtenPhone(legacyMobileNationalNumber) },
  { weight: 2, arbitrary: writtenPhone(legacyLandlineNationalNumber) },
  { weight: 3, arbitrary: mutated(writtenPhone(fc.oneof(patternNationalNumber, realisticNationalNumber))) },
  { weight: 2, arbitrary: junkText },
);
