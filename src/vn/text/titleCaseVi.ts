import { CASE_OF, LOWER_OF, UPPER_OF } from './letters';
import { toNFC } from './nfc';

const TABLE_SIZE = CASE_OF.length;

/**
 * Whether a capital starts after `c`: start of text, whitespace, hyphen (double surnames "Nguyễn-Trần"),
 * apostrophe (names of the Ê Đê, Gia Rai, K'Ho … peoples, "H'Hen Niê", "K'Sor").
 */
function startsWord(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x02bc || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2010;
}

/** Anything but ASCII punctuation and digits ends the "start of word" state ("(an)" becomes "(An)"). */
function isLetterish(c: number): boolean {
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The character with the case it must have; the platform mapping beyond the table, kept when it changes length. */
function recase(ch: string, c: number, upper: boolean): string {
  if (c < TABLE_SIZE) {
    const mapped = upper ? UPPER_OF[c]! : LOWER_OF[c]!;
    return mapped === 0 ? ch : String.fromCharCode(mapped);
  }
  const other = upper ? ch.toUpperCase() : ch.toLowerCase();
  return other.length === 1 ? other : ch;
}

/** Whether `c` needs changing at this position: a lower-case letter opening a word, or a capital inside one. */
function needsChange(c: number, atStart: boolean): boolean {
  if (c < TABLE_SIZE) return atStart ? UPPER_OF[c] !== 0 : LOWER_OF[c] !== 0;
  const ch = String.fromCharCode(c);
  return (atStart ? ch.toUpperCase() : ch.toLowerCase()) !== ch;
}

/**
 * Vietnamese title case, in NFC: the first letter of each word (and of each part after a hyphen or an
 * apostrophe) upper-case, every other letter lower-case; đ/Đ and every toned vowel included. Whitespace is
 * left as is (see `cleanWhitespace`). Returns `s` itself when it is already title case.
 *
 * @example titleCaseVi('nguyễn văn đức') // 'Nguyễn Văn Đức'
 * @example titleCaseVi('ĐẶNG THỊ HOÀ') // 'Đặng Thị Hoà'
 * @example titleCaseVi("h'hen niê") // "H'Hen Niê"
 */
export function titleCaseVi(s: string): string {
  const nfc = toNFC(s);
  const n = nfc.length;
  let atStart = true;
  let i = 0;
  for (; i < n; i++) {
    const c = nfc.charCodeAt(i);
    if (startsWord(c)) {
      atStart = true;
      continue;
    }
    if (needsChange(c, atStart)) break;
    if (atStart && isLetterish(c)) atStart = false;
  }
  if (i === n) return nfc;
  let out = nfc.slice(0, i);
  for (; i < n; i++) {
    const c = nfc.charCodeAt(i);
    if (startsWord(c)) {
      out += nfc[i];
      atStart = true;
      continue;
    }
    out += recase(nfc[i]!, c, atStart);
    if (atStart && isLetterish(c)) atStart = false;
  }
  return out;
}
