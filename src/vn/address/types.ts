/** One administrative unit as the General Statistics Office codes it (province 2 digits, district 3, ward 5). */
export interface AdminUnit {
  code: string;
  /** The name without its type word: "Bến Thành", "1", "Hồ Chí Minh". */
  name: string;
  /** The official name with its type word: "Phường Bến Thành", "Quận 1", "Thành phố Hồ Chí Minh". */
  fullName: string;
  /** The type word: "Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn", "Đặc khu". */
  type?: string;
}

/**
 * What an address says that may be wrong or missing. Stable codes, never messages.
 * - `unrecognised`: no unit at all could be read.
 * - `province-missing` / `ward-missing` / `district-missing`: that level was not written (or not found).
 * - `ward-unknown`: a ward was written with its type word ("Phường Thảo Điền") but is no unit, of either era,
 *   where the address puts it: merged away before March 2025 (the oldest units known here), or misspelt.
 * - `ward-not-in-province`: the ward's name exists, but only in another province.
 * - `district-ward-mismatch`: the ward exists in the province, but not in the district written.
 * - `ambiguous`: several units fit what is written and nothing disambiguates them.
 * - `type-mismatch`: the type word disagrees with the unit ("Xã" written for a "Phường").
 */
export type AddressProblem =
  | 'unrecognised'
  | 'province-missing'
  | 'district-missing'
  | 'ward-missing'
  | 'ward-unknown'
  | 'ward-not-in-province'
  | 'district-ward-mismatch'
  | 'ambiguous'
  | 'type-mismatch';

/** `current`: two tiers since 1 July 2025; `legacy`: three tiers before; `auto`: whichever reads better. */
export type AddressEra = 'auto' | 'current' | 'legacy';

export interface ParseAddressOptions {
  era?: AddressEra;
}

export interface ParsedAddress {
  era: 'current' | 'legacy' | 'unknown';
  province?: AdminUnit;
  /** Legacy addresses only: current units have no districts. */
  district?: AdminUnit;
  ward?: AdminUnit;
  /** With `ward-unknown`: the ward as written, type word included ("Phường Thảo Điền"). */
  unknownWard?: string;
  /** The text before the ward: house number, alley, street, hamlet. */
  street?: string;
  /** The street part holds a house number or street, or a hamlet word (thôn, ấp, bản, xóm, tổ dân phố…). */
  hasStreetOrHamlet: boolean;
  /** 0..1: how much of the address was read and how consistently. */
  confidence: number;
  problems: AddressProblem[];
}

export interface ConvertedAddress {
  /** The current province the legacy units now belong to. */
  province?: AdminUnit;
  /** Set only when exactly one current ward fits. */
  ward?: AdminUnit;
  /** Every current ward the legacy ward became (narrowed by the street part when the data allows). */
  candidates: AdminUnit[];
  /** The legacy ward was split among several current wards. */
  divided: boolean;
  street?: string;
}
