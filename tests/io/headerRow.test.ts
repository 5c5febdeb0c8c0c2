import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditFile, InputError, type RecordReport } from '../../src';
import type { AuditFileOptions } from '../../src/io/auditFile';
import { readCsvBlock, type CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { createCsvRowParser } from '../../src/io/read/csvRowParser';
import { HOUSEHOLD_FORM, MULTI_LINE_HEADER, MULTI_LINE_HEADER_FORM, ONE_FIELD_EXPORT, TRAILING_COMMA_FORM, TWO_LINE_TITLE_FORM } from '../support/titleBlockForms';
import { chooseHeader, DATA_DIGITS, fieldsNamed, findHeader, HEADER_MIN_FIELDS, holdsData, isColumnNumberRow, isDataCell, isEmptyRow, type HeaderInfo } from '../../src/io/read/headerRow';
import { delimiterOfHeader } from '../../src/io/read/detectDelimiter';
import { openInput } from '../../src/io/read/openInput';
import { readCsvRecords } from '../../src/io/read/readCsvRecords';
import { resolveProfile } from '../../src/api/profiles';
import { validCitizen } from '../support/citizens';
import { auditFormBytes, auditFormOutputs, expectSameOutputs } from '../support/formAudit';
import { collect, plain, streamOf, windows1258Form } from './read/support';

const dir = mkdtempSync(join(tmpdir(), 'ddss-header-'));
const citizen = resolveProfile('citizen');
const columnMaps = (name: string) => citizen.fieldForColumn(name) !== null;

/** One CSV line, quoted as Excel quotes: only the cells that need it. */
function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells.map((c) => (c.includes(delimiter) || /["\r\n]/u.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', 'Số điện thoại', 'Nơi thường trú'];
const PEOPLE = [
  ['1', 'Nguyễn Văn An', '15/03/1999', 'Nam', '001099012345', '0912345678', 'Thôn 2, Xã Tân Phú, Tỉnh Đồng Nai'],
  ['2', 'Trần Thị Bình', '01/02/2001', 'Nữ', '075301004567', '0987654321', 'Ấp 3, Xã Tân Phú, Tỉnh Đồng Nai'],
  ['3', 'lê văn cường', '20/10/1985', 'Nam', '075085001234', '0168 123 4567', 'Xã Tân Phú, Tỉnh Đồng Nai'],
];
const TITLE = [
  ['CÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', ''],
  ['', '', '', '', 'Độc lập - Tự do - Hạnh phúc', '', ''],
  [],
  ['DANH SÁCH CÔNG DÂN ĐĂNG KÝ THƯỜNG TRÚ', '', '', '', '', '', ''],
];
const NUMBERS = HEADER.map((_, i) => `(${i + 1})`);

/** A CSV file of rows (an empty row is a blank line). */
function csv(rows: readonly (readonly string[])[], { delimiter = ',', eol = '\n', bom = false } = {}): string {
  return `${bom ? '\ufeff' : ''}${rows.map((r) => (r.length === 0 ? '' : csvLine(r, delimiter))).join(eol)}${eol}`;
}

const PLAIN = csv([HEADER, ...PEOPLE]);

async function audit(bytes: string | Buffer, name: string, options: AuditFileOptions = {}) {
  const { reports, headers, summary } = await auditFormBytes(dir, bytes, name, options);
  return { reports, headers, summary };
}

describe('the header row of a Vietnamese form: found, and the rows above it skipped', () => {
  const titled = (rows: readonly (readonly string[])[]) => [...TITLE, HEADER, NUMBERS, ...rows];
  it.each<[string, string | Buffer, HeaderInfo]>([
    ['the commune police layout, UTF-8 with BOM and CRLF', csv(titled(PEOPLE), { bom: true, eol: '\r\n' }), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }],
    ['the same with semicolons (Vietnamese Excel)', csv(titled(PEOPLE), { delimiter: ';' }), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }],
    ['title rows with as many commas as the table, no column numbers', csv([...TITLE.filter((r) => r.length > 0), HEADER, ...PEOPLE]), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }],
    ['blank lines inside the title block', csv([TITLE[0]!, [], [], TITLE[1]!, [], TITLE[3]!, [], HEADER, ...PEOPLE]), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }],
    ['no title block at all: unchanged', PLAIN, { headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }],
    ['a column-number row written 1,2,3…', csv([HEADER, HEADER.map((_, i) => String(i + 1)), ...PEOPLE]), { headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: true }],
    ['a column-number row written (1),(2),(3)… under a title', csv(titled(PEOPLE)), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }],
    ['a title row with no delimiter over a semicolon table', csv([['DANH SÁCH CÔNG DÂN'], ['Ngày 01/11/2026, Xã Tân Phú'], HEADER, ...PEOPLE], { delimiter: ';' }), { headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }],
    ['quoted title cells holding commas and line breaks', csv([['CÔNG AN TỈNH ĐỒNG NAI\nCÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'], ['Số: 12/DS, ngày 01/11/2026'], HEADER, ...PEOPLE]), { headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }],
    ['a title cell that names one field is still a title', csv([['Họ và tên', '', '', '', 'Ký tên'], HEADER, ...PEOPLE]), { headerRow: 2, skippedRows: 1, subHeaderRow: false, numberingRow: false }],
    ['Windows-1258 (the legacy code page)', iconv.encode(windows1258Form(csv(titled(PEOPLE), { eol: '\r\n' })), 'windows1258'), { headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }],
  ])('%s', async (_name, bytes, info) => {
    const baseline = await audit(PLAIN, 'plain.csv');
    const { reports, headers, summary } = await audit(bytes, 'layout.csv');
    expect(headers).toEqual([info]);
    // The same records, numbered the same, with the same issues, as the file that starts with its header.
    expect(reports).toEqual(baseline.reports);
    expect(reports).toHaveLength(3);
    expect(summary.columns).toEqual(baseline.summary.columns);
  });

  it('a row 1,2,3… that is not right under the header is a record, and so is a sparse record that reads 1,2', async () => {
    const numbers = HEADER.map((_, i) => String(i + 1));
    const later = await audit(csv([...TITLE, HEADER, PEOPLE[0]!, numbers, PEOPLE[1]!]), 'later.csv');
    expect(later.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }]);
    expect(later.reports.map((r) => (JSON.parse(r) as RecordReport).row)).toEqual([1, 2, 3]);
    // Right under the header, but numbering only two of its seven named columns: a record (row 1, a name typed "2").
    const sparse = await audit(csv([...TITLE, HEADER, ['1', '2'], PEOPLE[0]!]), 'sparse.csv');
    expect(sparse.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }]);
    expect(sparse.reports).toHaveLength(2);
    // A first record whose STT is 1 is a record.
    expect((await audit(csv([HEADER, ...PEOPLE]), 'stt.csv')).reports).toHaveLength(3);
  });

  it('a file with no header at all is still refused, with the message it always had', async () => {
    const none = audit(csv(PEOPLE), 'none.csv');
    await expect(none).rejects.toThrow(InputError);
    await expect(none).rejects.toThrow(/none of the 7 columns of .* is a field of profile citizen: if the first row is data, not a header, add a header row/);
    // Nor does a title block make a header of data.
    await expect(audit(csv([...TITLE, ...PEOPLE]), 'title-only.csv')).rejects.toThrow(/none of the \d+ columns/);
  });

  it('headerRow names the header outright: rows above it skipped, no search', async () => {
    const form = csv([...TITLE, HEADER, NUMBERS, ...PEOPLE]);
    const named = await audit(form, 'named.csv', { headerRow: 4 });
    expect(named.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }]);
    expect(named.reports).toEqual((await audit(PLAIN, 'plain.csv')).reports);
    // headerRow 1 is the title row: no search overrides it, and the audit is refused as for any file without header.
    await expect(audit(form, 'named-1.csv', { headerRow: 1 })).rejects.toThrow(/none of the \d+ columns/);
    // A header that names one field is not found by the search; named, it is read.
    const oneField = csv([['DANH SÁCH'], ['STT', 'Họ và tên', 'Ghi chú'], ['1', 'Nguyễn Văn An', '']]);
    await expect(audit(oneField, 'one-field.csv')).rejects.toThrow(/none of the 1 columns/);
    const read = await audit(oneField, 'one-field.csv', { headerRow: 2 });
    expect(read.summary.columns).toEqual({ STT: null, 'Họ và tên': 'fullName', 'Ghi chú': null });
  });

  it('headerRow beyond the file, not a whole number ≥ 1, or on JSON is refused', async () => {
    await expect(audit(csv([...TITLE, HEADER, ...PEOPLE]), 'beyond.csv', { headerRow: 40 })).rejects.toThrow(
      /the header row asked for \(--header-row \/ headerRow 40\) is beyond the input, which has 7 non-blank rows/,
    );
    for (const headerRow of [0, -1, 1.5, Number.NaN]) await expect(audit(PLAIN, 'bad.csv', { headerRow })).rejects.toThrow(RangeError);
    await expect(audit('[{"ho_ten": "Nguyễn Văn An"}]', 'people.json', { headerRow: 2 })).rejects.toThrow(/--header-row \(headerRow\) is for CSV\/TSV and XLSX/);
  });

  it('the cleaned file starts at the header: the title block is not copied', async () => {
    const cleaned = join(dir, 'cleaned.csv');
    await audit(csv([...TITLE, HEADER, NUMBERS, ...PEOPLE]), 'form-cleaned.csv', { cleaned });
    const lines = readFileSync(cleaned, 'utf8').replace(/^\uFEFF/u, '').split('\r\n');
    expect(lines[0]).toBe(`${HEADER.join(',')},ddss_score,ddss_verdict,ddss_issues`);
    expect(lines[1]!.startsWith('1,Nguyễn Văn An,')).toBe(true);
    expect(readFileSync(cleaned, 'utf8')).not.toContain('CÔNG AN');
  });
});

