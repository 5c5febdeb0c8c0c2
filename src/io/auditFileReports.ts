import type { DatasetSummary, RecordReport } from '../core';
import { auditFile, type AuditFileOptions } from './auditFile';

/**
 * The record reports of a file audit as an async iterator, in input order; the summary is the iterator's return
 * value. The audit waits while the consumer is busy, so memory stays bounded however slow the loop body is.
 *
 * @example
 * for await (const report of auditFileReports('export.csv', { asOf: '2026-11-01' })) {
 *   if (report.verdict === 'fail') await db.flag(report.key, report.issues);
 * }
 */
export async function* auditFileReports(input: string | NodeJS.ReadableStream, options: Omit<AuditFileOptions, 'onReport'> = {}): AsyncGenerator<RecordReport, DatasetSummary, undefined> {
  let wake: (() => void) | null = null;
  let taken: (() => void) | null = null;
  let current: RecordReport | null = null;
  let done = false;
  let failure: unknown = null;
  let summary: DatasetSummary | null = null;
  let abandoned = false;
  const audit = auditFile(input, {
    ...options,
    onReport: (report) =>
      abandoned
        ? undefined
        : new Promise<void>((resolve) => {
        current = report;
        taken = resolve;
        wake?.();
      }),
  }).then(
    (s) => {
      summary = s;
      done = true;
      wake?.();
    },
    (error: unknown) => {
      failure = error;
      done = true;
      wake?.();
    },
  );
  try {
    for (;;) {
      if (current === null && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (current !== null) {
        const report: RecordReport = current;
        current = null;
        const resume = taken;
        taken = null;
        yield report;
        (resume as (() => void) | null)?.();
        continue;
      }
      if (done) break;
    }
    await audit;
    if (failure !== null) throw failure;
    return summary!;
  } finally {
    // A consumer that stops early: the audit runs on to the end unobserved (its outputs still complete).
    abandoned = true;
    (taken as (() => void) | null)?.();
    audit.catch(() => undefined);
  }
}
