import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/io/read/detectDelimiter';
import { createTextDecoder, detectEncoding } from '../../../src/io/read/inputEncoding';
import { columnNames } from '../../../src/io/read/headerRow';
import { toRecord } from '../../../src/io/read/toRecord';
import { windows1258Form } from './support';

describe('detectDelimiter', () => {
  it.each([
    ['so_cccd;ho_ten;ngay_sinh\n', ';'],
    ['so_cccd,ho_ten,ngay_sinh\r\n', ','],
    ['so_cccd\tho_ten\n', '\t'],
    ['so_cccd|ho_ten|ngay_sinh', '|'],
    ['"dia_chi, cu";"dia_chi, moi";ho_ten\n', ';'],
    ['\ufeff\n\nho_ten;so_cccd\n', ';'],
    ['ho_ten\nNguyễn, An\n', ','],
    ['', ','],
  ])('%j → %j', (sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });

  it('property: a header of plain names joined by a delimiter gives that delimiter', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_]{1,10}$/), { minLength: 2, maxLength: 12 }), fc.constantFrom(',', ';', '\t', '|'), (names, d) => {
        expect(detectDelimiter(`${names.join(d)}\n1${d}2`)).toBe(d);
      }),
    );
  });
});

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8'],
    ['UTF-16 LE BOM', Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le'],
    ['UTF-16 BE BOM', Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'utf-16be'],
    ['Vietnamese UTF-8', Buffer.from('Nguyễn Văn Đức'), 'utf-8'],
    ['ASCII', Buffer.from('so_cccd;ho_ten'), 'utf-8'],
    ['Windows-1258', iconv.encode(windows1258Form('Nguyễn Văn Đức'), 'windows1258'), 'windows-1258'],
    ['a UTF-8 character cut at the end of a partial head', Buffer.from('Nguyễn').subarray(0, 6), 'utf-8'],
    ['UTF-16 LE without a BOM', Buffer.from('so_cccd,ho_ten\n001099012345,Nguyễn Văn Đức\n', 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without a BOM', Buffer.from('so_cccd,ho_ten\n001099012345,Nguyễn Văn Đức\n', 'utf16le').swap16(), 'utf-16be'],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });

  it('property: citizen rows in UTF-16 without a BOM are detected by their zero bytes, either byte order', () => {
    const row = fc.tuple(fc.stringMatching(/^0\d{11}$/), fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Đức', 'Đặng Thị Hương'), fc.constantFrom('Nam', 'Nữ'));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const text = `so_cccd,ho_ten,gioi_tinh\n${rows.map((r) => r.join(',')).join('\n')}\n`;
        expect(detectEncoding(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
        expect(detectEncoding(Buffer.from(text, 'utf16le').swap16())).toBe('utf-16be');
        expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
      }),
    );
  });

  it('a cut character at the end of the whole input is not UTF-8', () => {
    expect(detectEncoding(Buffer.from('Nguyễn').subarray(0, 6), true)).toBe('windows-1258');
  });

  it('property: Vietnamese text in UTF-8 is detected as UTF-8 and decodes back, however it is chunked', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ă', 'ễ', 'Đ', 'ư', 'ợ', ' ', ';') }), fc.integer({ min: 1, max: 7 }), (text, size) => {
        const bytes = Buffer.from(text);
        expect(detectEncoding(bytes)).toBe('utf-8');
        const decoder = createTextDecoder('utf-8');
        let out = '';
        for (let i = 0; i < bytes.length; i += size) out += decoder.write(bytes.subarray(i, i + size));
        expect(out + decoder.end()).toBe(text);
      }),
    );
  });
});

describe('columnNames and toRecord', () => {
  it.each([
    [['so_cccd', 'ho_ten'], ['so_cccd', 'ho_ten']],
    [[' ho_ten ', '', 'ho_ten'], ['ho_ten', 'column_2', 'ho_ten_2']],
    [['a', 'a', 'a_2'], ['a', 'a_2', 'a_2_2']],
  ])('%j → %j', (cells, expected) => {
    expect(columnNames(cells)).toEqual(expected);
  });

  it('property: column names are always unique and never empty', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', ' ', 'a', 'a_2', 'b', 'column_2')), (cells) => {
        const names = columnNames(cells);
        expect(new Set(names).size).toBe(cells.length);
        expect(names.every((n) => n.length > 0)).toBe(true);
      }),
    );
  });

  it.each([
    ['an object', { ho_ten: 'An' }],
    ['a number', 7],
    ['an array', [1]],
    ['null', null],
  ])('toRecord: %s', (_name, value) => {
    const record = toRecord(value);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      expect(Object.getPrototypeOf(record)).toBeNull();
      expect({ ...(record as object) }).toEqual(value);
    } else {
      expect(record).toBe(value);
    }
  });
});
