import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { footerNotice } from '../../src/cli/audit';
import { runChild } from '../support/runChild';
import { SIGNATURE_FOOTER, SIGNED_LIST, UNSIGNED_LIST } from '../support/footerForms';

const ROOT = new URL('../..', import.meta.url).pathname;

function ddss(args: string[], input?: string) {
  return runChild(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, input });
}

const dir = mkdtempSync(join(tmpdir(), 'ddss-cli-footer-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HEADER_NOTICE =
  'ddss: Dòng tiêu đề là dòng 4 (không tính dòng trống); đã bỏ qua 3 dòng phía trên và dòng đánh số cột (chọn dòng khác bằng --header-row)' +
  ' — The header is row 4 (blank rows not counted); the 3 rows above it and the column-number row were skipped (--header-row picks another)\n';
const FOOTER_NOTICE =
  `ddss: Đã bỏ qua phần ký tên ở cuối (${SIGNATURE_FOOTER.length} dòng, từ dòng 3 theo số thứ tự bản ghi): địa danh, ngày tháng, chức danh và tên người ký không phải là bản ghi` +
  ` — The signature block at the end (${SIGNATURE_FOOTER.length} rows, from row 3 as the records are numbered) was skipped: place and date, signers' titles and names are not records\n`;

describe('ddss audit: a signature block at the end of the list', () => {
  it('is not audited, and standard error says so once, in Vietnamese then English, after the header line; nothing with --quiet', async () => {
    const signed = file('signed.csv', SIGNED_LIST);
    const records = join(dir, 'signed.ndjson');
    const r = await ddss(['audit', signed, '--as-of', '2026-11-01', '--records', records]);
    // Both records pass: the footer's rows, audited, would each have failed with missing fields.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(HEADER_NOTICE + FOOTER_NOTICE);
    expect(r.stdout).toContain('2 bản ghi');
    expect(readFileSync(records, 'utf8').trim().split('\n').map((l) => JSON.parse(l).row)).toEqual([1, 2]);

    const quiet = await ddss(['audit', signed, '--as-of', '2026-11-01', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    // Standard input is read once: the same lines, once.
    const piped = await ddss(['audit', '-', '--as-of', '2026-11-01'], SIGNED_LIST);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe(HEADER_NOTICE + FOOTER_NOTICE);
  });

  it('a list without one: no footer line', async () => {
    const r = await ddss(['audit', file('unsigned.csv', UNSIGNED_LIST), '--as-of', '2026-11-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(HEADER_NOTICE);
  });
});

describe('footerNotice', () => {
  it.each([
    [{ footerRow: 3, footerRows: 0 }, null],
    [{ footerRow: 16, footerRows: 1 }, /\(1 dòng, từ dòng 16 theo số thứ tự bản ghi\).* — The signature block at the end \(1 row, from row 16 as the records are numbered\) was skipped/],
    [{ footerRow: 501, footerRows: 9 }, /^ddss: Đã bỏ qua phần ký tên ở cuối \(9 dòng, từ dòng 501 .* \(9 rows, from row 501 as the records are numbered\)/],
  ])('%j', (info, expected) => {
    const line = footerNotice(info);
    if (expected === null) expect(line).toBeNull();
    else expect(line).toMatch(expected);
  });
});
