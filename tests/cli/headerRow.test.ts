import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerNotice } from '../../src/cli/audit';
import { runChild } from '../support/runChild';
import { csvText } from '../support/footerForms';
import { HOUSEHOLD_FORM, MULTI_LINE_HEADER_FORM, ONE_FIELD_EXPORT, TRAILING_COMMA_FORM, TWO_LINE_TITLE_FORM } from '../support/titleBlockForms';
import { ID_CARD_GROUP, ONE_ROW_HEADER, PERSON_GROUP, TWO_ROW_PEOPLE, TWO_ROW_TITLE } from '../support/twoRowHeaderForms';

const ROOT = new URL('../..', import.meta.url).pathname;

function ddss(args: string[], input?: string) {
  return runChild(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, input });
}

const dir = mkdtempSync(join(tmpdir(), 'ddss-cli-header-'));

const TABLE = [
  'STT,Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Số điện thoại,Nơi thường trú',
  '1,Nguyễn Văn An,15/03/1999,Nam,001099012345,0912345678,"Thôn 2, Xã Tân Phú, Tỉnh Đồng Nai"',
  '2,Trần Thị Bình,01/02/2001,Nữ,075301004567,0987654321,"Ấp 3, Xã Tân Phú, Tỉnh Đồng Nai"',
];
const FORM = [
  'CÔNG AN XÃ TÂN PHÚ,,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM,,',
  ',,,,Độc lập - Tự do - Hạnh phúc,,',
  '',
  'DANH SÁCH CÔNG DÂN ĐĂNG KÝ THƯỜNG TRÚ,,,,,,',
  TABLE[0],
  '(1),(2),(3),(4),(5),(6),(7)',
  ...TABLE.slice(1),
].join('\r\n');
const NOTICE =
  'ddss: Dòng tiêu đề là dòng 4 (không tính dòng trống); đã bỏ qua 3 dòng phía trên và dòng đánh số cột (chọn dòng khác bằng --header-row)' +
  ' — The header is row 4 (blank rows not counted); the 3 rows above it and the column-number row were skipped (--header-row picks another)\n';

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('ddss audit: a header under a title block', () => {
  it('says on stderr which rows were skipped, once, in Vietnamese then English; nothing with --quiet', async () => {
    const form = file('form.csv', `\ufeff${FORM}`);
    const records = join(dir, 'form.ndjson');
    const r = await ddss(['audit', form, '--as-of', '2026-11-01', '--fail-on', 'never', '--records', records]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(NOTICE);
    expect(r.stdout).toContain('2 bản ghi');
    expect(readFileSync(records, 'utf8').trim().split('\n').map((l) => JSON.parse(l).row)).toEqual([1, 2]);

    const quiet = await ddss(['audit', form, '--as-of', '2026-11-01', '--fail-on', 'never', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    // Standard input is read once: the same line, once.
    const piped = await ddss(['audit', '-', '--as-of', '2026-11-01', '--fail-on', 'never'], FORM);
    expect(piped.stderr).toBe(NOTICE);
  });

  it('says nothing for a file that starts with its header', async () => {
    const r = await ddss(['audit', file('plain.csv', TABLE.join('\n')), '--as-of', '2026-11-01', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--header-row N names the header among the non-blank rows', async () => {
    const form = file('form-named.csv', FORM);
    const r = await ddss(['audit', form, '--as-of', '2026-11-01', '--fail-on', 'never', '--header-row', '4']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(NOTICE);
    expect(r.stdout).toContain('2 bản ghi');
  });

  it.each([
    [['--header-row', '0'], /^ddss: --header-row phải là số nguyên ≥ 1 .* — --header-row must be a whole number ≥ 1 \(the header's number among the file's non-blank rows\), got "0"$/],
    [['--header-row', '1.5'], /--header-row must be a whole number ≥ 1 .*got "1\.5"$/],
    [['--header-row', 'x'], /--header-row must be a whole number ≥ 1 .*got "x"$/],
    [['--header-row', '40'], /^ddss: dòng tiêu đề được chỉ định .* — the header row asked for \(--header-row \/ headerRow 40\) is beyond the input, which has 7 non-blank rows$/],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await ddss(['audit', file('form-bad.csv', FORM), '--as-of', '2026-11-01', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a file with no header at all still exits 2 with the message it always had, and no notice', async () => {
    const r = await ddss(['audit', file('no-header.csv', TABLE.slice(1).join('\n')), '--as-of', '2026-11-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ddss: không cột nào trong 7 cột .* — none of the 7 columns of .* is a field of profile citizen: if the first row is data, not a header, add a header row/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('ddss audit: the forms that fooled the first header search', () => {
  /** Audits a file; returns the exit code, standard error, the record rows and the summary's columns. */
  async function run(name: string, text: string | Buffer, extra: string[] = []) {
    const path = file(name, text);
    const records = join(dir, `${name}.ndjson`);
    const summary = join(dir, `${name}.json`);
    const r = await ddss(['audit', path, '--as-of', '2026-11-01', '--fail-on', 'never', '--records', records, '--summary', summary, ...extra]);
    const rows = r.code === 0 ? readFileSync(records, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { row: number }).row) : [];
    const columns = r.code === 0 ? Object.keys((JSON.parse(readFileSync(summary, 'utf8')) as { columns: Record<string, unknown> }).columns) : [];
    return { code: r.code, stderr: r.stderr, rows, columns };
  }
  const notice = (row: number, skipped: number, numbering: boolean) =>
    new RegExp(`^ddss: Dòng tiêu đề là dòng ${row} \\(không tính dòng trống\\); đã bỏ qua ${skipped} dòng phía trên${numbering ? ' và dòng đánh số cột' : ''} .* — The header is row ${row} \\(blank rows not counted\\); the ${skipped === 1 ? 'row' : `${skipped} rows`} above it${numbering ? ' and the column-number row' : ''} (was|were) skipped`);

  it('kv.csv: key-value lines with an ID and an address above the table are skipped, and shown nowhere as column names', async () => {
    const kv = HOUSEHOLD_FORM;
    const markdown = join(dir, 'kv.md');
    const html = join(dir, 'kv.html');
    const r = await run('kv.csv', kv, ['--markdown', markdown, '--html', html]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(notice(4, 3, false));
    expect(r.rows).toEqual([1, 2]);
    expect(r.columns.sort()).toEqual(['Giới tính', 'Họ và tên', 'Ngày sinh', 'Quan hệ với chủ hộ', 'STT', 'Số định danh cá nhân']);
    for (const out of [markdown, html]) {
      expect(readFileSync(out, 'utf8')).not.toContain('001069012345');
      expect(readFileSync(out, 'utf8')).not.toContain('Xóm 2');
    }
  });

  it('onefield.csv: a plain export whose header names one field reads as always (4 records, no notice)', async () => {
    const text = ONE_FIELD_EXPORT;
    const r = await run('onefield.csv', text);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.rows).toEqual([1, 2, 3, 4]);
    expect(r.columns.sort()).toEqual(['ho', 'loai_cu_tru', 'nam_sinh', 'so_cccd', 'ten', 'ten_dem']);
  });

  it('mlhead.csv and u16tab.txt: header cells of several lines under a title set the delimiter', async () => {
    const ml = await run('mlhead.csv', MULTI_LINE_HEADER_FORM);
    expect(ml.code).toBe(0);
    expect(ml.stderr).toMatch(notice(3, 2, true));
    expect(ml.rows).toEqual([1, 2]);
    expect(ml.columns).toHaveLength(5);
    const u16 = '\ufeffUBND XÃ AN KHÁNH\nDANH SÁCH CÔNG DÂN\nSTT\t"Họ và\ntên"\t"Ngày sinh"\t"Giới\ntính"\t"Số CMND/\nCCCD"\n1\tNguyễn Văn An\t15/03/1999\tNam\t001099012345\n';
    const tab = await run('u16tab.txt', Buffer.from(u16, 'utf16le'));
    expect(tab.code).toBe(0);
    expect(tab.stderr).toMatch(notice(3, 2, false));
    expect(tab.rows).toEqual([1]);
    expect(tab.columns).toHaveLength(5);
  });

  it('t3.csv --header-row 2 under a quoted title cell of two lines: the semicolon of that row', async () => {
    const text = TWO_LINE_TITLE_FORM;
    const r = await run('t3.csv', text, ['--header-row', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(notice(2, 1, false));
    expect(r.rows).toEqual([1, 2]);
    expect(r.columns.sort()).toEqual(['gioi_tinh', 'ho_ten', 'ma_ho_so', 'ngay_sinh', 'so_dinh_danh']);
  });

  it('longtitle.csv: a title block longer than the first 64 KiB is handled', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `HS${i + 1};0010990123${String(i).padStart(2, '0')};Nguyễn Văn An;15/03/1999;Nam;Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh`);
    const text = `UBND tỉnh Lạng Sơn, Sở Tư pháp\nGhi chú: ${'x'.repeat(200_000)}\nma_ho_so;so_dinh_danh;ho_ten;ngay_sinh;gioi_tinh;dia_chi\n${rows.join('\n')}\n`;
    const r = await run('longtitle.csv', text);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(notice(3, 2, false));
    expect(r.rows).toEqual(rows.map((_, i) => i + 1));
    expect(r.columns).toHaveLength(6);
  });

  it('trail.csv: a header with a trailing comma keeps its column-number row out of the records', async () => {
    const text = TRAILING_COMMA_FORM;
    const r = await run('trail.csv', text);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(notice(3, 2, true));
    expect(r.rows).toEqual([1, 2]);
  });

  it('commas.csv: rows of commas only are not counted (the header is row 3, as --header-row 3 names it)', async () => {
    const text = 'UBND XÃ AN KHÁNH,,,,\n,,,,\nDANH SÁCH CÔNG DÂN,,,,\n,,,,\nma_ho_so,so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh\nHS1,001099012345,Nguyễn Văn An,15/03/1999,Nam\n';
    for (const extra of [[], ['--header-row', '3']]) {
      const r = await run('commas.csv', text, extra);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(notice(3, 2, false));
      expect(r.rows).toEqual([1]);
    }
  });
});

describe('ddss audit: a two-row header (names under merged cells)', () => {
  it('says the header is two rows, on one line, in Vietnamese then English; the grouped columns are mapped', async () => {
    const records = join(dir, 'two-row.ndjson');
    const summary = join(dir, 'two-row.json');
    const args = ['--as-of', '2026-11-01', '--fail-on', 'never', '--records', records, '--summary', summary];
    const r = await ddss(['audit', file('two-row.csv', csvText([ID_CARD_GROUP.top, ID_CARD_GROUP.sub, ...TWO_ROW_PEOPLE], { eol: '\r\n' })), ...args]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'ddss: Dòng tiêu đề gồm hai dòng 1 và 2 (không tính dòng trống): tên các cột dưới ô gộp lấy từ dòng thứ hai (chọn dòng khác bằng --header-row)' +
        ' — The header is two rows, 1 and 2 (blank rows not counted): the names under merged cells are read from the second (--header-row picks another)\n',
    );
    expect(readFileSync(records, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { row: number }).row)).toEqual([1, 2]);
    const columns = (JSON.parse(readFileSync(summary, 'utf8')) as { columns: Record<string, string | null> }).columns;
    expect(Object.keys(columns).sort()).toEqual([...ONE_ROW_HEADER].sort());
    expect(columns).toMatchObject({ 'Căn cước công dân': 'personalId', 'Ngày cấp': 'idIssueDate', 'Nơi cấp': null });

    // Under a title block, the second row chosen by the search: the header starts at its top row.
    const titled = await ddss(['audit', file('two-row-titled.csv', csvText([...TWO_ROW_TITLE, PERSON_GROUP.top, PERSON_GROUP.sub, ...TWO_ROW_PEOPLE])), ...args]);
    expect(titled.code).toBe(0);
    expect(titled.stderr).toMatch(/^ddss: Dòng tiêu đề gồm hai dòng 4 và 5 .*; đã bỏ qua 3 dòng phía trên .* — The header is two rows, 4 and 5 .*; the 3 rows above them were skipped \(--header-row picks another\)\n$/);
  });
});

describe('headerNotice', () => {
  it.each([
    [{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: false }, null],
    [{ headerRow: 2, skippedRows: 1, subHeaderRow: false, numberingRow: false }, /đã bỏ qua 1 dòng phía trên \(.*— The header is row 2 \(blank rows not counted\); the row above it was skipped/],
    [{ headerRow: 6, skippedRows: 5, subHeaderRow: false, numberingRow: false }, /the 5 rows above it were skipped/],
    [{ headerRow: 1, skippedRows: 0, subHeaderRow: false, numberingRow: true }, /đã bỏ qua dòng đánh số cột ngay dưới .*the column-number row under it was skipped/],
    [{ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: false }, /^ddss: Dòng tiêu đề gồm hai dòng 1 và 2 \(không tính dòng trống\): tên các cột dưới ô gộp lấy từ dòng thứ hai \(chọn dòng khác bằng --header-row\) — The header is two rows, 1 and 2 \(blank rows not counted\): the names under merged cells are read from the second \(--header-row picks another\)$/],
    [{ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: true }, /hai dòng 1 và 2 .*; đã bỏ qua dòng đánh số cột ngay dưới .*two rows, 1 and 2 .*; the column-number row under them was skipped/],
    [{ headerRow: 5, skippedRows: 4, subHeaderRow: true, numberingRow: true }, /hai dòng 5 và 6 .*; đã bỏ qua 4 dòng phía trên và dòng đánh số cột .*two rows, 5 and 6 .*; the 4 rows above them and the column-number row were skipped/],
    [{ headerRow: 2, skippedRows: 1, subHeaderRow: true, numberingRow: false }, /the row above them was skipped/],
  ])('%j', (info, expected) => {
    const line = headerNotice(info);
    if (expected === null) expect(line).toBeNull();
    else expect(line).toMatch(expected);
  });
});
