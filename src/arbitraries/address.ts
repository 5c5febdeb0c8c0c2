import fc from 'fast-check';
import { unitTables, type UnitRecord } from '../vn/address/units';

/**
 * How the administrative part is written: `full` type words ("Phường Bến Thành, Thành phố Hồ Chí Minh"),
 * `abbreviated` ("P. Bến Thành, TP. Hồ Chí Minh"), `bare` names (type words kept only where the name is a
 * number, "Phường 2"), `upper` (full, in capitals, as some registers print).
 */
export type AddressStyle = 'full' | 'abbreviated' | 'bare' | 'upper';

export const ADDRESS_STYLES: readonly AddressStyle[] = Object.freeze(['full', 'abbreviated', 'bare', 'upper']);

/** A generated address and the units it names (GSO codes), so a test can check what a parser reads. */
export interface GeneratedAddress {
  text: string;
  era: 'current' | 'legacy';
  style: AddressStyle;
  /** House number and street, or hamlet, as written in `text`. */
  street: string;
  /** The ward, (legacy only) district and province as written in `text`, in that order. */
  units: string[];
  wardCode: string;
  /** Legacy addresses only. */
  districtCode?: string;
  provinceCode: string;
}

export interface AddressArbOptions {
  /** Province code(s) (GSO, 2 digits) of the era asked for; default: every province. */
  province?: string | readonly string[];
  /** Default: any of {@link ADDRESS_STYLES}. */
  style?: AddressStyle | readonly AddressStyle[];
}

const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Lý Thường Kiệt', 'Quang Trung', 'Nguyễn Huệ', 'Phan Chu Trinh', 'Điện Biên Phủ', 'Nguyễn Văn Cừ', 'Hùng Vương', 'Lê Duẩn', 'Võ Thị Sáu'];
// Hamlet and neighbourhood words (thôn, ấp, bản, xóm, tổ dân phố, khu phố) name the place below the ward.
const HAMLETS = ['Thôn', 'Ấp', 'Bản', 'Xóm', 'Tổ dân phố', 'Khu phố'];

const streetArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 299 }), fc.constantFrom(...STREETS), fc.constantFrom('', 'Số ', 'số ')).map(([n, street, no]) => `${no}${n} ${street}`),
  fc.tuple(fc.integer({ min: 1, max: 199 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(...STREETS)).map(([n, lane, street]) => `${n} ngõ ${lane} ${street}`),
  fc.tuple(fc.constantFrom(...HAMLETS), fc.integer({ min: 1, max: 12 })).map(([word, n]) => `${word} ${n}`),
);

// Abbreviations of the type words (TYPE_WORDS in src/vn/address/unitWords.ts reads them all).
const ABBREVIATIONS: Readonly<Record<string, string>> = { Tỉnh: 'T.', 'Thành phố': 'TP.', Quận: 'Q.', Huyện: 'H.', 'Thị xã': 'TX.', Phường: 'P.', Xã: 'X.', 'Thị trấn': 'TT.', 'Đặc khu': 'Đặc khu' };

function unitText(record: UnitRecord, style: AddressStyle): string {
  const { name, fullName, type } = record.unit;
  switch (style) {
    case 'abbreviated':
      return `${ABBREVIATIONS[type ?? ''] ?? type} ${name}`;
    case 'bare':
      // A bare number ("2") reads as a house number, not a ward; and a name two units of one parent share
      // (Thị trấn Mường Tè and Xã Mường Tè, both in Huyện Mường Tè) needs its type word to tell them apart.
      return record.numeric || sharedNames().has(siblingKey(record)) ? fullName : name;
    case 'upper':
      return fullName.toUpperCase();
    default:
      return fullName;
  }
}

function siblingKey(record: UnitRecord): string {
  const parent = record.level === 'ward' && record.era === 'legacy' ? record.district : record.province;
  return `${record.era}|${record.level}|${parent?.unit.code ?? ''}|${record.unit.name}`;
}

let shared: Set<string> | undefined;

/** Names that several units under the same parent bear, built on first use. */
function sharedNames(): Set<string> {
  if (shared) return shared;
  const tables = unitTables();
  const seen = new Set<string>();
  shared = new Set<string>();
  for (const byCode of [tables.currentWardByCode, tables.legacyWardByCode, tables.legacyDistrictByCode]) {
    for (const record of byCode.values()) {
      const key = siblingKey(record);
      if (seen.has(key)) shared.add(key);
      seen.add(key);
    }
  }
  return shared;
}

function listOf<T extends string>(option: T | readonly T[] | undefined, all: readonly T[]): readonly T[] {
  if (option === undefined) return all;
  return typeof option === 'string' ? [option as T] : (option as readonly T[]);
}

function unitsIn(byCode: ReadonlyMap<string, UnitRecord>, provinces: readonly string[] | undefined): UnitRecord[] {
  const wanted = provinces === undefined ? null : new Set(provinces);
  const out: UnitRecord[] = [];
  for (const ward of byCode.values()) if (wanted === null || wanted.has(ward.province!.unit.code)) out.push(ward);
  if (out.length === 0) throw new RangeError(`no ward in province ${provinces?.join(', ')}`);
  return out;
}

function addressArb(era: 'current' | 'legacy', options: AddressArbOptions): fc.Arbitrary<GeneratedAddress> {
  const styles = listOf(options.style, ADDRESS_STYLES);
  const provinces = options.province === undefined ? undefined : listOf(options.province, []);
  // The tables are decoded on first use, not on import: a test file that never generates an address pays nothing.
  let wards: UnitRecord[] | undefined;
  const wardArb = fc.nat().map((n) => {
    const tables = unitTables();
    wards ??= unitsIn(era === 'current' ? tables.currentWardByCode : tables.legacyWardByCode, provinces);
    return wards[n % wards.length]!;
  });
  return fc.record({ ward: wardArb, street: streetArb, style: fc.constantFrom(...styles) }).map(({ ward, street, style }) => {
    const units = era === 'legacy' && ward.district ? [ward, ward.district, ward.province!] : [ward, ward.province!];
    const streetText = style === 'upper' ? street.toUpperCase() : street;
    const written = units.map((u) => unitText(u, style));
    const address: GeneratedAddress = {
      text: [streetText, ...written].join(', '),
      era,
      style,
      street: streetText,
      units: written,
      wardCode: ward.unit.code,
      provinceCode: ward.province!.unit.code,
    };
    if (era === 'legacy' && ward.district) address.districtCode = ward.district.unit.code;
    return address;
  });
}

/**
 * Addresses in today's two-tier units (since 1 July 2025, Resolution 202/2025/QH15): street or hamlet, ward,
 * province, drawn from the real unit tables and written in several styles. `parseAddress(a.text)` reads
 * `a.wardCode` back.
 *
 * @example
 * fc.assert(fc.property(currentAddressArb(), (a) => parseAddress(a.text).ward?.code === a.wardCode));
 * fc.sample(currentAddressArb({ style: 'abbreviated' }).map((a) => a.text), 1) // ['45 Lê Lợi, P. Sài Gòn, TP. Hồ Chí Minh']
 */
export function currentAddressArb(options: AddressArbOptions = {}): fc.Arbitrary<GeneratedAddress> {
  return addressArb('current', options);
}

/**
 * Addresses in the three-tier units in force before 1 July 2025 (ward, district, province; 63 provinces):
 * what older records hold. `parseAddress(a.text)` reads them as `legacy`, with `a.wardCode`.
 *
 * @example fc.sample(legacyAddressArb().map((a) => a.text), 1) // ['Thôn 3, Xã Ea Kly, Huyện Krông Pắc, Tỉnh Đắk Lắk']
 */
export function legacyAddressArb(options: AddressArbOptions = {}): fc.Arbitrary<GeneratedAddress> {
  return addressArb('legacy', options);
}
