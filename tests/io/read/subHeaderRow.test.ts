import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../src/api/profiles';
import { meaningField } from '../../../src/core';
import type { InputRecord } from '../../../src/io/inputRecord';
import { joinBlocks, readCsvBlock, type CsvBlock, type CsvBlockPlan } from '../../../src/io/read/csvBlocks';
import { fieldsNamed, type HeaderInfo } from '../../../src/io/read/headerRow';
import { openInput, type OpenInputOptions } from '../../../src/io/read/openInput';
import { readCsvRecords } from '../../../src/io/read/readCsvRecords';
import { subHeaderNames } from '../../../src/io/read/subHeaderRow';
import { validCitizen, type CitizenRow } from '../../support/citizens';
import { csvLine, csvText } from '../../support/footerForms';
import {
  columnNumbers,
  ID_CARD_GROUP,
  OLD_ID_GROUP,
  ONE_ROW_HEADER,
  PERSON_GROUP,
  recordOf,
  REPEATED_NAMES,
  SPLIT_BIRTH_DATE,
  TWO_ROW_PEOPLE,
  TWO_ROW_TITLE,
  type TwoRowForm,
} from '../../support/twoRowHeaderForms';
import { collect, plain, streamOf, windows1258Form } from './support';

const citizen = resolveProfile('citizen');
const columnMaps = (name: string) => citizen.fieldForColumn(name) !== null;

type Rows = readonly (readonly string[])[];
const view = (records: readonly InputRecord[]) => records.map((r) => [r.row, plain(r.record), r.inputProblem?.code]);
/** The records a form's rows should read as: numbered from 1, named by the form, no reading problem. */
const written = (names: readonly string[], people: Rows) => people.map((cells, i) => [i + 1, recordOf(names, cells), undefined]);
const info = (headerRow: number, subHeaderRow: boolean, numberingRow: boolean): HeaderInfo => ({ headerRow, skippedRows: headerRow - 1, subHeaderRow, numberingRow });

/** Reads bytes as `ddss audit` opens them (the header looked for), in chunks of `chunk`: the records and what onHeader said. */
async function read(bytes: string | Buffer, chunk = 7, options: OpenInputOptions = {}) {
  const headers: HeaderInfo[] = [];
  const source = await openInput(streamOf(bytes, chunk), { columnMaps, onHeader: (i) => void headers.push(i), ...options });
  return { records: await collect(source.records), headers, delimiter: source.delimiter };
}

