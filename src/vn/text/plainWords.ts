import { isVietnameseLetter } from './letters';

/**
 * Whether `s` is words of Vietnamese letters separated by single U+0020 spaces — no leading, trailing or doubled
 * space, no digit, mark, symbol or other whitespace — that cannot be legacy-encoded: it holds a letter above
 * U+00FF (every ă, đ, ơ, ư, ạ … of real Unicode, which TCVN3 or VNI text read as Windows-1252 never has) or no
 * letter above ASCII at all.
 *
 * Such text is what a clean full name looks like, and for it every text check has its answer already: NFC, no
 * whitespace problem, no character problem, no legacy encoding. One scan here spares the name rules the five
 * scans they would otherwise make; anything else returns false and takes the full checks.
 *
 * @example isPlainWords('Nguyễn Văn Đức') // true
 * @example isPlainWords('Lê Hoa') // false (only Latin-1 letters: could be VNI, so it goes to detection)
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
  return !previousSpace && (beyond || !latin1);
}
