import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditFile, InputError, type RecordReport } from '../../src';
import type { AuditFileOptions } from '../../src/io/auditFile';
import { readCsvBlock, type CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { createCsvRowParser } from '../../src/io/read/csvRowParser';
import { isColumnNumberRow, namesFields, type HeaderInfo } from '../../src/io/read/headerRow';
import { openInput } from '../../src/io/read/openInput';
import { readCsvRecords } from '../../src/io/read/readCsvRecords';
import { resolveProfile } from '../../src/api/profiles';
import { validCitizen } from '../support/citizens';
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
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const reports: string[] = [];
  const headers: HeaderInfo[] = [];
  const summary = await auditFile(path, {
    asOf: '2026-11-01',
    workers: 0,
    ...options,
    onReport: (r) => void reports.push(JSON.stringify(r)),
    onHeader: (info) => void headers.push(info),
  });
  return { reports, headers, summary };
}

describe('the header row of a Vietnamese form: found, and the rows above it skipped', () => {
  const titled = (rows: readonly (readonly string[])[]) => [...TITLE, HEADER, NUMBERS, ...rows];
  it.each<[string, string | Buffer, HeaderInfo]>([
    ['the commune police layout, UTF-8 with BOM and CRLF', csv(titled(PEOPLE), { bom: true, eol: '\r\n' }), { headerRow: 4, skippedRows: 3, numberingRow: true }],
    ['the same with semicolons (Vietnamese Excel)', csv(titled(PEOPLE), { delimiter: ';' }), { headerRow: 4, skippedRows: 3, numberingRow: true }],
    ['title rows with as many commas as the table, no column numbers', csv([...TITLE.filter((r) => r.length > 0), HEADER, ...PEOPLE]), { headerRow: 4, skippedRows: 3, numberingRow: false }],
    ['blank lines inside the title block', csv([TITLE[0]!, [], [], TITLE[1]!, [], TITLE[3]!, [], HEADER, ...PEOPLE]), { headerRow: 4, skippedRows: 3, numberingRow: false }],
    ['no title block at all: unchanged', PLAIN, { headerRow: 1, skippedRows: 0, numberingRow: false }],
    ['a column-number row written 1,2,3…', csv([HEADER, HEADER.map((_, i) => String(i + 1)), ...PEOPLE]), { headerRow: 1, skippedRows: 0, numberingRow: true }],
    ['a column-number row written (1),(2),(3)… under a title', csv(titled(PEOPLE)), { headerRow: 4, skippedRows: 3, numberingRow: true }],
    ['a title row with no delimiter over a semicolon table', csv([['DANH SÁCH CÔNG DÂN'], ['Ngày 01/11/2026, Xã Tân Phú'], HEADER, ...PEOPLE], { delimiter: ';' }), { headerRow: 3, skippedRows: 2, numberingRow: false }],
    ['quoted title cells holding commas and line breaks', csv([['CÔNG AN TỈNH ĐỒNG NAI\nCÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'], ['Số: 12/DS, ngày 01/11/2026'], HEADER, ...PEOPLE]), { headerRow: 3, skippedRows: 2, numberingRow: false }],
    ['a title cell that names one field is still a title', csv([['Họ và tên', '', '', '', 'Ký tên'], HEADER, ...PEOPLE]), { headerRow: 2, skippedRows: 1, numberingRow: false }],
    ['Windows-1258 (the legacy code page)', iconv.encode(windows1258Form(csv(titled(PEOPLE), { eol: '\r\n' })), 'windows1258'), { headerRow: 4, skippedRows: 3, numberingRow: true }],
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
    expect(later.headers).toEqual([{ headerRow: 4, skippedRows: 3, numberingRow: false }]);
    expect(later.reports.map((r) => (JSON.parse(r) as RecordReport).row)).toEqual([1, 2, 3]);
    // Right under the header, but numbering only two of its seven named columns: a record (row 1, a name typed "2").
    const sparse = await audit(csv([...TITLE, HEADER, ['1', '2'], PEOPLE[0]!]), 'sparse.csv');
    expect(sparse.headers).toEqual([{ headerRow: 4, skippedRows: 3, numberingRow: false }]);
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
    expect(named.headers).toEqual([{ headerRow: 4, skippedRows: 3, numberingRow: true }]);
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
  it('namesFields: two cells that name fields, after trimming and composing', () => {
    expect(namesFields(HEADER, columnMaps)).toBe(true);
    expect(namesFields([' Họ và tên ', 'Ngày sinh'.normalize('NFD')], columnMaps)).toBe(true);
    expect(namesFields(TITLE[0]!, columnMaps)).toBe(false);
    expect(namesFields(['Họ và tên', '', 'Ký tên'], columnMaps)).toBe(false);
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
      expect(headers).toEqual([{ headerRow: 1, skippedRows: 0, numberingRow: false }]);
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

  it('a file of many blocks with a title block gives the same bytes with 2 workers as with none', async () => {
    const people = fc.sample(validCitizen, { seed: 23, numRuns: 2400 });
    const columns = [...Object.keys(people[0]!), 'ghi_chu'];
    const lines = people.map((p, i) => {
      const row = i % 11 === 0 ? { ...p, so_dinh_danh: people[(i * 13) % 2400]!.so_dinh_danh } : p;
      const cells = [...Object.values(row), ''].map((v) => `"${v.replace(/"/g, '""')}"`);
      if (i % 97 === 0) cells[cells.length - 1] = `"ghi chú\r\nnhiều dòng\n${i}"`;
      if (i === 0) cells[0] = '1'; // the first record is not taken for a column-number row
      if (i === 1500) cells[2] = `"${row.ho_ten}`; // a quote never closed: costs this record only
      if (i === 1700) cells.pop(); // ragged
      return cells.join(',') + (i % 50 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\r\n' : '\n');
    });
    const pad = (cells: string[]) => csvLine([...cells, ...Array<string>(columns.length - cells.length).fill('')]);
    const title = [pad(['CÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']), pad(['', '', '', '', 'Độc lập - Tự do - Hạnh phúc']), '', pad(['"DANH SÁCH" CÔNG DÂN, NĂM 2026'])];
    const numbers = columns.map((_, i) => `(${i + 1})`).join(',');
    const titled = join(dir, 'blocks-titled.csv');
    const plain = join(dir, 'blocks-plain.csv');
    writeFileSync(titled, `\ufeff${title.join('\r\n')}\r\n${columns.join(',')}\r\n${numbers}\r\n${lines.join('')}`);
    writeFileSync(plain, `${columns.join(',')}\n${lines.join('')}`);

    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    for await (const _ of (await openInput(createReadStream(titled), { csvPlan: plan, columnMaps })).records);
    expect(plan.blocks.length).toBeGreaterThan(3);
    expect(plan).toMatchObject({ titleRows: 3, numberingRow: true, header: columns });
    expect(plan.blocks.filter((b) => b.header)).toEqual([plan.blocks[0]]);

    const outputs = async (path: string, workers: number, tag: string) => {
      const files = { records: join(dir, `${tag}.ndjson`), summary: join(dir, `${tag}.json`), cleaned: join(dir, `${tag}.csv`) };
      const rows: number[] = [];
      const headers: HeaderInfo[] = [];
      await auditFile(path, { asOf: '2026-11-01', workers, batchSize: 300, ...files, onReport: (r) => void rows.push(r.row), onHeader: (i) => void headers.push(i) });
      return { records: readFileSync(files.records, 'utf8'), summary: readFileSync(files.summary, 'utf8'), cleaned: readFileSync(files.cleaned, 'utf8'), rows, headers };
    };
    const one = await outputs(titled, 0, 'titled-one');
    const two = await outputs(titled, 2, 'titled-two');
    expect(one.rows).toEqual(Array.from({ length: 2400 }, (_, i) => i + 1));
    expect(one.headers).toEqual([{ headerRow: 4, skippedRows: 3, numberingRow: true }]);
    expect(two.headers).toEqual(one.headers);
    expect(two.rows).toEqual(one.rows);
    expect(two.records).toBe(one.records);
    expect(two.summary).toBe(one.summary);
    expect(two.cleaned).toBe(one.cleaned);
    // And the same as the file that starts with its header.
    const bare = await outputs(plain, 2, 'titled-bare');
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
    expect(form.headers).toEqual([{ headerRow: 4, skippedRows: 3, numberingRow: true }]);
    expect(form.reports).toEqual(baseline.reports);
    const named = await audit(await workbook(titled), 'form-named.xlsx', { headerRow: 4 });
    expect(named.reports).toEqual(baseline.reports);
    const bare = await audit(await workbook([HEADER, ...PEOPLE], false), 'bare.xlsx');
    expect(bare.headers).toEqual([{ headerRow: 1, skippedRows: 0, numberingRow: false }]);
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

describe('property: a title block changes no record report', () => {
  const DELIMITERS = [',', ';', '\t', '|'];
  /** Whether text could be taken for a header by any reading: its cells, or any of its lines split on any delimiter. */
  function mightNameFields(row: readonly string[], text: string): boolean {
    if (namesFields(row, columnMaps)) return true;
    for (const line of text.split(/\r\n|\n|\r/u)) {
      for (const delimiter of DELIMITERS) {
        if (namesFields(line.split(delimiter).map((c) => c.replace(/"/g, '')), columnMaps)) return true;
        const parser = createCsvRowParser({ delimiter });
        for (const parsed of [...parser.push(line), ...parser.end()]) if (namesFields(parsed.cells, columnMaps)) return true;
      }
    }
    return false;
  }
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(',', ';', '\t', '|', '"', ' ', '(', ')', '1', '2', '-', ':', '\n', '\r\n', 'Họ', 'tên', 'Số', 'Ngày', 'sinh', 'CÔNG AN', 'XÃ', 'DANH SÁCH', 'Độc lập', 'Họ và tên', 'Ngày sinh') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  );
  const titleRow = fc
    .array(fc.string({ unit, maxLength: 8 }), { minLength: 1, maxLength: 6 })
    .map((cells) => ({ cells, text: csvLine(cells) }))
    .filter(({ cells, text }) => !mightNameFields(cells, text));
  const titleBlock = fc.array(titleRow, { maxLength: 10 }).filter((rows) => rows.reduce((n, r) => n + r.text.split(/\r\n|\n|\r/u).length, 0) <= 25);

  it('any valid citizen file with any title block of up to 10 rows on top: the same reports and summary', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(validCitizen, { minLength: 1, maxLength: 12 }), titleBlock, fc.constantFrom('\n', '\r\n'), async (people, title, eol) => {
        n += 1;
        const columns = Object.keys(people[0]!);
        const table = [csvLine(columns), ...people.map((p) => csvLine(Object.values(p)))].join(eol) + eol;
        const top = title.map((r) => r.text).join(eol);
        const plain = join(dir, `prop-${n}-plain.csv`);
        const titled = join(dir, `prop-${n}-titled.csv`);
        writeFileSync(plain, table);
        writeFileSync(titled, title.length > 0 ? `${top}${eol}${table}` : table);
        const run = async (path: string) => {
          const reports: string[] = [];
          const summary = await auditFile(path, { asOf: '2026-11-01', workers: 0, onReport: (r) => void reports.push(JSON.stringify(r)) });
          return { reports, summary: JSON.stringify(summary) };
        };
        const [a, b] = [await run(plain), await run(titled)];
        expect(b.reports).toEqual(a.reports);
        expect(b.summary).toBe(a.summary);
      }),
      { numRuns: 40 },
    );
  });
});
