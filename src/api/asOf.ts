import type { Day } from '../core';
import { civilDateFromUtc, isRealDate, type CivilDate } from '../vn/dates/civilDate';
import { vietnamDate } from '../vn/dates/vietnamDay';

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
  if (asOf === undefined) return dayInVietnam(new Date());
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
    if (asOf.getTime() % 86_400_000 === 0) return civilDateFromUtc(asOf);
    if (asOf.getHours() === 0 && asOf.getMinutes() === 0 && asOf.getSeconds() === 0 && asOf.getMilliseconds() === 0) {
      return { year: asOf.getFullYear(), month: asOf.getMonth() + 1, day: asOf.getDate() };
    }
    return dayInVietnam(asOf);
  }
  if (typeof asOf === 'object' && asOf !== null && isRealDate(asOf.year, asOf.month, asOf.day)) return asOf;
  throw new RangeError(`asOf must be a date (YYYY-MM-DD, Date or {year, month, day}), got ${JSON.stringify(asOf)}`);
}

function dayInVietnam(instant: Date): CivilDate {
  const utc = civilDateFromUtc(instant);
  return vietnamDate(utc.year, utc.month, utc.day, instant.getUTCHours(), instant.getUTCMinutes(), instant.getUTCSeconds(), 0) ?? utc;
}
