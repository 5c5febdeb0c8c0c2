import type { FieldType } from '../src/core';
import { parseAddress } from '../src/vn/address';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { foldVietnamese, tonePlacementKey } from '../src/vn/text';
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

/**
 * A personal ID's identity: its 12 digits, however written (`001 099 012 345`, `'001099012345`). Anything else is not
 * compared: a 9-digit CMND beside a 12-digit number is a person's old and new document, not a contradiction; a
 * malformed value is id.personal.format's finding when it is the judged one, and a guess (restored leading zeros)
 * is no ground for an error; a placeholder (000000000000) stands for no value. Twelve digits whose first three are
 * no province code are no personal ID either: `000012345678` is typically a 9-digit CMND zero-padded by a
 * spreadsheet's number format, `099…` a typing error, and neither says the person has another ID.
 */
function personalIdKey(text: string): string | null {
  const id = parsePersonalId(text);
  return id.ok && id.kind === 'personal-id' && id.provinceName !== null && !id.placeholder ? id.digits : null;
}

/**
 * A name's identity: legacy TCVN3/VNI text repaired, whitespace collapsed, then `tonePlacementKey` (lower case, NFD
 * read as NFC, Ð read as Đ, the tone mark wherever it sits in its syllable), so that `NGUYỄN VĂN AN`,
 * `Nguyễn  Văn An`, its NFD or TCVN3 spelling, and `Hòa`/`Hoà` or `Thủy`/`Thuỷ` (the old and new tone placement,
 * both correct) are one name. Diacritics are kept: names that differ only by them are different names (Ân and An,
 * Đào and Dao, Hòa and Hóa), so `Nguyễn Văn Ân` beside `Nguyễn Văn An` is a conflict. One exception, see
 * `sameNameKey`.
 */
function personNameKey(text: string): string | null {
  const key = tonePlacementKey(analyseName(text).cleaned);
  return key === '' ? null : key;
}

/**
 * A copy of a name typed without any diacritics (`Nguyen Van An`: an old system, an ASCII-only form, a keyboard
 * without Vietnamese input) is common and says nothing against the name with them: a key with no diacritics matches
 * the other's folded form (`foldVietnamese` of a `tonePlacementKey` is the folded name). Only a key with none at all: `Nguyễn Van An` beside `Nguyễn Văn An` dropped one mark of
 * several, which is as likely a different name as a slip.
 */
function sameNameKey(a: string, b: string): boolean {
  return (foldVietnamese(a) === a && foldVietnamese(b) === a) || (foldVietnamese(b) === b && foldVietnamese(a) === b);
}

/** A birth date's identity: its ISO form `YYYY-MM-DD`, or `YYYY` for a year alone; null when it cannot be read. */
function birthDateKey(text: string, raw: unknown): string | null {
  const d = parseDateCell(text, raw);
  if (!d.ok) return null;
  return d.precision === 'year' ? String(d.date.year).padStart(4, '0') : d.iso;
}

/**
 * A year alone (`1999`: the day of birth unknown, or an export that keeps only the year) beside a full date in that
 * year says the same, less precisely, as dob.future reads a year alone: no conflict. A year alone beside a date in
 * another year is one.
 */
function sameBirthDateKey(a: string, b: string): boolean {
  return (a.length === 4 && b.startsWith(`${a}-`)) || (b.length === 4 && a.startsWith(`${b}-`));
}

/**
 * The sex as read ("Nam", "nam", "M" are one): unreadable values are sex.unrecognised's, not compared. Only the two
 * values are keys: should a lookup ever again return something else (parseSex once returned Object.prototype's
 * methods for "valueOf" or "constructor"), the value goes uncompared instead of raising a conflict between two of them.
 */
function sexKey(text: string): string | null {
  const sex = parseSex(text);
  return sex === 'male' || sex === 'female' ? sex : null;
}

/**
 * The field types the catalogue knows. Profiles name them in `fields.<name>.type`. Only the types whose columns must
 * agree have a `conflictKey` (rule field.conflict): not a phone (a mobile and a landline), not an address (permanent
 * and current residence), not a date (the issue dates of a CCCD and of the CMND before it), not a record id.
 */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = Object.freeze({
  recordId: { mask: maskRecordKey },
  text: {},
  personalId: { parse: (t) => parsePersonalId(t), mask: maskPersonalId, conflictKey: personalIdKey },
  personName: { parse: (t) => analyseName(t), mask: maskName, conflictKey: personNameKey, sameConflictKey: sameNameKey },
  birthDate: { parse: parseDateCell, mask: maskBirthDate, conflictKey: birthDateKey, sameConflictKey: sameBirthDateKey },
  date: { parse: parseDateCell, mask: maskDateValue },
  sex: { parse: (t) => parseSex(t), mask: maskSexValue, conflictKey: sexKey },
  phone: { parse: (t) => parsePhone(t), mask: maskPhone },
  address: { parse: rememberRecent((t) => parseAddress(t), 2048), mask: maskAddress },
});

/** Whether a parse is a real value (not blank, not a filler, not a field the profile lacks). */
export { hasValue } from '../src/core';
