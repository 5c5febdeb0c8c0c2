import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, anniversary, compareDates, daysInMonth, formatIsoDate, isLeapYear } from '../../../src/vn/dates';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('formatIsoDate', () => {
  it.each([
    [{ year: 1985, month: 3, day: 7 }, '1985-03-07'],
    [{ year: 2024, month: 12, day: 31 }, '2024-12-31'],
    [{ year: 1, month: 1, day: 1 }, '0001-01-01'],
    [{ year: 999, month: 10, day: 9 }, '0999-10-09'],
    [{ year: 9999, month: 12, day: 31 }, '9999-12-31'],
    // Outside the tables (never produced by the parsers, but the function is public): still the same layout.
    [{ year: 0, month: 1, day: 1 }, '0000-01-01'],
    [{ year: 12345, month: 1, day: 1 }, '12345-01-01'],
  ])('%o → %s', (date, iso) => {
    expect(formatIsoDate(date)).toBe(iso);
  });

  // The year texts are cached in a table filled as years are met: the answer must not depend on what came before.
  it('gives YYYY-MM-DD for any real date, in any order of calls', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 20 }), (dates) => {
        for (const d of dates) expect(formatIsoDate(d)).toBe(`${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`);
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it.each([
    [2024, true],
    [2023, false],
    [1900, false],
    [2000, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [{ year: 2000, month: 5, day: 10 }, { year: 2014, month: 5, day: 10 }, 14],
    [{ year: 2000, month: 5, day: 10 }, { year: 2014, month: 5, day: 9 }, 13],
    [{ year: 2004, month: 2, day: 29 }, { year: 2018, month: 2, day: 28 }, 13],
    [{ year: 2004, month: 2, day: 29 }, { year: 2018, month: 3, day: 1 }, 14],
  ])('ageOn(%o, %o) is %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('reaches the age on the anniversary and not the day before', () => {
    const birth = fc
      .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
    fc.assert(
      fc.property(birth, fc.integer({ min: 1, max: 120 }), (b, years) => {
        const on = anniversary(b, years);
        expect(ageOn(b, on)).toBe(years);
        expect(compareDates(on, b)).toBe(1);
      }),
    );
  });
});
