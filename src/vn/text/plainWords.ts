import { isVietnameseLetter } from './letters';
import { isVietnameseSyllable } from './syllable';

/**
 * Whether `s` is words of Vietnamese letters separated by single U+0020 spaces — no leading, trailing or doubled
 * space, no digit, mark, symbol or other whitespace — that legacy detection cannot take for TCVN3 or VNI: it holds
 * a letter above U+00FF (every ă, đ, ơ, ư, ạ … of real Unicode, which legacy text read as Windows-1252 never has),
 * no letter above ASCII at all, or only Latin-1 letters in words that are each a well-formed Vietnamese syllable.
 *
 * Such text is what a clean full name looks like, and for it every text check has its answer already: NFC, no
 * whitespace problem, no character problem, no legacy encoding. One scan here spares the name rules the five
 * scans they would otherwise make; anything else returns false and takes the full checks.
 *
 * @example isPlainWords('Nguyễn Văn Đức') // true
 * @example isPlainWords('Lê Hoa') // true (Latin-1 letters only, but "Lê" is a syllable: nothing hints at legacy text)
 * @example isPlainWords('Hoaøng Lan') // false ("Hoaøng" is no syllable: it may be VNI, so detection must look)
 * @example isPlainWords('Nguyễn  Văn') // false (double space)
 */
export function isPlainWords(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let latin1 = false;
  let beyond = false;
  let previousSpace = true; // a space at index 0 would be a leading space
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    if (!isVietnameseLetter(c)) return false;
    previousSpace = false;
    if (c > 0xff) beyond = true;
    else if (c >= 0x80) latin1 = true;
  }
  if (previousSpace) return false;
  return beyond || !latin1 || accentedWordsAreSyllables(s);
}

/**
 * Every word of `s` (single-space separated letters) that has a letter above ASCII is a well-formed Vietnamese
 * syllable. Legacy detection needs at least one word that is not ("Hoaøng"), so such Latin-1-only text ("Lê Hà")
 * is ordinary Unicode: a tenth of real names take this path, and the full detection cost ~3 µs each. Written here
 * rather than by calling `detectLegacyEncoding`: that took 1.34× the time on such names (it scans and collects
 * first), and made a legacy-encoded name run detection twice (here and in the name's repair).
 */
function accentedWordsAreSyllables(s: string): boolean {
  let start = 0;
  let accented = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (c !== 0x20) {
      if (c >= 0x80) accented = true;
      continue;
    }
    if (accented && !isVietnameseSyllable(s.slice(start, i))) return false;
    start = i + 1;
    accented = false;
  }
  return true;
}
