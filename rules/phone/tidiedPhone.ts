import { parsePhone, type PhoneParse } from '../../src/vn/phone';

// Brackets, surrounding spaces and a trailing separator carry no digit: "(+84) 912 345 678", " +84912345678" and
// "0912345678;" are one valid number that the numbering plan's strict reading (libphonenumber's isValidPhoneNumber)
// refuses only for the way it is written.
const STRAY = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff;,.]+$|[()]/gu;

/**
 * The number an invalid phone value holds once stray brackets, surrounding spaces and a trailing `;` `,` `.` are
 * dropped, when that reading is a valid (or retired but once valid) number; null otherwise. Letters, a second
 * number or anything else stays invalid: only characters that cannot change which number is meant are dropped.
 *
 * @example tidiedPhone('(+84) 912 345 678')?.e164 // '+84912345678'
 * @example tidiedPhone('0912345678 (Zalo)') // null
 */
export function tidiedPhone(text: string): PhoneParse | null {
  const tidy = text.replace(STRAY, '');
  if (tidy === text || tidy === '') return null;
  const parse = parsePhone(tidy);
  return parse.valid || parse.legacy !== null ? parse : null;
}