describe('header search helpers', () => {
  it('fieldsNamed: two cells or more name fields, after trimming and composing', () => {
    expect(fieldsNamed(HEADER, columnMaps)).toBeGreaterThanOrEqual(HEADER_MIN_FIELDS);
    expect(fieldsNamed([' Họ và tên ', 'Ngày sinh'.normalize('NFD')], columnMaps)).toBeGreaterThanOrEqual(HEADER_MIN_FIELDS);
    expect(fieldsNamed(TITLE[0]!, columnMaps)).toBeLessThan(HEADER_MIN_FIELDS);
    expect(fieldsNamed(['Họ và tên', '', 'Ký tên'], columnMaps)).toBeLessThan(HEADER_MIN_FIELDS);
  });

  it('isDataCell counts the digits of every script, as /\\p{Nd}/gu does, however they mix with Vietnamese letters', () => {
    const unit = fc.oneof(
      fc.constantFrom('0', '9', '٣', '۵', '०', '৭', '０', '𝟘', '𝟡', '߁', 'ạ', 'Ừ', 'đ', '̀', ' ', '/', '.', 'a', '²', 'Ⅻ', '😀'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (cell) => {
        expect(isDataCell(cell)).toBe((cell.match(/\p{Nd}/gu)?.length ?? 0) >= DATA_DIGITS);
      }),
      { numRuns: 2000 },
    );
    expect(isDataCell('𝟘𝟙𝟚𝟛𝟜𝟝')).toBe(true);
    expect(isDataCell('12 ạ 34 ừ 5')).toBe(false);
  });

  it('findHeader: the index among the rows as read, the number among the counted ones', () => {
    expect(findHeader([['DANH SÁCH'], ['', ' '], HEADER], columnMaps)).toEqual({ index: 2, row: 2 });
    expect(findHeader([['DANH SÁCH'], ['']], columnMaps)).toBeNull();
  });

  it.each([
    [['(1)', '(2)', '(3)'], true],
    [['1', '2', '3'], true],
    [['1', '', '2', '(3)'], true], // empty cells between numbers, a mix of forms
    [['(1)', '(2)'], false], // fewer numbers than named columns
    [['1', '3', '2'], false],
    [['(1', '2)', '3'], false],
    [['1', '2', 'x'], false],
    [['0', '1', '2'], false],
  ])('isColumnNumberRow(%j) under three named columns → %s', (cells, expected) => {
    expect(isColumnNumberRow(cells, ['STT', 'Họ và tên', 'Ngày sinh'])).toBe(expected);
  });

  it('the width a row must have comes from the header, not from a title row above it', () => {
    // A multi-line quoted address is sound under a 3-column header; with the width of a 2-cell title row, the parser
    // would take it for a stray quote and cut it.
    const text = 'DANH SÁCH,\nso_cccd,ho_ten,dia_chi\n001099012345,"Thôn 2\nXã Tân Phú",Nam\n';
    const cells = (headerIndex: number) => createCsvRowParser({ delimiter: ',', headerIndex }).push(text).map((r) => r.cells);
    expect(cells(1)[2]).toEqual(['001099012345', 'Thôn 2\nXã Tân Phú', 'Nam']);
    expect(cells(0)[2]).not.toEqual(['001099012345', 'Thôn 2\nXã Tân Phú', 'Nam']);
  });

  it('with columnMaps, a file where no row names fields reads exactly as without (first row as header)', async () => {
    const text = `a,b,c\n${Array.from({ length: 40 }, (_, i) => `${i},"x\n${i}",y`).join('\n')}\n1,"broken,z\n`;
    for (const chunk of [3, 64, 4096]) {
      const without = await collect((await openInput(streamOf(text, chunk))).records);
      const headers: HeaderInfo[] = [];
      const withSearch = await collect((await openInput(streamOf(text, chunk), { columnMaps, onHeader: (i) => void headers.push(i) })).records);
      expect(withSearch.map((r) => [r.row, plain(r.record), r.inputProblem?.code])).toEqual(without.map((r) => [r.row, plain(r.record), r.inputProblem?.code]));
      expect(headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }]);
    }
  });
});

