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
  // phone.invalid and phone.format both ask, one after the other, about the same record's value.
  if (text === last.text) return last.tidied;
  const tidy = text.replace(STRAY, '');
  let tidied: PhoneParse | null = null;
  if (tidy !== text && tidy !== '') {
    const parse = parsePhone(tidy);
    if (parse.valid || parse.legacy !== null) tidied = parse;
  }
  last.text = text;
  last.tidied = tidied;
  return tidied;
}

/** The last value asked about and its answer (a pure function of the text). */
const last: { text: string | undefined; tidied: PhoneParse | null } = { text: undefined, tidied: null };
