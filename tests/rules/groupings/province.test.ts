import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentAddressArb, legacyAddressArb } from '../../../src/arbitraries';
import { evaluate, UNKNOWN_GROUP } from '../../../src/core';
import { resolveProfile } from '../../../src/api/profiles';
import { unitTables } from '../../../src/vn/address/units';
import { byProvince } from '../../../rules';

const asOf = { year: 2026, month: 11, day: 1 };
const citizen = resolveProfile('citizen');

function provinceOf(address: unknown): string | undefined {
  const groups: Record<string, string> = {};
  evaluate({ so_cccd: '001099012345', dia_chi: address }, citizen, { row: 1, asOf, groups });
  return groups.province;
}

describe('grouping by province', () => {
  it('is part of the citizen profile', () => {
    expect(citizen.groupings).toContain(byProvince);
  });

  it.each([
    ['current era, full names', 'Số 12 Lê Lợi, Phường Hoàn Kiếm, Thành phố Hà Nội', 'Thành phố Hà Nội'],
    ['legacy era: a merged province counts with the province it is now in', 'Phường 7, TP Vũng Tàu, BR-VT', 'Thành phố Hồ Chí Minh'],
    ['legacy era, three tiers', 'Xóm 2, Xã Nghi Phú, Thành phố Vinh, Tỉnh Nghệ An', 'Tỉnh Nghệ An'],
    ['blank address', '', UNKNOWN_GROUP],
    ['a filler for no value', 'không có', UNKNOWN_GROUP],
    ['no recognisable unit', 'gần chợ, đầu ngõ', UNKNOWN_GROUP],
    ['not text at all', { street: 'x' }, UNKNOWN_GROUP],
  ])('%s', (_case, address, province) => {
    expect(provinceOf(address)).toBe(province);
  });

  it('a record that is not an object is unplaced, not lost', () => {
    const groups: Record<string, string> = {};
    evaluate(42, citizen, { row: 1, asOf, groups });
    expect(groups).toEqual({ province: UNKNOWN_GROUP });
  });

  it('places every current-era address in its own province', () => {
    const tables = unitTables();
    fc.assert(
      fc.property(currentAddressArb({ style: 'full' }), (a) => {
        expect(provinceOf(a.text)).toBe(tables.currentProvinceByCode.get(a.provinceCode)!.unit.fullName);
      }),
      { numRuns: 200 },
    );
  });

  it('places every legacy-era address in the current province its ward went to', () => {
    const tables = unitTables();
    fc.assert(
      fc.property(legacyAddressArb({ style: 'full' }), (a) => {
        const targets = tables.legacyWardByCode.get(a.wardCode)!.targets.map((code) => tables.currentWardByCode.get(code)!.province!.unit.fullName);
        expect(targets).toContain(provinceOf(a.text));
      }),
      { numRuns: 200 },
    );
  });
});
