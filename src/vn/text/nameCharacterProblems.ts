import { isCombiningMark, isLatinLetter } from './letters';
import { whitespaceKind, TEXT } from './whitespaceKind';

/** Characters a personal name must not contain. */
export interface NameCharacterProblems {
  /** A decimal digit (any script). */
  digits: boolean;
  /** Each other disallowed character, once, in order of first appearance. */
  symbols: string[];
}

/** Apostrophes seen in names of ethnic minorities ("H'Hen Niê"): ASCII, right single quote, modifier letter. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

// Civil Code 2015 (91/2015/QH13), art. 26(3): a name is in Vietnamese or another language of Vietnam, never a number nor a character that is not a letter.

/**
 * What is wrong with the characters of a personal name, or `null` when every character is allowed:
 * Latin letters with any diacritics, NFC or NFD (Vietnamese; ĕ ĭ ŏ ŭ of the Ê Đê and Jrai alphabets; a foreign
 * surname such as Müller, which art. 26(2) allows through a parent), whitespace (judged by `whitespaceProblems`,
 * not here), hyphen and apostrophe. Digits set `digits`; anything else (".", "?", "@", emoji, letters of other
 * scripts, which in a Vietnamese register are mis-decoded text rather than names) is listed in `symbols`.
 *
 * @example nameCharacterProblems('Nguyễn Văn Đức') // null
 * @example nameCharacterProblems('Nguyen Van A1.') // { digits: true, symbols: ['.'] }
 */
export function nameCharacterProblems(s: string): NameCharacterProblems | null {
  let digits = false;
  let symbols: string[] | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLatinLetter(c) || c === 0x2d || isApostrophe(c)) continue;
    if (c >= 0x30 && c <= 0x39) {
      digits = true;
      continue;
    }
    if (whitespaceKind(c) !== TEXT) continue;
    // A diacritic of decomposed (NFD) text belongs to the letter before it: NFD is `isNFC`'s concern, not this one.
    if (isCombiningMark(c) && i > 0 && (isLatinLetter(s.charCodeAt(i - 1)) || isCombiningMark(s.charCodeAt(i - 1)))) continue;
    let ch = s[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      ch = s.slice(i, i + 2);
      i++;
    }
    if (/^\p{Nd}$/u.test(ch)) {
      digits = true;
      continue;
    }
    symbols ??= [];
    if (!symbols.includes(ch)) symbols.push(ch);
  }
  return digits || symbols !== null ? { digits, symbols: symbols ?? [] } : null;
}
