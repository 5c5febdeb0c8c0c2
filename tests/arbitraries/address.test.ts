import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDRESS_STYLES, currentAddressArb, legacyAddressArb } from '../../src/arbitraries';
import { parseAddress } from '../../src/vn/address';

describe('currentAddressArb', () => {
  it.each(ADDRESS_STYLES.map((s) => [s]))('%s addresses parse back to their own ward, province and era, with nothing missing', (style) => {
    fc.assert(
      fc.property(currentAddressArb({ style }), (a) => {
        const parsed = parseAddress(a.text);
        expect(parsed.ward?.code).toBe(a.wardCode);
        expect(parsed.province?.code).toBe(a.provinceCode);
        expect(parsed.era).toBe('current');
        expect(parsed.problems).toEqual([]);
        expect(parsed.hasStreetOrHamlet).toBe(true);
        expect(a.text).toBe([a.street, ...a.units].join(', '));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['79', 'full', /Thành phố Hồ Chí Minh$/],
    ['01', 'abbreviated', /TP\. Hà Nội$/],
    ['66', 'upper', /TỈNH ĐẮK LẮK$/],
  ] as const)('province %s in style %s ends like %s', (province, style, ending) => {
    for (const a of fc.sample(currentAddressArb({ province, style }), { seed: 5, numRuns: 30 })) {
      expect(a.text).toMatch(ending);
      expect(a.provinceCode).toBe(province);
    }
  });
});

describe('legacyAddressArb', () => {
  it.each(ADDRESS_STYLES.map((s) => [s]))('%s addresses parse back as legacy, to their own ward and district', (style) => {
    fc.assert(
      fc.property(legacyAddressArb({ style }), (a) => {
        const parsed = parseAddress(a.text);
        expect(parsed.era).toBe('legacy');
        expect(parsed.ward?.code).toBe(a.wardCode);
        if (a.districtCode) expect(parsed.district?.code).toBe(a.districtCode);
        expect(parsed.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a province with no wards', () => {
    expect(() => fc.sample(legacyAddressArb({ province: '99' }), 1)).toThrow(RangeError);
  });
});
