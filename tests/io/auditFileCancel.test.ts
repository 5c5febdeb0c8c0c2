import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFile, auditFileReports, type AuditFileOptions } from '../../src';
import { runChild } from '../support/runChild';

// Cancelling a file audit (leaving an auditFileReports loop early, or an AbortSignal): the audit stops reading,
// stops its workers, deletes the outputs it had begun, and lets the process exit.

const ROOT = new URL('../..', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'examples/data/citizens-sample.csv');
const dir = mkdtempSync(join(tmpdir(), 'ddss-cancel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The sample 10 times over (2,110 rows, with the citizen profile's dataset checks): a first pass, several blocks.
const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n');
const LONG = join(dir, 'long.csv');
writeFileSync(LONG, [lines[0], ...Array.from({ length: 10 }, () => lines.slice(1)).flat()].join('\n'));

let n = 0;
/** A fresh, empty folder for one audit's outputs, and the options naming every output in it. */
function outputs(): { folder: string; files: Pick<AuditFileOptions, 'records' | 'summary' | 'cleaned' | 'markdown' | 'html'> } {
  const folder = join(dir, `out-${n++}`);
  mkdirSync(folder);
  const files = { records: join(folder, 'r.ndjson'), summary: join(folder, 's.json'), cleaned: join(folder, 'c.csv'), markdown: join(folder, 'r.md'), html: join(folder, 'r.html') };
  return { folder, files };
}

describe('leaving an auditFileReports loop early', () => {
  it.each([
    ['in this thread', 0],
    ['with worker threads', 2],
  ])('break %s: the loop ends and no output, not even a temporary file, is left', async (_, workers) => {
    const { folder, files } = outputs();
    let seen = 0;
    for await (const report of auditFileReports(LONG, { asOf: '2026-11-01', workers, batchSize: 200, ...files })) {
      expect(report.row).toBe(++seen);
      if (seen === 300) break;
    }
    expect(seen).toBe(300);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('an exception in the loop body reaches the caller as it was, and no output is left', async () => {
    const { folder, files } = outputs();
    const boom = new Error('the database refused the row');
    const loop = async () => {
      for await (const report of auditFileReports(LONG, { asOf: '2026-11-01', workers: 2, ...files })) if (report.row === 5) throw boom;
    };
    await expect(loop()).rejects.toBe(boom);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('wherever the loop is left, in this thread, nothing is left behind and the next audit runs whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 211 }), async (stopAt) => {
        const { folder, files } = outputs();
        for await (const report of auditFileReports(SAMPLE, { asOf: '2026-11-01', workers: 0, ...files })) if (report.row === stopAt) break;
        expect(readdirSync(folder)).toEqual([]);
      }),
      { numRuns: 8 },
    );
    const { folder, files } = outputs();
    const summary = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 0, ...files });
    expect(summary.rows).toBe(211);
    expect(readdirSync(folder).sort()).toEqual(['c.csv', 'r.html', 'r.md', 'r.ndjson', 's.json']);
  });

  it('lets the process exit: no worker or port stays open (a child process that breaks out ends by itself)', async () => {
    const { folder, files } = outputs();
    const script = join(dir, 'break.mts');
    writeFileSync(
      script,
      [
        `import { readdirSync } from 'node:fs';`,
        `import { auditFileReports } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};`,
        `let seen = 0;`,
        `for await (const r of auditFileReports(${JSON.stringify(LONG)}, { asOf: '2026-11-01', workers: 2, batchSize: 100, ...${JSON.stringify(files)} })) if (++seen === 150) break;`,
        `console.log(JSON.stringify({ seen, left: readdirSync(${JSON.stringify(folder)}) }));`,
      ].join('\n'),
    );
    // Before the fix the child never ended; the child's own time limit then stops it (code null), and this fails.
    const child = await runChild(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, timeoutMs: 60_000 });
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ seen: 150, left: [] });
  });
});

describe('the signal option', () => {
  it.each([
    ['the first pass, with workers', 2, 'scan'],
    ['the audit pass, with workers', 2, 'audit'],
    ['the audit pass, in this thread', 0, 'audit'],
  ] as const)('an abort during %s rejects with the reason and leaves no output', async (_, workers, phase) => {
    const { folder, files } = outputs();
    const controller = new AbortController();
    const reason = new Error('the operator cancelled');
    const reports: number[] = [];
    const audit = auditFile(LONG, {
      asOf: '2026-11-01',
      workers,
      batchSize: 200,
      ...files,
      signal: controller.signal,
      onReport: (r) => void reports.push(r.row),
      onProgress: (p) => {
        if (p.phase === phase && p.rows >= 1024) controller.abort(reason);
      },
    });
    await expect(audit).rejects.toBe(reason);
    expect(readdirSync(folder)).toEqual([]);
    // Stopped where it was asked to: the rows reported are a prefix, and far from all of them.
    expect(reports).toEqual(Array.from({ length: reports.length }, (_, i) => i + 1));
    expect(reports.length).toBeLessThan(2110);
    if (phase === 'scan') expect(reports).toEqual([]);
  });

  it('a signal already aborted rejects before anything is read or written', async () => {
    const { folder, files } = outputs();
    const signal = AbortSignal.abort();
    await expect(auditFile(LONG, { ...files, signal })).rejects.toBe(signal.reason);
    await expect(auditFile(LONG, { ...files, signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('cuts short a read that would otherwise wait for ever (a stream that never ends)', async () => {
    const { folder, files } = outputs();
    const controller = new AbortController();
    // Some rows, then nothing and no end (standard input left open, say): its second read request waits for ever,
    // and is when the caller gives up.
    let reads = 0;
    const input = new Readable({
      read() {
        if (++reads === 1) this.push(`${lines.slice(0, 40).join('\n')}\n`);
        else controller.abort();
      },
    });
    const audit = auditFile(input, { asOf: '2026-11-01', ...files, signal: controller.signal });
    await expect(audit).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(folder)).toEqual([]);
    // The caller's stream is let go of, not destroyed: it is still the caller's.
    expect(input.destroyed).toBe(false);
  });

  it('cancels an auditFileReports loop from outside: the loop throws the reason', async () => {
    const { folder, files } = outputs();
    const controller = new AbortController();
    const seen: number[] = [];
    const loop = async () => {
      for await (const report of auditFileReports(LONG, { asOf: '2026-11-01', workers: 2, ...files, signal: controller.signal })) {
        seen.push(report.row);
        if (report.row === 10) controller.abort();
      }
    };
    await expect(loop()).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(seen.length).toBeLessThan(2110);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a signal that is never aborted changes nothing', async () => {
    const { folder, files } = outputs();
    const summary = await auditFile(SAMPLE, { asOf: '2026-11-01', workers: 2, ...files, signal: new AbortController().signal });
    expect(summary.rows).toBe(211);
    expect(readdirSync(folder).sort()).toEqual(['c.csv', 'r.html', 'r.md', 'r.ndjson', 's.json']);
  });
});
