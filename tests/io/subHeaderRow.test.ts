import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, type DatasetSummary } from '../../src';
import type { AuditFileOptions } from '../../src/io/auditFile';
import type { CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { openInput } from '../../src/io/read/openInput';
import { resolveProfile } from '../../src/api/profiles';
import { validCitizen } from '../support/citizens';
import { auditFormBytes, auditFormOutputs, expectSameOutputs } from '../support/formAudit';
import { csvLine, csvText } from '../support/footerForms';
import { columnNumbers, ID_CARD_GROUP, ONE_ROW_HEADER, PERSON_GROUP, TWO_ROW_PEOPLE, TWO_ROW_TITLE } from '../support/twoRowHeaderForms';

const dir = mkdtempSync(join(tmpdir(), 'ddss-subheader-'));
const citizen = resolveProfile('citizen');
const columnMaps = (name: string) => citizen.fieldForColumn(name) !== null;

/** Audits bytes written to `name`: the reports and summary as JSON, and what onHeader said. */
async function audit(bytes: string | Buffer, name: string, options: AuditFileOptions = {}) {
  const { reports, summary, headers } = await auditFormBytes(dir, bytes, name, options);
  return { reports, summary, headers };
}

describe('auditFile: a two-row header audits as the same header in one row', () => {
  it.each([
    ['the example of the issue', [ID_CARD_GROUP.top, ID_CARD_GROUP.sub], 1],
    ['"Thông tin cá nhân", under a title block, with column numbers', [...TWO_ROW_TITLE, PERSON_GROUP.top, PERSON_GROUP.sub, columnNumbers(9)], 4],
  ])('%s: the ID and its issue date mapped, "Nơi cấp" ignored, the same reports and summary', async (_name, head, headerRow) => {
    const two = await audit(csvText([...head, ...TWO_ROW_PEOPLE], { eol: '\r\n' }), 'two-row.csv');
    const one = await audit(csvText([ONE_ROW_HEADER, ...TWO_ROW_PEOPLE], { eol: '\r\n' }), 'one-row.csv');
    expect(two.headers).toEqual([{ headerRow, skippedRows: headerRow - 1, subHeaderRow: true, numberingRow: headerRow > 1 }]);
    expect(two.summary.columns).toEqual({
      STT: null,
      'Họ và tên': 'fullName',
      'Ngày sinh': 'dateOfBirth',
      'Giới tính': 'sex',
      'Căn cước công dân': 'personalId',
      'Ngày cấp': 'idIssueDate',
      'Nơi cấp': null,
      'Nơi thường trú': 'address',
      'Số điện thoại': 'phone',
    });
    expect(two.reports).toEqual(one.reports);
    // The same summary, but for the rows it says were not records: the second header row (and the title block).
    const { leftOut, ...rest } = two.summary;
    expect(leftOut).toEqual({ titleRows: headerRow - 1, headerRows: 1, numberingRows: headerRow > 1 ? 1 : 0, footerRows: 0 });
    expect(JSON.stringify(rest)).toBe(JSON.stringify(one.summary));
  });

  it('the cleaned file starts with the header in one row: the names read from both', async () => {
    const cleaned = join(dir, 'two-row-cleaned.csv');
    await audit(csvText([...TWO_ROW_TITLE, ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE]), 'two-row-for-cleaned.csv', { cleaned });
    const lines = readFileSync(cleaned, 'utf8').replace(/^\uFEFF/u, '').split('\r\n');
    expect(lines[0]).toBe(`${ONE_ROW_HEADER.join(',')},ddss_score,ddss_verdict,ddss_issues`);
    expect(lines[1]!.startsWith('1,Nguyễn Văn An,')).toBe(true);
  });

  // Two layouts of ten citizen columns: the second row right under the header, or chosen by the search (it names more).
  const LAYOUTS = [
    {
      tag: 'under',
      top: ['Mã hồ sơ', 'Thông tin cá nhân', '', '', 'Căn cước công dân', '', 'Số điện thoại', 'Nơi thường trú', 'Ngày cập nhật', 'Ghi chú'],
      sub: ['', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số', 'Ngày cấp', '', '', '', ''],
      plan: { titleRows: 4, subHeaderRow: true, numberingRow: true },
    },
    {
      tag: 'chosen',
      top: ['Mã hồ sơ', 'Thông tin cá nhân', '', '', 'Căn cước công dân', '', 'Liên hệ', '', 'Ngày cập nhật', 'Ghi chú'],
      sub: ['', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số', 'Ngày cấp', 'Số điện thoại', 'Nơi thường trú', '', ''],
      plan: { titleRows: 5, subHeaderRow: false, numberingRow: true },
    },
  ];
  const NAMES = ['Mã hồ sơ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Căn cước công dân', 'Ngày cấp', 'Số điện thoại', 'Nơi thường trú', 'Ngày cập nhật', 'Ghi chú'];
  const KEYS = ['ma_ho_so', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_dinh_danh', 'ngay_cap', 'so_dien_thoai', 'dia_chi', 'ngay_cap_nhat'] as const;

  it.each(LAYOUTS)('a file of many blocks under a two-row header ($tag) gives the same bytes with 2 workers as with none, and as its one-row twin', async ({ tag, top, sub, plan: layout }) => {
    const people = fc.sample(validCitizen, { seed: 31, numRuns: 2400 });
    const lines = people.map((p, i) => {
      const cells = [...KEYS.map((k) => p[k]), ''].map((v) => `"${v.replace(/"/g, '""')}"`);
      if (i % 97 === 0) cells[cells.length - 1] = `"ghi chú\r\nnhiều dòng\n${i}"`;
      if (i === 1500) cells[1] = `"${p.ho_ten}`; // a quote never closed: costs this record only
      return cells.join(',') + (i % 50 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\r\n' : '\n');
    });
    const pad = (cells: readonly string[]) => csvLine([...cells, ...Array<string>(Math.max(0, NAMES.length - cells.length)).fill('')].slice(0, NAMES.length));
    // A title block with a row of delimiters only (Excel's used range), the two header rows, the column numbers.
    const head = [...TWO_ROW_TITLE.map(pad), pad([]), csvLine(top), csvLine(sub), csvLine(columnNumbers(NAMES.length))].join('\r\n');
    const titled = join(dir, `blocks-two-row-${tag}.csv`);
    const bare = join(dir, `blocks-one-row-${tag}.csv`);
    writeFileSync(titled, `\ufeff${head}\r\n${lines.join('')}`);
    writeFileSync(bare, `${csvLine(NAMES)}\n${lines.join('')}`);

    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    for await (const _ of (await openInput(createReadStream(titled), { csvPlan: plan, columnMaps })).records);
    expect(plan.blocks.length).toBeGreaterThan(3);
    expect(plan).toMatchObject({ ...layout, header: NAMES });
    expect(plan.blocks.filter((b) => b.header)).toEqual([plan.blocks[0]]);

    const outputs = (path: string, workers: number, name: string) => auditFormOutputs(dir, path, workers, name);
    const one = await outputs(titled, 0, `two-row-one-${tag}`);
    const two = await outputs(titled, 2, `two-row-two-${tag}`);
    expect(one.rows).toEqual(Array.from({ length: 2400 }, (_, i) => i + 1));
    expect(one.headers).toEqual([{ headerRow: 4, skippedRows: 3, subHeaderRow: true, numberingRow: true }]);
    expectSameOutputs(two, one);
    const twin = await outputs(bare, 2, `one-row-${tag}`);
    expect(one.records).toBe(twin.records);
    // The same summary, but for the rows it says were not records.
    const { leftOut, ...rest } = JSON.parse(one.summary) as DatasetSummary;
    expect(leftOut).toMatchObject({ headerRows: 1, numberingRows: 1, footerRows: 0 });
    expect(rest).toEqual(JSON.parse(twin.summary));
    expect(one.cleaned).toBe(twin.cleaned);
  });
});
