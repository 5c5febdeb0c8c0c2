import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerNotice } from '../../src/cli/audit';
import { runChild } from '../support/runChild';

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

function file(name: string, text: string): string {
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

describe('headerNotice', () => {
  it.each([
    [{ headerRow: 1, skippedRows: 0, numberingRow: false }, null],
    [{ headerRow: 2, skippedRows: 1, numberingRow: false }, /đã bỏ qua 1 dòng phía trên \(.*— The header is row 2 \(blank rows not counted\); the row above it was skipped/],
    [{ headerRow: 6, skippedRows: 5, numberingRow: false }, /the 5 rows above it were skipped/],
    [{ headerRow: 1, skippedRows: 0, numberingRow: true }, /đã bỏ qua dòng đánh số cột ngay dưới .*the column-number row under it was skipped/],
  ])('%j', (info, expected) => {
    const line = headerNotice(info);
    if (expected === null) expect(line).toBeNull();
    else expect(line).toMatch(expected);
  });
});
