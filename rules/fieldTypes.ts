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
 * a whole number from 1800 to 2199, which is a year (`ngay_sinh: 1985`, a birth year with the day unknown). Safe
 * because serials 1800–2199 are days in 1904–1906, which no population record (birth, card issue, update) holds now.
 */
function parseDateCell(text: string, raw: unknown): DateParse {
  if (typeof raw !== 'number') return parseDate(text);
  return Number.isInteger(raw) && raw >= 1800 && raw <= 2199 ? parseDate(raw, { excelSerial: false }) : parseDate(raw);
}

/** The field types the catalogue knows. Profiles name them in `fields.<name>.type`. */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = Object.freeze({
  recordId: {},
  text: {},
  personalId: { parse: (t) => parsePersonalId(t), mask: maskPersonalId },
  personName: { parse: (t) => analyseName(t), mask: maskName },
  birthDate: { parse: parseDateCell, mask: maskBirthDate },
  date: { parse: parseDateCell },
  sex: { parse: (t) => parseSex(t), mask: maskSexValue },
  phone: { parse: (t) => parsePhone(t), mask: maskPhone },
  address: { parse: rememberRecent((t) => parseAddress(t), 2048), mask: maskAddress },
});

/** Whether a parse is a real value (not blank, not a filler, not a field the profile lacks). */
export { hasValue } from '../src/core';