/** A workbook of rows (cells as text, an empty one not stored), with merged cells (Excel stores only the first one's value). */
async function workbook(rows: Rows, merges: readonly string[] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row.map((c) => (c === '' ? null : c)));
  for (const range of merges) sheet.mergeCells(range);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('subHeaderNames: whether the row is the second row of the header, and the names of both', () => {
  it.each<[string, TwoRowForm]>([
    ['the example of the issue: "Số" under "Căn cước công dân" is the ID, "Nơi cấp" is not', ID_CARD_GROUP],
    ['"Thông tin cá nhân" over the name, birth date and sex', PERSON_GROUP],
    ['a second row repeating the names of the columns that are not grouped', REPEATED_NAMES],
    ['"Số" read with "CMND/CCCD"', OLD_ID_GROUP],
    ['a date split in "Ngày | Tháng | Năm": each part named with its group, the date of birth in parts', SPLIT_BIRTH_DATE],
  ])('%s', (_name, form) => {
    const width = form.top.length;
    const two = subHeaderNames(form.top, form.sub, columnMaps, width);
    expect(two?.names).toEqual(form.names);
    // What a column-number row numbers: every column named in either row.
    expect(two?.cells.every((c) => c !== '')).toBe(true);
    // The fields named: those of the one-row header, no field twice (the parts of a split date are one value).
    const meanings = citizen.mapColumns(form.names);
    const fields = [...meanings.filter((m) => m.part === null).map(meaningField), ...new Set(meanings.map((m) => m.part?.field))].filter((f) => f != null);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('the naming order: the sub name, the group for its own number, the two joined (either way), the group for its own column', () => {
    const names = (top: string[], sub: string[]) => subHeaderNames(['Họ và tên', ...top], ['', ...sub], columnMaps, top.length + 1)?.names.slice(1);
    // "Ngày cấp" names a field alone; "Số" under "CCCD" is the group's own number; "Nơi cấp" + "CCCD" is no name.
    expect(names(['CCCD', '', ''], ['Số', 'Ngày cấp', 'Nơi cấp'])).toEqual(['CCCD', 'Ngày cấp', 'Nơi cấp']);
    // The same under "Căn cước"; a label that names nothing, alone or joined ("Ghi chú"), keeps its own name.
    expect(names(['Căn cước', '', ''], ['Số', 'Ngày cấp', 'Ghi chú'])).toEqual(['Căn cước', 'Ngày cấp', 'Ghi chú']);
    // The group's own column is its number ("Số", "SỐ:", "Số hiệu"), wherever it is in the span.
    expect(names(['Căn cước công dân', '', ''], ['Ngày cấp', 'Nơi cấp', 'SỐ:'])).toEqual(['Ngày cấp', 'Nơi cấp', 'Căn cước công dân']);
    expect(names(['Căn cước công dân', ''], ['Số hiệu', 'Ngày cấp'])).toEqual(['Căn cước công dân', 'Ngày cấp']);
    // A group named after a field names no column of its span that is not its own: the parts of an address stay
    // parts (beside groups that map more: on their own they map less than the top row, and are no second row).
    expect(names(['Nơi thường trú', '', '', 'Căn cước công dân', '', 'Liên hệ'], ['Tỉnh/Thành phố', 'Xã/Phường', 'Thôn/Tổ', 'Số', 'Ngày cấp', 'Di động'])).toEqual([
      'Tỉnh/Thành phố',
      'Xã/Phường',
      'Thôn/Tổ',
      'Căn cước công dân',
      'Ngày cấp',
      'Di động',
    ]);
    expect(names(['Nơi thường trú', '', ''], ['Tỉnh/Thành phố', 'Xã/Phường', 'Thôn/Tổ'])).toBeUndefined();
    // An empty cell under a group: the top name over the group's first column, `column_<n>` elsewhere in the span.
    expect(names(['Căn cước công dân', '', '', 'Số điện thoại'], ['', 'Ngày cấp', '', 'Di động'])).toEqual(['Căn cước công dân', 'Ngày cấp', 'column_4', 'Di động']);
    // Names repeated across groups are told apart as always (`_2`): the old ID and the new one both read as IDs.
    expect(names(['CMND', '', 'Căn cước', ''], ['Số', 'Ngày cấp', 'Số', 'Ngày cấp'])).toEqual(['CMND', 'Ngày cấp', 'Căn cước', 'Ngày cấp_2']);
  });

  it('NFD cells are recognised; the names keep the text as read', () => {
    const nfd = (cells: readonly string[]) => cells.map((c) => c.normalize('NFD'));
    expect(subHeaderNames(nfd(ID_CARD_GROUP.top), nfd(ID_CARD_GROUP.sub), columnMaps, 9)?.names).toEqual(nfd(ONE_ROW_HEADER));
  });

  it.each<[string, readonly string[], readonly string[]]>([
    // Rule 2: data in either row.
    ['a record holding data', ID_CARD_GROUP.top, TWO_ROW_PEOPLE[0]!],
    ['a key-value line above', ['Số định danh cá nhân:', '001069012345', 'Họ và tên', ''], ['', '', 'Ngày sinh', 'Giới tính']],
    // Rule 3: nothing under a group or an empty top cell.
    ['a record of text only under columns each named alone', ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'], ['', 'Ngày cấp', '', 'Nam']],
    ['a row of empty cells', ID_CARD_GROUP.top, ID_CARD_GROUP.top.map(() => '')],
    // Rule 4: a value under a column the top names alone.
    ['a sparse record: a name under "Họ và tên"', ID_CARD_GROUP.top, ['', 'Nguyễn Văn An', '', '', 'Số', 'Ngày cấp', '', '', '']],
    ['a hint under a column named alone', ID_CARD_GROUP.top, ['', '', '(ngày/tháng/năm)', '', 'Số', 'Ngày cấp', 'Nơi cấp', '', '']],
    // Rule 5: no more columns mapped than either row alone.
    ['a note under a group that maps nothing more', ['STT', 'Họ và tên', 'Ngày sinh', 'Ghi chú', ''], ['', '', '', 'Chuyển đi', 'Hà Nội']],
    ['only the parts of an address under its group (fewer fields than the top)', ['STT', 'Họ và tên', 'Nơi thường trú', '', ''], ['', '', 'Số nhà', 'Đường', 'Phường/xã']],
    ['a title row over the header (no name gained)', ['DANH SÁCH CÔNG DÂN', '', '', ''], ['STT', 'Họ và tên', 'Ngày sinh', 'Số']],
    ['a title naming a field over the header', ['Họ và tên', '', '', 'Ký tên'], ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính']],
  ])('not a second header row: %s', (_name, top, sub) => {
    expect(subHeaderNames(top, sub, columnMaps, Math.max(top.length, sub.length))).toBeNull();
  });
});

describe('readers: a two-row header is read as one, its second row is no record', () => {
  const NFD = (text: string) => Buffer.from(text.normalize('NFD'));
  const LEGACY = (text: string) => iconv.encode(windows1258Form(text), 'windows1258');
  it.each<[string, TwoRowForm, { title?: boolean; numbers?: boolean; delimiter?: string; eol?: string; encode?: (text: string) => Buffer; nfd?: boolean }]>([
    ['the example of the issue', ID_CARD_GROUP, {}],
    ['under a title block, with column numbers, CRLF', ID_CARD_GROUP, { title: true, numbers: true, eol: '\r\n' }],
    ['TSV', ID_CARD_GROUP, { delimiter: '\t' }],
    ['semicolons under a title block', ID_CARD_GROUP, { title: true, delimiter: ';' }],
    ['Windows-1258 (tone marks as combining characters)', ID_CARD_GROUP, { title: true, numbers: true, eol: '\r\n', encode: LEGACY }],
    ['NFD text', ID_CARD_GROUP, { numbers: true, encode: NFD, nfd: true }],
    ['"Thông tin cá nhân": the search chooses the second row, whose top is right above', PERSON_GROUP, {}],
    ['"Thông tin cá nhân" under a title block, with column numbers, TSV', PERSON_GROUP, { title: true, numbers: true, delimiter: '\t' }],
    ['"Thông tin cá nhân" in Windows-1258', PERSON_GROUP, { title: true, encode: LEGACY }],
    ['a second row repeating names, with column numbers', REPEATED_NAMES, { numbers: true }],
    ['"Số" under "CMND/CCCD", CRLF', OLD_ID_GROUP, { eol: '\r\n' }],
    ['a split date beside two groups, under a title block', SPLIT_BIRTH_DATE, { title: true, numbers: true }],
  ])('%s', async (_name, form, { title = false, numbers = false, delimiter = ',', eol = '\n', encode = (t: string) => Buffer.from(t), nfd = false }) => {
    const width = form.top.length;
    const titleRows = title ? TWO_ROW_TITLE.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')].slice(0, width)) : [];
    const text = csvText([...titleRows, form.top, form.sub, ...(numbers ? [columnNumbers(width)] : []), ...form.people], { delimiter, eol });
    const norm = (cells: readonly string[]) => cells.map((c) => (nfd ? c.normalize('NFD') : c));
    for (const chunk of [1, 7, 64, 4096]) {
      const { records, headers, delimiter: detected } = await read(encode(text), chunk);
      expect(detected).toBe(delimiter);
      expect(headers).toEqual([info(titleRows.length + 1, true, numbers)]);
      expect(view(records)).toEqual(written(norm(form.names), form.people.map(norm)));
    }
  });

  it('--header-row names the top row: its second row is read too; naming the second row reads it alone', async () => {
    const text = csvText([...TWO_ROW_TITLE, ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE]);
    const named = await read(text, 64, { headerRow: 4 });
    expect(named.headers).toEqual([info(4, true, false)]);
    expect(view(named.records)).toEqual(written(ONE_ROW_HEADER, TWO_ROW_PEOPLE));
    // A header named is never moved: the second row of PERSON_GROUP, named, is the header alone.
    const person = await read(csvText([PERSON_GROUP.top, PERSON_GROUP.sub, ...TWO_ROW_PEOPLE]), 64, { headerRow: 2 });
    expect(person.headers).toEqual([info(2, false, false)]);
    expect(Object.keys(plain(person.records[0]!.record) as object)).toEqual(['column_1', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số', 'Ngày cấp', 'Nơi cấp', 'column_8', 'column_9']);
  });

  it('a two-row header with nothing under it: zero records, and said', async () => {
    const { records, headers } = await read(csvText([ID_CARD_GROUP.top, ID_CARD_GROUP.sub]));
    expect(records).toEqual([]);
    expect(headers).toEqual([info(1, true, false)]);
  });
});

describe('counter-examples: read as before', () => {
  const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', 'Số điện thoại', 'Nơi thường trú'];
  const PERSON = ['1', 'Nguyễn Văn An', '15/03/1999', 'Nam', '001099012345', '0912345678', 'Xã Tân Phú, Tỉnh Đồng Nai'];
  it.each<[string, readonly string[], readonly string[]]>([
    ['a one-row header and a first record of text only', HEADER, ['', 'Nguyễn Văn An', '', 'Nam', '', '', 'Xã Tân Phú, Tỉnh Đồng Nai']],
    ['a one-row header and a first record that names fields', HEADER, ['', 'Họ và tên', 'Ngày sinh', '', '', '', 'Thường trú']],
    ['a grouped header and a first record holding data', ID_CARD_GROUP.top, TWO_ROW_PEOPLE[0]!],
    ['a record that adds no mapped column and sits under no span', [...HEADER, 'Ghi chú'], ['', '', '', '', '', '', '', 'Chuyển đi']],
    ['a record under a span that adds no mapped column', ['STT', 'Họ và tên', 'Ngày sinh', 'Ghi chú', ''], ['', '', '', 'Chuyển đi', 'Hà Nội']],
    ['a sparse record under a header with an unnamed column', ['STT', 'Họ và tên', 'Ngày sinh', '', 'Giới tính'], ['', 'Nguyễn Văn An', '', 'Thường trú', 'Nam']],
  ])('%s', async (_name, header, first) => {
    const rows = [header, first, [...PERSON, '', ''].slice(0, header.length)];
    for (const chunk of [3, 64]) {
      const { records, headers } = await read(csvText(rows), chunk);
      const plainRead = await read(csvText(rows), chunk, { columnMaps: undefined });
      expect(headers).toEqual([info(1, false, false)]);
      expect(view(records)).toEqual(view(plainRead.records));
      expect(records).toHaveLength(2);
    }
  });

  it('a row under the header that is a column-number row stays one; a second header row never comes under it', async () => {
    const text = csvText([ID_CARD_GROUP.top, columnNumbers(9), ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE]);
    const { records, headers } = await read(text);
    expect(headers).toEqual([info(1, false, true)]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('without columnMaps (a plain read, or --header-row alone) no second row is looked for', async () => {
    const text = csvText([ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE]);
    expect((await read(text, 64, { columnMaps: undefined })).records).toHaveLength(3);
    const named = await read(text, 64, { columnMaps: undefined, headerRow: 1 });
    expect(named.headers).toEqual([info(1, false, false)]);
    expect(named.records).toHaveLength(3);
  });
});

describe('XLSX: the same two-row headers, merged cells as Excel stores them', () => {
  it.each<[string, TwoRowForm, readonly string[], boolean]>([
    ['the example of the issue', ID_CARD_GROUP, ['E1:G1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'H1:H2', 'I1:I2'], false],
    ['"Thông tin cá nhân", with a title block and column numbers', PERSON_GROUP, ['B4:D4', 'E4:G4', 'A4:A5', 'H4:H5', 'I4:I5'], true],
    ['a split date beside two groups', SPLIT_BIRTH_DATE, ['C1:E1', 'G1:I1', 'J1:K1'], false],
  ])('%s', async (_name, form, merges, titled) => {
    const width = form.top.length;
    const rows = [...(titled ? TWO_ROW_TITLE : []), form.top, form.sub, ...(titled ? [columnNumbers(width)] : []), ...form.people];
    const { records, headers } = await read(await workbook(rows, merges), 4096);
    expect(headers).toEqual([info(titled ? 4 : 1, true, titled)]);
    expect(view(records)).toEqual(written(form.names, form.people));
  });

  it('a group at the end of the row: its empty cells are not stored, the second row is wider', async () => {
    const top = ['STT', 'Họ và tên', 'Ngày sinh', 'Căn cước công dân', '', ''];
    const sub = ['', '', '', 'Số', 'Ngày cấp', 'Nơi cấp'];
    const person = ['1', 'Nguyễn Văn An', '15/03/1999', '001099012345', '10/05/2021', 'Cục CS QLHC về TTXH'];
    const { records, headers } = await read(await workbook([top, sub, person], ['D1:F1']), 4096);
    expect(headers).toEqual([info(1, true, false)]);
    expect(view(records)).toEqual(written(['STT', 'Họ và tên', 'Ngày sinh', 'Căn cước công dân', 'Ngày cấp', 'Nơi cấp'], [person]));
  });

  it('--header-row on a workbook, and a sparse first record that stays one', async () => {
    const named = await read(await workbook([...TWO_ROW_TITLE, ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE]), 4096, { headerRow: 4 });
    expect(named.headers).toEqual([info(4, true, false)]);
    expect(view(named.records)).toEqual(written(ONE_ROW_HEADER, TWO_ROW_PEOPLE));
    const sparse = await read(await workbook([ID_CARD_GROUP.top, ['', 'Nguyễn Văn An', '', 'Nam', 'Số'], ...TWO_ROW_PEOPLE]), 4096);
    expect(sparse.headers).toEqual([info(1, false, false)]);
    expect(sparse.records.map((r) => r.row)).toEqual([1, 2, 3]);
  });
});

describe('CSV blocks: a worker skips the rows the streaming read skipped', () => {
  /** Reads as the first pass does, fed chunks of `chunk` (openInput would hand over the first 64 KiB at once), then replays every block alone. */
  async function readAndReplay(bytes: Buffer, chunk: number, delimiter: string) {
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter, header: [], blocks: [] };
    const streamed = await collect(readCsvRecords(streamOf(bytes, chunk), { encoding: 'utf-8', delimiter, plan, columnMaps }));
    const replay = (blocks: readonly CsvBlock[]) => blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
    return { streamed, replay, plan };
  }

  it.each<[string, Rows, { subHeaderRow: boolean; titleRows: number; numberingRow: boolean }]>([
    ['the second row under the header', [ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE], { subHeaderRow: true, titleRows: 0, numberingRow: false }],
    ['under a title block, with column numbers', [...TWO_ROW_TITLE, ID_CARD_GROUP.top, ID_CARD_GROUP.sub, columnNumbers(9), ...TWO_ROW_PEOPLE], { subHeaderRow: true, titleRows: 3, numberingRow: true }],
    ['the second row chosen: its top is a title row to the parser', [...TWO_ROW_TITLE, PERSON_GROUP.top, PERSON_GROUP.sub, columnNumbers(9), ...TWO_ROW_PEOPLE], { subHeaderRow: false, titleRows: 4, numberingRow: true }],
    ['header cells of several lines, a quoted record across lines', [['STT', 'Họ và\ntên', 'Ngày sinh', 'Giới tính', 'Căn cước\ncông dân', '', '', 'Nơi thường trú', 'Số điện thoại'], ID_CARD_GROUP.sub, TWO_ROW_PEOPLE[0]!.map((c, k) => (k === 7 ? `${c}\nghi chú` : c)), TWO_ROW_PEOPLE[1]!], { subHeaderRow: true, titleRows: 0, numberingRow: false }],
  ])('%s: cut at every chunk size, every block alone (and joined) gives the streamed records', async (_name, rows, layout) => {
    for (const [delimiter, eol] of [[',', '\r\n'], [';', '\n']] as const) {
      const bytes = Buffer.from(csvText(rows, { delimiter, eol }));
      for (let chunk = 1; chunk <= bytes.length; chunk++) {
        const { streamed, replay, plan } = await readAndReplay(bytes, chunk, delimiter);
        expect(plan).toMatchObject(layout);
        expect(streamed.map((r) => r.row)).toEqual([1, 2]);
        expect(streamed[0]!.inputProblem).toBeUndefined();
        expect(view(replay(plan.blocks))).toEqual(view(streamed));
        expect(plan.blocks.filter((b) => b.header)).toEqual([plan.blocks[0]]);
        const joined: CsvBlock[] = [];
        plan.blocks.forEach((block, k) => joined.push(k % 3 === 0 ? block : joinBlocks(joined.pop()!, block)));
        expect(view(replay(joined))).toEqual(view(streamed));
      }
    }
  });
});

describe('property: any two-row header over citizen columns reads back the records written, named as expected', () => {
  /** A column: its label in the second row, the name it should get, what its cells hold. */
  interface Leaf {
    sub: string;
    name: string;
    value: (p: CitizenRow, i: number) => string;
  }
  const text = (v: string) => () => v;
  const LEAVES: Record<string, Leaf> = {
    stt: { sub: 'STT', name: 'STT', value: (_p, i) => String(i + 1) },
    name: { sub: 'Họ và tên', name: 'Họ và tên', value: (p) => p.ho_ten },
    born: { sub: 'Ngày sinh', name: 'Ngày sinh', value: (p) => p.ngay_sinh },
    sex: { sub: 'Giới tính', name: 'Giới tính', value: (p) => p.gioi_tinh },
    phone: { sub: 'Số điện thoại', name: 'Số điện thoại', value: (p) => p.so_dien_thoai },
    address: { sub: 'Nơi thường trú', name: 'Nơi thường trú', value: (p) => p.dia_chi },
    issued: { sub: 'Ngày cấp', name: 'Ngày cấp', value: (p) => p.ngay_cap },
    place: { sub: 'Nơi cấp', name: 'Nơi cấp', value: text('Cục CS QLHC về TTXH') },
    note: { sub: 'Ghi chú', name: 'Ghi chú', value: (_p, i) => (i % 2 === 0 ? '' : 'Chuyển đến, "tạm" trú') },
    mail: { sub: 'Thư điện tử', name: 'Thư điện tử', value: text('') },
  };
  /** A group: the top cell, and which leaves may sit under it ("Số" is the ID, named as the group says). */
  const GROUPS = [
    { top: 'Căn cước công dân', id: 'Căn cước công dân', leaves: ['issued', 'place'] },
    { top: 'CMND/CCCD', id: 'CMND/CCCD', leaves: ['issued', 'place'] },
    { top: 'Thông tin cá nhân', id: null, leaves: ['name', 'born', 'sex'] },
    { top: 'Liên hệ', id: null, leaves: ['phone', 'mail', 'address'] },
    { top: 'Ghi chú khác', id: null, leaves: ['note', 'place'] },
  ] as const;
  interface Column {
    top: string;
    sub: string;
    name: string;
    value: (p: CitizenRow, i: number) => string;
    key: string;
  }
  const idLeaf = (name: string): Column => ({ top: '', sub: 'Số', name, value: (p) => p.so_dinh_danh, key: 'id' });
  /** A column named alone in the top row: merged down (its second cell empty) or repeated. */
  const alone = (key: string, repeat: boolean): Column => ({ top: LEAVES[key]!.sub, sub: repeat ? LEAVES[key]!.sub : '', name: LEAVES[key]!.name, value: LEAVES[key]!.value, key });
  const segment = fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(LEAVES)), fc.boolean()).map(([key, repeat]) => [alone(key, repeat)]),
    fc.tuple(fc.constantFrom(...GROUPS), fc.boolean()).chain(([group, withId]) =>
      fc.shuffledSubarray([...group.leaves], { minLength: withId && group.id !== null ? 1 : 2 }).chain((keys) => {
        const leaves: Column[] = keys.map((key) => ({ top: '', sub: LEAVES[key]!.sub, name: LEAVES[key]!.name, value: LEAVES[key]!.value, key }));
        if (withId && group.id !== null) leaves.unshift(idLeaf(group.id));
        return fc.constant(leaves.map((c, k) => (k === 0 ? { ...c, top: group.top } : c)));
      }),
    ),
  );
  const mapped = (names: readonly string[]) => names.filter(columnMaps).length;
  /**
   * Headers whose columns are each one field or text, no field twice, one of them the ID (so the first record holds
   * data), and whose two rows map more columns together than either alone (rule 5: by construction, every name here
   * is unique, so "alone" is the top cells and the second row's cells as they are) and name two fields in one row
   * (so that the search finds it).
   */
  const header = fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.nat(6))
    .map(([segments, lone, at]) => {
      // The ID as a column of its own, between two groups, when no group holds it.
      if (!segments.flat().some((c) => c.key === 'id') && lone) segments.splice(at % (segments.length + 1), 0, [{ top: 'Số định danh cá nhân', sub: '', name: 'Số định danh cá nhân', value: (p) => p.so_dinh_danh, key: 'id' }]);
      return segments.flat();
    })
    .filter((columns) => {
      const keys = columns.map((c) => c.key);
      if (new Set(keys).size !== keys.length || !keys.includes('id')) return false;
      const top = columns.map((c) => c.top);
      const sub = columns.map((c) => c.sub);
      if (Math.max(fieldsNamed(top, columnMaps), fieldsNamed(sub, columnMaps)) < 2) return false;
      const names = columns.map((c) => c.name);
      return mapped(names) > Math.max(mapped(top.filter((c) => c !== '')), mapped(sub.filter((c) => c !== '')));
    });

  it('any delimiter, line end, title block, column numbers, chunking; serial read and block replay alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(validCitizen, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 300 }),
        async (columns, people, titled, numbered, delimiter, eol, chunk) => {
          const width = columns.length;
          const title = titled ? [['DANH SÁCH CÔNG DÂN', ...Array<string>(width - 1).fill('')]] : [];
          const cells = people.map((p, i) => columns.map((c) => c.value(p, i)));
          const rows = [...title, columns.map((c) => c.top), columns.map((c) => c.sub), ...(numbered ? [columnNumbers(width)] : []), ...cells];
          const bytes = Buffer.from(rows.map((r) => csvLine(r, delimiter) + eol).join(''));
          const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter, header: [], blocks: [] };
          const headers: HeaderInfo[] = [];
          const source = await openInput(streamOf(bytes, chunk), { columnMaps, csvPlan: plan, onHeader: (i) => void headers.push(i) });
          const streamed = await collect(source.records);
          expect(headers).toEqual([info(title.length + 1, true, numbered)]);
          expect(view(streamed)).toEqual(written(columns.map((c) => c.name), cells));
          const replayed = plan.blocks.flatMap((block) => readCsvBlock(bytes.subarray(block.start, block.end), block, plan));
          expect(view(replayed)).toEqual(view(streamed));
        },
      ),
      { numRuns: 300 },
    );
  });
});