describe('CSV blocks of a file with a title block', () => {
  const mapsTo = (name: string) => ['so_cccd', 'ho_ten', 'dia_chi', 'ngay_sinh'].includes(name);
  async function readAndReplay(text: string, chunkSize: number, options: { headerRow?: number } = {}) {
    const bytes = Buffer.from(text);
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    const streamed = await collect(readCsvRecords(streamOf(bytes, chunkSize), { encoding: 'utf-8', delimiter: ',', plan, columnMaps: mapsTo, ...options }));
    const replayed = plan.blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
    return { streamed, replayed, plan };
  }
  const view = (records: { row: number; record: unknown; inputProblem?: { code: string } }[]) => records.map((r) => [r.row, plain(r.record), r.inputProblem?.code]);
  const TABLE = 'so_cccd,ho_ten,dia_chi\n(1),(2),(3)\n001099012345,Nguyễn Văn An,"Thôn 2\nXã Tân Phú"\n079301004567,"Trần ""Bình""",Huế\n1,2,3\n';

  it.each([
    ['a title block with a blank line', `CÔNG AN XÃ TÂN PHÚ,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\r\n,,Độc lập - Tự do - Hạnh phúc\n${TABLE}`, 2],
    ['a quoted title cell over several lines', `"CÔNG AN TỈNH\nCÔNG AN XÃ",,"x\n\ny"\n${TABLE}`, 1],
    ['a title row with a stray quote', `"DANH SÁCH 12" công dân\nBáo cáo "quý 3\n${TABLE}`, 2],
    ['a title row wider than the table', `a,b,c,d,e,f\n${TABLE}`, 1],
    ['no title block', TABLE, 0],
  ])('%s: every block parses alone to the streamed records', async (_name, text, titleRows) => {
    for (const chunk of [1, 3, 7, 64]) {
      const { streamed, replayed, plan } = await readAndReplay(text, chunk);
      expect(plan).toMatchObject({ header: ['so_cccd', 'ho_ten', 'dia_chi'], titleRows, numberingRow: true });
      expect(plan.blocks[0]).toMatchObject({ start: 0, header: true, firstRow: 1 });
      expect(view(streamed).map(([row]) => row)).toEqual([1, 2, 3]);
      expect(view(replayed)).toEqual(view(streamed));
      const named = await readAndReplay(text, chunk, { headerRow: titleRows + 1 });
      expect(view(named.replayed)).toEqual(view(streamed));
    }
  });

  /** Column labels of a form whose header cells hold line breaks (Excel's Alt+Enter), one per citizen column. */
  const MULTI_LINE = ['Mã\nhồ sơ', 'Số định\ndanh cá nhân', 'Họ và\ntên', 'Ngày, tháng,\nnăm sinh', 'Giới\ntính', 'Số điện\nthoại', 'Nơi thường\ntrú', 'Ngày\ncấp', 'Ngày cập\nnhật', 'Ghi\nchú'];
  it.each([
    { name: 'comma, one-line header', delimiter: ',', multiLine: false, tag: 'comma' },
    { name: 'semicolon, header cells of two lines', delimiter: ';', multiLine: true, tag: 'semi' },
  ])('a file of many blocks with a title block gives the same bytes with 2 workers as with none ($name)', async ({ delimiter, multiLine, tag }) => {
    const people = fc.sample(validCitizen, { seed: 23, numRuns: 2400 });
    const columns = [...Object.keys(people[0]!), 'ghi_chu'];
    const lines = people.map((p, i) => {
      const row = i % 11 === 0 ? { ...p, so_dinh_danh: people[(i * 13) % 2400]!.so_dinh_danh } : p;
      const cells = [...Object.values(row), ''].map((v) => `"${v.replace(/"/g, '""')}"`);
      if (i % 97 === 0) cells[cells.length - 1] = `"ghi chú\r\nnhiều dòng\n${i}"`;
      if (i === 0) cells[0] = '1'; // the first record is not taken for a column-number row
      if (i === 1500) cells[2] = `"${row.ho_ten}`; // a quote never closed: costs this record only
      if (i === 1700) cells.pop(); // ragged
      return cells.join(delimiter) + (i % 50 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\r\n' : '\n');
    });
    const pad = (cells: string[]) => csvLine([...cells, ...Array<string>(columns.length - cells.length).fill('')], delimiter);
    // Commas in the title of a semicolon file, a row of delimiters only (Excel's used range), a blank line.
    const title = [pad(['CÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']), pad(['', '', '', '', 'Độc lập - Tự do - Hạnh phúc']), '', pad([]), pad(['"DANH SÁCH" CÔNG DÂN, NĂM 2026'])];
    const header = csvLine(multiLine ? MULTI_LINE : columns, delimiter);
    const names = multiLine ? MULTI_LINE : columns;
    const numbers = columns.map((_, i) => `(${i + 1})`).join(delimiter);
    const titled = join(dir, `blocks-titled-${tag}.csv`);
    const plain = join(dir, `blocks-plain-${tag}.csv`);
    writeFileSync(titled, `\ufeff${title.join('\r\n')}\r\n${header}\r\n${numbers}\r\n${lines.join('')}`);
    writeFileSync(plain, `${header}\n${lines.join('')}`);

    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    for await (const _ of (await openInput(createReadStream(titled), { csvPlan: plan, columnMaps })).records);
    expect(plan.blocks.length).toBeGreaterThan(3);
    // titleRows counts the rows the parser yields, the row of delimiters included; the notice does not count it.
    expect(plan).toMatchObject({ delimiter, titleRows: 4, numberingRow: true, header: names });
    expect(plan.blocks.filter((b) => b.header)).toEqual([plan.blocks[0]]);

    const outputs = (path: string, workers: number, tag: string) => auditFormOutputs(dir, path, workers, tag);
    const one = await outputs(titled, 0, `titled-one-${tag}`);
    const two = await outputs(titled, 2, `titled-two-${tag}`);
    expect(one.rows).toEqual(Array.from({ length: 2400 }, (_, i) => i + 1));
    expect(one.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }]);
    expectSameOutputs(two, one);
    // And the same as the file that starts with its header.
    const bare = await outputs(plain, 2, `titled-bare-${tag}`);
    expect(one.records).toBe(bare.records);
    expect(one.cleaned).toBe(bare.cleaned);
    const reports = one.records.trim().split('\n').map((l) => JSON.parse(l) as RecordReport);
    expect(reports[1500]!.issues.map((i) => i.rule)).toContain('input.broken-quote');
    expect(reports[1700]!.issues.map((i) => i.rule)).toContain('input.ragged-row');
  });
});

