import { createReadStream, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, auditFileReports, defineRule, InputError, mergeSummaries, type RecordReport } from '../../src';
import type { CsvBlockPlan } from '../../src/io/read/csvBlocks';
import { openInput } from '../../src/io/read/openInput';
import { validCitizen } from '../support/citizens';
import { citizenProfileWith } from '../support/ownRule';

const SAMPLE = new URL('../../examples/data/citizens-sample.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ddss-af-'));

describe('auditFile', () => {
  it('reports every record in order through the callback and returns the summary', async () => {
    const rows: number[] = [];
    const summary = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0, onReport: (r) => void rows.push(r.row) });
    expect(summary.rows).toBe(211);
    expect(rows).toEqual(Array.from({ length: 211 }, (_, i) => i + 1));
    expect(summary.columns).toMatchObject({ so_dinh_danh: 'personalId', ho_ten: 'fullName', ma_ho_so: 'recordId' });
  });

  it('audits with a compiled profile holding a rule of your own, in this thread even when workers are asked for', async () => {
    const longName = defineRule({
      id: 'my.long-name',
      dimension: 'clean',
      severity: 'info',
      fields: ['fullName'],
      title: { vi: 'Tên dài', en: 'Long name' },
      messages: { default: { vi: () => 'Họ tên dài hơn 3 chữ', en: () => 'A name of more than 3 words' } },
      check: (ctx) => (ctx.text('fullName').trim().split(/\s+/u).length > 3 ? {} : null),
    });
    const profile = citizenProfileWith(longName);
    const plain = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0 });
    const own = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 2, batchSize: 17, profile });
    expect(own.rows).toBe(211);
    expect(own.rules['my.long-name']?.records).toBeGreaterThan(0);
    expect(own.verdicts).toEqual(plain.verdicts);
  });

  it('gives the same reports and summary with worker threads', async () => {
    const one: RecordReport[] = [];
    const two: RecordReport[] = [];
    const a = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0, onReport: (r) => void one.push(r) });
    const b = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 2, batchSize: 17, onReport: (r) => void two.push(r) });
    expect(two).toEqual(one);
    expect(b).toEqual(a);
  });

  it('streams reports through an async iterator and returns the summary', async () => {
    const it = auditFileReports(SAMPLE, { asOf: '2026-11-01', workers: 0 });
    let n = 0;
    let step = await it.next();
    while (!step.done) {
      n++;
      step = await it.next();
    }
    expect(n).toBe(211);
    expect(step.value.rows).toBe(211);
  });

  it('reads a stream as well as a path', async () => {
    const summary = await auditFile(Readable.from([readFileSync(SAMPLE)]), { asOf: '2026-11-01', workers: 0 });
    expect(summary.rows).toBe(211);
  });

  it('rejects a missing file with an InputError, writing nothing', async () => {
    const out = join(dir, 'never.ndjson');
    await expect(auditFile(join(dir, 'missing.csv'), { records: out })).rejects.toThrow(InputError);
    expect(() => readFileSync(out)).toThrow();
  });

  it('summaries of shards merge into the summary of the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validCitizen, { minLength: 1, maxLength: 30 }), fc.nat(), async (records, cutAt) => {
        const cut = cutAt % (records.length + 1);
        const csv = (rs: typeof records) => [Object.keys(records[0]!).join(','), ...rs.map((r) => Object.values(r).map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n');
        const write = (name: string, rs: typeof records) => {
          const p = join(dir, name);
          writeFileSync(p, csv(rs));
          return p;
        };
        const whole = await auditFile(write('whole.csv', records), { asOf: '2026-11-01', workers: 0 });
        if (cut === 0 || cut === records.length) return;
        const first = await auditFile(write('a.csv', records.slice(0, cut)), { asOf: '2026-11-01', workers: 0 });
        // The second shard's rows are numbered as in the whole file, so example rows and findings agree too.
        const second = await auditFile(write('b.csv', records.slice(cut)), { asOf: '2026-11-01', workers: 0, firstRow: cut + 1 });
        const merged = mergeSummaries(first, second);
        expect(merged.rows).toBe(whole.rows);
        expect(merged.rowRanges).toEqual([[1, records.length]]);
        expect(merged.verdicts).toEqual(whole.verdicts);
        expect(merged.score).toEqual(whole.score);
        expect(merged.dimensions).toEqual(whole.dimensions);
        expect(merged.fields).toEqual(whole.fields);
      }),
      { numRuns: 15 },
    );
  });
});

