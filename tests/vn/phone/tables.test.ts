import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import parsePhoneNumber from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, expandPattern, generatePhoneTablesSource } from '../../../scripts/gen-phone-tables';
import { CARRIER_PREFIXES, LEGACY_AREA_CODES, LEGACY_MOBILE_CODES, isValidNationalNumber } from '../../../src/vn/phone';
import { slotOf, slotType } from '../../../src/vn/phone/numberTable';
import { phoneTypeFromLibphonenumber } from '../../../src/vn/phone/referenceParse';

describe('tables.generated.ts', () => {
  it('equals what the generator makes from the installed libphonenumber-js metadata', () => {
    // Fails after a libphonenumber-js upgrade that changes Vietnamese metadata: run `npx tsx scripts/gen-phone-tables.ts`.
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generatePhoneTablesSource());
  });

  it.each([
    ['12[0-3]\\d', [[0b10, 0b100, 0b1111, 0x3ff]]],
    ['(?:3\\d|7[06-9])', [[0b1000, 0x3ff], [0b10000000, 0b1111000001]]],
    ['69\\d{1,2}', [[0b1000000, 0b1000000000, 0x3ff], [0b1000000, 0b1000000000, 0x3ff, 0x3ff]]],
  ])('expandPattern(%j)', (pattern, expected) => {
    expect(expandPattern(pattern)).toEqual(expected);
  });

  it('classifies any national number exactly as libphonenumber-js does', () => {
    const nsn = fc.stringMatching(/^[1-9]\d{6,9}$/);
    fc.assert(
      fc.property(nsn, (n) => {
        const reference = parsePhoneNumber(`+84${n}`);
        expect(isValidNationalNumber(n)).toBe(reference?.isValid() ?? false);
        if (reference?.isValid()) expect(slotType(slotOf(n))).toBe(phoneTypeFromLibphonenumber(reference.getType()));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('hand-written tables', () => {
  it.each(Object.entries(CARRIER_PREFIXES))('carrier prefix %s covers valid mobile numbers', (prefix) => {
    const samples = Array.from({ length: 1000 }, (_, i) => (prefix + String(i).padStart(3, '0')).padEnd(9, '0'));
    expect(samples.some((n) => slotType(slotOf(n)) === 'mobile')).toBe(true);
  });

  it.each(Object.entries(LEGACY_MOBILE_CODES))('old mobile code 01%s → 0%s is a mobile range today, the old one is not', (oldCode, newCode) => {
    expect(slotType(slotOf(`${newCode}1234567`))).toBe('mobile');
    expect(isValidNationalNumber(`${oldCode}1234567`)).toBe(false);
  });

  it('lists the 59 area codes changed in 2017, each to a distinct fixed-line code', () => {
    expect(Object.keys(LEGACY_AREA_CODES)).toHaveLength(59);
    expect(new Set(Object.values(LEGACY_AREA_CODES)).size).toBe(59);
    for (const [oldCode, newCode] of Object.entries(LEGACY_AREA_CODES)) {
      const subscriber = oldCode.length === 1 ? '38251234' : '3822123';
      expect(slotType(slotOf(newCode + subscriber)), `${oldCode} → ${newCode}`).toBe('fixed-line');
      // Old codes must be prefix-free for the longest-prefix lookup to be unambiguous.
      for (const other of Object.keys(LEGACY_AREA_CODES)) {
        if (other !== oldCode) expect(other.startsWith(oldCode)).toBe(false);
      }
    }
  });
});
