/**
 * The two readings of an address, right to left: province, then (legacy) district, then ward, each
 * searched only among the units of the one found before it. When a level is not written, the level
 * below is searched more widely and the containing unit is inferred from what it matched.
 */
import type { AddressTokens } from './foldText';
import { matchUnitEndingAt, typeWordBefore, type IndexedTokens, type UnitMatch } from './matchUnit';
import { unitTables, type Era, type UnitRecord } from './units';
import type { AddressProblem } from './types';

/** One era's reading of an address, before it is turned into the public shape. */
export interface Reading {
  readonly era: Era;
  province?: UnitRecord;
  district?: UnitRecord;
  ward?: UnitRecord;
  /** Levels read from the text itself (not inferred). */
  matched: number;
  provinceWritten: boolean;
  districtWritten: boolean;
  /** A ward's name was read, even if it did not settle on one unit (ambiguous, or in another district or province). */
  wardRead: boolean;
  /** First word of the lowest unit read: the street part is everything before it. */
  unitsStart: number;
  /** Current: a district-like segment between ward and province was read past. */
  skippedDistrict?: boolean;
  /** Legacy: the district was read from bare words run on from the ward's ("Phường 2 Bảo Lộc"). */
  districtRunOn?: boolean;
  problems: AddressProblem[];
}

const ANY = (): boolean => true;

/** First word of the comma-separated segment that ends just before word `end`. */
function segmentStart(tokens: AddressTokens, end: number): number {
  let i = end - 1;
  while (i > 0 && !tokens.breakBefore[i]) i--;
  return Math.max(i, 0);
}

function unique<T>(items: readonly T[]): T[] {
  return items.length < 2 ? [...items] : [...new Set(items)];
}

function single<T>(items: readonly T[] | undefined): T | undefined {
  return items && items.length === 1 ? items[0] : undefined;
}

/**
 * A bare name (no type word) that starts inside a comma-separated segment, in an address that uses commas, is the
 * tail of a street name, not a unit: "18 Trần Hưng Đạo, Tỉnh Lạng Sơn" names no commune "Hưng Đạo".
 */
function unlessInsideStreet(tokens: AddressTokens, match: UnitMatch | undefined): UnitMatch | undefined {
  if (!match || match.typeWord !== undefined || match.start === 0 || tokens.breakBefore[match.start]) return match;
  return tokens.breakBefore.some(Boolean) ? undefined : match;
}

function noteType(match: UnitMatch | undefined, problems: AddressProblem[]): void {
  if (match?.typeMismatch && !problems.includes('type-mismatch')) problems.push('type-mismatch');
}

/** Current era: province, then ward. */
export function readCurrent(tokens: IndexedTokens, end: number): Reading {
  const t = unitTables();
  const problems: AddressProblem[] = [];
  const provinceMatch = matchUnitEndingAt(tokens, end, t.currentProvinces, 'province', ANY, [t.currentWards, t.legacyWards]);
  let provinces = provinceMatch?.records;
  const wardEnd = provinceMatch ? provinceMatch.start : end;
  const inProvince = provinces ? (r: UnitRecord) => provinces!.includes(r.province!) : ANY;
  let wardMatch = unlessInsideStreet(tokens, matchUnitEndingAt(tokens, wardEnd, t.currentWards, 'ward', inProvince, [t.currentWards]));
  let skippedDistrict = false;
  if (!wardMatch && provinceMatch) {
    // "Phường Thủy Xuân, TP Huế, TT Huế": a district left in a current address; read past it.
    const districtStart = segmentStart(tokens, wardEnd);
    const type = typeWordBefore(tokens, districtStart + 1);
    if (districtStart > 0 && type?.start === districtStart && type.word.district && !type.word.ward) {
      wardMatch = unlessInsideStreet(tokens, matchUnitEndingAt(tokens, districtStart, t.currentWards, 'ward', inProvince, [t.currentWards]));
      skippedDistrict = !!wardMatch;
    }
  }
  noteType(provinceMatch, problems);
  noteType(wardMatch, problems);
  let wards = wardMatch?.records;
  if (wards && !provinces) provinces = unique(wards.map((w) => w.province!));
  // Only a name written with its type word ("Phường Bến Thành") is a ward in the wrong province; a bare name found
  // only elsewhere is more likely a street named after the same person ("12 Lê Lợi, TP HCM").
  if (provinceMatch && !wardMatch && matchUnitEndingAt(tokens, wardEnd, t.currentWards, 'ward', ANY)?.typeWord) {
    problems.push('ward-not-in-province');
  }
  const reading: Reading = {
    era: 'current',
    province: single(provinces),
    ward: single(wards),
    matched: (provinceMatch ? 1 : 0) + (wardMatch ? 1 : 0),
    skippedDistrict,
    wardRead: !!wardMatch || problems.includes('ward-not-in-province'),
    provinceWritten: !!provinceMatch,
    districtWritten: false,
    unitsStart: wardMatch ? wardMatch.start : wardEnd,
    problems,
  };
  if ((wards && wards.length > 1) || (provinces && provinces.length > 1)) problems.push('ambiguous');
  return reading;
}

