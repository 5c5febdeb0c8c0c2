import fc from 'fast-check';
import { currentMobileNumber, LEGACY_MOBILE_CODES } from '../vn/phone';
import { TYPE_PREFIXES } from '../vn/phone/tables.generated';

export type PhoneFormat = 'e164' | 'national' | 'spaced' | 'any';

export interface VnPhoneArbOptions {
  /** Default: mobile. */
  type?: 'mobile' | 'fixed-line';
  /** How the number is written; `any` adds dotted and spaced international forms. Default: any. */
  format?: PhoneFormat;
}

// Valid-number prefixes from libphonenumber-js's VN metadata (compiled in src/vn/phone/tables.generated.ts):
// mobile numbers have 9 national digits, fixed lines 10 (area codes 2xx, MIC Circular 22/2014/TT-BTTTT).
// Mobile prefixes starting with 1 (machine-to-machine ranges) are left out: people do not write them in records.
const MOBILE_PREFIXES = TYPE_PREFIXES.mobile[9].split(' ').filter((p) => p[0] !== '1');
const FIXED_LINE_PREFIXES = TYPE_PREFIXES['fixed-line'][10].split(' ');

function nationalNumberArb(prefixes: readonly string[], length: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...prefixes), fc.integer({ min: 0, max: 10 ** (length - 1) - 1 }))
    .map(([prefix, n]) => prefix + String(n).padStart(length - 1, '0').slice(0, length - prefix.length));
}

/** Hà Nội (24) and TP.HCM (28) have 2-digit area codes and 8-digit subscribers; elsewhere 3 + 7 (Circular 22/2014/TT-BTTTT). */
function areaCodeLength(nsn: string): number {
  return nsn.startsWith('24') || nsn.startsWith('28') ? 2 : 3;
}

function spaced(nsn: string, fixedLine: boolean): string {
  if (fixedLine) {
    const a = areaCodeLength(nsn);
    const rest = nsn.slice(a);
    const half = Math.ceil(rest.length / 2);
    return `0${nsn.slice(0, a)} ${rest.slice(0, half)} ${rest.slice(half)}`;
  }
  return `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
}

function written(nsn: string, style: string, fixedLine: boolean): string {
  switch (style) {
    case 'e164':
      return `+84${nsn}`;
    case 'national':
      return `0${nsn}`;
    case 'spaced':
      return spaced(nsn, fixedLine);
    case 'dotted':
      return spaced(nsn, fixedLine).replaceAll(' ', '.');
    default: // international, spaced
      return `+84 ${spaced(nsn, fixedLine).slice(1)}`;
  }
}

/**
 * Vietnamese phone numbers that `parsePhone` calls valid, of the type asked for, written as asked:
 * `e164` (`+84912345678`), `national` (`0912345678`), `spaced` (`0912 345 678`, `024 3825 1234`) or `any`
 * of those plus `0912.345.678` and `+84 912 345 678`.
 *
 * @example
 * fc.assert(fc.property(vnPhoneArb({ format: 'any' }), (text) => parsePhone(text).valid));
 * fc.sample(vnPhoneArb({ type: 'fixed-line', format: 'spaced' }), 1) // ['0236 381 2345']
 */
export function vnPhoneArb(options: VnPhoneArbOptions = {}): fc.Arbitrary<string> {
  const fixedLine = options.type === 'fixed-line';
  const nsn = fixedLine ? nationalNumberArb(FIXED_LINE_PREFIXES, 10) : nationalNumberArb(MOBILE_PREFIXES, 9);
  const format = options.format ?? 'any';
  const styles = format === 'any' ? ['e164', 'national', 'spaced', 'dotted', 'international'] : [format];
  return fc.tuple(nsn, fc.constantFrom(...styles)).map(([n, style]) => written(n, style, fixedLine));
}

// Only the 11-digit codes whose 10-digit replacement numbers are valid today (MIC Decision 798/QĐ-BTTTT, 2018).
const LEGACY_CODES = Object.keys(LEGACY_MOBILE_CODES);

/**
 * Pre-2018 11-digit mobile numbers (`0168 123 4567`) as records still hold them: not valid today, and
 * `parsePhone(text).legacy.current` is today's number (MIC Decision 798/QĐ-BTTTT, 2018).
 *
 * @example fc.sample(legacyMobileArb(), 1) // ['01682345671']
 */
export function legacyMobileArb(): fc.Arbitrary<string> {
  return fc
    .record({
      code: fc.constantFrom(...LEGACY_CODES),
      subscriber: fc.integer({ min: 0, max: 9_999_999 }).map((n) => String(n).padStart(7, '0')),
      style: fc.constantFrom('plain', 'spaced', 'dotted'),
    })
    .filter((r) => currentMobileNumber(r.code + r.subscriber) !== null)
    .map(({ code, subscriber, style }) => {
      const national = `0${code}${subscriber}`;
      if (style === 'plain') return national;
      const sep = style === 'spaced' ? ' ' : '.';
      return [national.slice(0, 4), national.slice(4, 7), national.slice(7)].join(sep);
    });
}
