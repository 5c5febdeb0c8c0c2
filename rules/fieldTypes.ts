import type { FieldType } from '../src/core';
import { parseAddress } from '../src/vn/address';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { analyseName } from './nameAnalysis';
import { rememberRecent } from './recentValues';
import { maskAddress, maskBirthDate, maskDateValue, maskName, maskPersonalId, maskPhone, maskRecordKey, maskSexValue } from './masks';

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
