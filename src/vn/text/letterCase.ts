import { CASE_OF } from './letters';

/** 1 lower, 2 upper, 0 uncased, for any UTF-16 unit (table for the Latin range, the platform beyond it). */
function caseOf(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < CASE_OF.length) {
    const known = CASE_OF[c]!;
    if (known !== 0 || c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) return known;
  }
  // Only here is the character made into a string: for a letter beyond one byte that allocates.
  const ch = s[i]!;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return 0;
  return ch === lower ? 1 : ch === upper ? 2 : 0;
}

/**
 * Whether every letter of `s` is lower case (and there is at least one letter); digits, spaces and
 * punctuation are ignored. A full name written all in lower case is a cleanliness problem.
 *
 * @example isAllLowerCase('nguyễn văn đức') // true
 * @example isAllLowerCase('Nguyễn Văn Đức') // false
 */
export function isAllLowerCase(s: string): boolean {
  return allLettersAre(s, 1);
}

/**
 * Whether every letter of `s` is upper case (and there is at least one letter); digits, spaces and
 * punctuation are ignored.
 *
 * @example isAllUpperCase('ĐẶNG THỊ HOÀ') // true
 * @example isAllUpperCase('123') // false
 */
export function isAllUpperCase(s: string): boolean {
  return allLettersAre(s, 2);
}

function allLettersAre(s: string, wanted: number): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const kind = caseOf(s, i);
    if (kind === 0) continue;
    if (kind !== wanted) return false;
    letters++;
  }
  return letters > 0;
}