/** Legacy era: province, then district, then ward. */
export function readLegacy(tokens: IndexedTokens, end: number): Reading {
  const t = unitTables();
  const problems: AddressProblem[] = [];
  const provinceMatch = matchUnitEndingAt(tokens, end, t.legacyProvinces, 'province', ANY, [t.legacyDistricts, t.legacyWards]);
  let provinces = provinceMatch?.records;
  const districtEnd = provinceMatch ? provinceMatch.start : end;
  const districtMatch = matchUnitEndingAt(
    tokens,
    districtEnd,
    t.legacyDistricts,
    'district',
    provinces ? (r) => provinces!.includes(r.province!) : ANY,
    [t.legacyWards],
  );
  let districts = districtMatch?.records;
  const wardEnd = districtMatch ? districtMatch.start : districtEnd;
  let wardMatch = unlessInsideStreet(
    tokens,
    matchUnitEndingAt(
      tokens,
      wardEnd,
      t.legacyWards,
      'ward',
      districts ? (r) => districts!.includes(r.district!) : provinces ? (r) => provinces!.includes(r.province!) : ANY,
    ),
  );
  if (districtMatch && !wardMatch) {
    // The ward may be real but in another district of the same province; a bare name inside a street segment is no
    // ward here either ("gần nhà văn hóa, Tuyên Hóa": the cultural house, not the commune Văn Hóa).
    const elsewhere = unlessInsideStreet(
      tokens,
      matchUnitEndingAt(
        tokens,
        wardEnd,
        t.legacyWards,
        'ward',
        provinces ? (r) => provinces!.includes(r.province!) : (r) => districts!.some((d) => d.province === r.province),
      ),
    );
    if (elsewhere) {
      problems.push('district-ward-mismatch');
      wardMatch = elsewhere;
    }
  }
  if (provinceMatch && !districtMatch && !wardMatch && matchUnitEndingAt(tokens, districtEnd, t.legacyWards, 'ward', ANY)?.typeWord) {
    problems.push('ward-not-in-province');
  }
  noteType(provinceMatch, problems);
  noteType(districtMatch, problems);
  noteType(wardMatch, problems);

  let wards = wardMatch?.records;
  if (wards) {
    // Infer the containing units from the ward when they were not written (or written loosely).
    if (!districts || problems.includes('district-ward-mismatch')) {
      if (!districts) districts = unique(wards.map((w) => w.district!));
    } else {
      districts = districts.filter((d) => wards!.some((w) => w.district === d));
    }
    if (!provinces) provinces = unique(wards.map((w) => w.province!));
  }
  if (districts && !provinces) provinces = unique(districts.map((d) => d.province!));
  if (provinces && districts && districts.length > 1) {
    districts = districts.filter((d) => provinces!.includes(d.province!));
  }
  if (wards && wards.length > 1 && districts && districts.length === 1 && !problems.includes('district-ward-mismatch')) {
    wards = wards.filter((w) => w.district === districts![0]);
  }
  const ambiguous = (wards && wards.length > 1) || (districts && districts.length > 1) || (provinces && provinces.length > 1);
  if (ambiguous) problems.push('ambiguous');
  return {
    era: 'legacy',
    province: single(provinces),
    district: single(districts),
    ward: single(wards),
    // A ward found outside the district written earns no credit: a clean reading of the other era wins.
    matched: (provinceMatch ? 1 : 0) + (districtMatch ? 1 : 0) + (wardMatch && !problems.includes('district-ward-mismatch') ? 1 : 0),
    unitsStart: wardMatch ? wardMatch.start : wardEnd,
    problems,
    wardRead: !!wardMatch || problems.includes('ward-not-in-province'),
    provinceWritten: !!provinceMatch,
    districtWritten: !!districtMatch,
    districtRunOn: !!districtMatch && !districtMatch.typeWord && !tokens.breakBefore[districtMatch.start] && !!wardMatch,
  };
}
