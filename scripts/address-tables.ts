/**
 * Builds the text of `src/vn/address/data/units.generated.ts` from the three source files in
 * `data/admin-units/`. Pure (reads files, returns a string) so the test can regenerate in memory and
 * compare with the committed module; `scripts/gen-admin-units.ts` writes it to disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

interface SourceUnit {
  Code: string;
  Name: string;
  FullName: string;
}
interface CurrentProvince extends SourceUnit {
  Wards: SourceUnit[];
}
interface LegacyDistrict extends SourceUnit {
  Ward: SourceUnit[] | null;
}
interface LegacyProvince extends SourceUnit {
  District: LegacyDistrict[];
}
interface MappingRow {
  provinceCode: string;
  districtCode: string;
  wardCode: string;
  isDividedWard: string;
  province: string;
  district: string;
  ward: string;
  newProvinceCode: string;
  newWard: string;
  newWardCode: string;
}

export const SOURCE_FILES = {
  current: 'units-2026-04-30.json',
  legacy: 'units-legacy-2025-03-01.json',
  mapping: 'legacy-to-2025-wards.csv',
} as const;

// One letter per unit type keeps 14,000 records small; the decoder in src/vn/address/units.ts maps them back.
const PROVINCE_TYPES: Record<string, string> = { 'Tỉnh': 'T', 'Thành phố': 'C' };
const DISTRICT_TYPES: Record<string, string> = { 'Quận': 'Q', 'Huyện': 'H', 'Thị xã': 'X', 'Thành phố': 'C' };
const WARD_TYPES: Record<string, string> = { 'Phường': 'P', 'Xã': 'X', 'Thị trấn': 'T', 'Đặc khu': 'D' };

/** The type word of a unit: its FullName minus its Name ("Thị trấn" of "Thị trấn Yên Viên"). */
function typeLetter(unit: SourceUnit, table: Record<string, string>): string {
  const full = unit.FullName.normalize('NFC');
  const name = unit.Name.normalize('NFC');
  if (!full.endsWith(name)) throw new Error(`FullName does not end with Name: ${full} / ${name}`);
  const word = full.slice(0, full.length - name.length).trim();
  // The 2026-04-30 current file spells one commune "xã Bắc Sơn"; the type is the same word.
  const letter = table[word.charAt(0).toUpperCase() + word.slice(1)];
  if (!letter) throw new Error(`Unknown unit type "${word}" in ${full}`);
  return letter;
}

/** Strips the type word from a CSV full name ("Xã Sà Phìn" → "Sà Phìn"); the CSV capitalises it inconsistently. */
function bareName(full: string, table: Record<string, string>): string {
  const text = full.normalize('NFC').trim();
  for (const word of Object.keys(table)) {
    if (text.toLowerCase().startsWith(word.toLowerCase() + ' ')) return text.slice(word.length + 1).trim();
  }
  return text;
}

/** Lower case without diacritics, for deciding whether the CSV spells a name differently from the JSON. */
function roughFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function code5(raw: string): string {
  return String(Math.trunc(Number(raw))).padStart(5, '0');
}
function code3(raw: string): string {
  return String(Math.trunc(Number(raw))).padStart(3, '0');
}