describe('XLSX forms', () => {
  async function workbook(rows: readonly unknown[][], merge = true): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách');
    for (const row of rows) sheet.addRow(row);
    if (merge) {
      sheet.mergeCells('A1:D1');
      sheet.mergeCells('E1:G1');
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const titled = [...TITLE, HEADER, HEADER.map((_, i) => i + 1), ...PEOPLE];

  it('the header is found under the title block, the column-number row skipped: the records of the CSV', async () => {
    const baseline = await audit(PLAIN, 'plain.csv');
    const form = await audit(await workbook(titled), 'form.xlsx');
    expect(form.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: true }]);
    expect(form.reports).toEqual(baseline.reports);
    const named = await audit(await workbook(titled), 'form-named.xlsx', { headerRow: 4 });
    expect(named.reports).toEqual(baseline.reports);
    const bare = await audit(await workbook([HEADER, ...PEOPLE], false), 'bare.xlsx');
    expect(bare.headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }]);
    expect(bare.reports).toEqual(baseline.reports);
  });

  it('headerRow beyond the sheet is refused; a sheet without header still is', async () => {
    await expect(audit(await workbook(titled), 'beyond.xlsx', { headerRow: 12 })).rejects.toThrow(/headerRow 12\) is beyond worksheet "Danh sách", which has 8 non-empty rows/);
    await expect(audit(await workbook([...TITLE, ...PEOPLE]), 'no-header.xlsx')).rejects.toThrow(/none of the \d+ columns/);
  });

  it('with columnMaps, a sheet where no row names fields reads exactly as without', async () => {
    for (const count of [5, 45]) {
      const bytes = await workbook(Array.from({ length: count }, (_, i) => [`a${i}`, i, `c${i}`]), false);
      const without = await collect((await openInput(streamOf(bytes, 4096))).records);
      const withSearch = await collect((await openInput(streamOf(bytes, 4096), { columnMaps })).records);
      expect(withSearch.map((r) => [r.row, plain(r.record)])).toEqual(without.map((r) => [r.row, plain(r.record)]));
      expect(withSearch).toHaveLength(count - 1);
    }
  });
});

