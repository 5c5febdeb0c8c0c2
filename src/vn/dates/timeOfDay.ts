import { digitsEnd, digitsValue, isDigit } from './digits';

/**
 * A time of day as written after the date; `offsetMinutes` only when the text gave one (Z is 0, +07:00 is 420).
 * It is never converted: with an offset, the parsed date is the day in Vietnam at that instant, but these fields
 * stay what the text says (they are evidence of how the value was produced).
 */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  offsetMinutes?: number;
}

const HYPHEN = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;

/**
 * `HH:mm[:ss[.fff]][Z|±hh[:mm]]` from `from` to the end of `s`; null when it is not that shape,
 * 'impossible' when it is but names no real time (hour 24, minute 60, offset +25:00). A fraction of a
 * second is read and dropped: no record needs it. With `oneDigitHour`, `H:mm…` is read too (8:30, 0:00:00):
 * spreadsheets and databases export day-first date-times with Excel's `h:mm:ss`. ISO callers leave it off:
 * ISO 8601 and RFC 3339 (§5.6, `time-hour = 2DIGIT`) always write the hour with two digits.
 * AM/PM is never read (a 12-hour clock goes with US month-first dates).
 *
 * @example parseTimeOfDay('2024-07-01T08:30:00+07:00', 11) // { hour: 8, minute: 30, second: 0, offsetMinutes: 420 }
 * @example parseTimeOfDay('01/07/2024 8:30', 11, true) // { hour: 8, minute: 30, second: 0 }
 */
export function parseTimeOfDay(s: string, from: number, oneDigitHour = false): TimeOfDay | 'impossible' | null {
  const n = s.length;
  let i = from;
  const hourEnd = oneDigitHour && s.charCodeAt(i + 1) === COLON ? i + 1 : i + 2;
  if (hourEnd + 3 > n || !isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(hourEnd - 1)) || s.charCodeAt(hourEnd) !== COLON) return null;
  if (!isDigit(s.charCodeAt(hourEnd + 1)) || !isDigit(s.charCodeAt(hourEnd + 2))) return null;
  const hour = digitsValue(s, i, hourEnd);
  const minute = digitsValue(s, hourEnd + 1, hourEnd + 3);
  let second = 0;
  i = hourEnd + 3;
  if (i < n && s.charCodeAt(i) === COLON) {
    if (i + 3 > n || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) return null;
    second = digitsValue(s, i + 1, i + 3);
    i += 3;
    if (i < n && (s.charCodeAt(i) === DOT || s.charCodeAt(i) === 0x2c)) {
      const fractionEnd = digitsEnd(s, i + 1);
      if (fractionEnd === i + 1) return null;
      i = fractionEnd;
    }
  }
  let offsetMinutes: number | undefined;
  if (i < n) {
    const c = s.charCodeAt(i);
    if ((c === 0x5a || c === 0x7a) && i + 1 === n) {
      offsetMinutes = 0;
    } else if (c === 0x2b || c === HYPHEN) {
      // ±hh, ±hhmm or ±hh:mm, ending the text
      const runEnd = digitsEnd(s, i + 1);
      const run = runEnd - i - 1;
      let offsetHours: number;
      let offsetMins = 0;
      if (run === 4 && runEnd === n) {
        offsetHours = digitsValue(s, i + 1, i + 3);
        offsetMins = digitsValue(s, i + 3, i + 5);
      } else if (run === 2 && runEnd === n) {
        offsetHours = digitsValue(s, i + 1, i + 3);
      } else if (run === 2 && s.charCodeAt(runEnd) === COLON && digitsEnd(s, runEnd + 1) === n && n === runEnd + 3) {
        offsetHours = digitsValue(s, i + 1, i + 3);
        offsetMins = digitsValue(s, runEnd + 1, n);
      } else {
        return null;
      }
      if (offsetHours > 23 || offsetMins > 59) return 'impossible';
      const total = offsetHours * 60 + offsetMins;
      offsetMinutes = c === HYPHEN && total !== 0 ? -total : total;
    } else {
      return null;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return 'impossible';
  return offsetMinutes === undefined ? { hour, minute, second } : { hour, minute, second, offsetMinutes };
}
