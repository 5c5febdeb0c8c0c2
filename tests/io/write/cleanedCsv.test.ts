import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBlank, type RecordReport } from '../../../src/core';
import { createCleanedCsvWriter, DDSS_COLUMNS, type CleanedCsvOptions } from '../../../src/io/write/cleanedCsv';
import { csvLine, quoteCsvCell } from '../../../src/io/write/csvCell';

let dir = '';
let fileNo = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddss-cleaned-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const nextPath = () => join(dir, `out-${++fileNo}.csv`);

function report(row: number, rules: string[] = [], score = 1): RecordReport {
  const verdict = rules.length > 0 ? 'fail' : 'pass';
  return {
    row,
    score,
    verdict,
    dimensions: { correct: score, complete: 1, clean: 1, live: 1 },
    issues: rules.map((rule) => ({ rule, dimension: 'correct' as const, severity: 'error' as const, field: 'x', message: 'm', value: null, fix: null })),
    fixed: {},
  };
}

interface Written {
  record: unknown;
  report: RecordReport;
  fixed: Record<string, string>;
}

async function writeCleaned(options: CleanedCsvOptions, rows: readonly Written[]): Promise<{ text: string; table: string[][] }> {
  const path = nextPath();
  const writer = createCleanedCsvWriter(path, options);
  for (const r of rows) await writer.write(r.record, r.report, r.fixed);
  await writer.commit();
  const text = await readFile(path, 'utf8');
  return { text, table: parse(text, { bom: true, delimiter: options.delimiter ?? ',', relax_column_count: false }) as string[][] };
}

const CITIZEN_COLUMNS = ['ma_ho_so', 'so_dinh_danh', 'ho_ten', 'so_dien_thoai', 'dia_chi'];
const CITIZEN_FIELDS: Record<string, string> = { ma_ho_so: 'recordId', so_dinh_danh: 'personalId', ho_ten: 'fullName', so_dien_thoai: 'phone', dia_chi: 'address' };
const citizen: CleanedCsvOptions = { columns: CITIZEN_COLUMNS, fieldOfColumn: (c) => CITIZEN_FIELDS[c] ?? null };

describe('quoteCsvCell', () => {
  it.each([
    ['001099012345', '001099012345'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['18 Trần Hưng Đạo, Hà Nội', '"18 Trần Hưng Đạo, Hà Nội"'],
    ['Nguyễn Văn "Ba"', '"Nguyễn Văn ""Ba"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['a\rb', '"a\rb"'],
    ['  spaces kept  ', '  spaces kept  '],
    ['', ''],
  ])('%j → %j', (cell, quoted) => {
    expect(quoteCsvCell(cell, ',')).toBe(quoted);
  });

  it('quotes by the delimiter in use', () => {
    expect(quoteCsvCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCsvCell('a,b', ';')).toBe('a,b');
    expect(csvLine(['a', 'b\tc'], '\t')).toBe('a\t"b\tc"\r\n');
  });

  it('round-trips any text through csv-parse', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), (cells) => {
        expect(parse(csvLine(cells, ','), { relax_column_count: false })).toEqual([cells]);
      }),
    );
  });
});

