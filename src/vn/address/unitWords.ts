/**
 * The words people write before a unit's name, and the nicknames they write instead of a province's
 * name. All keys are folded (see foldText.ts).
 */

/** Which levels a type word can introduce, and which unit type letters it names (see units.ts). */
export interface TypeWord {
  readonly province: string; // type letters among T (tỉnh) C (thành phố); '' = not a province word
  readonly district: string; // Q H X C
  readonly ward: string; // P X T D
}

const tw = (province: string, district: string, ward: string): TypeWord => ({ province, district, ward });

/**
 * Type words and their usual abbreviations (P., F., Ph., X., TT., T.T., Q., H., TX., T.X., TP., Tp., T.P., T.).
 * "F" for phường is the Saigon habit ("F15"); "Thủ đô" styles Hà Nội, the capital (Constitution 2013, art. 13(4)).
 */
export const TYPE_WORDS: ReadonlyMap<string, TypeWord> = new Map([
  ['tinh', tw('T', '', '')],
  ['t', tw('T', '', '')],
  ['thanh pho', tw('C', 'C', '')],
  ['tp', tw('C', 'C', '')],
  ['thu do', tw('C', '', '')],
  ['quan', tw('', 'Q', '')],
  ['q', tw('', 'Q', '')],
  ['huyen', tw('', 'H', '')],
  ['h', tw('', 'H', '')],
  ['thi xa', tw('', 'X', '')],
  ['tx', tw('', 'X', '')],
  ['phuong', tw('', '', 'P')],
  ['p', tw('', '', 'P')],
  ['ph', tw('', '', 'P')],
  ['f', tw('', '', 'P')],
  ['xa', tw('', '', 'X')],
  ['x', tw('', '', 'X')],
  ['thi tran', tw('', '', 'T')],
  ['tt', tw('', '', 'T')],
  ['dac khu', tw('', '', 'D')],
]);

/** Longest type phrase, in words. */
export const TYPE_WORD_MAX_WORDS = 2;

/**
 * Province nicknames → the province code they mean, in both eras (the current provinces kept one
 * legacy code each; Resolution 202/2025/QH15). Names themselves, with and without spaces, are indexed
 * from the tables; these are the extra spellings seen in records.
 */
export const PROVINCE_NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ['hcm', '79'],
  ['tphcm', '79'],
  ['hcmc', '79'],
  ['sai gon', '79'],
  ['saigon', '79'],
  ['sg', '79'],
  ['hn', '01'],
  ['hp', '31'],
  ['br vt', '77'],
  ['brvt', '77'],
  ['ba ria vung tau', '77'],
  ['tt hue', '46'],
  ['tthue', '46'],
  ['tth', '46'],
  ['thua thien hue', '46'],
  ['hue', '46'],
  ['daklak', '66'],
  ['dac lac', '66'],
  ['daknong', '67'],
];

/**
 * Words that introduce a hamlet or a street-level place rather than an administrative unit
 * (thôn, ấp, bản, xóm, tổ dân phố, khu phố, buôn, làng, phum, sóc, tổ, khóm…), plus street words.
 */
export const STREET_OR_HAMLET_WORDS: ReadonlySet<string> = new Set([
  'thon', 'ap', 'ban', 'xom', 'to', 'tdp', 'khu', 'kp', 'buon', 'lang', 'phum', 'soc', 'khom', 'doi', 'cum',
  'duong', 'pho', 'ngo', 'ngach', 'hem', 'kiet', 'so', 'lo', 'can', 'chung', 'cu', 'kdc', 'kcn', 'toa', 'tang',
]);

/** Words that may trail an address after the province ("Việt Nam", "VN"). */
export const TRAILING_COUNTRY: ReadonlyArray<readonly string[]> = [['viet', 'nam'], ['vietnam'], ['vn']];
