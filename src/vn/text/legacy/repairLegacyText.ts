import { toNFC } from '../nfc';
import { detectLegacyEncoding } from './detectLegacyEncoding';
import type { LegacyEncoding } from './legacyEncoding';
import { tcvn3ToUnicode, unicodeToTcvn3 } from './tcvn3';
import { unicodeToVni, vniToUnicode } from './vni';

/**
 * Converts text written in a legacy Vietnamese encoding (read as Windows-1252) to Unicode NFC. Converts
 * every character the encoding defines, so call it only on text known to be in that encoding (or use
 * `repairLegacyText`, which detects first).
 *
 * @example legacyToUnicode('NguyÔn V¨n §øc', 'tcvn3') // 'Nguyễn Văn Đức'
 * @example legacyToUnicode('Nguyeãn Vaên Ñöùc', 'vni') // 'Nguyễn Văn Đức'
 */
export function legacyToUnicode(s: string, encoding: LegacyEncoding): string {
  return toNFC(encoding === 'tcvn3' ? tcvn3ToUnicode(s) : vniToUnicode(s));
}

/**
 * Unicode text to a legacy encoding, as an old system would have stored it (read back as Windows-1252).
 * The inverse of `legacyToUnicode` except for the capitals TCVN3 cannot record.
 *
 * @example unicodeToLegacy('Nguyễn Văn Đức', 'vni') // 'Nguyeãn Vaên Ñöùc'
 */
export function unicodeToLegacy(s: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? unicodeToTcvn3(s) : unicodeToVni(s);
}

/** Legacy text turned into Unicode, and the encoding it was found in. */
export interface LegacyRepair {
  text: string;
  encoding: LegacyEncoding;
}

/**
 * Detects a legacy encoding and converts; `null` when the text is not legacy-encoded (the common case).
 *
 * @example repairLegacyText('NguyÔn V¨n §øc') // { text: 'Nguyễn Văn Đức', encoding: 'tcvn3' }
 * @example repairLegacyText('Nguyễn Văn Đức') // null
 */
export function repairLegacyText(s: string): LegacyRepair | null {
  const encoding = detectLegacyEncoding(s);
  return encoding === null ? null : { text: legacyToUnicode(s, encoding), encoding };
}
