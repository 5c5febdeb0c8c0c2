import { digitsEnd, digitsValue, isDigit } from './digits';

/** A time of day written after the date; `offsetMinutes` only when the text gave one (Z is 0, +07:00 is 420). */
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
 * second is read and dropped: no record needs it.
 *
 * @example parseTimeOfDay('2024-07-01T08:30:00+07:00', 11) // { hour: 8, minute: 30, second: 0, offsetMinutes: 420 }
 */
export function parseTimeOfDay(s: string, from: number): TimeOfDay | 'impossible' | null {
  const n = s.length;
  let i = from;
  if (i + 5 > n || !isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(i + 1)) || s.charCodeAt(i + 2) !== COLON) return null;
  if (!isDigit(s.charCodeAt(i + 3)) || !isDigit(s.charCodeAt(i + 4))) return null;
  const hour = digitsValue(s, i, i + 2);
  const minute = digitsValue(s, i + 3, i + 5);
  let second = 0;
  i += 5;
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
