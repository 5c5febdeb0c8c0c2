import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../rules/fieldTypes';
import { validateRecord } from '../../src/api/validateRecord';
import { parseDate } from '../../src/vn/dates';

// A number in a date field comes from JSON, NDJSON or an API (XLSX cells arrive as text): it is an Excel serial,
// except a whole number 1800–2199, which is a year (as serials those are days in 1904–1906, in no population record).
const parseCell = (raw: unknown) => FIELD_TYPES.birthDate!.parse!(String(raw), raw);

describe('date cells holding a number', () => {
  it.each([
    [1985, { date: { year: 1985, month: 1, day: 1 }, iso: '1985-01-01', format: 'yyyy', precision: 'year' }],
    [1800, { date: { year: 1800, month: 1, day: 1 }, format: 'yyyy', precision: 'year' }],
    [2199, { date: { year: 2199, month: 1, day: 1 }, format: 'yyyy', precision: 'year' }],
    [30000, { date: { year: 1982, month: 2, day: 18 }, iso: '1982-02-18', format: 'excel-serial', precision: 'day' }],
    [19990315, { date: { year: 1999, month: 3, day: 15 }, format: 'yyyyMMdd', precision: 'day' }], // a database's yyyyMMdd as a number
    [45474, { date: { year: 2024, month: 7, day: 1 }, format: 'excel-serial', precision: 'day' }],
    [1799, { date: { year: 1904, month: 12, day: 3 }, format: 'excel-serial', precision: 'day' }],
    [2200, { date: { year: 1906, month: 1, day: 8 }, format: 'excel-serial', precision: 'day' }],
    [1985.5, { date: { year: 1905, month: 6, day: 7 }, format: 'excel-serial', precision: 'day' }], // a fraction is a time of day
  ] as const)('%s is %j', (raw, expected) => {
    expect(parseCell(raw)).toMatchObject({ ok: true, ...expected });
  });

  it('reads text as text: "1985" is a year, "30000" is not a date', () => {
    expect(parseCell('1985')).toMatchObject({ ok: true, format: 'yyyy', precision: 'year' });
    expect(parseCell('30000')).toMatchObject({ ok: false, reason: 'unrecognised' });
  });

  it('the date field type reads numbers the same way', () => {
    expect(FIELD_TYPES.date!.parse!('1985', 1985)).toEqual(parseCell(1985));
    expect(FIELD_TYPES.date!.parse!('30000', 30000)).toEqual(parseCell(30000));
  });

  it('every whole number 1800–2199 is that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2199 }), (year) => {
        expect(parseCell(year)).toMatchObject({ ok: true, date: { year, month: 1, day: 1 }, precision: 'year' });
      }),
    );
  });

  it('every other number is read as an Excel serial', () => {
    const other = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1e6, max: 3e6 })).filter((n) => !(Number.isInteger(n) && n >= 1800 && n <= 2199));
    fc.assert(
      fc.property(other, (n) => {
        expect(parseCell(n)).toEqual(parseDate(n));
      }),
    );
  });
});

describe('a numeric birth year end to end', () => {
  const record = { so_cccd: '001085012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: 1985, gioi_tinh: 'Nam' };
  const birthYearIssues = (ngay_sinh: unknown) =>
    validateRecord({ ...record, ngay_sinh }, 'citizen', { asOf: '2026-01-01' }).issues.filter((i) => i.rule === 'id.personal.birth-year');

  it('agrees with the birth year in the personal ID', () => {
    expect(birthYearIssues(1985)).toEqual([]);
  });

  it('still catches a serial for another year (30000 is 1982-02-18)', () => {
    expect(birthYearIssues(30000)).toHaveLength(1);
  });
});
