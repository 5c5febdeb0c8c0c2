/**
 * The TCVN3 (ABC, ".VnTime" fonts) single-byte code table, as its bytes appear after a Windows-1252 decode
 * (byte 0xB8 becomes "¸" U+00B8, and so on): that is how TCVN3 text reaches us inside Unicode exports.
 */

// Basis: TCVN 5712:1993 "VN3" code table (the ABC charset), cross-checked against the TCVN3 table of the
// UniKey/VnConv converter (ukengine/data.cpp). VN3 has only lower-case toned vowels; the ".VnTimeH" fonts
// draw the same bytes as capitals, so upper case is restored from context (see tcvn3Case.ts).

/** [byte, letter] for every Vietnamese letter VN3 encodes; rows follow the alphabet, tones in the order ` ´ ? ~ . */
const TCVN3_ROWS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb8, 'á'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbe, 'ắ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xca, 'ấ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xd0, 'é'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd5, 'ế'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xdd, 'í'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe3, 'ó'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe8, 'ố'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xed, 'ớ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf3, 'ú'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf8, 'ứ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfd, 'ý'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfe, 'ỵ'],
];

/** Byte (0x00–0xFF, read as a char code) → Unicode letter; '' for bytes VN3 leaves to ASCII/Western use. */
export const TCVN3_TO_UNICODE: readonly string[] = (() => {
  const table: string[] = new Array<string>(256).fill('');
  for (const [byte, letter] of TCVN3_ROWS) table[byte] = letter;
  return table;
})();

/**
 * Whether a VN3 byte is one of the seven capitals VN3 has its own code for (Ă Â Ê Ô Ơ Ư Đ); every other
 * letter byte is drawn lower-case by ".VnTime" and upper-case by ".VnTimeH".
 */
export function isTcvn3Capital(byte: number): boolean {
  return byte >= 0xa1 && byte <= 0xa7;
}

/**
 * Unicode letter → VN3 byte as a Latin-1 character. Capitals VN3 lacks (À, Ễ, …) map to the byte of their
 * lower-case form, which is what typing them in ".VnTimeH" produced.
 */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [byte, letter] of TCVN3_ROWS) {
    const ch = String.fromCharCode(byte);
    map.set(letter, ch);
    const upper = letter.toUpperCase();
    if (!map.has(upper)) map.set(upper, ch);
  }
  return map;
})();
