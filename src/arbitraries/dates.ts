import fc from 'fast-check';
import { ageOn, anniversary, civilFromDays, daysFromCivil, formatIsoDate, parseDate, type CivilDate } from '../vn/dates';

/** A day given as `{ year, month, day }` or `YYYY-MM-DD`. */
export type DayInput = CivilDate | string;

/** The written forms `parseDate` reads with day precision. */
export type DateTextFormat = 'dd/MM/yyyy' | 'd/M/yyyy' | 'dd-MM-yyyy' | 'dd.MM.yyyy' | 'iso-date';

export const DATE_TEXT_FORMATS: readonly DateTextFormat[] = Object.freeze(['dd/MM/yyyy', 'd/M/yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy', 'iso-date']);

/**
 * Reads a day option; throws on anything that is not a real calendar day (a mistake in the calling test).
 *
 * @example toCivilDate('2026-11-01') // { year: 2026, month: 11, day: 1 }
 */
export function toCivilDate(day: DayInput): CivilDate {
  if (typeof day !== 'string') return day;
  const parsed = parseDate(day);
  if (!parsed.ok || parsed.precision !== 'day') throw new RangeError(`not a day: "${day}"`);
  return parsed.date;
}

/**
 * Writes a day in one of the formats Vietnamese records use.
 *
 * @example formatDateText({ year: 2024, month: 7, day: 1 }, 'd/M/yyyy') // '1/7/2024'
 */
export function formatDateText(date: CivilDate, format: DateTextFormat): string {
  const dd = String(date.day).padStart(2, '0');
  const mm = String(date.month).padStart(2, '0');
  switch (format) {
    case 'dd/MM/yyyy':
      return `${dd}/${mm}/${date.year}`;
    case 'd/M/yyyy':
      return `${date.day}/${date.month}/${date.year}`;
    case 'dd-MM-yyyy':
      return `${dd}-${mm}-${date.year}`;
    case 'dd.MM.yyyy':
      return `${dd}.${mm}.${date.year}`;
    default:
      return formatIsoDate(date);
  }
}

/**
 * Real calendar days from `from` to `to`, both included; shrinks towards `from`.
 *
 * @example fc.sample(civilDateArb('2024-01-01', '2024-12-31'), 1) // [{ year: 2024, month: 5, day: 17 }]
 */
export function civilDateArb(from: DayInput, to: DayInput): fc.Arbitrary<CivilDate> {
  const min = daysFromCivil(toCivilDate(from));
  const max = daysFromCivil(toCivilDate(to));
  if (min > max) throw new RangeError('civilDateArb: `from` is after `to`');
  return fc.integer({ min, max }).map((n) => civilFromDays(n));
}

export interface BirthDateArbOptions {
  /** Youngest age on `asOf`, in whole years (default 0). */
  minAge?: number;
  /** Oldest age on `asOf`, in whole years (default 100). */
  maxAge?: number;
  /** The day ages are counted on. Required: generated data never depends on the wall clock. */
  asOf: DayInput;
}

/**
 * Birth dates of people aged `minAge` to `maxAge` (whole years) on `asOf`.
 *
 * @example
 * fc.assert(fc.property(birthDateArb({ minAge: 18, maxAge: 60, asOf: '2026-01-01' }), (d) => {
 *   const age = ageOn(d, { year: 2026, month: 1, day: 1 });
 *   return age >= 18 && age <= 60;
 * }));
 */
export function birthDateArb(options: BirthDateArbOptions): fc.Arbitrary<CivilDate> {
  const asOf = toCivilDate(options.asOf);
  const minAge = options.minAge ?? 0;
  const maxAge = options.maxAge ?? 100;
  if (minAge < 0 || maxAge < minAge) throw new RangeError('birthDateArb: need 0 <= minAge <= maxAge');
  // Aged maxAge means born after the (maxAge + 1)th anniversary going back; aged minAge means born by the minAge-th.
  let earliest = daysFromCivil(anniversary(asOf, -(maxAge + 1))) + 1;
  let latest = daysFromCivil(anniversary(asOf, -minAge));
  // A 29 February on either side shifts the bound by a day: settle it with ageOn itself.
  while (ageOn(civilFromDays(latest), asOf) < minAge) latest--;
  while (ageOn(civilFromDays(latest + 1), asOf) >= minAge) latest++;
  while (ageOn(civilFromDays(earliest), asOf) > maxAge) earliest++;
  while (ageOn(civilFromDays(earliest - 1), asOf) <= maxAge) earliest--;
  return fc.integer({ min: earliest, max: latest }).map((n) => civilFromDays(n));
}

export interface DateTextArbOptions {
  /** Which written forms to use; default all of {@link DATE_TEXT_FORMATS}. */
  formats?: readonly DateTextFormat[];
}

/**
 * Dates written as records write them (`15/03/1999`, `1/7/2024`, `15-03-1999`, `15.03.1999`, `1999-03-15`),
 * each of which `parseDate` reads back to the same day.
 *
 * @example fc.sample(dateTextArb(civilDateArb('1990-01-01', '1999-12-31')), 1) // ['7/11/1993']
 */
export function dateTextArb(dates: fc.Arbitrary<CivilDate>, options: DateTextArbOptions = {}): fc.Arbitrary<string> {
  const formats = options.formats ?? DATE_TEXT_FORMATS;
  return fc.tuple(dates, fc.constantFrom(...formats)).map(([d, f]) => formatDateText(d, f));
}
