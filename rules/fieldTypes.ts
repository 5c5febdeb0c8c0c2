import type { FieldType } from '../src/core';
import { parseAddress } from '../src/vn/address';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { analyseName } from './nameAnalysis';
import { rememberRecent } from './recentValues';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone, maskSexValue } from './masks';

/**
 * Parses a date cell. A number (JSON, NDJSON, API input: XLSX cells arrive as text) is an Excel serial day, except
 * eight digits 18000101–21991231, a yyyyMMdd date, and a whole number from 1800 to 2199, which is a year (`ngay_sinh: 1985`, a birth year with the day unknown). Safe
 * because serials 1800–2199 are days in 1904–1906, which no population record (birth, card issue, update) holds now.
 */
function parseDateCell(text: string, raw: unknown): DateParse {
  if (typeof raw !== 'number') return parseDate(text);
  if (!Number.isInteger(raw)) return parseDate(raw);
  if (raw >= 1800 && raw <= 2199) return parseDate(raw, { excelSerial: false });
  // 19990315: a yyyyMMdd date stored as a number (Excel's serials stop at 2,958,465, 31 December 9999).
  if (raw >= 18000101 && raw <= 21991231) return parseDate(String(raw));
  return parseDate(raw);
}

/**
 * A record's key as reports show it: as it is (the key is how a report is traced back to its record), unless it is
 * a personal ID or phone number, as when an export's "mã công dân" holds the citizen's CCCD (masked like one), or
 * words (a name in the key's column: hidden).
 */
function maskRecordKey(text: string): string {
  if (looksLikeWords(text)) return HIDDEN;
  if (text.length < 9 || text.length > 16) return text;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 45 && c !== 46 && !(c === 43 && i === 0)) return text; // a letter: a record code
  }
  return digits >= 9 && digits <= 12 ? maskPersonalId(text) : text;
}

const HIDDEN = '***';

/** Two words with letters ("Nguyễn Văn An", "12 Lê Lợi"): what a code or a date never is, and a name or an address is. */
function looksLikeWords(text: string): boolean {
  return /\p{L}[\p{L}\p{M}.'-]*\s+\S*\p{L}/u.test(text);
}

/**
 * A date that is not a birth date (an issue date, an update stamp) is no personal data and is shown as written, so
 * that "31/02/2024" can be found and fixed. Text that is not date-shaped (a name, an ID, a phone or an address in the
 * wrong column) is hidden.
 */
function maskDateValue(text: string): string {
  // Date-shaped: read as a date, or written as one that does not exist (31/02/2024); anything else is hidden.
  const parsed = parseDate(text);
  return parsed.ok || parsed.reason === 'impossible' ? text : HIDDEN;
}

/** The field types the catalogue knows. Profiles name them in `fields.<name>.type`. */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = Object.freeze({
  recordId: { mask: maskRecordKey },
  text: {},
  personalId: { parse: (t) => parsePersonalId(t), mask: maskPersonalId },
  personName: { parse: (t) => analyseName(t), mask: maskName },
  birthDate: { parse: parseDateCell, mask: maskBirthDate },
  date: { parse: parseDateCell, mask: maskDateValue },
  sex: { parse: (t) => parseSex(t), mask: maskSexValue },
  phone: { parse: (t) => parsePhone(t), mask: maskPhone },
  address: { parse: rememberRecent((t) => parseAddress(t), 2048), mask: maskAddress },
});

/** Whether a parse is a real value (not blank, not a filler, not a field the profile lacks). */
export { hasValue } from '../src/core';
