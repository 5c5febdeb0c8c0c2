import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { auditFile, type FooterInfo, type HeaderInfo } from '../../src';
import type { AuditFileOptions } from '../../src/io/auditFile';

/**
 * How the tests of forms (title blocks, two-row headers, signature blocks: tests/io/headerRow.test.ts,
 * subHeaderRow.test.ts, footerRows.test.ts) audit a file, and what they compare: one place, so that they audit alike.
 */

/** Audits `bytes` written to `dir/name` in one thread: the reports as JSON, the summary, and what onHeader and onFooter said. */
export async function auditFormBytes(dir: string, bytes: string | Buffer, name: string, options: AuditFileOptions = {}) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const reports: string[] = [];
  const headers: HeaderInfo[] = [];
  const footers: FooterInfo[] = [];
  const summary = await auditFile(path, {
    asOf: '2026-11-01',
    workers: 0,
    ...options,
    onReport: (r) => void reports.push(JSON.stringify(r)),
    onHeader: (info) => void headers.push(info),
    onFooter: (info) => void footers.push(info),
  });
  return { reports, summary, headers, footers };
}

/**
 * Audits the file at `path` with `workers` (batches of 300 records, so that a few thousand rows make many), writing
 * the records, the summary and the cleaned file under `dir` as `tag`: their bytes, the rows reported in order, and
 * what onHeader and onFooter said. For comparing the workers' outputs with one thread's, and a form with its plain twin.
 */
export async function auditFormOutputs(dir: string, path: string, workers: number, tag: string) {
  const files = { records: join(dir, `${tag}.ndjson`), summary: join(dir, `${tag}.json`), cleaned: join(dir, `${tag}.csv`) };
  const rows: number[] = [];
  const headers: HeaderInfo[] = [];
  const footers: FooterInfo[] = [];
  await auditFile(path, {
    asOf: '2026-11-01',
    workers,
    batchSize: 300,
    ...files,
    onReport: (r) => void rows.push(r.row),
    onHeader: (info) => void headers.push(info),
    onFooter: (info) => void footers.push(info),
  });
  return { records: readFileSync(files.records, 'utf8'), summary: readFileSync(files.summary, 'utf8'), cleaned: readFileSync(files.cleaned, 'utf8'), rows, headers, footers };
}

/**
 * The workers' outputs are one thread's: the same rows reported in order, the same header and footer told, and the
 * records, summary and cleaned file byte for byte.
 */
export function expectSameOutputs(workers: FormOutputs, oneThread: FormOutputs): void {
  expect(workers.headers).toEqual(oneThread.headers);
  expect(workers.footers).toEqual(oneThread.footers);
  expect(workers.rows).toEqual(oneThread.rows);
  expect(workers.records).toBe(oneThread.records);
  expect(workers.summary).toBe(oneThread.summary);
  expect(workers.cleaned).toBe(oneThread.cleaned);
}

type FormOutputs = Awaited<ReturnType<typeof auditFormOutputs>>;
