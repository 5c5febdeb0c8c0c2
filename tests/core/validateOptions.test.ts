import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveProfile, validateRecord, type ValidateOptions } from '../../src';

const asOf = '2026-11-01';
// An unknown province code: the personal ID is shown in the issue, masked or not.
const record = { so_cccd: '003099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Nam', dia_chi: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh' };
const idValue = (options: unknown) => validateRecord(record, 'citizen', { asOf, ...(options as object) }).issues.find((i) => i.rule === 'id.personal.province')!.value;

describe('validateRecord options', () => {
  it.each([
    ['null options', null],
    ['undefined options', undefined],
    ['null columns', { columns: null }],
    ['undefined columns', { columns: undefined }],
    ['empty columns', { columns: {} }],
  ])('treats %s as none', (_, options) => {
    const report = validateRecord(record, 'citizen', options as ValidateOptions);
    expect(report.row).toBe(1);
    expect(report.issues.map((i) => i.rule)).toContain('id.personal.province');
    expect(report.issues.find((i) => i.rule === 'id.personal.province')!.value).not.toBe('003099012345');
  });

  it.each([
    ['false', false, '003099012345'],
    ['true', true, null],
    ['0', 0, null],
    ["''", '', null],
    ['null', null, null],
    ['"false"', 'false', null],
  ])('masks unless mask is false itself: %s', (_, mask, shown) => {
    const value = idValue({ mask });
    if (shown === null) expect(value).not.toBe('003099012345');
    else expect(value).toBe(shown);
  });

  it('masks for any mask option but false', () => {
    const masked = idValue({});
    fc.assert(
      fc.property(fc.anything().filter((m) => m !== false), (mask) => {
        expect(idValue({ mask })).toBe(masked);
      }),
    );
  });

  it('puts any positive safe integer row in the report', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (row) => {
        expect(validateRecord(record, 'citizen', { asOf, row }).row).toBe(row);
      }),
    );
  });

  it.each([
    [0, 'row must be a positive whole number (1-based), got 0'],
    [-3, 'got -3'],
    [1.5, 'got 1.5'],
    [Number.NaN, 'got NaN'],
    [Number.POSITIVE_INFINITY, 'got Infinity'],
    [2 ** 53, 'got 9007199254740992'],
    ['7', 'got "7"'],
    [null, 'got null'],
    [7n, 'got bigint'],
  ])('refuses row %p with a RangeError', (row, message) => {
    expect(() => validateRecord(record, 'citizen', { asOf, row: row as number })).toThrow(RangeError);
    expect(() => validateRecord(record, 'citizen', { asOf, row: row as number })).toThrow(message);
  });

  it('refuses any row that is not a positive safe integer', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((row) => row !== undefined && !(typeof row === 'number' && Number.isSafeInteger(row) && row > 0)),
        (row) => {
          expect(() => validateRecord(record, 'citizen', { asOf, row: row as number })).toThrow(RangeError);
        },
      ),
    );
  });

  it.each([
    ['an array', ['so_cccd'], "columns must be an object mapping your column names to the profile's fields (e.g. { so_dd: 'personalId' }), got an array"],
    ['a string', 'so_dd=personalId', 'got string'],
    ['a Map', new Map([['so_dd', 'personalId']]), 'got a Map'],
    ['a field that is not a name', { so_dd: 1 }, 'columns["so_dd"] must be the name of a field of the profile (a string), got number'],
    ['a field that is null', { so_dd: null }, 'columns["so_dd"] must be the name of a field of the profile (a string), got null'],
  ])('refuses columns given as %s with a TypeError saying what they must be', (_, columns, message) => {
    expect(() => validateRecord(record, 'citizen', { asOf, columns: columns as never })).toThrow(TypeError);
    expect(() => validateRecord(record, 'citizen', { asOf, columns: columns as never })).toThrow(message);
  });

  it('still refuses columns naming a field the profile lacks, as a ProfileError', () => {
    expect(() => validateRecord(record, 'citizen', { asOf, columns: { so_dd: 'nope' } })).toThrow('column "so_dd" is mapped to "nope", which is not a field of profile citizen');
  });

  it('maps columns as given, every call', () => {
    fc.assert(
      fc.property(fc.constantFrom('x1', 'cot_a', 'Cột 1'), (column) => {
        const row = { [column]: '003099012345', ho_ten: 'Nguyễn Văn An' };
        expect(validateRecord(row, 'citizen', { asOf, columns: { [column]: 'personalId' } }).issues.map((i) => i.rule)).toContain('id.personal.province');
        expect(validateRecord(row, 'citizen', { asOf }).issues.map((i) => i.rule)).not.toContain('id.personal.province');
      }),
    );
  });

  // A compiled profile's columns were fixed when it was compiled: a mapping given with it would be dropped silently,
  // and every record read without it.
  it('refuses columns given with an already compiled profile, and accepts none or an empty mapping', () => {
    const compiled = resolveProfile('citizen', { x1: 'personalId' });
    expect(() => validateRecord({ x1: '003099012345' }, compiled, { asOf, columns: { x1: 'personalId' } })).toThrow(TypeError);
    expect(() => validateRecord({ x1: '003099012345' }, compiled, { asOf, columns: { x1: 'personalId' } })).toThrow('columns cannot be applied to an already compiled profile');
    for (const columns of [undefined, null, {}]) {
      expect(validateRecord({ x1: '003099012345' }, compiled, { asOf, columns }).issues.map((i) => i.rule)).toContain('id.personal.province');
    }
  });
});
