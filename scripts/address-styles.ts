/**
 * Writes any unit's address in the styles people use (full, abbreviated, bare, no diacritics, upper
 * case, NFD, no commas, nicknames, swapped tone marks, numbered-ward habits). Shared by the accuracy
 * test, the property tests and the benchmark, so all three measure the same thing. Deterministic.
 */
import { unitTables, type UnitRecord } from '../src/vn/address/units';

export const ADDRESS_STYLES = [
  'full',
  'abbreviated',
  'tight',
  'bare',
  'ascii',
  'ascii-abbreviated',
  'upper',
  'nfd',
  'no-commas',
  'extra-commas',
  'nickname',
  'tone-swap',
] as const;
export type AddressStyle = (typeof ADDRESS_STYLES)[number];

export const STREETS = [
  '123 Nguyễn Trãi',
  'Thôn 3',
  'Số 5 ngõ 10 phố Huế',
  'Ấp Bình Hòa',
  'Tổ dân phố 4',
  '',
  'Khu phố 2',
  '45/12 Lê Lợi',
  'Xóm Mới',
  'Bản Nà Lừa',
] as const;

/** One generated address and the units it was written from. */
export interface AddressSample {
  text: string;
  era: 'current' | 'legacy';
  style: AddressStyle;
  wardCode: string;
  districtCode?: string;
  provinceCode: string;
}

const WARD_ABBREVIATIONS: Record<string, string[]> = {
  P: ['P.', 'Ph.', 'F.', 'P. '],
  X: ['X.', 'X. ', 'x.'],
  T: ['TT.', 'T.T.', 'TT ', 'Tt.'],
  D: ['Đặc khu '],
};
const NUMBERED_WARD: ((n: string) => string)[] = [(n) => `P.${n}`, (n) => `F${n}`, (n) => `P ${n.padStart(2, '0')}`, (n) => `Phường ${n}`, (n) => `P${n}`];
const DISTRICT_ABBREVIATIONS: Record<string, string[]> = {
  Q: ['Q.', 'Q. ', 'Q'],
  H: ['H.', 'H. ', 'Huyện '],
  X: ['TX.', 'T.X.', 'TX '],
  C: ['TP.', 'Tp.', 'T.P. ', 'TP '],
};
const PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  T: ['T.', 'Tỉnh ', 'T. ', ''],
  C: ['TP.', 'Tp.', 'T.P.', 'TP ', ''],
};
const NICKNAMES: Record<string, string[]> = {
  '79': ['HCM', 'TP.HCM', 'TPHCM', 'Sài Gòn', 'Tp Hồ Chí Minh', 'TP. HCM'],
  '01': ['HN', 'Hanoi', 'Thủ đô Hà Nội', 'TP Hà Nội'],
  '77': ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu'],
  '46': ['TT Huế', 'TT-Huế', 'Thừa Thiên - Huế'],
  '48': ['Đà Nẵng', 'Danang'],
  '31': ['Hải Phòng', 'HP'],
};

/** "Q" + "1" → "Q1", but "Q" + "Ba Đình" → "Q Ba Đình": nobody glues a letter abbreviation to a name. */
function glue(abbreviation: string, name: string): string {
  const a = abbreviation.charAt(abbreviation.length - 1);
  const n = name.charAt(0);
  return /\p{L}/u.test(a) && /\p{L}/u.test(n) ? `${abbreviation} ${name}` : abbreviation + name;
}

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Hòa" ↔ "Hoà", "Thủy" ↔ "Thuỷ": the old and new tone-mark placements. */
function swapToneMarks(text: string): string {
  const d = text.normalize('NFD');
  const moved = d.replace(/([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![a-zA-Z\u0300-\u036f])/g, '$1$3$2');
  const result = moved === d ? d.replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![a-zA-Z])/g, '$1$3$2') : moved;
  return result.normalize('NFC');
}

function wardPart(ward: UnitRecord, style: AddressStyle, i: number): string {
  const u = ward.unit;
  switch (style) {
    case 'bare':
      return u.name;
    case 'abbreviated':
    case 'tight':
    case 'upper':
    case 'nickname':
    case 'ascii-abbreviated':
      if (ward.numeric) return pick(NUMBERED_WARD, i)(u.name);
      return glue(pick(WARD_ABBREVIATIONS[ward.typeLetter]!, i), u.name);
    default:
      return u.fullName;
  }
}

function districtPart(district: UnitRecord, style: AddressStyle, i: number): string {
  const u = district.unit;
  switch (style) {
    case 'bare':
      return u.name;
    case 'abbreviated':
    case 'tight':
    case 'upper':
    case 'nickname':
    case 'ascii-abbreviated':
      return glue(pick(DISTRICT_ABBREVIATIONS[district.typeLetter]!, i), u.name);
    default:
      return u.fullName;
  }
}

function provincePart(province: UnitRecord, style: AddressStyle, i: number): string {
  const u = province.unit;
  switch (style) {
    case 'bare':
      return u.name;
    case 'nickname': {
      const nick = NICKNAMES[u.code];
      return nick ? pick(nick, i) : glue(pick(PROVINCE_ABBREVIATIONS[province.typeLetter]!, i), u.name);
    }
    case 'abbreviated':
    case 'tight':
    case 'upper':
      return glue(pick(PROVINCE_ABBREVIATIONS[province.typeLetter]!, i), u.name);
    case 'ascii-abbreviated':
      return u.name;
    default:
      return u.fullName;
  }
}

/**
 * The address of `ward` (a legacy or current ward record) in one style, with a street part.
 *
 * @example writeAddress(ward, 'abbreviated', '123 Nguyễn Trãi', 0) // '123 Nguyễn Trãi, P.Bến Thành, Q.1, TP.Hồ Chí Minh'
 */
export function writeAddress(ward: UnitRecord, style: AddressStyle, street: string, i: number): string {
  const parts: string[] = [];
  if (street) parts.push(street);
  parts.push(wardPart(ward, style, i));
  if (ward.district) parts.push(districtPart(ward.district, style, i));
  parts.push(provincePart(ward.province!, style, i));
  const separator = style === 'tight' ? ',' : style === 'no-commas' ? ' ' : style === 'extra-commas' ? ' ,, ' : ', ';
  let text = parts.join(separator);
  if (style === 'extra-commas') text = `, ${text} ,`;
  if (style === 'ascii' || style === 'ascii-abbreviated') text = stripDiacritics(text).toLowerCase();
  if (style === 'upper') text = text.toUpperCase();
  if (style === 'nfd') text = text.normalize('NFD');
  if (style === 'tone-swap') text = swapToneMarks(text);
  return text;
}

/** Every ward of `era` in every style, streets cycled deterministically. */
export function addressSamples(era: 'current' | 'legacy', styles: readonly AddressStyle[] = ADDRESS_STYLES): AddressSample[] {
  const t = unitTables();
  const wards = era === 'current' ? [...t.currentWardByCode.values()] : [...t.legacyWardByCode.values()];
  const samples: AddressSample[] = [];
  let i = 0;
  for (const ward of wards) {
    for (const style of styles) {
      i++;
      const sample: AddressSample = {
        text: writeAddress(ward, style, pick(STREETS, i), i),
        era,
        style,
        wardCode: ward.unit.code,
        provinceCode: ward.province!.unit.code,
      };
      if (ward.district) sample.districtCode = ward.district.unit.code;
      samples.push(sample);
    }
  }
  return samples;
}