function check(text: string): string {
  if (/[|~+\n`$\\]/.test(text)) throw new Error(`Name contains a separator character: ${text}`);
  return text;
}

/** The generated module's source text. */
export function buildAdminUnitsModule(sourceDir: string): string {
  const current = JSON.parse(readFileSync(join(sourceDir, SOURCE_FILES.current), 'utf8')) as CurrentProvince[];
  const legacy = JSON.parse(readFileSync(join(sourceDir, SOURCE_FILES.legacy), 'utf8')) as LegacyProvince[];
  const rows = parse(readFileSync(join(sourceDir, SOURCE_FILES.mapping), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as MappingRow[];

  const currentWardCodes = new Set<string>();
  const currentWardByName = new Map<string, string>();
  const currentProvinceLines: string[] = [];
  const currentWardLines: string[] = [];
  for (const p of current) {
    currentProvinceLines.push(`${p.Code}|${typeLetter(p, PROVINCE_TYPES)}|${check(p.Name.normalize('NFC'))}`);
    for (const w of p.Wards) {
      currentWardCodes.add(w.Code);
      currentWardByName.set(`${p.Code}|${roughFold(w.Name)}`, w.Code);
      currentWardLines.push(`${w.Code}|${p.Code}|${typeLetter(w, WARD_TYPES)}|${check(w.Name.normalize('NFC'))}`);
    }
  }

  // Legacy ward (or, for the five island districts that had no wards, legacy district) → current ward codes.
  const targets = new Map<string, string[]>();
  const csvWardName = new Map<string, string>();
  const csvDistrictName = new Map<string, string>();
  for (const row of rows) {
    let target = row.newWardCode.trim();
    if (!currentWardCodes.has(target)) {
      // The CSV predates one recoding: Xã Ba Chẽ (Quảng Ninh) is 06970 there and 06978 in the 2026 file.
      const byName = currentWardByName.get(`${row.newProvinceCode}|${roughFold(bareName(row.newWard, WARD_TYPES))}`);
      if (!byName) throw new Error(`Mapping target ${target} ${row.newWard} is not a current ward`);
      target = byName;
    }
    const key = row.wardCode.trim() ? code5(row.wardCode) : `D${code3(row.districtCode)}`;
    const list = targets.get(key) ?? [];
    if (!list.includes(target)) list.push(target);
    targets.set(key, list);
    if (row.ward.trim()) csvWardName.set(key, bareName(row.ward, WARD_TYPES));
    csvDistrictName.set(code3(row.districtCode), bareName(row.district, DISTRICT_TYPES));
  }

  const legacyProvinceLines: string[] = [];
  const legacyDistrictLines: string[] = [];
  const legacyWardLines: string[] = [];
  for (const p of legacy) {
    legacyProvinceLines.push(`${p.Code}|${typeLetter(p, PROVINCE_TYPES)}|${check(p.Name.normalize('NFC'))}`);
    for (const d of p.District) {
      const name = d.Name.normalize('NFC');
      const csvName = csvDistrictName.get(d.Code);
      const alias = csvName && roughFold(csvName) !== roughFold(name) ? check(csvName) : '';
      const islandTargets = d.Ward && d.Ward.length > 0 ? '' : (targets.get(`D${d.Code}`) ?? []).join('+');
      legacyDistrictLines.push(`${d.Code}|${p.Code}|${typeLetter(d, DISTRICT_TYPES)}|${check(name)}|${alias}|${islandTargets}`);
      for (const w of d.Ward ?? []) {
        const wName = w.Name.normalize('NFC');
        const wCsv = csvWardName.get(w.Code);
        const wAlias = wCsv && roughFold(wCsv) !== roughFold(wName) ? check(wCsv) : '';
        const wTargets = targets.get(w.Code);
        if (!wTargets) throw new Error(`Legacy ward ${w.Code} ${w.FullName} has no mapping row`);
        legacyWardLines.push(`${w.Code}|${d.Code}|${typeLetter(w, WARD_TYPES)}|${check(wName)}|${wAlias}|${wTargets.join('+')}`);
      }
    }
  }

  const block = (name: string, doc: string, lines: string[]) =>
    `/** ${doc} */\nexport const ${name} = \`\n${lines.join('\n')}\n\`;\n`;
  return [
    '/*',
    ' * Generated by scripts/gen-admin-units.ts from data/admin-units/ — do not edit by hand; run',
    ' * `npx tsx scripts/gen-admin-units.ts` after changing the sources.',
    ` * Current units: ${SOURCE_FILES.current} and legacy units: ${SOURCE_FILES.legacy}`,
    ' *   (thanglequoc/vietnamese-provinces-database, MIT, Copyright (c) 2021 Thang Le Quoc).',
    ` * Legacy → current wards: ${SOURCE_FILES.mapping}`,
    ' *   (tranngocminhhieu/vietnamadminunits, MIT, Copyright (c) 2025 Tran Ngoc Minh Hieu).',
    ' * One unit per line, fields separated by "|"; unit types are one letter (see src/vn/address/units.ts).',
    ' */',
    '',
    block('CURRENT_PROVINCES', 'code|type (T tỉnh, C thành phố)|name', currentProvinceLines),
    block('CURRENT_WARDS', 'code|province code|type (P phường, X xã, D đặc khu)|name', currentWardLines),
    block('LEGACY_PROVINCES', 'code|type (T tỉnh, C thành phố)|name', legacyProvinceLines),
    block(
      'LEGACY_DISTRICTS',
      'code|province code|type (Q quận, H huyện, X thị xã, C thành phố)|name|spelling in the mapping CSV when it differs|current ward(s), only for the island districts that had no wards',
      legacyDistrictLines,
    ),
    block(
      'LEGACY_WARDS',
      'code|district code|type (P phường, X xã, T thị trấn)|name|spelling in the mapping CSV when it differs|current ward code(s) it became, "+"-separated when it was divided',
      legacyWardLines,
    ),
  ].join('\n');
}
