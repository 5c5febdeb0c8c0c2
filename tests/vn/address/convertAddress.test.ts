import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAddress } from '../../../src/vn/address/convertAddress';
import { parseAddress } from '../../../src/vn/address/parseAddress';
import { unitTables } from '../../../src/vn/address/units';
import { STREETS, writeAddress } from '../../../scripts/address-styles';
import { currentKey, legacyToCurrentFromCsv } from './mappingFromCsv';

type Expected = [text: string, province: string | undefined, ward: string | undefined, divided: boolean, candidates: string[]];

describe('convertAddress', () => {
  it.each<Expected>([
    ['123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM', '79', '26743', false, ['26743']],
    ['Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk', '66', '24496', false, ['24496']],
    // Bà Rịa - Vũng Tàu was merged into Hồ Chí Minh City (Resolution 202/2025/QH15).
    ['Phường 7, TP Vũng Tàu, BR-VT', '79', '26526', false, ['26526']],
    // Divided: Cống Vị went to Giảng Võ and Ngọc Hà; nothing in the text says which.
    ['Phường Cống Vị, Quận Ba Đình, Hà Nội', '01', undefined, true, ['00025', '00008']],
    // …unless the street part names one of them.
    ['Ngõ 5 Giảng Võ, Phường Cống Vị, Quận Ba Đình, Hà Nội', '01', '00025', true, ['00025']],
    ['Xã Hải Lạng, Huyện Tiên Yên, Quảng Ninh', '22', undefined, true, ['06978', '06799', '06886']],
    // The island districts had no wards; they became special zones.
    ['Huyện Côn Đảo, Bà Rịa - Vũng Tàu', '79', '26732', false, ['26732']],
    // Already current: converts to itself.
    ['12 Lê Lợi, Phường Sài Gòn, TP HCM', '79', '26740', false, ['26740']],
    // Only a district: the province is known, the ward is not.
    ['Quận 1, TP HCM', '79', undefined, false, []],
    ['hello', undefined, undefined, false, []],
  ])('%s', (text, province, ward, divided, candidates) => {
    const c = convertAddress(text);
    expect([c.province?.code, c.ward?.code, c.divided, c.candidates.map((u) => u.code)]).toEqual([province, ward, divided, candidates]);
  });

  it('accepts an address already parsed', () => {
    const parsed = parseAddress('P. Bến Thành, Q.1, TP.HCM');
    expect(convertAddress(parsed)).toEqual(convertAddress('P. Bến Thành, Q.1, TP.HCM'));
  });

  const mapping = legacyToCurrentFromCsv();
  const legacyWards = [...unitTables().legacyWardByCode.values()];

  it('lands every legacy ward in the mapping’s set of current wards', () => {
    fc.assert(
      fc.property(fc.constantFrom(...legacyWards), fc.constantFrom(...STREETS), fc.nat(), (ward, street, i) => {
        const c = convertAddress(writeAddress(ward, 'full', street, i));
        const expected = mapping.get(ward.unit.code)!;
        expect(c.candidates.length).toBeGreaterThan(0);
        for (const candidate of c.candidates) expect(expected.has(currentKey(c.province?.code, candidate.name))).toBe(true);
        expect(c.divided).toBe(expected.size > 1);
        expect(c.ward !== undefined).toBe(c.candidates.length === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('never narrows a divided ward without a street part', () => {
    const divided = legacyWards.filter((w) => w.targets.length > 1);
    fc.assert(
      fc.property(fc.constantFrom(...divided), (ward) => {
        const c = convertAddress(writeAddress(ward, 'full', '', 0));
        expect(c.candidates.map((u) => u.code)).toEqual(ward.targets);
        expect(c.ward).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
