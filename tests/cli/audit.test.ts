import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citizenProfile } from '../../rules';
import { runChild } from '../support/runChild';

const ROOT = new URL('../..', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'examples/data/citizens-sample.csv');

function ddss(args: string[], input?: string) {
  return runChild(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, input });
}

const dir = mkdtempSync(join(tmpdir(), 'ddss-cli-'));

/** The sample as two shard files, `<name>-a.csv` (rows 1–100) and `<name>-b.csv` (rows 101–211), each with the header. */
function splitSample(name: string): [string, string] {
  const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const [a, b] = [join(dir, `${name}-a.csv`), join(dir, `${name}-b.csv`)];
  writeFileSync(a, [lines[0], ...lines.slice(1, 101)].join('\n'));
  writeFileSync(b, [lines[0], ...lines.slice(101)].join('\n'));
  return [a, b];
}

describe('ddss audit', () => {
  it('audits the sample: exit 1 because some records fail, a summary on stdout, reports and summary files', async () => {
    const records = join(dir, 'r.ndjson');
    const summary = join(dir, 's.json');
    const r = await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--records', records, '--summary', summary, '--workers', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('211 bản ghi');
    const lines = readFileSync(records, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(211);
    expect(lines.map((l) => JSON.parse(l).row)).toEqual(Array.from({ length: 211 }, (_, i) => i + 1));
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ kind: 'ddss.summary', rows: 211, asOf: '2026-11-01' });
  });

  it('exits 0 with --fail-on never and prints English with --lang en', async () => {
    const r = await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--fail-on', 'never', '--lang', 'en', '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('211 records');
  });

  it('gives byte-identical outputs for the same input and asOf, with or without workers', async () => {
    const run = async (workers: string, tag: string) => {
      const records = join(dir, `det-${tag}.ndjson`);
      const summary = join(dir, `det-${tag}.json`);
      await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--records', records, '--summary', summary, '--workers', workers, '--quiet']);
      return [readFileSync(records, 'utf8'), readFileSync(summary, 'utf8')];
    };
    const a = await run('0', 'a');
    expect(await run('0', 'b')).toEqual(a);
    expect(await run('2', 'c')).toEqual(a);
  });

  it('reads standard input with -', async () => {
    const r = await ddss(['audit', '-', '--as-of', '2026-11-01', '--fail-on', 'never', '--workers', '0'], readFileSync(SAMPLE, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('211 bản ghi');
  });

  it.each([
    [['audit', join(dir, 'missing.csv')], /cannot open input file .*missing\.csv/],
    [['audit', SAMPLE, '--as-of', '2026-02-30'], /--as-of must be a real date/],
    [['audit', SAMPLE, '--profile', 'nope'], /unknown profile "nope"/],
    [['audit', SAMPLE, '--lang', 'fr'], /--lang must be vi or en/],
    [['audit', SAMPLE, '--columns', 'x'], /--columns expects column=field/],
    [['audit', SAMPLE, '--columns', 'x=nofield'], /not a field of profile citizen/],
    [['audit', SAMPLE, '--bogus'], /unknown option/],
  ])('exits 2 with one clear line: %j', async (args, message) => {
    const r = await ddss(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['audit', SAMPLE, '--bogus'], "ddss: không có tùy chọn '--bogus' — unknown option '--bogus'\n"],
    [['audit'], "ddss: thiếu tham số bắt buộc 'file' — missing required argument 'file'\n"],
    [['audit', SAMPLE, '--format', 'xml'], "ddss: giá trị 'xml' của tùy chọn '--format <format>' không hợp lệ — option '--format <format>' argument 'xml' is invalid. Allowed choices are csv, tsv, ndjson, json, xlsx.\n"],
  ])('words a command-line mistake in Vietnamese, then in English: %j', async (args, line) => {
    const r = await ddss(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(line);
  });

  it('shows control characters in a file name as escapes, so that the error stays one line and drives no terminal', async () => {
    const name = join(dir, 'x\u001b[31m\nred.csv');
    const r = await ddss(['audit', name]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\u001b/u);
    expect(r.stderr).toContain('x\\u001b[31m\\u000ared.csv');
  });

  it('says what went wrong in Vietnamese, then in English, on one line', async () => {
    const missing = join(dir, 'khong-co.csv');
    const r = await ddss(['audit', missing, '--as-of', '2026-11-01']);
    expect(r.stderr).toBe(`ddss: không mở được tệp đầu vào "${missing}": tệp không tồn tại hoặc không đọc được — cannot open input file "${missing}": no such file or not readable\n`);
  });

  it('says what is wrong with a hand-written profile in Vietnamese, then in English', async () => {
    const profile = join(dir, 'bad-profile.json');
    writeFileSync(profile, JSON.stringify({ name: 'tinh', fields: { cccd: { type: 'soDinhDanh' } }, rules: [] }));
    const r = await ddss(['audit', SAMPLE, '--profile', profile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ddss: hồ sơ kiểm tra (profile) ${profile}: hồ sơ không hợp lệ tại fields.cccd.type: không có kiểu trường "soDinhDanh" — ${profile}: invalid profile at fields.cccd.type: unknown field type "soDinhDanh"\n`,
    );
  });

  it('exits 2 on an empty input and leaves no partial output behind', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const out = join(dir, 'never.ndjson');
    const r = await ddss(['audit', empty, '--records', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('writes the reports to standard output with --records -, the same bytes as a file, and the summary text to standard error', async () => {
    const file = join(dir, 'to-file.ndjson');
    await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--records', file, '--quiet', '--workers', '0']);
    const piped = await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--records', '-', '--workers', '0']);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toBe(readFileSync(file, 'utf8'));
    expect(piped.stderr).toContain('211 bản ghi');
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('reads the worksheet --sheet names, and points to it when the first one holds no record', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ghi chú').addRow(['Tệp xuất từ phần mềm quản lý dân cư']);
    const people = workbook.addWorksheet('Dân cư');
    people.addRow(['so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh']);
    people.addRow(['001099012345', 'Nguyễn Văn An', '15/03/1999', 'Nam']);
    const file = join(dir, 'two-sheets.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const first = await ddss(['audit', file, '--as-of', '2026-11-01', '--quiet']);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/holds no record: .*--sheet picks another/);
    for (const sheet of ['2', 'Dân cư']) {
      const r = await ddss(['audit', file, '--as-of', '2026-11-01', '--sheet', sheet, '--fail-on', 'never']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('1 bản ghi');
    }
  });

  it.each([
    ['a header alone', 'so_dinh_danh,ho_ten\n', [], /holds no record: a header row and nothing under it$/],
    ['UTF-8 read as UTF-16', readFileSync(SAMPLE, 'utf8'), ['--encoding', 'utf-16le'], /holds no record: .*or text that is not utf-16le/],
  ])('exits 2 when %s reads no record, and writes no output', async (_, text, args, message) => {
    const file = join(dir, 'norecord.csv');
    writeFileSync(file, text);
    const outputs = ['records.ndjson', 'summary.json', 'report.md'].map((name) => join(dir, `norecord-${name}`));
    const r = await ddss(['audit', file, '--as-of', '2026-11-01', '--quiet', ...(args as string[]), '--records', outputs[0]!, '--summary', outputs[1]!, '--markdown', outputs[2]!]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    for (const output of outputs) expect(existsSync(output)).toBe(false);
  });

  // Without a header the first person's cells would be taken for column names and shown, unmasked, in every report.
  it('exits 2 when the first row is data, not a header, writing no output and showing none of its cells', async () => {
    const file = join(dir, 'noheader.csv');
    writeFileSync(file, readFileSync(SAMPLE, 'utf8').split('\n').slice(1).join('\n'));
    const firstRow = readFileSync(file, 'utf8').split('\n')[0]!.split(',');
    const summary = join(dir, 'noheader-summary.json');
    const r = await ddss(['audit', file, '--as-of', '2026-11-01', '--summary', summary]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none of the \d+ columns of .* is a field of profile citizen: if the first row is data, not a header, add a header row/);
    for (const cell of firstRow.filter((c) => c.length > 3)) expect(r.stderr + r.stdout).not.toContain(cell);
    expect(existsSync(summary)).toBe(false);
  });
});

describe('ddss audit outputs and ddss merge', () => {
  it('writes the cleaned CSV, Markdown and HTML reports', async () => {
    const cleaned = join(dir, 'clean.csv');
    const md = join(dir, 'r.md');
    const html = join(dir, 'r.html');
    const r = await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--cleaned', cleaned, '--markdown', md, '--html', html]);
    expect(r.code).toBe(1);
    const lines = readFileSync(cleaned, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(212);
    expect(lines[0]).toMatch(/ddss_score,ddss_verdict,ddss_issues$/);
    expect(readFileSync(md, 'utf8')).toContain('211');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('merges shard summaries into the whole-run summary', async () => {
    // Record-level results merge exactly; dataset-level findings need the whole file, so this profile leaves them out.
    const profile = join(dir, 'no-dataset.json');
    // (Without the dataset checks, their option has no reader either: the profile would be refused with it.)
    const { maxIdsPerPhone: _unread, ...options } = citizenProfile.options as Record<string, unknown>;
    writeFileSync(profile, JSON.stringify({ ...citizenProfile, rules: citizenProfile.rules.filter((id) => !id.startsWith('dataset.')), options }));
    const whole = join(dir, 'whole.json');
    await ddss(['audit', SAMPLE, '--profile', profile, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--summary', whole]);
    const [a, b] = splitSample('shard');
    await ddss(['audit', a, '--profile', profile, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--summary', join(dir, 'a.json')]);
    await ddss(['audit', b, '--profile', profile, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--first-row', '101', '--summary', join(dir, 'b.json')]);
    const merged = await ddss(['merge', join(dir, 'a.json'), join(dir, 'b.json')]);
    expect(merged.code).toBe(0);
    const m = JSON.parse(merged.stdout);
    const w = JSON.parse(readFileSync(whole, 'utf8'));
    // The second shard's rows are numbered as in the whole file: counts, scores and example rows all agree.
    for (const key of ['rows', 'rowRanges', 'verdicts', 'score', 'dimensions', 'rules', 'fields', 'columns', 'groups']) expect(m[key]).toEqual(w[key]);
  });

  it('with --shard, merging finds duplicate IDs that span shards, as one run over the whole file does', async () => {
    const whole = join(dir, 'whole-ds.json');
    await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--summary', whole]);
    const [a, b] = splitSample('ds');
    await ddss(['audit', a, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--shard', '--summary', join(dir, 'ds-a.json')]);
    await ddss(['audit', b, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--shard', '--first-row', '101', '--summary', join(dir, 'ds-b.json')]);
    const merged = JSON.parse((await ddss(['merge', join(dir, 'ds-a.json'), join(dir, 'ds-b.json')])).stdout);
    const w = JSON.parse(readFileSync(whole, 'utf8'));
    expect(w.findings.map((f: { rows: number[] }) => f.rows)).toEqual([
      [43, 142],
      [90, 189, 202],
    ]);
    expect(merged.findings).toEqual(w.findings);
    expect(merged.rules).toEqual(w.rules);
    expect(merged.rowRanges).toEqual([[1, 211]]);
  });

  it.each([
    ['one part with --shard and one without', ['--shard'], [], /summary with dataset state \(audited with --shard\) and one without/],
    ['one part masked and one with --no-mask', [], ['--no-mask'], /masked summary with an unmasked one/],
  ])('refuses to merge %s, with exit 2 and no output', async (_, argsA, argsB, message) => {
    const [a, b] = splitSample('mix');
    await ddss(['audit', a, '--as-of', '2026-11-01', '--workers', '0', '--quiet', ...argsA, '--summary', join(dir, 'mix-a.json')]);
    await ddss(['audit', b, '--as-of', '2026-11-01', '--workers', '0', '--quiet', ...argsB, '--first-row', '101', '--summary', join(dir, 'mix-b.json')]);
    for (const order of [['mix-a.json', 'mix-b.json'], ['mix-b.json', 'mix-a.json']]) {
      const r = await ddss(['merge', ...order.map((f) => join(dir, f)), '--summary', join(dir, 'mix-all.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, 'mix-all.json'))).toBe(false);
    }
  });

  it('merges unmasked parts only when the merge is unmasked too', async () => {
    const [a, b] = splitSample('raw');
    await ddss(['audit', a, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--no-mask', '--summary', join(dir, 'raw-a.json')]);
    await ddss(['audit', b, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--no-mask', '--first-row', '101', '--summary', join(dir, 'raw-b.json')]);
    const masked = await ddss(['merge', join(dir, 'raw-a.json'), join(dir, 'raw-b.json')]);
    expect(masked.code).toBe(2);
    expect(masked.stderr).toMatch(/audited with --no-mask .* merge them with --no-mask too/);
    const raw = await ddss(['merge', join(dir, 'raw-a.json'), join(dir, 'raw-b.json'), '--no-mask']);
    expect(raw.code).toBe(0);
    expect(JSON.parse(raw.stdout).masked).toBe(false);
  });

  it('refuses shards whose rows overlap (audited without --first-row), with exit 2 and one line', async () => {
    const [a, b] = splitSample('ov');
    await ddss(['audit', a, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--shard', '--summary', join(dir, 'ov-a.json')]);
    await ddss(['audit', b, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--shard', '--summary', join(dir, 'ov-b.json')]);
    const r = await ddss(['merge', join(dir, 'ov-a.json'), join(dir, 'ov-b.json'), '--summary', join(dir, 'ov-all.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ddss: hai tệp tóm tắt .* — summary files ".*ov-a\.json" and ".*ov-b\.json" both cover rows 1–100: audit each shard with --first-row N/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'ov-all.json'))).toBe(false);
  });

  it('merges the dataset state of shards audited with a profile file when given it with --profile, and asks for it otherwise', async () => {
    const profile = join(dir, 'own.json');
    writeFileSync(profile, JSON.stringify({ ...citizenProfile, name: 'own' }));
    const [a, b] = splitSample('own');
    const common = ['--profile', profile, '--as-of', '2026-11-01', '--workers', '0', '--quiet', '--shard'];
    await ddss(['audit', a, ...common, '--summary', join(dir, 'own-a.json')]);
    await ddss(['audit', b, ...common, '--first-row', '101', '--summary', join(dir, 'own-b.json')]);
    const without = await ddss(['merge', join(dir, 'own-a.json'), join(dir, 'own-b.json')]);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/profile "own", which is not built in: give the profile \(ddss merge --profile file\.json/);
    const merged = await ddss(['merge', join(dir, 'own-a.json'), join(dir, 'own-b.json'), '--profile', profile]);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout).findings.map((f: { rows: number[] }) => f.rows)).toEqual([
      [43, 142],
      [90, 189, 202],
    ]);
  });

  it.each(['0', '-3', '1.5', 'ten', '4294967295'])('refuses --first-row %s with exit 2', async (n) => {
    const r = await ddss(['audit', SAMPLE, '--first-row', n, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--first-row must be a whole number from 1/);
  });

  it('refuses to merge a file that is not a summary, with exit 2', async () => {
    const r = await ddss(['merge', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to write the merged summary over one of the shards, with exit 2, leaving it as it was', async () => {
    const shard = join(dir, 'shard-over.json');
    await ddss(['audit', SAMPLE, '--as-of', '2026-11-01', '--summary', shard, '--quiet', '--fail-on', 'never']);
    const before = readFileSync(shard, 'utf8');
    const r = await ddss(['merge', shard, '--summary', shard]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/shard-over\.json": it is the input file; choose another path for summary$/);
    expect(readFileSync(shard, 'utf8')).toBe(before);
  });
});
