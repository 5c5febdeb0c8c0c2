/**
 * Unicode normalisation form C (precomposed), the form Vietnamese text must be stored in so that
 * "Hoà" typed on a Mac (NFD: o + U+0300) and on Windows (NFC: U+00E0) compare equal.
 */

/**
 * Whether `s` is already in NFC.
 *
 * The engine's own `normalize` (ICU, in C++) replaced a scan of the code points in JavaScript: measured in one
 * process, alternating, the scan was a little faster on names (99 against 122 ns) and twice as slow on addresses
 * (521 against 253 ns), and `text.nfd` checks both.
 *
 * @example isNFC('Nguyễn') // true
 * @example isNFC('Nguye\u0302\u0303n') // false (NFD: e + circumflex + tilde)
 */
export function isNFC(s: string): boolean {
  return s.normalize('NFC') === s;
}

/**
 * `s` in NFC.
 *
 * @example toNFC('Ho\u0300a') // 'Hòa'
 */
export function toNFC(s: string): string {
  return s.normalize('NFC');
}
