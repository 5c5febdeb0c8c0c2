import type { CivilDate } from './civilDate';
import { daysInMonth, formatIsoDate } from './civilDate';
import { DATE_MESSAGES } from './dateMessages';
import type { DateMessage } from './dateMessages';
import { EXCEL_MAX_SERIAL, EXCEL_PHANTOM_LEAP_DAY, excelSerialToDate } from './excelSerial';
import { digitAt, digitsEnd, digitsValue, isDigit } from './digits';
import { parseTimeOfDay } from './timeOfDay';
import type { TimeOfDay } from './timeOfDay';
import { vietnamDate } from './vietnamDay';

export type { TimeOfDay } from './timeOfDay';

/** The written form a date was recognised in. Day-first forms accept one- or two-digit day and month. */
export type DateFormat = 'dd/MM/yyyy' | 'd/M/yyyy' | 'dd-MM-yyyy' | 'dd.MM.yyyy' | 'iso-date' | 'iso-datetime' | 'yyyy/MM/dd' | 'yyyyMMdd' | 'excel-serial' | 'yyyy';

export type DateParse =
  | {
      ok: true;
      date: CivilDate;
      /** The date as ISO 8601 `YYYY-MM-DD` (month and day 01 when only the year is known). */
      iso: string;
      format: DateFormat;
      /** 'year' when only the year was written (month and day are then 1/1 placeholders). */
      precision: 'day' | 'year';
      /** The time as written (never converted to Vietnam's clock, even when `date` was). */
      time?: TimeOfDay;
    }
  | { ok: false; reason: 'empty' | 'unrecognised' | 'impossible'; message: DateMessage };

export interface ParseDateOptions {
  /**
   * `true`: a string of digits (with an optional fraction) is an Excel serial, as in a column known to hold
   * serials. `false`: a number is not a serial either (a whole number is read as its digits, so 1985 is a year).
   * Default: numbers are serials, digit strings are not.
   */
  excelSerial?: boolean;
}

type Failure = Extract<DateParse, { ok: false }>;

const EMPTY: Failure = Object.freeze({ ok: false, reason: 'empty', message: DATE_MESSAGES.empty });
const UNRECOGNISED: Failure = Object.freeze({ ok: false, reason: 'unrecognised', message: DATE_MESSAGES.unrecognised });
const TWO_DIGIT_YEAR: Failure = Object.freeze({ ok: false, reason: 'unrecognised', message: DATE_MESSAGES.twoDigitYear });
const impossible = (message: DateMessage): Failure => Object.freeze({ ok: false, reason: 'impossible', message });
const BAD_MONTH = impossible(DATE_MESSAGES.month);
const BAD_DAY = impossible(DATE_MESSAGES.day);
const BAD_LEAP_DAY = impossible(DATE_MESSAGES.leapDay);
const BAD_YEAR_ZERO = impossible(DATE_MESSAGES.yearZero);
const BAD_TIME = impossible(DATE_MESSAGES.time);
const EXCEL_PHANTOM = impossible(DATE_MESSAGES.excelPhantom);
const EXCEL_RANGE = impossible(DATE_MESSAGES.excelRange);

const SLASH = 0x2f;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** The failure for an impossible year/month/day, or null when the three name a real day. */
function checkDate(year: number, month: number, day: number): Failure | null {
  if (month < 1 || month > 12) return BAD_MONTH;
  if (year === 0) return BAD_YEAR_ZERO;
  if (day < 1 || day > daysInMonth(year, month)) return month === 2 && day === 29 ? BAD_LEAP_DAY : BAD_DAY;
  return null;
}

/**
 * Parses a date the way Vietnamese records write it: day first (`dd/MM/yyyy`, `d/M/yyyy`, `dd-MM-yyyy`,
 * `dd.MM.yyyy`, optionally followed by a time `H:mm[:ss]` with a one- or two-digit hour), ISO 8601 dates and
 * date-times (`T` or a space, two-digit hour, seconds and fraction optional, `Z` or `±hh:mm`), a year alone
 * (people whose birth day is unknown: `precision: 'year'`), and Excel serials (1900 date system, with Excel's
 * phantom 29/02/1900 as serial 60).
 *
 * Impossible dates (31/02, 29/02/2023, month 13, day 0) are `impossible`, never rolled over; two-digit years
 * are `unrecognised` (the century is a guess). Surrounding whitespace is ignored. Never throws. Without an
 * offset the date is the calendar date as written. With one (`Z`, `+07:00`, `-0500` …) the text names an
 * instant, and the date is the day in Vietnam at that instant (zone Asia/Ho_Chi_Minh, history included), so a
 * UTC export of a Vietnamese date gives that date back; `time` stays as written. Days outside 1900–9999 are
 * kept as written.
 *
 * @example parseDate('01/07/2024') // { ok: true, date: { year: 2024, month: 7, day: 1 }, iso: '2024-07-01', format: 'dd/MM/yyyy', precision: 'day' }
 * @example parseDate('31/02/2024').ok // false (reason 'impossible')
 * @example parseDate(45474).iso // '2024-07-01' (an Excel serial)
 * @example parseDate('1984-12-31T17:00:00.000Z').iso // '1985-01-01' (midnight in Vietnam, written in UTC)
 */
