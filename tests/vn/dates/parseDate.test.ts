import { isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, parseDate } from '../../../src/vn/dates';
import type { CivilDate, DateParse } from '../../../src/vn/dates';

const ok = (year: number, month: number, day: number, format: string, extra: Partial<Extract<DateParse, { ok: true }>> = {}) => ({
  ok: true,
  date: { year, month, day },
  iso: formatIsoDate({ year, month, day }),
  format,
  precision: format === 'yyyy' ? 'year' : 'day',
  ...extra,
});

describe('parseDate: accepted formats', () => {
  it.each([
    ['01/07/2024', ok(2024, 7, 1, 'dd/MM/yyyy')],
    ['1/7/2024', ok(2024, 7, 1, 'd/M/yyyy')],
    ['01/7/2024', ok(2024, 7, 1, 'd/M/yyyy')],
    ['31/12/1999', ok(1999, 12, 31, 'dd/MM/yyyy')],
    ['29/02/2024', ok(2024, 2, 29, 'dd/MM/yyyy')],
    ['29/02/2000', ok(2000, 2, 29, 'dd/MM/yyyy')],
    ['01-07-2024', ok(2024, 7, 1, 'dd-MM-yyyy')],
    ['1-7-2024', ok(2024, 7, 1, 'dd-MM-yyyy')],
    ['01.07.2024', ok(2024, 7, 1, 'dd.MM.yyyy')],
    ['2024-07-01', ok(2024, 7, 1, 'iso-date')],
    ['  01/07/2024\t', ok(2024, 7, 1, 'dd/MM/yyyy')],
    ['\u00a001/07/2024\u00a0', ok(2024, 7, 1, 'dd/MM/yyyy')],
    ['1990', ok(1990, 1, 1, 'yyyy')],
    ['0001', ok(1, 1, 1, 'yyyy')],
  ] as const)('%j', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it.each([
    ['2024-07-01T08:30:00', { hour: 8, minute: 30, second: 0 }],
    ['2024-07-01T08:30', { hour: 8, minute: 30, second: 0 }],
    ['2024-07-01 08:30:15', { hour: 8, minute: 30, second: 15 }],
    ['2024-07-01t23:59:59', { hour: 23, minute: 59, second: 59 }],
    ['2024-07-01T08:30:00Z', { hour: 8, minute: 30, second: 0, offsetMinutes: 0 }],
    ['2024-07-01T08:30:00.123Z', { hour: 8, minute: 30, second: 0, offsetMinutes: 0 }],
    ['2024-07-01T08:30:00,5+07:00', { hour: 8, minute: 30, second: 0, offsetMinutes: 420 }],
    ['2024-07-01T08:30:00+0700', { hour: 8, minute: 30, second: 0, offsetMinutes: 420 }],
    ['2024-07-01T08:30:00+07', { hour: 8, minute: 30, second: 0, offsetMinutes: 420 }],
    ['2024-07-01T08:30:00-05:30', { hour: 8, minute: 30, second: 0, offsetMinutes: -330 }],
    ['2024-07-01T00:00:00-00:00', { hour: 0, minute: 0, second: 0, offsetMinutes: 0 }],
  ] as const)('ISO date-time %j (time as written; each is still 1 July in Vietnam)', (input, time) => {
    expect(parseDate(input)).toEqual(ok(2024, 7, 1, 'iso-datetime', { time }));
  });

  it('reads a time after a day-first date, as spreadsheets export it', () => {
    expect(parseDate('01/07/2024 08:30:00')).toEqual(ok(2024, 7, 1, 'dd/MM/yyyy', { time: { hour: 8, minute: 30, second: 0 } }));
  });

  // Excel's h:mm:ss and database exports write the hour without a leading zero.
  it.each([
    ['01/07/2024 0:00:00', ok(2024, 7, 1, 'dd/MM/yyyy', { time: { hour: 0, minute: 0, second: 0 } })],
    ['01/07/2024 8:30', ok(2024, 7, 1, 'dd/MM/yyyy', { time: { hour: 8, minute: 30, second: 0 } })],
    ['1/7/2024 9:05:07', ok(2024, 7, 1, 'd/M/yyyy', { time: { hour: 9, minute: 5, second: 7 } })],
    ['15-03-1999 7:00:00', ok(1999, 3, 15, 'dd-MM-yyyy', { time: { hour: 7, minute: 0, second: 0 } })],
    ['15.03.1999 23:59:59', ok(1999, 3, 15, 'dd.MM.yyyy', { time: { hour: 23, minute: 59, second: 59 } })],
    ['01/07/2024 8:30:00.250', ok(2024, 7, 1, 'dd/MM/yyyy', { time: { hour: 8, minute: 30, second: 0 } })],
  ] as const)('day-first date with a one-digit hour %j', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it.each([
    [1, ok(1900, 1, 1, 'excel-serial')],
    [59, ok(1900, 2, 28, 'excel-serial')],
    [61, ok(1900, 3, 1, 'excel-serial')],
    [45474, ok(2024, 7, 1, 'excel-serial')],
    [45474.75, ok(2024, 7, 1, 'excel-serial')], // the fraction is the time of day
    [2958465, ok(9999, 12, 31, 'excel-serial')],
  ] as const)('Excel serial %s', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it('reads digit strings as Excel serials only when asked', () => {
    expect(parseDate('45474')).toMatchObject({ ok: false, reason: 'unrecognised' });
    expect(parseDate('45474', { excelSerial: true })).toEqual(ok(2024, 7, 1, 'excel-serial'));
    expect(parseDate('45474.5', { excelSerial: true })).toEqual(ok(2024, 7, 1, 'excel-serial'));
    expect(parseDate('01.07.2024', { excelSerial: true })).toEqual(ok(2024, 7, 1, 'dd.MM.yyyy'));
  });

  it('reads numbers as years when serials are turned off', () => {
    expect(parseDate(1985, { excelSerial: false })).toEqual(ok(1985, 1, 1, 'yyyy'));
    expect(parseDate(1985.5, { excelSerial: false })).toMatchObject({ ok: false, reason: 'unrecognised' });
  });
});

describe('parseDate: failures', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['31/02/2024', 'impossible'],
    ['30/02/2024', 'impossible'],
    ['29/02/2023', 'impossible'],
    ['29/02/1900', 'impossible'],
    ['31/04/2024', 'impossible'],
    ['01/13/2024', 'impossible'],
    ['00/01/2024', 'impossible'],
    ['01/00/2024', 'impossible'],
    ['00/00/0000', 'impossible'],
    ['01/01/0000', 'impossible'],
    ['0000', 'impossible'],
    ['2024-02-30', 'impossible'],
    ['2024-13-01', 'impossible'],
    ['2024-07-01T24:00:00', 'impossible'],
    ['2024-07-01T08:60', 'impossible'],
    ['2024-07-01T08:30:60', 'impossible'],
    ['2024-07-01T08:30+25:00', 'impossible'],
    ['01/07/2024 24:00', 'impossible'],
    ['01/07/2024 8:60', 'impossible'],
    ['2024-07-01T8:30', 'unrecognised'], // ISO 8601 and RFC 3339 write the hour with two digits
    ['2024-07-01 8:30:00', 'unrecognised'],
    ['01/07/2024 8:30 AM', 'unrecognised'], // a 12-hour clock hints at US month-first order
    ['01/07/2024 08:30:00 PM', 'unrecognised'],
    ['01/07/2024 8:5', 'unrecognised'],
    ['01/07/2024 :30', 'unrecognised'],
    ['01/07/2024 123:00', 'unrecognised'],
    ['2024-07-01Z', 'unrecognised'], // an offset needs a time: a date alone names no instant
    ['2024-07-01+07:00', 'unrecognised'],
    ['01/07/24', 'unrecognised'], // two-digit year: the century would be a guess
    ['1/7/90', 'unrecognised'],
    ['01/07/024', 'unrecognised'],
    ['01/07/02024', 'unrecognised'],
    ['01/07-2024', 'unrecognised'],
    ['2024-7-1', 'unrecognised'],
    ['2024/7/1', 'unrecognised'],
    ['07/2024', 'unrecognised'],
    ['001/07/2024', 'unrecognised'],
    ['01072024', 'unrecognised'], // day first without separators is not guessed at
    ['45474', 'unrecognised'],
    ['1 tháng 7 năm 2024', 'unrecognised'],
    ['July 1, 2024', 'unrecognised'],
    ['01/07/2024 8h30', 'unrecognised'],
    ['2024-07-01T', 'unrecognised'],
    ['2024-07-01T08:30:00+07:', 'unrecognised'],
    ['2024-07-01T08:30:00.', 'unrecognised'],
    ['2024-07-01X08:30', 'unrecognised'],
    ['abc', 'unrecognised'],
    ['-', 'unrecognised'],
  ] as const)('%j is %s', (input, reason) => {
    const result = parseDate(input);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      expect(result.message.vi.length).toBeGreaterThan(0);
      expect(result.message.en.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [60, 'impossible'], // Excel's phantom 29/02/1900
    [0, 'impossible'],
    [-1, 'impossible'],
    [0.5, 'impossible'],
    [2958466, 'impossible'],
    [Number.NaN, 'unrecognised'],
    [Number.POSITIVE_INFINITY, 'unrecognised'],
  ] as const)('Excel serial %s is %s', (input, reason) => {
    expect(parseDate(input)).toMatchObject({ ok: false, reason });
  });

  it('says why in Vietnamese and English', () => {
    expect(parseDate('29/02/2023')).toEqual({
      ok: false,
      reason: 'impossible',
      message: { vi: 'Ngày 29/02 chỉ có trong năm nhuận', en: '29 February exists only in leap years' },
    });
    expect(parseDate('01/07/24')).toMatchObject({ message: { en: 'Two-digit year is ambiguous: write all four digits' } });
  });
});

const civilDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseDate: properties', () => {
  it('every real date, written in every supported form, parses back to itself', () => {
    fc.assert(
      fc.property(civilDate, (d: CivilDate) => {
        const forms = [
          `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`,
          `${d.day}/${d.month}/${pad(d.year, 4)}`,
          `${pad(d.day, 2)}-${pad(d.month, 2)}-${pad(d.year, 4)}`,
          `${pad(d.day, 2)}.${pad(d.month, 2)}.${pad(d.year, 4)}`,
          formatIsoDate(d),
          `${formatIsoDate(d)}T12:34:56`,
          `${formatIsoDate(d)} 12:34:56.789+07:00`,
          `${formatIsoDate(d)}T00:00Z`,
        ];
        for (const form of forms) {
          const result = parseDate(form);
          expect(result.ok && result.date).toEqual(d);
          expect(result.ok && result.iso).toBe(formatIsoDate(d));
        }
      }),
    );
  });

  it('every day past the end of its month is impossible, never rolled over', () => {
    const overflow = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 99 }) })
      .filter((d) => d.day > daysInMonth(d.year, d.month));
    fc.assert(
      fc.property(overflow, (d) => {
        expect(parseDate(`${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`)).toMatchObject({ ok: false, reason: 'impossible' });
        expect(parseDate(`${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`)).toMatchObject({ ok: false, reason: 'impossible' });
      }),
    );
  });

  it('agrees with date-fns parse + isValid on dd/MM/yyyy strings', () => {
    const text = fc
      .tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1000, max: 9999 }))
      .map(([d, m, y]) => `${pad(d, 2)}/${pad(m, 2)}/${y}`);
    fc.assert(
      fc.property(text, (s) => {
        const reference = parse(s, 'dd/MM/yyyy', new Date(2000, 0, 1));
        const result = parseDate(s);
        expect(result.ok).toBe(isValid(reference));
        if (result.ok) {
          expect(result.date).toEqual({ year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() });
        }
      }),
    );
  });

  // Ten-character dd/MM/yyyy strings take a positional fast path; padded with a space, the same text goes through
  // the general scanner (which trims it). Both must give the same answer, valid or not.
  it('reads ten-character day-first text the same on its fast path as through the general scanner', () => {
    const tenChars = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })).map(([d, m, y]) => `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`),
      fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '/', '-', '.', ':', ' ', 'a'), minLength: 10, maxLength: 10 }),
    );
    fc.assert(
      fc.property(tenChars, (s) => {
        expect(parseDate(s)).toEqual(parseDate(` ${s}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('0', '1', '9', '/', '-', '.', ':', 'T', 'Z', '+', ' ') }), fc.double(), fc.anything()), (input) => {
        const result = parseDate(input as string);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(result.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(['empty', 'unrecognised', 'impossible']).toContain(result.reason);
      }),
    );
  });
});

describe('year-first forms databases export', () => {
  it.each([
    ['19990315', { year: 1999, month: 3, day: 15 }, 'yyyyMMdd'],
    ['20240701', { year: 2024, month: 7, day: 1 }, 'yyyyMMdd'],
    ['18991231', { year: 1899, month: 12, day: 31 }, 'yyyyMMdd'],
    ['1999/03/15', { year: 1999, month: 3, day: 15 }, 'yyyy/MM/dd'],
    [' 2024/07/01 ', { year: 2024, month: 7, day: 1 }, 'yyyy/MM/dd'],
  ])('reads %j as %j (%s)', (text, date, format) => {
    expect(parseDate(text)).toMatchObject({ ok: true, date, format, precision: 'day' });
  });

  it.each([
    ['19991315', 'impossible'], // month 13
    ['20240230', 'impossible'],
    ['15031999', 'unrecognised'], // day first without separators: not guessed at
    ['12345678', 'unrecognised'],
    ['1999/3/15', 'unrecognised'],
    ['1999/02/30', 'impossible'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason });
  });

  it('reads yyyyMMdd and yyyy/MM/dd as the same day as ISO, for every day 1800–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const expected = parseDate(iso);
        expect(parseDate(iso.replaceAll('-', ''))).toMatchObject({ date: (expected as { date: unknown }).date });
        expect(parseDate(iso.replaceAll('-', '/'))).toMatchObject({ date: (expected as { date: unknown }).date });
      }),
    );
  });
});
