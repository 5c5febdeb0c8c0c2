import { foldVietnamese } from '../text';

export type SexValue = 'male' | 'female';

// Words Vietnamese forms and exports use for sex, folded to lower-case ASCII without diacritics. A Map, not an
// object literal: a lookup in an object also finds Object.prototype's members, so "constructor" or "valueOf" in a
// record would read as a sex.
const SEX_WORDS: ReadonlyMap<string, SexValue> = new Map<string, SexValue>([
  ['nam', 'male'], ['nam gioi', 'male'], ['trai', 'male'], ['m', 'male'], ['male', 'male'], ['man', 'male'],
  // As exports usually write them, for a lookup without folding.
  ['Nam', 'male'], ['NAM', 'male'], ['Nữ', 'female'], ['NỮ', 'female'], ['nữ', 'female'], ['Nu', 'female'], ['NU', 'female'],
  ['nu', 'female'], ['nu gioi', 'female'], ['gai', 'female'], ['f', 'female'], ['female', 'female'], ['woman', 'female'],
]);

/**
 * Reads how a record states sex: "Nam", "Nữ", "nu", "NỮ", "Male", "F" … Numeric codes are not read: exports
 * disagree on them (1/2, 0/1), so guessing would be wrong half the time.
 *
 * @example parseSex('Nữ') // 'female'
 * @example parseSex('1') // null
 */
export function parseSex(text: string): SexValue | null {
  const direct = SEX_WORDS.get(text);
  if (direct !== undefined) return direct;
  return SEX_WORDS.get(foldVietnamese(text).trim().replace(/\s+/g, ' ')) ?? null;
}
