import { isCombiningMark, isVietnameseLetter } from './letters';
import { whitespaceKind, TEXT } from './whitespaceKind';

/** Characters a personal name must not contain. */
export interface NameCharacterProblems {
  /** A decimal digit (any script). */
  digits: boolean;
  /** Each other disallowed character, once, in order of first appearance. */
  symbols: string[];
}

/** Diacritics of Vietnamese in decomposed (NFD) text: not a character problem here (see `isNFC`). */
function isVietnameseMark(c: number): boolean {
  return c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323 || c === 0x302 || c === 0x306 || c === 0x31b;
}

/** Apostrophes seen in names of ethnic minorities ("H'Hen Niê"): ASCII, right single quote, modifier letter. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

// Basis: Civil Code 2015 (91/2015/QH13), art. 26(3): a Vietnamese citizen's name is in Vietnamese or another
// language of Vietnam, "not a number, nor a character that is not a letter".

/**
 * What is wrong with the characters of a personal name, or `null` when every character is allowed:
 * letters (ASCII and every Vietnamese letter, NFC or NFD), whitespace (judged by `whitespaceProblems`, not
 * here), hyphen and apostrophe. Digits set `digits`; anything else (".", "?", "ñ", "@", emoji …) is listed in
 * `symbols`.
 *
 * @example nameCharacterProblems('Nguyễn Văn Đức') // null
 * @example nameCharacterProblems('Nguyen Van A1.') // { digits: true, symbols: ['.'] }
 */
export function nameCharacterProblems(s: string): NameCharacterProblems | null {
  let digits = false;
  let symbols: string[] | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isVietnameseLetter(c) || c === 0x2d || isApostrophe(c)) continue;
    if (c >= 0x30 && c <= 0x39) {
      digits = true;
      continue;
    }
    if (whitespaceKind(c) !== TEXT) continue;
    if (isCombiningMark(c) && isVietnameseMark(c) && i > 0) continue;
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
