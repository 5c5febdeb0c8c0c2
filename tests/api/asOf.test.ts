import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/api/asOf';

const vietnamDay = (instant: Date) => {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(instant).split('-').map(Number);
  return { year, month, day };
};

describe('resolveAsOf', () => {
  it.each([
    ['2026-11-01', { year: 2026, month: 11, day: 1 }],
    [new Date(Date.UTC(2026, 10, 1)), { year: 2026, month: 11, day: 1 }], // midnight UTC (a spreadsheet's date)
    [new Date('2026-10-31T17:00:00Z'), { year: 2026, month: 11, day: 1 }], // midnight in Hà Nội
    [new Date('2026-11-01T00:30:00+07:00'), { year: 2026, month: 11, day: 1 }], // half past midnight in Hà Nội: 31 October in UTC
    [new Date('2026-11-01T16:59:59Z'), { year: 2026, month: 11, day: 1 }],
    [{ year: 2026, month: 11, day: 1 }, { year: 2026, month: 11, day: 1 }],
  ] as const)('reads %j as %j', (asOf, day) => {
    expect(resolveAsOf(asOf)).toEqual(day);
  });

  it('defaults to today in Vietnam, not in UTC', () => {
    const before = vietnamDay(new Date());
    const today = resolveAsOf(undefined);
    const after = vietnamDay(new Date());
    expect([before, after]).toContainEqual(today);
  });

  it('reads any other instant as the day in Vietnam then', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        const local = instant.getHours() === 0 && instant.getMinutes() === 0 && instant.getSeconds() === 0 && instant.getMilliseconds() === 0;
        fc.pre(ms % 86_400_000 !== 0 && !local);
        expect(resolveAsOf(instant)).toEqual(vietnamDay(instant));
      }),
    );
  });

  it.each(['2026-02-30', '1/11/2026', new Date(Number.NaN), { year: 2026, month: 13, day: 1 }, 20261101])('refuses %j with a RangeError', (asOf) => {
    expect(() => resolveAsOf(asOf as never)).toThrow(RangeError);
  });
});
