import { isBlank, type FieldType } from '../src/core';
import { parseAddress } from '../src/vn/address';
import { parseDate, type DateParse } from '../src/vn/dates';
import { parsePersonalId } from '../src/vn/id';
import { isPlaceholderValue, parseSex } from '../src/vn/person';
import { parsePhone } from '../src/vn/phone';
import { analyseName } from './nameAnalysis';
import { maskAddress, maskBirthDate, maskName, maskPersonalId, maskPhone } from './masks';

/** A blank value parses to this: rules about the value's content then stay silent. */
export const BLANK = Object.freeze({ kind: 'blank' as const });
/** A filler such as "N/A" or "không có" parses to this, once per field, for field.placeholder and the content rules. */
export const PLACEHOLDER = Object.freeze({ kind: 'placeholder' as const });
export type NoValue = typeof BLANK | typeof PLACEHOLDER;

const identity = (text: string): string => text;

function unlessPlaceholder<T>(parse: (text: string, raw: unknown) => T) {
  return (text: string, raw: unknown): T | NoValue => (isBlank(text) ? BLANK : isPlaceholderValue(text) ? PLACEHOLDER : parse(text, raw));
}

/** Parses a date cell; a number from a spreadsheet or JSON is read as an Excel serial day. */
function parseDateCell(text: string, raw: unknown): DateParse {
  return typeof raw === 'number' ? parseDate(raw) : parseDate(text);
}

/** The field types the catalogue knows. Profiles name them in `fields.<name>.type`. */
export const FIELD_TYPES: Readonly<Record<string, FieldType>> = Object.freeze({
  recordId: { parse: unlessPlaceholder(identity) },
  text: { parse: unlessPlaceholder(identity) },
  personalId: { parse: unlessPlaceholder((t) => parsePersonalId(t)), mask: maskPersonalId },
  personName: { parse: unlessPlaceholder((t) => analyseName(t)), mask: maskName },
  birthDate: { parse: unlessPlaceholder(parseDateCell), mask: maskBirthDate },
  date: { parse: unlessPlaceholder(parseDateCell) },
  sex: { parse: unlessPlaceholder((t) => parseSex(t)) },
  phone: { parse: unlessPlaceholder((t) => parsePhone(t)), mask: maskPhone },
  address: { parse: unlessPlaceholder((t) => parseAddress(t)), mask: maskAddress },
});

/** Whether a parse is a real value (not blank, not a placeholder, not an absent field). */
export function hasValue<T>(parsed: T | NoValue | undefined): parsed is T {
  return parsed !== undefined && parsed !== BLANK && parsed !== PLACEHOLDER;
}
