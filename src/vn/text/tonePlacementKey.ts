import { CASE_OF, VOWEL_BASES, VOWEL_OF } from './letters';
import { isNFC, toNFC } from './nfc';

// Tone ids of letters.ts (1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below) as the combining mark writing each.
const TONE_MARK = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** The tone a combining mark writes, 0 when it is no tone mark (U+0340/U+0341 are the old grave and acute). */
function toneOfMark(code: number): number {
  switch (code) {
    case 0x300:
    case 0x340:
      return 1;
    case 0x301:
    case 0x341:
      return 2;
    case 0x309:
      return 3;
    case 0x303:
      return 4;
    case 0x323:
      return 5;
    default:
      return 0;
  }
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Whether `code` belongs to a syllable (a letter, a mark or a digit); anything else ends one. */
function inSyllable(code: number, ch: string): boolean {
  if (code < 0x80) return CASE_OF[code] !== 0 || (code >= 48 && code <= 57);
  // Half of a character outside the BMP: never a separator of Vietnamese text.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHARACTER.test(ch);
}

/**
 * A matching key that keeps every diacritic but not where a syllable's tone mark sits: each syllable's letters
 * without the tone (keeping ă â ê ô ơ ư đ), lower case, followed by its tone as a combining mark. Vietnamese
 * is written with two tone placements in everyday use ("Hòa"/"Hoà", "Thủy"/"Thuỷ", "Khỏe"/"Khoẻ", the old and the
 * new style; keyboards and fonts produce either), and a name in either is one name; names that differ by a mark ("Ân"/"An",
 * "Đào"/"Dao", "Hòa"/"Hóa") keep different keys. NFD input gives the key of its NFC form; the Icelandic eth
 * Ð/ð, a frequent look-alike typed for Đ/đ, reads as đ.
 *
 * The tone stays a separate mark rather than being composed onto a letter: `foldVietnamese` of the key is then
 * the folded text, so a copy typed without diacritics can still be matched against it.
 *
 * @example tonePlacementKey('Hòa') === tonePlacementKey('HOÀ') // true
 * @example tonePlacementKey('Hòa') === tonePlacementKey('Hóa') // false
 */
export function tonePlacementKey(text: string): string {
  const s = isNFC(text) ? text : toNFC(text);
  let out = '';
  // Tone marks of the syllable being read, written after its last letter.
  let tones = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < VOWEL_OF.length ? VOWEL_OF[c]! : -1;
    if (v >= 0) {
      out += VOWEL_BASES[v >> 3];
      if ((v & 7) !== 0) tones += TONE_MARK[v & 7];
      continue;
    }
    if (c === 0x110 || c === 0x111 || c === 0xd0 || c === 0xf0) {
      out += 'đ';
      continue;
    }
    // A tone mark NFC could not compose (on a consonant or a foreign letter) is read like a composed one.
    const tone = toneOfMark(c);
    if (tone !== 0) {
      tones += TONE_MARK[tone];
      continue;
    }
    const ch = s[i]!;
    if (inSyllable(c, ch)) {
      out += c < 0x80 ? (CASE_OF[c] === 2 ? String.fromCharCode(c + 32) : ch) : ch.toLowerCase();
      continue;
    }
    out += tones + ch;
    tones = '';
  }
  return out + tones;
}
