/**
 * The VNI-Windows ("VNI-Times" fonts) code table, as its bytes appear after a Windows-1252 decode. VNI
 * writes most toned vowels as two bytes: the ASCII base letter followed by a mark byte ("a" + "ù" = á).
 */

// Basis: VNI-Windows font encoding (VNI Software), cross-checked against the VNI-WIN table of the
// UniKey/VnConv converter (ukengine/data.cpp): mark bytes 0xE0–0xFC for lower case, the same minus 0x20
// for upper case; i/ỵ/ơ/ư/đ have single-byte codes.

import type { Tone } from '../letters';

/** Vowel modifier a mark byte adds to its base: none, circumflex (â ê ô) or breve (ă). */
export type VniModifier = 0 | 1 | 2;

/** Lower-case mark byte → [modifier, tone]. Upper-case mark bytes are these minus 0x20. */
const VNI_MARKS: ReadonlyArray<readonly [number, VniModifier, Tone]> = [
  [0xf8, 0, 1], [0xf9, 0, 2], [0xfb, 0, 3], [0xf5, 0, 4], [0xef, 0, 5],
  [0xe2, 1, 0], [0xe0, 1, 1], [0xe1, 1, 2], [0xe5, 1, 3], [0xe3, 1, 4], [0xe4, 1, 5],
  [0xea, 2, 0], [0xe8, 2, 1], [0xe9, 2, 2], [0xfa, 2, 3], [0xfc, 2, 4], [0xeb, 2, 5],
];

/** Mark byte (either case) → `modifier * 8 + tone`, or -1 when the byte is not a VNI mark. */
export const VNI_MARK_OF: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  for (const [byte, modifier, tone] of VNI_MARKS) {
    table[byte] = modifier * 8 + tone;
    table[byte - 0x20] = modifier * 8 + tone;
  }
  return table;
})();

/** Single-byte VNI letters: đ, ơ, ư (which also take tone marks), the toned i forms and ỵ. */
export const VNI_SINGLE: readonly string[] = (() => {
  const table: string[] = new Array<string>(256).fill('');
  const pairs: ReadonlyArray<readonly [number, string]> = [
    [0xf1, 'đ'], [0xf4, 'ơ'], [0xf6, 'ư'],
    [0xec, 'ì'], [0xed, 'í'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'], [0xee, 'ỵ'],
  ];
  for (const [byte, letter] of pairs) {
    table[byte] = letter;
    table[byte - 0x20] = letter.toUpperCase();
  }
  return table;
})();

/** Unicode letter → its VNI bytes (one or two Latin-1 characters), for every Vietnamese letter that is not ASCII. */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let byte = 0; byte < 256; byte++) {
    const letter = VNI_SINGLE[byte]!;
    if (letter !== '') map.set(letter, String.fromCharCode(byte));
  }
  const marks = new Map<string, number>();
  for (const [byte, modifier, tone] of VNI_MARKS) marks.set(`${modifier}${tone}`, byte);
  const bases: ReadonlyArray<readonly [string, VniModifier, string]> = [
    ['a', 0, 'a'], ['ă', 2, 'a'], ['â', 1, 'a'], ['e', 0, 'e'], ['ê', 1, 'e'], ['o', 0, 'o'], ['ô', 1, 'o'],
    ['ơ', 0, '\u00f4'], ['u', 0, 'u'], ['ư', 0, '\u00f6'], ['y', 0, 'y'],
  ];
  const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [vowel, modifier, base] of bases) {
    for (let tone = 0; tone < 6; tone++) {
      if (vowel === 'y' && tone === 5) continue; // ỵ has its own byte
      const letter = (vowel + toneMarks[tone]).normalize('NFC');
      const markByte = marks.get(`${modifier}${tone}`);
      if (markByte === undefined) {
        if (letter !== base) map.set(letter, base); // ơ, ư themselves are single bytes (set above)
        continue;
      }
      const lower = base + String.fromCharCode(markByte);
      map.set(letter, lower);
      map.set(letter.toUpperCase(), base.toUpperCase() + String.fromCharCode(markByte - 0x20));
    }
  }
  return map;
})();
