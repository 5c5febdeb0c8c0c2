import { composeVowel, VOWEL_BASES } from '../letters';
import type { Tone } from '../letters';
import { UNICODE_TO_VNI, VNI_MARK_OF, VNI_SINGLE } from './vniTable';

/** Base byte → vowel id for the bare vowel (a e o u y, and ô/ö which are ơ/ư in VNI), -1 otherwise. */
const VNI_BASE: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  const bases: ReadonlyArray<readonly [string, string]> = [
    ['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['\u00f4', 'ơ'], ['\u00f6', 'ư'],
  ];
  for (const [byte, vowel] of bases) {
    const id = VOWEL_BASES.indexOf(vowel);
    table[byte.charCodeAt(0)] = id;
    table[byte.toUpperCase().charCodeAt(0)] = id;
  }
  return table;
})();

const ID_A = VOWEL_BASES.indexOf('a');
const ID_E = VOWEL_BASES.indexOf('e');
const ID_O = VOWEL_BASES.indexOf('o');

/** The vowel a base takes under a modifier (circumflex on a e o, breve on a), or -1 when VNI has no such letter. */
function modifiedVowel(base: number, modifier: number): number {
  if (modifier === 0) return base;
  if (modifier === 1) {
    if (base === ID_A) return VOWEL_BASES.indexOf('â');
    if (base === ID_E) return VOWEL_BASES.indexOf('ê');
    if (base === ID_O) return VOWEL_BASES.indexOf('ô');
    return -1;
  }
  return base === ID_A ? VOWEL_BASES.indexOf('ă') : -1;
}

/**
 * VNI-Windows text (read as Windows-1252) to Unicode NFC. A combined letter takes the case of its base
 * letter, whatever the case of the mark byte (mixed pairs come from editing in the wrong font).
 *
 * @example vniToUnicode('Nguyeãn Vaên Ñöùc') // 'Nguyễn Văn Đức'
 */
export function vniToUnicode(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0xc0) i++;
  if (i === s.length) return s; // VNI letters and marks all sit in 0xC0–0xFF
  let out = '';
  const n = s.length;
  for (i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const base = c < 0x100 ? VNI_BASE[c]! : -1;
    if (base >= 0 && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      const mark = next < 0x100 ? VNI_MARK_OF[next]! : -1;
      const vowel = mark >= 0 ? modifiedVowel(base, mark >> 3) : -1;
      if (vowel >= 0) {
        // "y" + dot-below mark is accepted for ỵ, which VNI also has a byte of its own for.
        const upper = c < 0x61 || c === 0xd4 || c === 0xd6;
        out += composeVowel(vowel, (mark & 7) as Tone, upper);
        i++;
        continue;
      }
    }
    const single = c >= 0xc0 && c < 0x100 ? VNI_SINGLE[c]! : '';
    out += single !== '' ? single : s[i];
  }
  return out;
}

/**
 * Unicode text to VNI-Windows bytes read as Windows-1252: the inverse of `vniToUnicode`, for tests and for
 * reproducing what an old system would have stored.
 *
 * @example unicodeToVni('Nguyễn Văn Đức') // 'Nguyeãn Vaên Ñöùc'
 */
export function unicodeToVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