export function parseDate(input: string | number, options?: ParseDateOptions): DateParse {
  if (typeof input === 'number') return parseNumber(input, options?.excelSerial);
  if (typeof input !== 'string') return input == null ? EMPTY : UNRECOGNISED;
  let s = input;
  const n0 = s.length;
  if (n0 === 0) return EMPTY;
  if (n0 === 10) {
    const quick = parseDayMonthYear(s);
    if (quick !== null) return quick;
  }
  if (s.charCodeAt(0) <= 0x20 || s.charCodeAt(n0 - 1) <= 0x20 || s.charCodeAt(0) > 0x7e || s.charCodeAt(n0 - 1) > 0x7e) {
    s = s.trim();
    if (s.length === 0) return EMPTY;
  }
  const n = s.length;
  const firstEnd = digitsEnd(s, 0);
  if (firstEnd === 0) return UNRECOGNISED;

  if (firstEnd === n) {
    if (options?.excelSerial === true) return fromSerial(digitsValue(s, 0, n));
    if (n === 4) return yearOnly(digitsValue(s, 0, 4));
    if (n === 8) return parseCompact(s);
    return UNRECOGNISED;
  }

  const sep = s.charCodeAt(firstEnd);
  if (firstEnd === 4 && sep === HYPHEN) return parseIso(s);
  if (firstEnd === 4 && sep === SLASH) return parseYearFirst(s);
  if (options?.excelSerial === true && sep === DOT && digitsEnd(s, firstEnd + 1) === n && n > firstEnd + 1) {
    return fromSerial(Number(s));
  }
  if (firstEnd > 2 || (sep !== SLASH && sep !== HYPHEN && sep !== DOT)) return UNRECOGNISED;

  // Day first: d{1,2} sep M{1,2} sep yyyy [time]
  const monthStart = firstEnd + 1;
  const monthEnd = digitsEnd(s, monthStart);
  const monthLength = monthEnd - monthStart;
  if (monthLength < 1 || monthLength > 2 || s.charCodeAt(monthEnd) !== sep) return UNRECOGNISED;
  const yearStart = monthEnd + 1;
  const yearEnd = digitsEnd(s, yearStart);
  const yearLength = yearEnd - yearStart;
  if (yearLength === 2 && (yearEnd === n || s.charCodeAt(yearEnd) === 0x20)) return TWO_DIGIT_YEAR;
  if (yearLength !== 4) return UNRECOGNISED;
  let time: TimeOfDay | Failure | undefined;
  if (yearEnd < n) {
    if (s.charCodeAt(yearEnd) !== 0x20) return UNRECOGNISED;
    const parsed = parseTimeOfDay(s, yearEnd + 1, true);
    if (parsed === null) return UNRECOGNISED;
    time = parsed === 'impossible' ? BAD_TIME : parsed;
  }
  const day = digitsValue(s, 0, firstEnd);
  const month = digitsValue(s, monthStart, monthEnd);
  const year = digitsValue(s, yearStart, yearEnd);
  const bad = checkDate(year, month, day);
  if (bad !== null) return bad;
  if (time !== undefined && 'ok' in time) return time;
  const format: DateFormat =
    sep === SLASH ? (firstEnd === 2 && monthLength === 2 ? 'dd/MM/yyyy' : 'd/M/yyyy') : sep === HYPHEN ? 'dd-MM-yyyy' : 'dd.MM.yyyy';
  if (time?.offsetMinutes !== undefined) return atInstant(year, month, day, format, time);
  return success(year, month, day, format, time, undefined);
}

/**
 * The shape nearly every Vietnamese record writes, `dd/MM/yyyy` with two-digit day and month, read by position
 * (three date fields a record go through here). Null when `s` is not exactly that shape, and the general scanner
 * decides.
 */
function parseDayMonthYear(s: string): DateParse | null {
  if (s.charCodeAt(2) !== SLASH || s.charCodeAt(5) !== SLASH) return null;
  // Straight-line digit reads: a loop with a skip test and three digitsValue calls cost about twice as much.
  const d0 = digitAt(s, 0);
  const d1 = digitAt(s, 1);
  const m0 = digitAt(s, 3);
  const m1 = digitAt(s, 4);
  const y0 = digitAt(s, 6);
  const y1 = digitAt(s, 7);
  const y2 = digitAt(s, 8);
  const y3 = digitAt(s, 9);
  if ((d0 | d1 | m0 | m1 | y0 | y1 | y2 | y3) < 0) return null;
  const day = d0 * 10 + d1;
  const month = m0 * 10 + m1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return checkDate(year, month, day) ?? success(year, month, day, 'dd/MM/yyyy', undefined, undefined);
}