describe('title blocks that fooled the first search', () => {
  const rowsOf = (reports: string[]) => reports.map((r) => (JSON.parse(r) as RecordReport).row);
  async function sheet(rows: readonly unknown[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('DS');
    for (const row of rows) ws.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  // Defect 1: the first row naming two fields was taken, a key-value line or a record.
  const KV = HOUSEHOLD_FORM;
  const KV_COLUMNS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', 'Quan hệ với chủ hộ'];

  it('a key-value line above the table (an ID, an address) is not the header, and its values never become column names', async () => {
    const markdown = join(dir, 'kv.md');
    const html = join(dir, 'kv.html');
    const summaryFile = join(dir, 'kv.json');
    const { reports, headers, summary } = await audit(KV, 'kv.csv', { markdown, html, summary: summaryFile });
    expect(headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }]);
    expect(rowsOf(reports)).toEqual([1, 2]);
    expect(Object.keys(summary.columns!).sort()).toEqual([...KV_COLUMNS].sort());
    for (const out of [markdown, html, summaryFile]) {
      const text = readFileSync(out, 'utf8');
      expect(text).not.toContain('001069012345');
      expect(text).not.toContain('Xóm 2');
    }
    // The same form as a worksheet: the date and the ID typed as a date and a number.
    const book = await sheet([
      ['PHIẾU KHAI THÔNG TIN CÁC THÀNH VIÊN HỘ GIA ĐÌNH'],
      ['Họ và tên chủ hộ:', 'Nguyễn Văn An', 'Ngày sinh:', new Date(Date.UTC(1969, 2, 15))],
      ['Số định danh cá nhân:', 1069012345, 'Nơi thường trú:', 'Xóm 2, Xã Chiêu Lưu, Tỉnh Nghệ An'],
      KV_COLUMNS,
      [1, 'Nguyễn Văn An', '15/03/1969', 'Nam', '001069012345', 'Chủ hộ'],
      [2, 'Trần Thị Bình', '20/05/1972', 'Nữ', '001172012346', 'Vợ'],
    ]);
    const xlsx = await audit(book, 'kv.xlsx');
    expect(xlsx.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: false, numberingRow: false }]);
    expect(xlsx.reports).toEqual(reports);
  });

  it('a plain export whose header names one field reads as before the search: a record naming two fields is not the header', async () => {
    const text = ONE_FIELD_EXPORT;
    expect(fieldsNamed(['001099012347', 'Mã', 'Văn', 'Cường', 'Thường trú', '1999'], columnMaps)).toBeGreaterThanOrEqual(HEADER_MIN_FIELDS);
    const { reports, headers, summary } = await audit(text, 'onefield.csv');
    expect(headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }]);
    expect(rowsOf(reports)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(summary.columns!).sort()).toEqual(['ho', 'loai_cu_tru', 'nam_sinh', 'so_cccd', 'ten', 'ten_dem']);
    // Exactly the records read without any search.
    const view = (records: { row: number; record: unknown }[]) => records.map((r) => [r.row, plain(r.record)]);
    const without = await collect((await openInput(streamOf(text, 16))).records);
    expect(view(await collect((await openInput(streamOf(text, 16), { columnMaps })).records))).toEqual(view(without));
  });

  it('of two candidate rows, the one naming more fields is the header; on a tie, the earlier', () => {
    const rows = [['Họ và tên', 'Ngày sinh'], ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'], ['Họ và tên', 'Ngày sinh', 'Giới tính']];
    expect(chooseHeader(rows, columnMaps)).toEqual({ index: 1, fields: 3 });
    expect(chooseHeader([['Số định danh cá nhân:', '001069012345', 'Ngày sinh:', 'Họ và tên'], ['Họ và tên', 'Ngày sinh']], columnMaps)).toEqual({ index: 1, fields: 2 });
    expect(chooseHeader([['Họ và tên', 'x'], ['DANH SÁCH']], columnMaps)).toBeNull();
    expect(holdsData(['Ngày 15/03/1999'])).toBe(true);
    expect(holdsData(['0912 345 678'])).toBe(true);
    expect(holdsData(['Số CMND/CCCD (12 số)', 'Năm 2026'])).toBe(false);
    expect(isEmptyRow(['', ' ', '\t'])).toBe(true);
    expect(isEmptyRow(['', 'x'])).toBe(false);
  });

  // Defect 2: the delimiter was judged on physical lines while the header is counted in rows.

  it('a semicolon header whose cells hold line breaks, under a two-line title, sets the delimiter', async () => {
    const text = MULTI_LINE_HEADER_FORM;
    const { reports, headers, summary } = await audit(text, 'mlhead.csv');
    expect(headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: true }]);
    expect(rowsOf(reports)).toEqual([1, 2]);
    expect(summary.columns).toEqual({ STT: null, 'Họ và\ntên': 'fullName', 'Ngày, tháng,\nnăm sinh': 'dateOfBirth', 'Giới\ntính': 'sex', 'Số CMND/\nCCCD': 'personalId' });
    // The same, starting with its header.
    const bare = await audit(`${MULTI_LINE_HEADER}\n1;Nguyễn Văn An;15/03/1999;Nam;001099012345\n`, 'mlhead2.csv');
    expect(bare.headers).toEqual([{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }]);
    expect(rowsOf(bare.reports)).toEqual([1]);
  });

  it('UTF-16 LE, tab-separated, with header cells of two lines under a title', async () => {
    const text = '\ufeffUBND XÃ AN KHÁNH\r\nDANH SÁCH CÔNG DÂN\r\nSTT\t"Họ và\r\ntên"\t"Ngày sinh"\t"Giới\r\ntính"\t"Số CMND/\r\nCCCD"\r\n1\tNguyễn Văn An\t15/03/1999\tNam\t001099012345\r\n';
    const { reports, headers, summary } = await audit(Buffer.from(text, 'utf16le'), 'u16tab.txt');
    expect(headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }]);
    expect(rowsOf(reports)).toEqual([1]);
    expect(summary.columns).toMatchObject({ 'Họ và\r\ntên': 'fullName', 'Số CMND/\r\nCCCD': 'personalId' });
  });

  it('headerRow under a quoted title cell of two lines: the delimiter of that row', async () => {
    const text = TWO_LINE_TITLE_FORM;
    for (const options of [{ headerRow: 2 }, {}]) {
      const { reports, headers, summary } = await audit(text, 't3.csv', options);
      expect(headers).toEqual([{ headerRow: 2, skippedRows: 1, subHeaderRow: false, numberingRow: false }]);
      expect(rowsOf(reports)).toEqual([1, 2]);
      expect(Object.keys(summary.columns!)).toHaveLength(5);
    }
    // Row 2 names the most fields with a semicolon; a row naming none goes to the one with the most cells.
    expect(delimiterOfHeader(text, true, { headerRow: 2, columnMaps }, ',')).toEqual({ delimiter: ';', settled: true });
    expect(delimiterOfHeader('DANH SÁCH, 2026\na|b|c\n', true, { headerRow: 2, columnMaps }, ',')).toEqual({ delimiter: '|', settled: true });
    // Beyond the text: not settled, and no choice.
    expect(delimiterOfHeader('DANH SÁCH\nho_ten;ngay', false, { headerRow: 2, columnMaps }, ',')).toEqual({ delimiter: null, settled: false });
  });

  it('a tie between delimiters goes to the first-line detection; a window cut short is not settled', () => {
    // Two fields with a comma (ho_ten, ngay_sinh), two with a semicolon (gioi_tinh, so_cccd).
    const text = 'ho_ten,ngay_sinh,x;gioi_tinh;so_cccd\n';
    expect(delimiterOfHeader(text, true, { columnMaps }, ';').delimiter).toBe(';');
    expect(delimiterOfHeader(text, true, { columnMaps }, ',').delimiter).toBe(',');
    expect(delimiterOfHeader(text, true, { columnMaps }, '\t').delimiter).toBe(',');
    expect(delimiterOfHeader('ho_ten;ngay_sinh\n', true, { columnMaps }, ',').delimiter).toBe(';');
    expect(delimiterOfHeader('DANH SÁCH\nx;y\n', true, { columnMaps }, ',').delimiter).toBeNull();
    expect(delimiterOfHeader('DANH SÁCH\nho_ten;ngay_sinh\n', false, { columnMaps }, ',')).toEqual({ delimiter: ';', settled: false });
    // Thirty rows with a non-empty cell are the whole window, under every delimiter: settled, however long the input.
    const thirty = `ho_ten;ngay_sinh\n${',,,\n'.repeat(40)}${'Nguyễn Văn An;15/03/1999\n'.repeat(29)}Trần`;
    expect(delimiterOfHeader(thirty, false, { columnMaps }, ',')).toEqual({ delimiter: ';', settled: true });
  });

  it('a title block longer than the first 64 KiB: the delimiter judged on wider leading bytes, alike for every read', async () => {
    const people = fc.sample(validCitizen, { seed: 5, numRuns: 40 });
    const columns = Object.keys(people[0]!);
    const table = [columns.join(';'), ...people.map((p) => Object.values(p).join(';'))].join('\n') + '\n';
    const text = `UBND tỉnh Lạng Sơn, Sở Tư pháp\nGhi chú: ${'x'.repeat(300_000)}\n${table}`;
    for (const chunk of [4096, 65_536, 1 << 20]) {
      const headers: HeaderInfo[] = [];
      const source = await openInput(streamOf(text, chunk), { columnMaps, onHeader: (i) => void headers.push(i) });
      expect(source.delimiter).toBe(';');
      expect((await collect(source.records)).map((r) => r.row)).toEqual(people.map((_, i) => i + 1));
      expect(headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }]);
    }
    const one = await audit(text, 'longtitle.csv');
    const two = await audit(text, 'longtitle.csv', { workers: 2 });
    expect(one.reports).toEqual((await audit(table, 'longtitle-bare.csv')).reports);
    expect(two.reports).toEqual(one.reports);
    expect(one.headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }]);
  });

  it('a form whose window fits in the first 64 KiB is opened without reading further (standard input left open)', async () => {
    const stream = new PassThrough();
    const row = '1,Nguyễn Văn An,15/03/1999,Nam,001099012345,0912345678,"Thôn 2, Xã Tân Phú, Tỉnh Đồng Nai"\n';
    stream.write(`${TITLE.map((r) => csvLine(r)).join('\n')}\n${HEADER.join(',')}\n${row.repeat(1000)}`);
    const source = await openInput(stream, { columnMaps });
    expect(source.delimiter).toBe(',');
    stream.end();
    expect(await collect(source.records)).toHaveLength(1000);
  });

  // Defect 3: the column-number row was not skipped when the header has an empty cell.
  it('a header with an empty cell (a trailing comma; a blank cell of a worksheet) still has its column-number row skipped', async () => {
    const text = TRAILING_COMMA_FORM;
    const csvForm = await audit(text, 'trail.csv');
    expect(csvForm.headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: true }]);
    expect(rowsOf(csvForm.reports)).toEqual([1, 2]);
    expect(isColumnNumberRow(['(1)', '(2)', ''], ['STT', 'Họ và tên', ''])).toBe(true);
    const book = await sheet([
      ['UBND XÃ AN KHÁNH'],
      ['DANH SÁCH CÔNG DÂN'],
      ['ma_ho_so', 'so_dinh_danh', null, 'ho_ten', 'ngay_sinh', 'gioi_tinh'],
      [1, 2, null, 3, 4, 5],
      ['HS1', '001099012345', null, 'Nguyễn Văn An', '15/03/1999', 'Nam'],
      ['HS2', '001199012346', null, 'Trần Thị Bình', '15/03/1999', 'Nữ'],
    ]);
    const xlsx = await audit(book, 'blank-cell.xlsx');
    expect(xlsx.headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: true }]);
    expect(rowsOf(xlsx.reports)).toEqual([1, 2]);
  });

  // Defect 4: rows of delimiters only were counted in the title block.
  it('rows of delimiters only (or spaces) are not counted above the header, in CSV as in XLSX; under it they stay records', async () => {
    const title = 'UBND XÃ AN KHÁNH,,,,\n,,,,\nDANH SÁCH CÔNG DÂN,,,,\n,,,,\n';
    const table = 'ma_ho_so,so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh\nHS1,001099012345,Nguyễn Văn An,15/03/1999,Nam\n,,,,\nHS2,001199012346,Trần Thị Bình,15/03/1999,Nữ\n';
    const bare = await audit(table, 'commas-bare.csv');
    expect(rowsOf(bare.reports)).toEqual([1, 2, 3]);
    for (const options of [{}, { headerRow: 3 }]) {
      const form = await audit(title + table, 'commas.csv', options);
      expect(form.headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }]);
      expect(form.reports).toEqual(bare.reports);
    }
    // They do not fill the window either: 40 of them, and the header is still found.
    const long = await audit(`UBND XÃ AN KHÁNH,,,,\n${',,,,\n'.repeat(40)}${table}`, 'commas-40.csv');
    expect(long.headers).toEqual([{ headerRow: 2, skippedRows: 1, subHeaderRow: false, numberingRow: false }]);
    expect(long.reports).toEqual(bare.reports);
    const rows = [['UBND XÃ AN KHÁNH'], [' ', ' '], ['DANH SÁCH CÔNG DÂN'], ...Array.from({ length: 35 }, () => [' ']), ['ma_ho_so', 'so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh'], ['HS1', '001099012345', 'Nguyễn Văn An', '15/03/1999', 'Nam'], [' '], ['HS2', '001199012346', 'Trần Thị Bình', '15/03/1999', 'Nữ']];
    for (const options of [{}, { headerRow: 3 }]) {
      const xlsx = await audit(await sheet(rows), 'commas.xlsx', options);
      expect(xlsx.headers).toEqual([{ headerRow: 3, skippedRows: 2, subHeaderRow: false, numberingRow: false }]);
      expect(rowsOf(xlsx.reports)).toEqual([1, 2, 3]);
    }
  });

  it('XLSX holds up to 30 rows before deciding, then numbers the records after the header from 1', async () => {
    const people = Array.from({ length: 45 }, (_, i) => PEOPLE[i % 3]!.map((c, k) => (k === 0 ? String(i + 1) : c)));
    const plainBook = await sheet([HEADER, ...people]);
    const formBook = await sheet([...TITLE.filter((r) => r.length > 0), ['Số định danh cá nhân:', '001069012345', 'Ngày sinh:', '15/03/1969'], HEADER, NUMBERS, ...people]);
    const bare = await audit(plainBook, 'many-bare.xlsx');
    const form = await audit(formBook, 'many-form.xlsx', { firstRow: 1 });
    expect(form.headers).toEqual([{ headerRow: 5, skippedRows: 4, subHeaderRow: false, numberingRow: true }]);
    expect(rowsOf(form.reports)).toEqual(people.map((_, i) => i + 1));
    expect(form.reports).toEqual(bare.reports);
    const shard = await audit(formBook, 'many-shard.xlsx', { firstRow: 101 });
    expect(rowsOf(shard.reports)).toEqual(people.map((_, i) => i + 101));
  });
});

