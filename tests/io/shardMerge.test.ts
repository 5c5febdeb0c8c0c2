import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, auditFileReports, datasetMergeContext, InputError, mergeSummaries, mergeSummaryFiles, SummaryMergeError, type DatasetSummary, type RecordReport } from '../../src';
import { citizenProfile } from '../../rules';
import type { CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { openInput } from '../../src/io/read/openInput';
import { collect, streamOf } from './read/support';

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ddss-shards-'));
const asOf = '2026-11-01';

/** The sample split into shard files of records [from, to] (rows of the whole, 1-based), each with the header. */
function shardFiles(bounds: readonly [number, number][]): string[] {
  const [header, ...lines] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  return bounds.map(([from, to], i) => {
    const path = join(dir, `shard-${from}-${to}-${i}.csv`);
    writeFileSync(path, [header, ...lines.slice(from - 1, to)].join('\n'));
    return path;
  });
}

const duplicateRows = (s: DatasetSummary) => (s.findings ?? []).filter((f) => f.rule === 'dataset.duplicate-id').map((f) => f.rows);

describe('every reader numbers the records from firstRow', () => {
  it.each<[string, string]>([
    ['csv', 'a,b\n1,2\n\n3,4\n'],
    ['ndjson', '{"a":1}\n\n{"a":2}\n'],
    ['json', '[{"a":1},{"a":2}]'],
  ])('%s', async (format, text) => {
    const source = await openInput(streamOf(Buffer.from(text), 3), { format: format as 'csv', firstRow: 100 });
    expect((await collect(source.records)).map((r) => r.row)).toEqual([100, 101]);
  });

  it('xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dân cư');
    for (const row of [['a'], ['1'], [], ['2']]) sheet.addRow(row);
    const source = await openInput(streamOf(Buffer.from(await workbook.xlsx.writeBuffer()), 1000), { firstRow: 7 });
    expect((await collect(source.records)).map((r) => r.row)).toEqual([7, 8]);
  });

  it('and so do the blocks of a CSV plan, which the workers parse', async () => {
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    const text = `a,b\n${Array.from({ length: 50 }, (_, i) => `${i},x`).join('\n')}\n`;
    const source = await openInput(streamOf(Buffer.from(text), 64), { format: 'csv', csvPlan: plan, firstRow: 1000 });
    expect((await collect(source.records)).map((r) => r.row)).toEqual(Array.from({ length: 50 }, (_, i) => 1000 + i));
    expect(plan.blocks[0]!.firstRow).toBe(1000);
    expect(plan.blocks.reduce((n, b) => n + b.rows, 0)).toBe(50);
    for (let i = 1; i < plan.blocks.length; i++) expect(plan.blocks[i]!.firstRow).toBe(plan.blocks[i - 1]!.firstRow + plan.blocks[i - 1]!.rows);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 32])('refuses firstRow %s before reading anything', async (firstRow) => {
    await expect(openInput(streamOf(Buffer.from('a\n1\n'), 3), { firstRow })).rejects.toThrow(RangeError);
    await expect(auditFile(SAMPLE, { asOf, firstRow })).rejects.toThrow(/firstRow must be a whole number from 1/);
  });
});

