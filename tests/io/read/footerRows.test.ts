import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../src/api/profiles';
import type { InputRecord } from '../../../src/io/inputRecord';
import { joinBlocks, readCsvBlock, type CsvBlock, type CsvBlockPlan } from '../../../src/io/read/csvBlocks';
import { createFooterWatch, FOOTER_MAX_ROWS, JUST_THIS_ROW, isFooterLike, isFooterMarker, type FooterInfo } from '../../../src/io/read/footerRows';
import { openInput, type OpenInputOptions } from '../../../src/io/read/openInput';
import { ASCII_FOOTER, csvLine, csvText, FOOTER_TABLE_HEADER, FOOTER_TABLE_PEOPLE, FOOTER_TABLE_TITLE, RECIPIENTS_FOOTER, SIGNATURE_FOOTER } from '../../support/footerForms';
import { collect, plain, streamOf, windows1258Form } from './support';

const citizen = resolveProfile('citizen');
const columnMaps = (name: string) => citizen.fieldForColumn(name) !== null;

type Rows = readonly (readonly string[])[];
const NUMBERS = FOOTER_TABLE_HEADER.map((_, i) => `(${i + 1})`);
/** Header and two records. */
const TABLE: Rows = [FOOTER_TABLE_HEADER, ...FOOTER_TABLE_PEOPLE];
/** Title block, header, column numbers and two records. */
const FORM: Rows = [...FOOTER_TABLE_TITLE, FOOTER_TABLE_HEADER, NUMBERS, ...FOOTER_TABLE_PEOPLE];
const BLANK = ['', '', '', '', '', '', ''];
/** A record that holds an ID, numbered `n`. */
const person = (n: number, name = 'Lê Văn Cường') => [String(n), name, '20/10/1985', 'Nam', `0750850${String(10000 + n).slice(-5)}`, '', 'Xã Yên Khánh'];

const view = (records: readonly InputRecord[]) => records.map((r) => [r.row, plain(r.record), r.inputProblem?.code]);

/** Reads bytes as `ddss audit` opens them (the header looked for), in chunks of `chunk`: the records, and what onFooter said. */
async function read(bytes: string | Buffer, chunk = 7, options: OpenInputOptions = {}) {
  const footers: FooterInfo[] = [];
  const source = await openInput(streamOf(bytes, chunk), { columnMaps, onFooter: (info) => void footers.push(info), ...options });
  return { records: await collect(source.records), footers };
}

