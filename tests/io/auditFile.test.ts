import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, auditFileReports, InputError, mergeSummaries, type RecordReport } from '../../src';
import { validCitizen } from '../support/citizens';

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
        // The second shard's rows are numbered from its own start: the shard summaries agree on counts and scores.
        const second = await auditFile(write('b.csv', records.slice(cut)), { asOf: '2026-11-01', workers: 0 });
        const merged = mergeSummaries(first, second);
        expect(merged.rows).toBe(whole.rows);
        expect(merged.verdicts).toEqual(whole.verdicts);
        expect(merged.score).toEqual(whole.score);
        expect(merged.dimensions).toEqual(whole.dimensions);
        expect(merged.fields).toEqual(whole.fields);
      }),
      { numRuns: 15 },
    );
  });
});
