/**
 * convertAddress: a legacy address (63 provinces, three tiers) → the current units it lies in
 * (34 provinces, two tiers since 1 July 2025; Resolution 202/2025/QH15 and the NA Standing Committee's
 * June 2025 resolutions on wards), from the legacy→current ward table of vietnamadminunits.
 */
import { tokenizeAddress } from './foldText';
import { parseAddress } from './parseAddress';
import { unitTables, type UnitRecord } from './units';
import type { AdminUnit, ConvertedAddress, ParsedAddress } from './types';

/** Whether `name` (folded words) occurs as whole consecutive words in `words`. */
function mentions(words: readonly string[], name: readonly string[]): boolean {
  outer: for (let i = 0; i + name.length <= words.length; i++) {
    for (let j = 0; j < name.length; j++) if (words[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Narrows a divided ward's successors with the street part: keeps the one candidate whose name the
 * street part mentions ("Ấp Tân Hòa" when "Xã Tân Hòa" is a candidate). Never guesses: no mention,
 * or mentions of several, keeps them all.
 */
function narrowByStreet(candidates: UnitRecord[], street: string | undefined): UnitRecord[] {
  if (!street || candidates.length < 2) return candidates;
  const words = tokenizeAddress(street).words;
  const hits = candidates.filter((c) => mentions(words, tokenizeAddress(c.unit.name).words));
  return hits.length === 1 ? hits : candidates;
}

/**
 * The current province and ward(s) of an address. A current-era address converts to itself. A legacy
 * ward converts through the mapping: one successor sets `ward`; a divided ward lists every successor
 * in `candidates` (narrowed by the street part only when it names exactly one of them) and sets `ward`
 * only if one remains. A legacy address read only to the district gives the current province and no
 * candidates, except the five island districts that had no wards, which became special zones.
 * Every legacy ward in the tables has a mapping row, so `candidates` is empty only when no ward was read.
 *
 * @example
 * convertAddress('Phường Cống Vị, Quận Ba Đình, Hà Nội')
 * // { province: { code: '01', … }, divided: true, ward: undefined,
 * //   candidates: [{ code: '00025', fullName: 'Phường Giảng Võ', … }, { code: '00008', fullName: 'Phường Ngọc Hà', … }] }
 * convertAddress('Phường 7, TP Vũng Tàu, BR-VT').ward?.fullName // 'Phường Tam Thắng' (now in TP Hồ Chí Minh)
 */
export function convertAddress(input: string | ParsedAddress): ConvertedAddress {
  const parsed = typeof input === 'string' ? parseAddress(input) : input;
  const t = unitTables();
  const result: ConvertedAddress = { candidates: [], divided: false };
  if (parsed.street !== undefined) result.street = parsed.street;

  if (parsed.era === 'current') {
    if (parsed.province) result.province = parsed.province;
    if (parsed.ward) {
      result.ward = parsed.ward;
      result.candidates = [parsed.ward];
    }
    return result;
  }
  if (parsed.era !== 'legacy') return result;

  const legacyWard = parsed.ward ? t.legacyWardByCode.get(parsed.ward.code) : undefined;
  const legacyDistrict = parsed.district ? t.legacyDistrictByCode.get(parsed.district.code) : undefined;
  const source = legacyWard ?? (legacyDistrict && legacyDistrict.targets.length > 0 ? legacyDistrict : undefined);
  let province: AdminUnit | undefined = parsed.province
    ? t.currentProvinceOfLegacy.get(parsed.province.code)?.unit
    : undefined;
  if (source) {
    const all: UnitRecord[] = [];
    for (const code of source.targets) {
      const record = t.currentWardByCode.get(code);
      if (record) all.push(record);
    }
    result.divided = all.length > 1;
    const kept = narrowByStreet(all, parsed.street);
    result.candidates = kept.map((r) => r.unit);
    if (kept.length === 1) result.ward = kept[0]!.unit;
    const provinces = new Set(all.map((r) => r.province));
    if (provinces.size === 1) province = [...provinces][0]!.unit;
  }
  if (province) result.province = province;
  return result;
}