describe('footer markers (rule 2) and footer-like rows (rule 4)', () => {
  it.each([
    'Xã Yên Khánh, ngày 15 tháng 11 năm 2026',
    'Hà Nội, ngày 05 tháng 01 năm 2026.',
    'ngày ... tháng ... năm 20...',
    'Ngày …… tháng …… năm ……',
    'ngày . . . tháng . . . năm 2026',
    'Yên Khánh,ngày 5 tháng 1 năm 2026',
    'NGƯỜI LẬP BIỂU',
    'Người lập bảng',
    'Nguoi lap bieu',
    '  người   lập   biểu  ',
    'Người lập biểu'.normalize('NFD'),
    'THỦ TRƯỞNG ĐƠN VỊ',
    'TRƯỞNG CÔNG AN XÃ',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'CHỦ TỊCH',
    'XÁC NHẬN CỦA CÔNG AN XÃ',
    '(Ký, ghi rõ họ tên)',
    '(Ký tên, đóng dấu)',
    '(Ký, họ tên, đóng dấu)',
    '(Ky, ghi ro ho ten)',
    'Nơi nhận:',
    'NOI NHAN:',
    'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    'Ngày 01 tháng 11 năm 2026\r\nNGƯỜI LẬP',
  ])('%j is a marker', (cell) => {
    expect(isFooterMarker(cell)).toBe(true);
  });

  it.each([
    'Nguyễn Thị B',
    'Trần Văn C',
    'Nam',
    '15/03/1999',
    'Ngày sinh',
    'Ngày, tháng, năm sinh',
    'ngày 15 tháng 11',
    'Thôn 2, Xã Yên Khánh',
    'Ký túc xá B2',
    'Q.1, TP.HCM',
    'Chủ hộ',
    'Người',
    'DANH SÁCH CÔNG DÂN',
    'Độc lập - Tự do - Hạnh phúc',
    '- Như trên;',
    '',
    `Người lập biểu ${'x'.repeat(300)}`,
  ])('%j is not', (cell) => {
    expect(isFooterMarker(cell)).toBe(false);
  });

  it('a row holding data is not footer-like, whatever it names; the date line is exempt from the digits rule', () => {
    expect(isFooterLike(['', 'Xã Yên Khánh, ngày 15 tháng 11 năm 2026', ''])).toBe(true);
    expect(isFooterLike(['', 'Nguyễn Thị B'])).toBe(true);
    expect(isFooterLike(['3', 'Người Lập', '001099012345'])).toBe(false);
    expect(isFooterLike(['', 'Người lập biểu', 'ĐT: 0912 345 678'])).toBe(false);
    expect(isFooterLike(['Xã Yên Khánh, ngày 15 tháng 11 năm 2026', '15/03/1999'])).toBe(false);
    // A cell of several lines: its date line aside, what is left is judged.
    expect(isFooterLike(['Ngày 01 tháng 11 năm 2026\nNGƯỜI LẬP BIỂU'])).toBe(true);
    expect(isFooterLike(['001099012345\nngày 1 tháng 1 năm 2026'])).toBe(false);
    expect(isFooterLike(['Ngày 01 tháng 11 năm 2026 — 0912345678'])).toBe(false);
  });
});

