import type { Day } from '../core';
import { civilDateFromUtc, isRealDate } from '../vn/dates/civilDate';

export type AsOfInput = Date | string | Day | undefined;

let lastText = '';
let lastDay: Day | null = null;

/**
 * Reads `asOf`: a `YYYY-MM-DD` string, a Date (its UTC calendar day) or `{ year, month, day }`; default today (UTC).
 * @throws RangeError for anything else, naming the value.
 */
export function resolveAsOf(asOf: AsOfInput): Day {
  if (asOf === undefined) return civilDateFromUtc(new Date());
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
    return civilDateFromUtc(asOf);
  }
  if (typeof asOf === 'object' && asOf !== null && isRealDate(asOf.year, asOf.month, asOf.day)) return asOf;
  throw new RangeError(`asOf must be a date (YYYY-MM-DD, Date or {year, month, day}), got ${JSON.stringify(asOf)}`);
}