describe('createCleanedCsvWriter', () => {
  it.each<[string, Written, string[]]>([
    [
      'a clean record is copied as it is',
      { record: { ma_ho_so: 'HS01', so_dinh_danh: '001099012345', ho_ten: 'Nguyễn Văn An', so_dien_thoai: '+84912345678', dia_chi: '18 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội' }, report: report(1), fixed: {} },
      ['HS01', '001099012345', 'Nguyễn Văn An', '+84912345678', '18 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội', '1', 'pass', ''],
    ],
    [
      'safe fixes replace their field, the rest stays',
      { record: { ma_ho_so: 'HS02', so_dinh_danh: '001 099 012 345', ho_ten: 'nguyễn  văn an', so_dien_thoai: '0912 345 678', dia_chi: 'Hà Nội' }, report: report(2, ['phone.format', 'name.whitespace', 'phone.format'], 0.83), fixed: { phone: '+84912345678', fullName: 'Nguyễn Văn An' } },
      ['HS02', '001 099 012 345', 'Nguyễn Văn An', '+84912345678', 'Hà Nội', '0.83', 'fail', 'phone.format|name.whitespace'],
    ],
    [
      'a fix for a field no column holds is dropped',
      { record: { ma_ho_so: 'HS03' }, report: report(3), fixed: { sex: 'Nam' } },
      ['HS03', '', '', '', '', '1', 'pass', ''],
    ],
    [
      'quotes, commas and line breaks survive',
      { record: { ma_ho_so: 'HS04', ho_ten: 'Lê "Tí"', dia_chi: 'Số 5,\nngõ 10' }, report: report(4), fixed: {} },
      ['HS04', '', 'Lê "Tí"', '', 'Số 5,\nngõ 10', '1', 'pass', ''],
    ],
    ['null still gets its row', { record: null, report: report(5, ['record.not-object'], 0), fixed: {} }, ['', '', '', '', '', '0', 'fail', 'record.not-object']],
    ['a string still gets its row', { record: 'not a record', report: report(6, ['record.not-object'], 0), fixed: {} }, ['', '', '', '', '', '0', 'fail', 'record.not-object']],
    ['an array still gets its row', { record: ['HS07', '001099012345'], report: report(7, ['record.not-object'], 0), fixed: {} }, ['', '', '', '', '', '0', 'fail', 'record.not-object']],
    [
      'non-string values are written as text',
      { record: { ma_ho_so: 8, so_dinh_danh: null, ho_ten: true, so_dien_thoai: undefined }, report: report(8), fixed: {} },
      ['8', '', 'true', '', '', '1', 'pass', ''],
    ],
  ])('%s', async (_name, written, cells) => {
    const { table } = await writeCleaned(citizen, [written]);
    expect(table).toEqual([[...CITIZEN_COLUMNS, ...DDSS_COLUMNS], cells]);
  });

  it('writes UTF-8 with a BOM and CRLF line ends', async () => {
    const { text } = await writeCleaned(citizen, [{ record: { ho_ten: 'Trần Thị Bình' }, report: report(1), fixed: {} }]);
    expect(text.startsWith('\uFEFFma_ho_so,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes a header even when no record came', async () => {
    const { text } = await writeCleaned(citizen, []);
    expect(text).toBe(`\uFEFF${[...CITIZEN_COLUMNS, ...DDSS_COLUMNS].join(',')}\r\n`);
  });

  it('applies a fix to the column the value was read from (lowest rank), not to an earlier copy', async () => {
    const options: CleanedCsvOptions = { columns: ['so_cmnd', 'so_cccd'], fieldOfColumn: () => 'personalId', columnRank: (c) => (c === 'so_cccd' ? 5 : 11) };
    const { table } = await writeCleaned(options, [{ record: { so_cmnd: '012345679', so_cccd: '001 099 012 345' }, report: report(1), fixed: { personalId: '001099012345' } }]);
    expect(table[1]!.slice(0, 2)).toEqual(['012345679', '001099012345']);
  });

  it('applies a fix, record by record, to the first column of its field that is not blank, where the value was read', async () => {
    // "Ngày sinh" over "Nam | Nữ": one rank for both, the date in the column of the person's sex.
    const options: CleanedCsvOptions = { columns: ['Ngày sinh Nam', 'Ngày sinh Nữ', 'so_cccd', 'so_cmnd'], fieldOfColumn: (c) => (c.startsWith('Ngày') ? 'dateOfBirth' : 'personalId'), columnRank: (c) => (c === 'so_cmnd' ? 11 : c === 'so_cccd' ? 5 : 12) };
    const { table } = await writeCleaned(options, [
      { record: { 'Ngày sinh Nam': '', 'Ngày sinh Nữ': '5/6/1990', so_cccd: ' ', so_cmnd: '001 190 012 346' }, report: report(1), fixed: { dateOfBirth: '05/06/1990', personalId: '001190012346' } },
      { record: { 'Ngày sinh Nam': '5/6/1990', 'Ngày sinh Nữ': '', so_cccd: '001 090 012 346', so_cmnd: '' }, report: report(1), fixed: { dateOfBirth: '05/06/1990', personalId: '001090012346' } },
      // Nothing anywhere: the first column of the field, as before.
      { record: { 'Ngày sinh Nam': '', 'Ngày sinh Nữ': '', so_cccd: '', so_cmnd: '' }, report: report(1), fixed: { dateOfBirth: 'x' } },
    ]);
    expect(table.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['', '05/06/1990', ' ', '001190012346'],
      ['05/06/1990', '', '001090012346', ''],
      ['x', '', '', ''],
    ]);
  });

  it('applies a fix to the first column of its field only', async () => {
    const options: CleanedCsvOptions = { columns: ['sdt', 'sdt_cu'], fieldOfColumn: () => 'phone' };
    const { table } = await writeCleaned(options, [{ record: { sdt: '0912345678', sdt_cu: '0912345678' }, report: report(1), fixed: { phone: '+84912345678' } }]);
    expect(table[1]!.slice(0, 2)).toEqual(['+84912345678', '0912345678']);
  });

  it('keeps, with extraColumn, the values of keys the first record lacked, as JSON in ddss_extra', async () => {
    const options: CleanedCsvOptions = { columns: ['ma'], fieldOfColumn: () => null, extraColumn: true };
    const { table } = await writeCleaned(options, [
      { record: { ma: '1' }, report: report(1), fixed: {} },
      { record: { so_dinh_danh: '001099012345', sdt: '0912345678' }, report: report(2), fixed: {} },
      { record: JSON.parse('{"ma": "3", "__proto__": "x"}'), report: report(3), fixed: {} },
    ]);
    expect(table.map((r) => [r[0], r.at(-1)])).toEqual([
      ['ma', 'ddss_extra'],
      ['1', ''],
      ['', '{"so_dinh_danh":"001099012345","sdt":"0912345678"}'],
      ['3', '{"__proto__":"x"}'],
    ]);
  });

  it('replaces the ddss columns of a cleaned file audited again', async () => {
    const options: CleanedCsvOptions = { columns: ['ho_ten', 'ddss_score', 'ddss_verdict', 'ddss_issues'], fieldOfColumn: () => null };
    const { table } = await writeCleaned(options, [{ record: { ho_ten: 'An', ddss_score: '0.5', ddss_verdict: 'fail', ddss_issues: 'x' }, report: report(1), fixed: {} }]);
    expect(table).toEqual([['ho_ten', ...DDSS_COLUMNS], ['An', '1', 'pass', '']]);
  });

  it.each([';', '\t', '|'])('writes with the delimiter %j', async (delimiter) => {
    const { table } = await writeCleaned({ ...citizen, delimiter }, [{ record: { ho_ten: `a${delimiter}b` }, report: report(1), fixed: {} }]);
    expect(table[1]![2]).toBe(`a${delimiter}b`);
  });

  it.each(['', ';;', '"', '\n'])('refuses the delimiter %j', (delimiter) => {
    expect(() => createCleanedCsvWriter(nextPath(), { ...citizen, delimiter })).toThrow(RangeError);
  });

  it('keeps every row of a file larger than one write chunk, in order', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ record: { ma_ho_so: `HS${i + 1}`, dia_chi: 'Thôn Đông, xã Yên Khánh, tỉnh Ninh Bình' }, report: report(i + 1), fixed: {} }));
    const { table } = await writeCleaned(citizen, rows);
    expect(table).toHaveLength(3001);
    expect(table.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.record.ma_ho_so));
  });

  it('leaves no file before commit, nor after abort', async () => {
    const path = nextPath();
    const writer = createCleanedCsvWriter(path, citizen);
    await writer.write({ ho_ten: 'An' }, report(1), {});
    await expect(readFile(path)).rejects.toThrow();
    await writer.abort();
    await expect(readFile(path)).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expect(writer.write({}, report(2), {})).rejects.toThrow(/aborted/);
  });

  it('refuses writes after commit', async () => {
    const writer = createCleanedCsvWriter(nextPath(), citizen);
    await writer.commit();
    await expect(writer.write({}, report(1), {})).rejects.toThrow(/committed/);
    await expect(writer.commit()).rejects.toThrow(/committed/);
  });

  it('has one row per record, and the original columns unchanged except the fixed ones', async () => {
    const columnArb = fc.string({ maxLength: 8 }).filter((c) => !c.startsWith('\uFEFF') && !(DDSS_COLUMNS as readonly string[]).includes(c));
    const caseArb = fc
      .record({ columns: fc.uniqueArray(columnArb, { minLength: 1, maxLength: 5 }), fieldNames: fc.constantFrom<string[]>(['a', 'b'], ['a', 'b', 'c']) })
      .chain(({ columns, fieldNames }) =>
        fc.record({
          columns: fc.constant(columns),
          mapping: fc.array(fc.option(fc.constantFrom(...fieldNames)), { minLength: columns.length, maxLength: columns.length }),
          rows: fc.array(
            fc.record({
              record: fc.oneof(
                { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...columns), fc.string({ unit: 'grapheme', maxLength: 10 }), { noNullPrototype: true }) },
                { weight: 1, arbitrary: fc.constantFrom(null, 42, 'text') },
              ),
              fixed: fc.dictionary(fc.constantFrom(...fieldNames), fc.string({ unit: 'grapheme', maxLength: 10 }), { noNullPrototype: true }),
            }),
            { maxLength: 12 },
          ),
        }),
      );
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ columns, mapping, rows }) => {
        const fieldOf = new Map(columns.map((c, i) => [c, mapping[i] ?? null]));
        const { table } = await writeCleaned(
          { columns, fieldOfColumn: (c) => fieldOf.get(c) ?? null },
          rows.map((r, i) => ({ record: r.record, report: report(i + 1), fixed: r.fixed })),
        );
        expect(table).toHaveLength(rows.length + 1);
        expect(table[0]).toEqual([...columns, ...DDSS_COLUMNS]);
        rows.forEach((r, i) => {
          // Own properties only: a column named "valueOf" must not read Object.prototype.valueOf.
          const original = (c: string) => (r.record !== null && typeof r.record === 'object' && Object.hasOwn(r.record, c) ? (r.record as Record<string, string>)[c]! : '');
          // A field's fix goes to its first column that is not blank in this record (where its value was read), else its first.
          const target = (field: string) => {
            const own = columns.filter((d) => fieldOf.get(d) === field);
            return own.find((d) => !isBlank(original(d))) ?? own[0];
          };
          columns.forEach((c, j) => {
            const field = fieldOf.get(c);
            const fixed = field != null && target(field) === c && Object.hasOwn(r.fixed, field) ? r.fixed[field] : undefined;
            expect(table[i + 1]![j]).toBe(fixed ?? original(c));
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