describe('shards audited with firstRow merge into the one-run summary', () => {
  // The sample has duplicate IDs at rows 43 and 142, and at 90, 189 and 202: three shards put both groups across
  // shard boundaries.
  const bounds: [number, number][] = [
    [1, 99],
    [100, 160],
    [161, 211],
  ];

  it('reports, findings, rule counts, example rows and the dataset state: as one run gives them', async () => {
    const whole = await auditFile(SAMPLE, { asOf, workers: 0, datasetState: true });
    expect(duplicateRows(whole)).toEqual([
      [43, 142],
      [90, 189, 202],
    ]);
    const paths = shardFiles(bounds);
    const summaries: DatasetSummary[] = [];
    const rows: number[] = [];
    for (const [i, path] of paths.entries()) {
      const summaryPath = path.replace(/\.csv$/, '.json');
      // The middle shard over worker threads that parse the CSV blocks themselves: rows numbered the same way.
      const workers = i === 1 ? 2 : 0;
      summaries.push(await auditFile(path, { asOf, workers, batchSize: 7, datasetState: true, firstRow: bounds[i]![0], summary: summaryPath, onReport: (r) => void rows.push(r.row) }));
    }
    expect(rows).toEqual(Array.from({ length: 211 }, (_, i) => i + 1));
    expect(summaries.map((s) => s.rowRanges)).toEqual(bounds.map((b) => [b]));

    const [a, b, c] = summaries as [DatasetSummary, DatasetSummary, DatasetSummary];
    // The package root's mergeSummaries knows the built-in profile's dataset checks: no third argument.
    const merged = mergeSummaries(mergeSummaries(a, b), c);
    expect(mergeSummaries(c, mergeSummaries(b, a))).toEqual(merged);
    expect(duplicateRows(merged)).toEqual(duplicateRows(whole));
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.dataset).toEqual(whole.dataset);
    expect(merged.rules).toEqual(whole.rules);
    expect(merged.rules['dataset.duplicate-id']).toMatchObject({ records: 5, examples: [43, 90, 142, 189, 202] });
    for (const key of ['rows', 'rowRanges', 'fields', 'columns'] as const) expect(merged[key]).toEqual(whole[key]);
    // Rows 142, 189 and 202 were scored by their own shards without their duplicates (43, 90 in the first shard): the
    // merge scores them again from what they scored before their dataset issues, so verdicts, scores, histograms and
    // the province breakdown are the one run's too. In short: the whole summary.
    for (const key of ['verdicts', 'score', 'dimensions', 'groups', 'scoreBases'] as const) expect(merged[key]).toEqual(whole[key]);
    expect(merged).toEqual(whole);

    // The same through the files, as ddss merge reads them.
    const fromFiles = await mergeSummaryFiles(paths.map((p) => p.replace(/\.csv$/, '.json')).reverse());
    expect(fromFiles.findings).toEqual(whole.findings);
    expect(fromFiles.rules).toEqual(whole.rules);
    expect(fromFiles).toEqual(merged);
    expect(JSON.stringify(fromFiles)).toBe(JSON.stringify(whole));
  });

  it('auditFileReports numbers the reports from firstRow too', async () => {
    const [, path] = shardFiles(bounds);
    const rows: number[] = [];
    for await (const report of auditFileReports(path!, { asOf, workers: 0, firstRow: 100 }) as AsyncIterable<RecordReport>) rows.push(report.row);
    expect(rows).toEqual(Array.from({ length: 61 }, (_, i) => 100 + i));
  });

  it('refuses shards numbered each from 1, with a line that says to use --first-row', async () => {
    const paths = shardFiles([bounds[0]!, bounds[1]!]);
    const a = await auditFile(paths[0]!, { asOf, workers: 0, datasetState: true, summary: join(dir, 'over-a.json') });
    const b = await auditFile(paths[1]!, { asOf, workers: 0, datasetState: true, summary: join(dir, 'over-b.json') });
    expect(() => mergeSummaries(a, b)).toThrow(SummaryMergeError);
    expect(() => mergeSummaries(b, a)).toThrow(/both cover rows 1–61: .*--first-row/);
    const error = await mergeSummaryFiles([join(dir, 'over-a.json'), join(dir, 'over-b.json')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/summary files ".*over-a\.json" and ".*over-b\.json" both cover rows 1–61: audit each shard with --first-row N/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('a profile of your own: its shards merge given datasetMergeContext, and say so without it', async () => {
    const own = { ...citizenProfile, name: 'own-citizen' };
    const paths = shardFiles([bounds[0]!, [100, 211]]);
    const whole = await auditFile(SAMPLE, { asOf, workers: 0, profile: own });
    const a = await auditFile(paths[0]!, { asOf, workers: 0, profile: own, datasetState: true });
    const b = await auditFile(paths[1]!, { asOf, workers: 0, profile: own, datasetState: true, firstRow: 100 });
    expect(() => mergeSummaries(a, b)).toThrow(/profile "own-citizen", which is not built in: .*datasetMergeContext/);
    const merged = mergeSummaries(a, b, datasetMergeContext(own));
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.rules).toEqual(whole.rules);
  });
});

describe('any records, cut into any shards and merged in any order, give the one-run summary', () => {
  // Small pools, so that IDs, phones and people collide within and across shards; provinces for the breakdown; dates
  // and names that raise other issues, so that records carry issues of their own beside their dataset ones.
  const cell = {
    id: fc.constantFrom('001099012345', '001099012345', '031185000123', '079203001234', '079203001235', '1099012345', '', '000000000000'),
    name: fc.constantFrom('Nguyễn Văn An', 'NGUYEN VAN AN', 'Lê Thị Bình', 'lê thị bình', 'Trần Văn 3', ''),
    dob: fc.constantFrom('15/03/1999', '01/02/1985', '03/11/2003', '1999', '31/02/2000', ''),
    sex: fc.constantFrom('Nam', 'Nữ', 'x'),
    phone: fc.constantFrom('0912345678', '+84 912 345 678', '0987654321', '024 3825 1234', '01681234567', ''),
    address: fc.constantFrom('12 Lý Thường Kiệt, Phường Hoàn Kiếm, Thành phố Hà Nội', 'Thôn 3, Xã Ea Bung, Tỉnh Đắk Lắk', 'Hà Nội', ''),
  };
  const record = fc.record(cell).map((r) => [r.id, r.name, r.dob, r.sex, r.phone, `"${r.address}"`, '01/06/2020', '01/06/2026'].join(','));
  const header = 'so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,so_dien_thoai,dia_chi,ngay_cap,ngay_cap_nhat';
  let n = 0;

  it('verdicts, scores, histograms, rule counts, province breakdown, findings and state alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 2, maxLength: 24 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.nat(), async (lines, cutsAt, order) => {
        const stem = join(dir, `prop-${n++}`);
        writeFileSync(`${stem}.csv`, [header, ...lines].join('\n'));
        const whole = await auditFile(`${stem}.csv`, { asOf, workers: 0, datasetState: true });
        // Cut points, sorted and distinct, strictly inside: 2 to 4 shards of at least one record each.
        const cuts = [...new Set(cutsAt.map((c) => 1 + (c % (lines.length - 1))))].sort((x, y) => x - y);
        const bounds = [0, ...cuts, lines.length];
        const parts: DatasetSummary[] = [];
        for (let i = 0; i + 1 < bounds.length; i++) {
          const path = `${stem}-${i}.csv`;
          writeFileSync(path, [header, ...lines.slice(bounds[i], bounds[i + 1])].join('\n'));
          parts.push(await auditFile(path, { asOf, workers: 0, datasetState: true, firstRow: bounds[i]! + 1 }));
        }
        // Any order of merging: rotate, then fold from the left.
        const rotated = parts.map((_, i) => parts[(i + order) % parts.length]!);
        const merged = rotated.reduce((a, b) => mergeSummaries(a, b));
        expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 30 },
    );
  });
});

describe('README', () => {
  it('the sharding example runs as written and finds the duplicates that span the parts', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```ts\n(import \{ auditFile, mergeSummaries, mergeSummaryFiles \} from 'ddss';[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const [part1, part2] = shardFiles([
      [1, 99],
      [100, 211],
    ]);
    const source = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
    const code = block!
      .replace("from 'ddss'", `from ${JSON.stringify(source)}`)
      .replaceAll("'part-1.csv'", JSON.stringify(part1))
      .replaceAll("'part-2.csv'", JSON.stringify(part2))
      .replaceAll("'part-1.json'", JSON.stringify(join(dir, 'readme-1.json')))
      .replaceAll("'part-2.json'", JSON.stringify(join(dir, 'readme-2.json')));
    const file = join(dir, 'readmeShards.ts');
    writeFileSync(file, `${code}\nexport { all };\n`);
    const { all } = (await import(file)) as { all: DatasetSummary };
    expect(duplicateRows(all)).toEqual([
      [43, 142],
      [90, 189, 202],
    ]);
    expect(await mergeSummaryFiles([join(dir, 'readme-2.json'), join(dir, 'readme-1.json')])).toEqual(all);
  });
});
