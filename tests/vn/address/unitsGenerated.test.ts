import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAdminUnitsModule } from '../../../scripts/address-tables';
import { unitTables } from '../../../src/vn/address/units';
import { accentKey } from '../../../src/vn/address/foldText';
import { SOURCE_DIR } from './mappingFromCsv';

describe('generated admin-unit tables', () => {
  it('match what scripts/gen-admin-units.ts generates from data/admin-units', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'vn', 'address', 'data', 'units.generated.ts'), 'utf8');
    expect(buildAdminUnitsModule(SOURCE_DIR)).toBe(committed);
  });

  it('hold every unit of both eras (34 + 3,321 current; 63 + 696 + 10,035 legacy)', () => {
    const t = unitTables();
    expect(t.currentProvinceByCode.size).toBe(34);
    expect(t.currentWardByCode.size).toBe(3321);
    expect(t.legacyProvinceByCode.size).toBe(63);
    expect(t.legacyDistrictByCode.size).toBe(696);
    expect(t.legacyWardByCode.size).toBe(10035);
  });

  it('map every legacy ward, and every wardless island district, to existing current wards', () => {
    const t = unitTables();
    for (const ward of t.legacyWardByCode.values()) {
      expect(ward.targets.length).toBeGreaterThan(0);
      for (const code of ward.targets) expect(t.currentWardByCode.has(code)).toBe(true);
    }
    const islands = [...t.legacyDistrictByCode.values()].filter((d) => d.targets.length > 0);
    expect(islands.map((d) => d.unit.fullName).sort()).toEqual(
      ['Huyện Bạch Long Vĩ', 'Huyện Côn Đảo', 'Huyện Cồn Cỏ', 'Huyện Hoàng Sa', 'Huyện Lý Sơn'].sort(),
    );
  });

  it('merge each legacy province whole into one current province (Resolution 202/2025/QH15)', () => {
    const t = unitTables();
    const into = new Map<string, Set<string>>();
    for (const ward of t.legacyWardByCode.values()) {
      for (const code of ward.targets) {
        const set = into.get(ward.province!.unit.code) ?? new Set<string>();
        set.add(t.currentWardByCode.get(code)!.province!.unit.code);
        into.set(ward.province!.unit.code, set);
      }
    }
    for (const [legacy, current] of into) expect([legacy, [...current]]).toEqual([legacy, [t.currentProvinceOfLegacy.get(legacy)!.unit.code]]);
  });

  it('give current wards unique names within a province', () => {
    const seen = new Set<string>();
    for (const ward of unitTables().currentWardByCode.values()) {
      const key = `${ward.province!.unit.code}|${ward.unit.name.toLowerCase()}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('keep legacy wards of one district apart by name (Sa Pa / Sa Pả differ only in accents) or by type (Xã / Thị trấn Yên Viên)', () => {
    const seen = new Map<string, string>();
    for (const ward of unitTables().legacyWardByCode.values()) {
      const key = `${ward.district!.unit.code}|${accentKey(ward.unit.name)}|${ward.typeLetter}`;
      expect(seen.has(key), key).toBe(false);
      seen.set(key, ward.unit.code);
    }
  });
});
