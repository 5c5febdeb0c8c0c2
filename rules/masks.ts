// Masks for personal data in rendered reports. Each states what it reveals; tests check it never reveals more.
import { isNFC, isRegExpSpace, toNFC } from '../src/vn/text';

/**
 * Personal ID: at most the first 6 characters (province, century/sex and birth year, which the ID rules explain),
 * never more than half of the value.
 * @example maskPersonalId('001099012345') // '001099******'
 */
export function maskPersonalId(text: string): string {
  // Counted in characters, not UTF-16 units; text without surrogate pairs (every real ID) needs no array.
  if (!hasSurrogate(text)) {
    const keep = Math.min(6, Math.floor(text.length / 2));
    return text.slice(0, keep) + '*'.repeat(text.length - keep);
  }
  const chars = Array.from(text);
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Phone: the first 3 and last 2 digits (country or carrier prefix and a check for the reader), other digits starred,
 * separators kept. Values with fewer than 8 digits show no digit at all.
 * @example maskPhone('0912 345 678') // '091* *** *78'
 */
export function maskPhone(text: string): string {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) total++;
  }
  let seen = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      seen++;
      out += total >= 8 && (seen <= 3 || seen > total - 2) ? text[i] : '*';
    } else if (c === 43 || c === 32 || c === 46 || c === 45 || c === 40 || c === 41) out += text[i]; // + space . - ( )
    else out += '*'; // letters and anything else could spell a number out
  }
  return out;
}

/**
 * Name: the first letter of each word, then three stars, so word lengths are not revealed either.
 * @example maskName('Nguyễn Văn Đức') // 'N*** V*** Đ***'
 */
export function maskName(text: string): string {
  // Masks run on every issue of every masked report: one pass over the characters, no intermediate arrays.
  const s = isNFC(text) ? text : toNFC(text);
  let out = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRegExpSpace(c)) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    if (out !== '') out += ' ';
    // A word's first character, whole when it is a surrogate pair.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    out += (pair ? s.slice(i, i + 2) : s[i]!) + '***';
  }
  return out;
}

/**
 * Birth date: the year only (4 consecutive digits), every other digit starred.
 * @example maskBirthDate('15/03/1989') // day and month starred, separators and the year 1989 kept
 */
export function maskBirthDate(text: string): string {
  const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/u.exec(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const inYear = year !== null && i >= year.index && i < year.index + 4;
    out += inYear || !isLetterOrNumber(text.charCodeAt(i), ch) ? ch : '*';
  }
  return out;
}

// ASCII answered directly (dates are ASCII); anything else by the Unicode property, one UTF-16 unit at a time.
function isLetterOrNumber(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_NUMBER.test(ch);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Address: only the last two comma-separated parts (ward and province, or district and province); the house
 * number and street are never shown.
 * @example maskAddress('12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh') // '***, Phường Sài Gòn, TP Hồ Chí Minh'
 */
export function maskAddress(text: string): string {
  const parts = text.split(',');
  if (parts.length <= 2) return '***';
  return ['***', ...parts.slice(-2).map((p) => p.trim())].join(', ');
}

/**
 * Sex: a word ("Nam", "nữ", "F") is not personal data and is shown; anything else in the column (an ID or a birth
 * date shifted there by a ragged row, a long note) is hidden.
 * @example maskSexValue('khác') // 'khác'
 * @example maskSexValue('079301004567') // '***'
 */
export function maskSexValue(text: string): string {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits > 2 || text.length > 20 ? '***' : text;
}
