/**
 * The legacy → current ward mapping read straight from the source CSV, independently of the generated
 * tables, so the tests check the generator and the converter against the data itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { foldName } from '../../../src/vn/address/foldText';

export const SOURCE_DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'admin-units');

interface Row {
  wardCode: string;
  districtCode: string;
  newProvinceCode: string;
  newWardShort: string;
}

/** Legacy ward code (5 digits) → the set of "provinceCode|folded current ward name" it became. */
export function legacyToCurrentFromCsv(): Map<string, Set<string>> {
  const rows = parse(readFileSync(join(SOURCE_DIR, 'legacy-to-2025-wards.csv'), 'utf8'), { columns: true }) as Row[];
  const map = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.wardCode) continue; // the five island districts without wards
    const code = String(Math.trunc(Number(row.wardCode))).padStart(5, '0');
    const set = map.get(code) ?? new Set<string>();
    set.add(`${row.newProvinceCode}|${foldName(row.newWardShort)}`);
    map.set(code, set);
  }
  return map;
}

/** The same key for a current unit, to compare with the CSV's sets. */
export function currentKey(provinceCode: string | undefined, wardName: string): string {
  return `${provinceCode ?? ''}|${foldName(wardName)}`;
}
