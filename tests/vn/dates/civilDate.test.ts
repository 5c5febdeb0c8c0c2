import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateArb } from '../../../src/arbitraries';
import { ageOn, anniversary, civilFromDays, compareDates, daysFromCivil, formatIsoDate, isLeapYear } from '../../../src/vn/dates';

describe('formatIsoDate', () => {
  it.each([
    [{ year: 2024, month: 7, day: 1 }, '2024-07-01'],
    [{ year: 1, month: 1, day: 1 }, '0001-01-01'],
    [{ year: 999, month: 12, day: 31 }, '0999-12-31'],
    [{ year: 9999, month: 12, day: 31 }, '9999-12-31'],
    [{ year: 1985, month: 3, day: 7 }, '1985-03-07'],
    [{ year: 999, month: 10, day: 9 }, '0999-10-09'],
    // Outside the tables (never produced by the parsers, but the function is public): still the same layout.
    [{ year: 0, month: 1, day: 1 }, '0000-01-01'],
    [{ year: 12345, month: 1, day: 1 }, '12345-01-01'],
  ])('%j → %s', (date, iso) => {
    expect(formatIsoDate(date)).toBe(iso);
  });

  // The table-driven form must write exactly what the plain definition writes, inside the table's range and out.
  it('equals its plain definition for any numbers', () => {
    const plain = (d: { year: number; month: number; day: number }) => {
      const two = (n: number) => (Number.isInteger(n) && n >= 0 && n <= 31 ? String(n).padStart(2, '0') : String(n));
      return `${d.year >= 1000 && d.year <= 9999 ? String(d.year) : String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}`;
    };
    const part = (max: number) => fc.oneof(fc.integer({ min: -5, max }), fc.double({ min: -2, max, noNaN: true }));
    fc.assert(
      fc.property(part(12000), part(14), part(33), (year, month, day) => {
        expect(formatIsoDate({ year, month, day })).toBe(plain({ year, month, day }));
      }),
      { numRuns: 3000 },
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
    fc.assert(
      fc.property(civilDateArb('1900-01-01', '2100-12-31'), fc.integer({ min: 1, max: 120 }), (b, years) => {
        const on = anniversary(b, years);
        expect(ageOn(b, on)).toBe(years);
        expect(ageOn(b, civilFromDays(daysFromCivil(on) - 1))).toBe(years - 1);
        expect(compareDates(on, b)).toBe(1);
      }),
    );
  });
});
