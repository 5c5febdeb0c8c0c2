import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, dateToExcelSerial, daysFromCivil, excelSerialToDate, parseDate } from '../../../src/vn/dates';

describe('excelSerialToDate / dateToExcelSerial', () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [31, { year: 1900, month: 1, day: 31 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [367, { year: 1901, month: 1, day: 1 }],
    [25569, { year: 1970, month: 1, day: 1 }],
    [36526, { year: 2000, month: 1, day: 1 }],
    [45474, { year: 2024, month: 7, day: 1 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])('serial %s is %j', (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
    expect(dateToExcelSerial(date)).toBe(serial);
  });

  it.each([0, -1, 60, 2958466, 1.5, Number.NaN])('serial %s names no date', (serial) => {
    expect(excelSerialToDate(serial)).toBeNull();
  });

  it.each([
    { year: 1899, month: 12, day: 31 },
    { year: 10000, month: 1, day: 1 },
  ])('%j has no serial', (date) => {
    expect(dateToExcelSerial(date)).toBeNull();
  });

  it('round-trips every serial from 1900-03-01 to 9999-12-31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const date = excelSerialToDate(serial);
        expect(date).not.toBeNull();
        expect(dateToExcelSerial(date!)).toBe(serial);
        expect(parseDate(serial)).toMatchObject({ ok: true, date, format: 'excel-serial' });
      }),
    );
  });

  it('agrees with JS Date (UTC) after Excel’s phantom leap day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const utc = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(excelSerialToDate(serial)).toEqual({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
      }),
    );
  });
});

describe('daysFromCivil / civilFromDays', () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 1969, month: 12, day: 31 }, -1],
    [{ year: 2000, month: 3, day: 1 }, 11017],
    [{ year: 1, month: 1, day: 1 }, -719162],
  ])('%j is day %s', (date, days) => {
    expect(daysFromCivil(date)).toBe(days);
    expect(civilFromDays(days)).toEqual(date);
  });

  it('are inverse over years 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (days) => {
        expect(daysFromCivil(civilFromDays(days))).toBe(days);
      }),
    );
  });
});
