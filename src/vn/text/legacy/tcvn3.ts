import { CASE_OF } from '../letters';
import { isLegacyWordChar } from './legacyEncoding';
import { isTcvn3Capital, TCVN3_TO_UNICODE, UNICODE_TO_TCVN3 } from './tcvn3Table';

/*
 * TCVN3 (VN3) has codes for only seven capitals; every other letter byte is drawn lower-case by ".VnTime" and
 * upper-case by ".VnTimeH". So the case of those bytes is not in the data: it is inferred from the letters
 * around them, first within the word ("NGUYÔN" → NGUYỄN, "NguyÔn" → Nguyễn), then from how the other
 * words of the value are written (title case "Lª ThÞ ý" → Lê Thị Ý, all capitals "Hµ NéI" → HÀ NỘI).
 */

const NONE = 0; // no letter of known case
const UPPER = 1; // capitals only, one of them after the first letter
const INITIAL = 2; // one known letter: a capital first letter (title or all capitals, cannot tell)
const TITLE = 3; // capital first letter, the rest lower case
const LOWER = 4; // lower case, first letter included
const TAIL_LOWER = 5; // lower case after a first letter of unknown case ("¸nh")
const MIXED = 6;

/** 1 lower, 2 upper, 0 unknown: the case a character shows regardless of font. */
function knownCase(c: number): number {
  if (c < 0x80) return CASE_OF[c]!;
  if (c > 0xff) return 0;
  if (TCVN3_TO_UNICODE[c] !== '') return isTcvn3Capital(c) ? 2 : 0;
  return CASE_OF[c]!; // a Latin-1 letter VN3 does not use keeps its own case
}

function wordPattern(s: string, start: number, end: number): number {
  let uppers = 0;
  let lowers = 0;
  let initialUpper = false;
  let laterUpper = false;
  let initialLower = false;
  for (let i = start; i < end; i++) {
    const known = knownCase(s.charCodeAt(i));
    if (known === 2) {
      uppers++;
      if (i === start) initialUpper = true;
      else laterUpper = true;
    } else if (known === 1) {
      lowers++;
      if (i === start) initialLower = true;
    }
  }
  if (uppers + lowers === 0) return NONE;
  if (lowers === 0) return laterUpper ? UPPER : INITIAL;
  if (uppers === 0) return initialLower ? LOWER : TAIL_LOWER;
  return initialUpper && uppers === 1 ? TITLE : MIXED;
}

function valueContext(patterns: readonly number[]): number {
  let upper = 0;
  let title = 0;
  let lower = 0;
  let initial = 0;
  for (const p of patterns) {
    if (p === UPPER) upper++;
    else if (p === TITLE) title++;
    else if (p === LOWER || p === MIXED) lower++;
    else if (p === INITIAL) initial++;
  }
  if (lower > 0 || (upper > 0 && title > 0)) return MIXED;
  if (upper > 0) return UPPER;
  if (title > 0) return TITLE;
  return initial > 0 ? INITIAL : NONE;
}

function capitalise(pattern: number, context: number, isFirstLetter: boolean): boolean {
  switch (pattern) {
    case UPPER:
      return true;
    case INITIAL:
      return context === UPPER;
    case TAIL_LOWER:
      return isFirstLetter && (context === TITLE || context === INITIAL);
    case NONE:
      return isFirstLetter ? context === TITLE || context === INITIAL || context === UPPER : context === UPPER;
    default:
      return false;
  }
}

/**
 * TCVN3 (ABC, ".VnTime"/".VnTimeH") text read as Windows-1252, to Unicode NFC. Letters whose case VN3 does
 * not record are restored from their word and the rest of the value.
 *
 * @example tcvn3ToUnicode('NguyÔn V¨n §øc') // 'Nguyễn Văn Đức'
 * @example tcvn3ToUnicode('NGUYÔN V¡N §øC') // 'NGUYỄN VĂN ĐỨC'
 */
export function tcvn3ToUnicode(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xfe && TCVN3_TO_UNICODE[c] !== '') break;
  }
  if (i === n) return s; // no VN3 letter byte: nothing to convert

  const starts: number[] = [];
  const ends: number[] = [];
  const patterns: number[] = [];
  for (let j = 0; j < n; ) {
    if (!isLegacyWordChar(s.charCodeAt(j))) {
      j++;
      continue;
    }
    const start = j;
    while (j < n && isLegacyWordChar(s.charCodeAt(j))) j++;
    starts.push(start);
    ends.push(j);
    patterns.push(wordPattern(s, start, j));
  }
  const context = valueContext(patterns);

  let out = '';
  let w = 0;
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(j);
    const letter = c <= 0xff ? TCVN3_TO_UNICODE[c]! : '';
    if (letter === '') {
      out += s[j];
      continue;
    }
    while (ends[w]! <= j) w++;
    const ambiguous = !isTcvn3Capital(c);
    out += ambiguous && capitalise(patterns[w]!, context, j === starts[w]) ? letter.toUpperCase() : letter;
  }
  return out;
}

/**
 * Unicode text to TCVN3 bytes read as Windows-1252: the inverse of `tcvn3ToUnicode` up to the case VN3
 * cannot record (capitals other than Ă Â Ê Ô Ơ Ư Đ become their lower-case byte, as ".VnTimeH" stored them).
 *
 * @example unicodeToTcvn3('Nguyễn Văn Đức') // 'NguyÔn V¨n §øc'
 */
export function unicodeToTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += UNICODE_TO_TCVN3.get(ch) ?? ch;
  return out;
}
