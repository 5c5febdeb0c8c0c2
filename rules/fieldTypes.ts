import type { FieldType } from '../src/core';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { isPlaceholderValue, parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { analyseName } from './nameAnalysis';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone } from './masks';

/** A blank or placeholder value parses to this: rules about the value's content then stay silent. */
export const NO_VALUE = Object.freeze({ kind: 'no-value' as const });

function unlessPlaceholder<T>(parse: (text: string, raw: unknown) => T) {
  return (text: string, raw: unknown): T | typeof NO_VALUE => (text.trim() === '' || isPlaceholderValue(text) ? NO_VALUE : parse(text, raw));
}

/** Parses a date cell; a number from a spreadsheet or JSON is read as an Excel serial day. */
function parseDateCell(text: string, raw: unknown): DateParse {
  return typeof raw === 'number' ? parseDate(raw) : parseDate(text);
}

/** The field types the catalogue knows. Profiles name them in `fields.<name>.type`. */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = Object.freeze({
  recordId: {},
  text: {},
  personalId: { parse: unlessPlaceholder((t) => parsePersonalId(t)), mask: maskPersonalId },
  personName: { parse: unlessPlaceholder((t) => analyseName(t)), mask: maskName },
  birthDate: { parse: unlessPlaceholder(parseDateCell), mask: maskBirthDate },
  date: { parse: unlessPlaceholder(parseDateCell) },
  sex: { parse: unlessPlaceholder((t) => parseSex(t)) },
  phone: { parse: unlessPlaceholder((t) => parsePhone(t)), mask: maskPhone },
  address: { mask: maskAddress },
});

/** Whether a parse is a real value (not blank, not a placeholder). */
export function hasValue<T>(parsed: T | typeof NO_VALUE | undefined): parsed is T {
  return parsed !== undefined && parsed !== NO_VALUE;
}