describe('property: a title block changes no record report', () => {
  const ALL_DELIMITERS = [',', ';', '\t', '|'];
  const COLUMNS = Object.keys(fc.sample(validCitizen, { seed: 1, numRuns: 1 })[0]!);
  /**
   * Whether a title row could be taken for a header that names `fields` fields or more, by any reading: its text
   * parsed with any delimiter, or any of its lines split on one. A row holding data (a cell of 6 digits or more)
   * cannot be the header, whatever it names.
   */
  function mightBeHeader(text: string, fields: number): boolean {
    const beats = (cells: readonly string[]) => !holdsData(cells) && fieldsNamed(cells, columnMaps) >= fields;
    for (const delimiter of ALL_DELIMITERS) {
      const parser = createCsvRowParser({ delimiter });
      for (const parsed of [...parser.push(text), ...parser.end()]) if (beats(parsed.cells)) return true;
      for (const line of text.split(/\r\n|\n|\r/u)) if (beats(line.split(delimiter).map((c) => c.replace(/"/g, '')))) return true;
    }
    return false;
  }
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(',', ';', '\t', '|', '"', ' ', '(', ')', '1', '2', '-', ':', '/', '\n', '\r\n', 'Họ', 'tên', 'Số', 'Ngày', 'sinh', 'CÔNG AN', 'XÃ', 'DANH SÁCH', 'Độc lập', 'Họ và tên', 'Ngày sinh', 'Số điện thoại', 'Giới tính') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  );
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`, 'u'));
  /** A value that is data: an ID, a date, a phone. */
  const datum = fc.oneof(digits(12), digits(9), fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1930, max: 2025 })).map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`), digits(9).map((d) => `0${d}`));
  const LABELS = ['Họ và tên chủ hộ:', 'Số định danh cá nhân:', 'Ngày sinh:', 'Nơi thường trú:', 'Số điện thoại:', 'Giới tính:', 'Họ và tên', 'Ngày sinh'];
  /** A title block for a table with `delimiter` whose header names `fields` fields: text, key-value lines, rows of delimiters only. */
  const titleBlock = (delimiter: string, fields: number) => {
    const text = fc
      .array(fc.string({ unit, maxLength: 8 }), { minLength: 1, maxLength: 6 })
      .map((cells) => csvLine(cells, delimiter))
      .filter((line) => !mightBeHeader(line, fields));
    // "Số định danh cá nhân:,001069012345,Nơi thường trú:,"Xóm 2, Xã Chiêu Lưu"": fields named, and data.
    const keyValue = fc
      .tuple(fc.constantFrom(...LABELS), datum, fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.oneof(datum, fc.constantFrom('Nguyễn Văn An', 'Nam', 'Xóm 2, Xã Chiêu Lưu, Tỉnh Nghệ An', ''))), { maxLength: 3 }))
      .map(([label, value, more]) => csvLine([label, value, ...more.flat()], delimiter));
    const delimitersOnly = fc.integer({ min: 2, max: 12 }).map((n) => csvLine(Array<string>(n).fill(''), delimiter));
    return fc.array(fc.oneof(text, keyValue, delimitersOnly), { maxLength: 10 });
  };
  const layout = (delimiter: string) =>
    fc.subarray(COLUMNS.filter((c) => c !== 'so_dinh_danh'), { minLength: 1 }).chain((others) => {
      // A citizen table: the personal ID and at least one other column, every column named.
      const columns = COLUMNS.filter((c) => c === 'so_dinh_danh' || others.includes(c));
      return fc.record({
        columns: fc.constant(columns),
        title: titleBlock(delimiter, columns.length),
        people: fc.array(validCitizen, { minLength: 1, maxLength: 12 }),
        eol: fc.constantFrom('\n', '\r\n'),
      });
    });

  let n = 0;
  it.each([',', ';', '\t'])('any citizen file with the delimiter %j under any title block of up to 10 rows naming fewer fields than its header: the same reports and summary', async (delimiter) => {
    await fc.assert(
      fc.asyncProperty(layout(delimiter), async ({ columns, title, people, eol }) => {
        n += 1;
        const table = [csvLine(columns, delimiter), ...people.map((p) => csvLine(columns.map((c) => p[c as keyof typeof p] as string), delimiter))].join(eol) + eol;
        const plain = join(dir, `prop-${n}-plain.csv`);
        const titled = join(dir, `prop-${n}-titled.csv`);
        writeFileSync(plain, table);
        writeFileSync(titled, title.length > 0 ? `${title.join(eol)}${eol}${table}` : table);
        const run = async (path: string) => {
          const reports: string[] = [];
          const summary = await auditFile(path, { asOf: '2026-11-01', workers: 0, onReport: (r) => void reports.push(JSON.stringify(r)) });
          // The summary but for the title rows it says were left out (not records).
          const { leftOut: _leftOut, ...rest } = summary;
          return { reports, summary: JSON.stringify(rest) };
        };
        const [a, b] = [await run(plain), await run(titled)];
        expect(b.reports).toEqual(a.reports);
        expect(b.summary).toBe(a.summary);
      }),
      { numRuns: 80 },
    );
  });
});
