import { ID_PROVINCE_NAMES } from './provinceCodes';
import { isPlaceholderDigits } from './placeholder';

export type Sex = 'male' | 'female';

/** A 12-digit personal ID number (số định danh cá nhân, also the number on the CCCD / căn cước card). */
export interface PersonalIdNumber {
  ok: true;
  kind: 'personal-id';
  /** The 12 digits, separators removed. */
  digits: string;
  /** Whether the input needed cleaning to get the digits (spaces, dots, dashes, a leading apostrophe from Excel). */
  reformatted: boolean;
  /** Province of birth registration, 3 digits ("001" Hà Nội … "096" Cà Mau). */
  provinceCode: string;
  /** Name of that province, or null when the code is not one of the 63. */
  provinceName: string | null;
  /** The 4th digit: century of birth and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s …). */
  centurySexDigit: number;
  sex: Sex;
  /** Full birth year from the century digit and the 5th–6th digits. */
  birthYear: number;
  /** The last 6 digits. */
  serial: string;
  /** A stand-in such as 000000000000 or 123456789012. */
  placeholder: boolean;
}

/** A 9-digit identity card number (chứng minh nhân dân, CMND), the pre-2016 format. */
export interface IdentityCardNumber {
  ok: true;
  kind: 'cmnd';
  digits: string;
  reformatted: boolean;
  placeholder: boolean;
}

export interface PersonalIdProblem {
  ok: false;
  reason: 'empty' | 'characters' | 'length';
  /** How many digits the input held. */
  digitCount: number;
  /**
   * For 10 or 11 digits: the 12-digit number with the leading zeros restored, when that is a well-formed ID.
   * Spreadsheets drop the leading 0 that every ID number has (province codes run 001–096).
   */
  restoredLeadingZeros: string | null;
}

export type PersonalIdParse = PersonalIdNumber | IdentityCardNumber | PersonalIdProblem;

const EMPTY: PersonalIdProblem = Object.freeze({ ok: false, reason: 'empty', digitCount: 0, restoredLeadingZeros: null }) as PersonalIdProblem;

/**
 * Reads a personal ID number: the 12-digit số định danh cá nhân or the legacy 9-digit CMND.
 * Structure (Decree 137/2015/NĐ-CP, art. 13; codes in Circular 07/2016/TT-BCA): 3 digits province of birth
 * registration, 1 digit century and sex, 2 digits year of birth, 6 serial digits.
 * Spaces, dots and dashes between digits and a leading apostrophe are tolerated (`reformatted: true`).
 *
 * @example
 * parsePersonalId('001099012345')
 * // { ok: true, kind: 'personal-id', provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 1999, … }
 * parsePersonalId('012345678') // { ok: true, kind: 'cmnd', … }
 */
export function parsePersonalId(text: string): PersonalIdParse {
  if (typeof text !== 'string') return EMPTY;
  let digits = text;
  let reformatted = false;
  // Fast path: exactly 12 or 9 ASCII digits, the overwhelmingly common case.
  if (!isAllDigits(text)) {
    let out = '';
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return EMPTY;
    if (text.charCodeAt(start) === 39 /* ' */) start++;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) out += text[i];
      else if (c === 32 || c === 46 || c === 45 || c === 0xa0) continue;
      else return { ok: false, reason: 'characters', digitCount: countDigits(text), restoredLeadingZeros: null };
    }
    if (out.length === 0) return { ok: false, reason: 'characters', digitCount: 0, restoredLeadingZeros: null };
    digits = out;
    reformatted = true;
  }
  const n = digits.length;
  if (n === 12) return readTwelve(digits, reformatted);
  if (n === 9) return { ok: true, kind: 'cmnd', digits, reformatted, placeholder: isPlaceholderDigits(digits) };
  let restored: string | null = null;
  if (n === 10 || n === 11) {
    const padded = (n === 10 ? '00' : '0') + digits;
    if (ID_PROVINCE_NAMES[padded.slice(0, 3)] !== undefined && !isPlaceholderDigits(padded)) restored = padded;
  }
  return { ok: false, reason: 'length', digitCount: n, restoredLeadingZeros: restored };
}

// The first three digits as a number → the code as text and its province: every parse then makes no substring and
// no lookup by a new string (which V8 must first find among its known strings).
const PROVINCE_BY_NUMBER: readonly { code: string; name: string | null }[] = Array.from({ length: 1000 }, (_, n) => {
  const code = String(n).padStart(3, '0');
  return { code, name: ID_PROVINCE_NAMES[code] ?? null };
});

function readTwelve(digits: string, reformatted: boolean): PersonalIdNumber {
  const province = PROVINCE_BY_NUMBER[(digits.charCodeAt(0) - 48) * 100 + (digits.charCodeAt(1) - 48) * 10 + (digits.charCodeAt(2) - 48)]!;
  const centurySexDigit = digits.charCodeAt(3) - 48;
  const yy = (digits.charCodeAt(4) - 48) * 10 + (digits.charCodeAt(5) - 48);
  return {
    ok: true,
    kind: 'personal-id',
    digits,
    reformatted,
    provinceCode: province.code,
    provinceName: province.name,
    centurySexDigit,
    // Even digits are men, odd digits women; each pair is one century starting with 1900 (Decree 137/2015/NĐ-CP, art. 13).
    sex: centurySexDigit % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(centurySexDigit / 2) * 100 + yy,
    serial: digits.slice(6),
    placeholder: isPlaceholderDigits(digits),
  };
}

function isAllDigits(s: string): boolean {
  const n = s.length;
  if (n !== 12 && n !== 9) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
