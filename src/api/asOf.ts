import { toText, type Day } from '../core';
import { civilDateFromUtc, isRealDate, type CivilDate } from '../vn/dates/civilDate';
import { parseDate } from '../vn/dates/parseDate';

export type AsOfInput = Date | string | Day | undefined;

let lastText = '';
let lastDay: Day | null = null;

/**
 * Reads `asOf`: a `YYYY-MM-DD` string, a Date or `{ year, month, day }`; default today in Vietnam. A Date is read as
 * record dates are: midnight UTC or local midnight is that day, any other instant the day in Vietnam then (so that
 * between 00:00 and 07:00 in Hà Nội "today" is not yesterday, as the UTC day would be).
 * @throws RangeError for anything else, naming the value.
 */
export function resolveAsOf(asOf: AsOfInput): Day {
  if (asOf === undefined) return dayOf(new Date());
  if (typeof asOf === 'string') {
    if (asOf === lastText && lastDay) return lastDay;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`asOf must be a real date written YYYY-MM-DD, got "${asOf}"`);
    lastText = asOf;
    lastDay = Object.freeze({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    return lastDay;
  }
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new RangeError('asOf is an invalid Date');
    return dayOf(asOf);
  }
  if (typeof asOf === 'object' && asOf !== null && isRealDate(asOf.year, asOf.month, asOf.day)) return asOf;
  throw new RangeError(`asOf must be a date (YYYY-MM-DD, Date or {year, month, day}), got ${JSON.stringify(asOf)}`);
}

/** A Date's day the way a record's Date is read: its text as the engine gives it (a midnight's date, else an ISO instant), parsed. */
function dayOf(date: Date): CivilDate {
  const parsed = parseDate(toText(date));
  // A year past 9999 has no four-digit text: its UTC day.
  return parsed.ok ? parsed.date : civilDateFromUtc(date);
}