function success(year: number, month: number, day: number, format: DateFormat, time: TimeOfDay | undefined, iso: string | undefined): DateParse {
  const date: CivilDate = { year, month, day };
  // One object shape for every success (time always present, possibly undefined) keeps callers' property reads monomorphic.
  return { ok: true, date, iso: iso ?? formatIsoDate(date), format, precision: format === 'yyyy' ? 'year' : 'day', time };
}

/** A date-time with an explicit offset names an instant: its date is the day in Vietnam then (see vietnamDay.ts). */
function atInstant(year: number, month: number, day: number, format: DateFormat, time: TimeOfDay): DateParse {
  const inVietnam = vietnamDate(year, month, day, time.hour, time.minute, time.second, time.offsetMinutes!);
  return inVietnam === null ? success(year, month, day, format, time, undefined) : success(inVietnam.year, inVietnam.month, inVietnam.day, format, time, undefined);
}

function yearOnly(year: number): DateParse {
  if (year === 0) return BAD_YEAR_ZERO;
  return success(year, 1, 1, 'yyyy', undefined, undefined);
}

function parseNumber(value: number, excelSerial: boolean | undefined): DateParse {
  if (!Number.isFinite(value)) return UNRECOGNISED;
  if (excelSerial === false) return Number.isInteger(value) && value >= 0 ? parseDate(String(value)) : UNRECOGNISED;
  return fromSerial(value);
}

/** An Excel serial; a fraction is the time of day and is dropped (the date is what records need). */
function fromSerial(value: number): DateParse {
  if (!Number.isFinite(value)) return UNRECOGNISED;
  const whole = Math.floor(value);
  if (whole === EXCEL_PHANTOM_LEAP_DAY) return EXCEL_PHANTOM;
  if (whole < 1 || whole > EXCEL_MAX_SERIAL) return EXCEL_RANGE;
  const date = excelSerialToDate(whole)!;
  return success(date.year, date.month, date.day, 'excel-serial', undefined, undefined);
}

/**
 * `yyyyMMdd`, as databases export dates (Oracle's `YYYYMMDD`), read only when it starts with a year 1800–2199: the
 * day-first `ddMMyyyy` then cannot be meant (its month would be 18–21), and no other eight digits are guessed at.
 */
function parseCompact(s: string): DateParse {
  const century = digitsValue(s, 0, 2);
  if (century < 18 || century > 21) return UNRECOGNISED;
  const year = digitsValue(s, 0, 4);
  const month = digitsValue(s, 4, 6);
  const day = digitsValue(s, 6, 8);
  return checkDate(year, month, day) ?? success(year, month, day, 'yyyyMMdd', undefined, undefined);
}

/** `yyyy/MM/dd`, year first with slashes (some Vietnamese forms and East Asian software): as unambiguous as ISO. */
function parseYearFirst(s: string): DateParse {
  if (s.length !== 10 || s.charCodeAt(7) !== SLASH) return UNRECOGNISED;
  for (const i of [5, 6, 8, 9]) if (!isDigit(s.charCodeAt(i))) return UNRECOGNISED;
  const year = digitsValue(s, 0, 4);
  const month = digitsValue(s, 5, 7);
  const day = digitsValue(s, 8, 10);
  return checkDate(year, month, day) ?? success(year, month, day, 'yyyy/MM/dd', undefined, undefined);
}

/** yyyy-MM-dd, optionally followed by `T` or a space and a time (two-digit hour, as ISO 8601 writes it). */
function parseIso(s: string): DateParse {
  const n = s.length;
  if (n < 10 || !isDigit(s.charCodeAt(5)) || !isDigit(s.charCodeAt(6)) || s.charCodeAt(7) !== HYPHEN) return UNRECOGNISED;
  if (!isDigit(s.charCodeAt(8)) || !isDigit(s.charCodeAt(9))) return UNRECOGNISED;
  let time: TimeOfDay | Failure | undefined;
  if (n > 10) {
    const t = s.charCodeAt(10);
    if (t !== 0x54 && t !== 0x74 && t !== 0x20) return UNRECOGNISED; // T, t or space
    const parsed = parseTimeOfDay(s, 11);
    if (parsed === null) return UNRECOGNISED;
    time = parsed === 'impossible' ? BAD_TIME : parsed;
  }
  const year = digitsValue(s, 0, 4);
  const month = digitsValue(s, 5, 7);
  const day = digitsValue(s, 8, 10);
  const bad = checkDate(year, month, day);
  if (bad !== null) return bad;
  if (time !== undefined && 'ok' in time) return time;
  if (time?.offsetMinutes !== undefined) return atInstant(year, month, day, 'iso-datetime', time);
  return success(year, month, day, time === undefined ? 'iso-date' : 'iso-datetime', time, n === 10 ? s : undefined);
}
