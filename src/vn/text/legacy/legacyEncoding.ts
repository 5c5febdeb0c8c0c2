/** The two pre-Unicode Vietnamese encodings still found in exported records. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Whether `c` can be part of a word of legacy text read as Windows-1252: an ASCII letter or any character of
 * the upper Latin-1 half except NBSP (TCVN3 letters sit in 0xA1–0xFE, VNI letters and marks in 0xC0–0xFF;
 * even "×", "÷", "§" and the soft hyphen are letters there).
 */
export function isLegacyWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xa1 && c <= 0xff);
}