describe('createFooterWatch: rows held, proved at the end or released in order', () => {
  /** Pushes rows (each one cell) numbered from 1; returns the numbers emitted and the footer's length. */
  const watch = (cells: readonly string[]) => {
    const w = createFooterWatch<number>();
    const emitted: number[] = [];
    cells.forEach((cell, i) => {
      const released = w.push([cell], i + 1);
      emitted.push(...(released === JUST_THIS_ROW ? [i + 1] : released));
    });
    const end = w.end();
    return { emitted: [...emitted, ...end.records], footerRows: end.footerRows };
  };

  it('a marker and the rows after it, with the blank rows above, are the footer', () => {
    expect(watch(['001099012345', '', 'NGƯỜI LẬP BIỂU', '', 'Nguyễn Thị B'])).toEqual({ emitted: [1], footerRows: 4 });
  });
  it('a data row after the marker releases every row held, in order', () => {
    expect(watch(['', 'NGƯỜI LẬP BIỂU', 'Nguyễn Thị B', '001099012345', 'x'])).toEqual({ emitted: [1, 2, 3, 4, 5], footerRows: 0 });
  });
  it('blank rows at the end with no marker are records', () => {
    expect(watch(['001099012345', '', ' '])).toEqual({ emitted: [1, 2, 3], footerRows: 0 });
  });
  it('a footer of exactly the bound is one; a row more and none of it is (the row past the bound is watched afresh)', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Người ký ${i}`);
    expect(watch(['NGƯỜI LẬP BIỂU', ...names(FOOTER_MAX_ROWS - 1)]).footerRows).toBe(FOOTER_MAX_ROWS);
    expect(watch(['NGƯỜI LẬP BIỂU', ...names(FOOTER_MAX_ROWS)])).toEqual({ emitted: Array.from({ length: FOOTER_MAX_ROWS + 1 }, (_, i) => i + 1), footerRows: 0 });
    // The row past the bound is a marker: it starts a footer of its own.
    expect(watch(['NGƯỜI LẬP BIỂU', ...names(FOOTER_MAX_ROWS - 1), 'CHỦ TỊCH', 'Lê Văn D'])).toEqual({ emitted: Array.from({ length: FOOTER_MAX_ROWS }, (_, i) => i + 1), footerRows: 2 });
  });
  it('of a long run of blank rows above the marker only the last ones fit in the bound: the others are records', () => {
    const result = watch(['001099012345', ...Array<string>(50).fill(''), 'NGƯỜI LẬP BIỂU', 'Nguyễn Thị B']);
    expect(result.footerRows).toBe(FOOTER_MAX_ROWS);
    expect(result.emitted).toEqual(Array.from({ length: 53 - FOOTER_MAX_ROWS }, (_, i) => i + 1));
  });
});

describe('readers: a footer that ends the table is left out, and said', () => {
  it.each<[string, Rows, Rows, { delimiter?: string; eol?: string }]>([
    ['the example of the issue, under a title block', FORM, SIGNATURE_FOOTER, {}],
    ['"Nơi nhận" and signing on behalf of the committee', FORM, RECIPIENTS_FOOTER, {}],
    ['an ASCII-only export with the date left blank', TABLE, ASCII_FOOTER, {}],
    ['TSV', TABLE, SIGNATURE_FOOTER, { delimiter: '\t' }],
    ['CRLF', FORM, SIGNATURE_FOOTER, { eol: '\r\n' }],
    ['semicolons, two signature blocks in a row', TABLE, [...SIGNATURE_FOOTER, ...ASCII_FOOTER], { delimiter: ';' }],
    ['right after the header, no record', [FOOTER_TABLE_HEADER], SIGNATURE_FOOTER, {}],
    ['right after the column-number row, no record', [...FOOTER_TABLE_TITLE, FOOTER_TABLE_HEADER, NUMBERS], RECIPIENTS_FOOTER, {}],
    ['blank rows between the records and the marker belong to the footer', TABLE, [BLANK, BLANK, BLANK, ...ASCII_FOOTER], {}],
    ['a record named "Người Lập" holding an ID stays a record', [...TABLE, person(3, 'Người Lập')], SIGNATURE_FOOTER, {}],
    ['a sparse record (a name, nothing else) right above the footer stays a record', [...TABLE, ['3', 'Lê Văn Cường', '', '', '', '', '']], SIGNATURE_FOOTER, {}],
  ])('%s', async (_name, body, footer, format) => {
    const text = csvText([...body, ...footer], format);
    const bare = csvText(body, format);
    for (const chunk of [1, 7, 64, 4096]) {
      const read1 = await read(text, chunk);
      const baseline = await read(bare, chunk);
      expect(view(read1.records)).toEqual(view(baseline.records));
      expect(read1.footers).toEqual([{ footerRow: baseline.records.length + 1, footerRows: footer.length }]);
      expect(baseline.footers).toEqual([{ footerRow: baseline.records.length + 1, footerRows: 0 }]);
    }
  });

  it('NFD text and Windows-1258 (tone marks as combining characters) are recognised alike', async () => {
    const text = csvText([...FORM, ...RECIPIENTS_FOOTER], { eol: '\r\n' });
    const bare = csvText(FORM, { eol: '\r\n' });
    for (const encode of [(t: string) => Buffer.from(t.normalize('NFD')), (t: string) => iconv.encode(windows1258Form(t), 'windows1258')]) {
      const { records, footers } = await read(encode(text), 64);
      expect(view(records)).toEqual(view((await read(encode(bare), 64)).records));
      expect(footers).toEqual([{ footerRow: 3, footerRows: RECIPIENTS_FOOTER.length }]);
    }
  });

  it('blank rows after the last record, with no marker under them, stay records as they always were', async () => {
    const { records, footers } = await read(csvText([...TABLE, BLANK, BLANK]));
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(footers).toEqual([{ footerRow: 5, footerRows: 0 }]);
  });

  it('a marker row followed by a data row: every row held is a record, in order, with its number', async () => {
    const rows = [...TABLE, ...SIGNATURE_FOOTER.slice(0, 4), person(9)];
    const { records, footers } = await read(csvText(rows));
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plain(records[3]!.record)).toMatchObject({ 'Ngày sinh': '', 'Giới tính': '', 'Số định danh cá nhân': 'Xã Yên Khánh, ngày 15 tháng 11 năm 2026' });
    expect(footers).toEqual([{ footerRow: 8, footerRows: 0 }]);
    // And a footer after them is still found.
    const again = await read(csvText([...rows, ...SIGNATURE_FOOTER]));
    expect(again.records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(again.footers).toEqual([{ footerRow: 8, footerRows: SIGNATURE_FOOTER.length }]);
  });

  it('more rows than the bound after a marker: all records', async () => {
    const names = Array.from({ length: FOOTER_MAX_ROWS }, (_, i) => ['', `Nguyễn Văn Ký ${i}`]);
    const { records, footers } = await read(csvText([...TABLE, ['', 'NGƯỜI LẬP BIỂU'], ...names]), 4096);
    expect(records).toHaveLength(2 + 1 + FOOTER_MAX_ROWS);
    expect(footers).toEqual([{ footerRow: 2 + 1 + FOOTER_MAX_ROWS + 1, footerRows: 0 }]);
  });

  it('firstRow numbers the footer as it numbers the records', async () => {
    const { records, footers } = await read(csvText([...TABLE, ...SIGNATURE_FOOTER]), 64, { firstRow: 501 });
    expect(records.map((r) => r.row)).toEqual([501, 502]);
    expect(footers).toEqual([{ footerRow: 503, footerRows: SIGNATURE_FOOTER.length }]);
  });

  it('only when the header is looked for or named: a plain read keeps every row', async () => {
    const text = csvText([...TABLE, ...SIGNATURE_FOOTER]);
    const plainRead = await read(text, 64, { columnMaps: undefined });
    expect(plainRead.records).toHaveLength(2 + SIGNATURE_FOOTER.length);
    expect(plainRead.footers).toEqual([{ footerRow: 3 + SIGNATURE_FOOTER.length, footerRows: 0 }]);
    const named = await read(text, 64, { columnMaps: undefined, headerRow: 1 });
    expect(named.records).toHaveLength(2);
    expect(named.footers).toEqual([{ footerRow: 3, footerRows: SIGNATURE_FOOTER.length }]);
  });

  it('a marker above the header (in the title block) is no footer', async () => {
    const { records, footers } = await read(csvText([['Xã Yên Khánh, ngày 15 tháng 11 năm 2026'], ['NGƯỜI LẬP BIỂU'], ...TABLE]));
    expect(records.map((r) => r.row)).toEqual([1, 2]);
    expect(footers).toEqual([{ footerRow: 3, footerRows: 0 }]);
  });
});

describe('XLSX: the same footer left out', () => {
  /** A workbook of rows; empty cells are not written (as Excel leaves them). */
  async function workbook(rows: Rows): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách');
    for (const row of rows) sheet.addRow(row.map((c) => (c === '' ? null : c)));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  /** Excel stores no row whose cells are all empty: such rows are not read at all. */
  const stored = (rows: Rows) => rows.filter((r) => r.some((c) => c !== '')).length;

  it.each<[string, Rows, Rows]>([
    ['the example of the issue, under a title block', FORM, SIGNATURE_FOOTER],
    ['"Nơi nhận" and signing on behalf of the committee', FORM, RECIPIENTS_FOOTER],
    ['ASCII only', TABLE, ASCII_FOOTER],
    ['right after the header, no record', [FOOTER_TABLE_HEADER], SIGNATURE_FOOTER],
  ])('%s', async (_name, body, footer) => {
    const { records, footers } = await read(await workbook([...body, ...footer]), 4096);
    const baseline = await read(await workbook(body), 4096);
    expect(view(records)).toEqual(view(baseline.records));
    expect(footers).toEqual([{ footerRow: baseline.records.length + 1, footerRows: stored(footer) }]);
  });

  it('a marker row followed by a data row: all records; a plain read keeps the footer as records', async () => {
    const bytes = await workbook([...TABLE, ...SIGNATURE_FOOTER.slice(1, 4), person(9)]);
    const { records, footers } = await read(bytes, 4096);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(footers).toEqual([{ footerRow: 7, footerRows: 0 }]);
    const plainRead = await read(await workbook([...TABLE, ...SIGNATURE_FOOTER]), 4096, { columnMaps: undefined });
    expect(plainRead.records).toHaveLength(2 + stored(SIGNATURE_FOOTER));
  });
});

describe('CSV blocks: the workers leave out the rows the streaming read left out', () => {
  /** Reads as the first pass does (collecting the plan), then replays every block alone, as a worker would. */
  async function readAndReplay(text: string, chunk: number) {
    const bytes = Buffer.from(text);
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    const footers: FooterInfo[] = [];
    const streamed = await collect((await openInput(streamOf(bytes, chunk), { csvPlan: plan, columnMaps, onFooter: (i) => void footers.push(i) })).records);
    const replay = (blocks: readonly CsvBlock[]) => blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
    return { streamed, replay, plan, footers };
  }

  it.each([
    ['the example of the issue', csvText([...FORM, ...SIGNATURE_FOOTER], { eol: '\r\n' }), SIGNATURE_FOOTER.length],
    ['"Nơi nhận", quoted cells of several lines', csvText([...TABLE, ['', 'Ghi chú:\nnhiều dòng'], ...RECIPIENTS_FOOTER.map((r) => r.map((c) => c.replace(': ', ':\n')))]), RECIPIENTS_FOOTER.length],
    ['no record', csvText([FOOTER_TABLE_HEADER, ...ASCII_FOOTER]), ASCII_FOOTER.length],
    ['no footer', csvText([...TABLE, BLANK]), 0],
  ])('%s: every block, and every run of joined blocks, parses alone to the streamed records', async (_name, text, footerRows) => {
    for (const chunk of [1, 3, 7, 64]) {
      const { streamed, replay, plan, footers } = await readAndReplay(text, chunk);
      expect(footers).toEqual([{ footerRow: streamed.length + 1, footerRows }]);
      expect(view(replay(plan.blocks))).toEqual(view(streamed));
      expect(plan.blocks.reduce((n, b) => n + b.rows, 0)).toBe(streamed.length);
      expect(plan.blocks.reduce((n, b) => n + (b.footerRows ?? 0), 0)).toBe(footerRows);
      // Only the last blocks hold footer rows, and no record after them.
      const first = plan.blocks.findIndex((b) => (b.footerRows ?? 0) > 0);
      if (first >= 0) expect(plan.blocks.slice(first + 1).every((b) => b.rows === 0)).toBe(true);
      for (const group of [2, 3, 5]) {
        const joined: CsvBlock[] = [];
        plan.blocks.forEach((block, k) => joined.push(k % group === 0 ? block : joinBlocks(joined.pop()!, block)));
        expect(view(replay(joined))).toEqual(view(streamed));
      }
    }
  });

  it('a block that no longer holds its footer rows (the file changed) is an error', () => {
    const plan = { encoding: 'utf-8' as const, delimiter: ',', header: ['a', 'b'] };
    const block = { start: 0, end: 4, firstRow: 1, rows: 1, header: false, final: true, footerRows: 2 };
    expect(() => readCsvBlock(Buffer.from('1,2\n,Người lập biểu\n'), block, plan)).toThrow(/changed/);
    expect(readCsvBlock(Buffer.from('1,2\n,Người lập biểu\n,Nguyễn Thị B\n'), block, plan).map((r) => r.row)).toEqual([1]);
  });
});

describe('property: header + records + optional footer reads back the records written, and the footer counted', () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`, 'u'));
  /** Text that is no data and no marker: what a sparse record or the end of a footer holds. */
  const words = fc.constantFrom('', '', 'Nguyễn Thị B', 'Trần Văn C', 'Nam', 'Nữ', 'Thôn 2, Xã Yên Khánh', '- Như trên;', '- Lưu: VT.', 'Ghi chú "x"', 'a\nb');
  const MARKERS = ['Xã Yên Khánh, ngày 15 tháng 11 năm 2026', 'ngày ... tháng ... năm 20...', 'NGƯỜI LẬP BIỂU', 'Nguoi lap bang', 'THỦ TRƯỞNG ĐƠN VỊ', 'TRƯỞNG CÔNG AN XÃ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'CHỦ TỊCH', 'XÁC NHẬN CỦA TRƯỞNG THÔN', '(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)', 'Nơi nhận:'];
  const marker = fc.constantFrom(...MARKERS);
  const width = FOOTER_TABLE_HEADER.length;
  const row = (cell: fc.Arbitrary<string>) => fc.array(cell, { minLength: width, maxLength: width });
  /** A record holding an ID (so never a footer row), its other cells anything, markers included ("Người Lập"). */
  const dataRow = fc.tuple(row(fc.oneof(words, marker)), digits(12), fc.nat(width - 1)).map(([cells, id, at]) => cells.map((c, i) => (i === at ? id : c)));
  const sparseRow = row(words).filter((cells) => cells.some((c) => c.trim() !== ''));
  const blankRow = fc.constant(Array<string>(width).fill(''));
  // A table whose last row holds data: the blank rows right above a marker would be the footer's.
  const records = fc.oneof(fc.constant([] as string[][]), fc.tuple(fc.array(fc.oneof({ weight: 4, arbitrary: dataRow }, { weight: 1, arbitrary: sparseRow }, { weight: 1, arbitrary: blankRow }), { maxLength: 12 }), dataRow).map(([rows, last]) => [...rows, last]));
  // Rows of the header's width, as Excel writes a sheet's used range. (A row of another width that holds a quote is
  // read again from its line when that gives the header's width: broken-quote recovery, csvRowParser.ts. The
  // reader tests above have footers of other widths.)
  const footerRow = row(fc.oneof(words, marker));
  const footer = fc
    .tuple(fc.array(blankRow, { maxLength: 3 }), fc.tuple(row(words), marker, fc.nat(width - 1)), fc.array(fc.oneof(footerRow, blankRow), { maxLength: 20 }))
    .map(([blanks, [cells, mark, at], rest]) => [...blanks, cells.map((c, i) => (i === at ? mark : c)), ...rest]);

  it('any delimiter, line end, chunking; serial read and block replay alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        records,
        fc.option(footer, { nil: null }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 300 }),
        async (titled, people, tail, delimiter, eol, chunk) => {
          const head = titled ? [...FOOTER_TABLE_TITLE, FOOTER_TABLE_HEADER] : [FOOTER_TABLE_HEADER];
          const text = head.map((r) => csvLine(r, delimiter) + eol).join('') + csvText([...people, ...(tail ?? [])], { delimiter, eol });
          const bytes = Buffer.from(text);
          const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter, header: [], blocks: [] };
          const footers: FooterInfo[] = [];
          const streamed = await collect((await openInput(streamOf(bytes, chunk), { columnMaps, csvPlan: plan, onFooter: (i) => void footers.push(i) })).records);
          const written = people.map((cells, i) => [i + 1, Object.fromEntries(FOOTER_TABLE_HEADER.map((name, k) => [name, cells[k]]))]);
          expect(streamed.map((r) => [r.row, plain(r.record)])).toEqual(written);
          expect(footers).toEqual([{ footerRow: people.length + 1, footerRows: tail?.length ?? 0 }]);
          const replayed = plan.blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
          expect(view(replayed)).toEqual(view(streamed));
        },
      ),
      { numRuns: 300 },
    );
  });
});
