/**
 * Unicode normalisation form C (precomposed), the form Vietnamese text must be stored in so that
 * "Hoà" typed on a Mac (NFD: o + U+0300) and on Windows (NFC: U+00E0) compare equal.
 */

// Basis: Unicode Standard Annex #15 (Normalization Forms); code points below U+0300 and the precomposed
// Latin Extended Additional block U+1E00–U+1EFF are all NFC_Quick_Check=Yes.

/**
 * Whether `s` is already in NFC. Vietnamese text nearly always takes the fast path: every character below
 * U+0300 or in U+1E00–U+1EFF is stable under NFC, so only other text pays for `normalize()`.
 *
 * @example isNFC('Nguyễn') // true
 * @example isNFC('Nguye\u0302\u0303n') // false (NFD: e + circumflex + tilde)
 */
export function isNFC(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return s.normalize('NFC') === s;
  }
  return true;
}

/**
 * `s` in NFC; returns `s` itself (no allocation) when it already is.
 *
 * @example toNFC('Ho\u0300a') // 'Hòa'
 */
export function toNFC(s: string): string {
  return isNFC(s) ? s : s.normalize('NFC');
}