describe('dataset-level findings in a file audit', () => {
  const csv = [
    'so_cccd,ho_ten,ngay_sinh,gioi_tinh,dia_chi,so_dien_thoai',
    '001099012345,Nguyễn Văn An,15/03/1999,Nam,"12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh",0912345678',
    '079301004567,Trần Thị Bình,01/02/2001,Nữ,"12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh",0912345678',
    '001099012345,Lê Văn Cường,20/10/1999,Nam,"12 Lê Lợi, Phường Sài Gòn, TP Hồ Chí Minh",0987654321',
  ].join('\n');

  it('a file is read twice, so every record involved gets the issue, and the summary lists the finding', async () => {
    const path = join(dir, 'dup.csv');
    writeFileSync(path, csv);
    const reports: RecordReport[] = [];
    const summary = await auditFile(path, { asOf: '2026-11-01', workers: 0, onReport: (r) => void reports.push(r) });
    const flagged = reports.filter((r) => r.issues.some((i) => i.rule === 'dataset.duplicate-id')).map((r) => r.row);
    expect(flagged).toEqual([1, 3]);
    expect(summary.findings).toMatchObject([{ rule: 'dataset.duplicate-id', rows: [1, 3], count: 2 }]);
    expect(JSON.stringify(summary.findings)).not.toContain('001099012345');
  });

  it('the same with worker threads', async () => {
    const path = join(dir, 'dup2.csv');
    writeFileSync(path, csv);
    const reports: RecordReport[] = [];
    await auditFile(path, { asOf: '2026-11-01', workers: 2, batchSize: 1, onReport: (r) => void reports.push(r) });
    expect(reports.filter((r) => r.issues.some((i) => i.rule === 'dataset.duplicate-id')).map((r) => r.row)).toEqual([1, 3]);
  });

  it('records, summary and its dataset state are the same bytes with 0, 2 or 3 workers', async () => {
    // Duplicate IDs and shared phones scattered over rows both workers read, across batch boundaries.
    const people = fc.sample(validCitizen, { seed: 11, numRuns: 120 });
    const rows = people.map((p, i) => {
      const twin = people[(i * 7) % 30]!;
      return i % 5 === 0 ? { ...p, so_dinh_danh: twin.so_dinh_danh } : i % 7 === 0 ? { ...p, so_dien_thoai: twin.so_dien_thoai } : p;
    });
    const path = join(dir, 'scattered.csv');
    writeFileSync(path, [Object.keys(rows[0]!).join(','), ...rows.map((r) => Object.values(r).map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n'));
    const outputs = async (workers: number, tag: string) => {
      const records = join(dir, `${tag}.ndjson`);
      const summary = join(dir, `${tag}.json`);
      await auditFile(path, { asOf: '2026-11-01', workers, batchSize: 7, datasetState: true, records, summary });
      return [readFileSync(records, 'utf8'), readFileSync(summary, 'utf8')];
    };
    const [oneRecords, oneSummary] = await outputs(0, 'one');
    const [twoRecords, twoSummary] = await outputs(2, 'two');
    const [threeRecords, threeSummary] = await outputs(3, 'three');
    expect(JSON.parse(oneSummary!).findings.length).toBeGreaterThan(3);
    expect(twoRecords).toBe(oneRecords);
    expect(twoSummary).toBe(oneSummary);
    expect(threeRecords).toBe(oneRecords);
    expect(threeSummary).toBe(oneSummary);
  });

  it('a file of many blocks, parsed by the workers themselves, gives the same bytes as one thread', async () => {
    // Multi-line quoted cells, a broken quote, a ragged row, blank lines and CRLF, spread over ~400 KB so the first
    // pass splits the file into many blocks; duplicates span blocks.
    const people = fc.sample(validCitizen, { seed: 13, numRuns: 2400 });
    const columns = Object.keys(people[0]!);
    const lines = people.map((p, i) => {
      const row = i % 11 === 0 ? { ...p, so_dinh_danh: people[(i * 13) % 2400]!.so_dinh_danh } : p;
      const cells = Object.values(row).map((v) => `"${v.replace(/"/g, '""')}"`);
      if (i % 97 === 0) cells[cells.length - 1] = `"ghi chú\r\nnhiều dòng\n${i}"`;
      if (i === 1500) cells[1] = `"${row.ho_ten}`; // a quote never closed: costs this record only
      if (i === 1700) cells.pop(); // ragged
      return cells.join(',') + (i % 50 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\r\n' : '\n');
    });
    const path = join(dir, 'blocks.csv');
    writeFileSync(path, `${columns.join(',')},ghi_chu\n${lines.join('')}`);
    const plan: CsvBlockPlan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    const source = await openInput(createReadStream(path), { csvPlan: plan }); // 64 KiB chunks, as auditFile reads

    for await (const _ of source.records);
    expect(plan.blocks.length).toBeGreaterThan(3);

    const outputs = async (workers: number, tag: string) => {
      const files = { records: join(dir, `${tag}.ndjson`), summary: join(dir, `${tag}.json`), cleaned: join(dir, `${tag}.csv`) };
      const seen: number[] = [];
      const onReport = (r: RecordReport, input: { row: number; record: unknown }) => {
        expect(input.row).toBe(r.row);
        expect(Object.getPrototypeOf(input.record)).toBeNull();
        seen.push(r.row);
      };
      await auditFile(path, { asOf: '2026-11-01', workers, batchSize: 300, ...files, onReport });
      return [readFileSync(files.records, 'utf8'), readFileSync(files.summary, 'utf8'), readFileSync(files.cleaned, 'utf8'), seen] as const;
    };
    const one = await outputs(0, 'blocks-one');
    const two = await outputs(2, 'blocks-two');
    expect(one[3]).toEqual(Array.from({ length: 2400 }, (_, i) => i + 1));
    expect(two[3]).toEqual(one[3]);
    expect(two[0]).toBe(one[0]);
    expect(two[1]).toBe(one[1]);
    expect(two[2]).toBe(one[2]);
    const reports = one[0].trim().split('\n').map((l) => JSON.parse(l) as RecordReport);
    expect(reports[1500]!.issues.map((i) => i.rule)).toContain('input.broken-quote');
    expect(reports[1700]!.issues.map((i) => i.rule)).toContain('input.ragged-row');
    expect(JSON.parse(one[1]).findings.length).toBeGreaterThan(10);
  });

  it('reports the first pass as the scan phase, before any audit progress', async () => {
    const people = fc.sample(validCitizen, { seed: 12, numRuns: 9000 });
    const path = join(dir, 'long.csv');
    writeFileSync(path, [Object.keys(people[0]!).join(','), ...people.map((r) => Object.values(r).map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n'));
    const phases: string[] = [];
    const summary = await auditFile(path, { asOf: '2026-11-01', workers: 2, onProgress: (p) => void phases.push(`${p.phase} ${p.rows}`) });
    expect(summary.rows).toBe(9000);
    expect(phases).toContain('scan 8192');
    expect(phases.indexOf('scan 8192')).toBeLessThan(phases.indexOf('audit 1024'));
  });

  it('a file rewritten between the two passes stops the audit with an input error, not a misnumbered report', async () => {
    const people = fc.sample(validCitizen, { seed: 13, numRuns: 9000 });
    const path = join(dir, 'changing.csv');
    const text = [Object.keys(people[0]!).join(','), ...people.map((r) => Object.values(r).map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n');
    writeFileSync(path, text);
    // Same length, fewer rows: the blocks the workers have not read yet no longer hold what the first pass planned.
    const half = text.length >> 1;
    const rewritten = text.slice(0, half) + text.slice(half).replace(/\n/g, ' ');
    let done = false;
    const audit = auditFile(path, {
      asOf: '2026-11-01',
      workers: 2,
      onProgress: (p) => {
        if (p.phase === 'audit' && !done) {
          done = true;
          writeFileSync(path, rewritten);
        }
      },
    });
    await expect(audit).rejects.toThrow(InputError);
    await expect(audit).rejects.toThrow(/changed while it was being audited/);
  });

  it('a file deleted between the two passes stops the audit with an input error', async () => {
    const people = fc.sample(validCitizen, { seed: 14, numRuns: 9000 });
    const path = join(dir, 'vanishing.csv');
    writeFileSync(path, [Object.keys(people[0]!).join(','), ...people.map((r) => Object.values(r).map((v) => `"${v.replace(/"/g, '""')}"`).join(','))].join('\n'));
    // The first pass keeps reading through its open handle; the audit pass then opens the path again.
    let gone = false;
    const audit = auditFile(path, {
      asOf: '2026-11-01',
      workers: 2,
      onProgress: (p) => {
        if (p.phase === 'scan' && p.rows === 8192 && !gone) {
          gone = true;
          unlinkSync(path);
        }
      },
    });
    await expect(audit).rejects.toThrow(InputError);
    await expect(audit).rejects.toThrow(/cannot open input file/);
    expect(gone).toBe(true);
  });

  it('a stream is read once: the issue lands from the second occurrence on', async () => {
    const reports: RecordReport[] = [];
    const summary = await auditFile(Readable.from([Buffer.from(csv)]), { asOf: '2026-11-01', onReport: (r) => void reports.push(r) });
    expect(reports.filter((r) => r.issues.some((i) => i.rule === 'dataset.duplicate-id')).map((r) => r.row)).toEqual([3]);
    expect(summary.findings).toMatchObject([{ rule: 'dataset.duplicate-id', rows: [1, 3] }]);
  });
});

describe('auditFile --cleaned on JSON records whose keys vary', () => {
  it('keeps the values of keys the first record lacked in ddss_extra', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ddss-extra-'));
    const input = join(folder, 'in.ndjson');
    writeFileSync(input, '{"ma_ho_so":"HS1"}\n{"so_dinh_danh":"001099012345","sdt":"0912345678"}\n');
    const cleaned = join(folder, 'cleaned.csv');
    await auditFile(input, { asOf: '2026-11-01', cleaned, workers: 0 });
    const lines = readFileSync(cleaned, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('ma_ho_so,ddss_score,ddss_verdict,ddss_issues,ddss_extra');
    expect(lines[2]).toContain('"{""so_dinh_danh"":""001099012345"",""sdt"":""0912345678""}"');
  });
});
