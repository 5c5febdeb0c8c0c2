import type { FieldType } from '../src/core';
import { parseAddress } from '../src/vn/address';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { analyseName } from './nameAnalysis';
import { rememberRecent } from './recentValues';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone, maskSexValue } from './masks';

/** Parses a date cell; a number from a spreadsheet or JSON is read as an Excel serial day. */
function parseDateCell(text: string, raw: unknown): DateParse {
  return typeof raw === 'number' ? parseDate(raw) : parseDate(text);
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
