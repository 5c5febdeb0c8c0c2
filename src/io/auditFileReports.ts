import type { DatasetSummary, RecordReport } from '../core';
import { auditFile, type AuditFileOptions } from './auditFile';

/**
 * The record reports of a file audit as an async iterator, in input order; the summary is the iterator's return
 * value. The audit waits while the consumer is busy, so memory stays bounded however slow the loop body is.
 *
 * Leaving the loop early (`break`, `return`, or an exception in its body) cancels the audit: it stops reading and
 * stops its workers, and the outputs it had begun are deleted, all before the loop is left. `options.signal`
 * cancels it from outside: the loop then throws `signal.reason`.
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
  // Boxed: an abort reason can be any value, null included.
  let failure: { error: unknown } | null = null;
  let summary: DatasetSummary | null = null;
  let abandoned = false;
  // The consumer's own signal, if any, and the loop's exit both cancel the audit through this one.
  const cancel = new AbortController();
  const outer = options.signal;
  const forward = () => cancel.abort(outer!.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  // The audit's onReport is parked on this while the consumer holds a report; kept until it resumes or leaves.
  let resume: (() => void) | null = null;
  const audit = auditFile(input, {
    ...options,
    signal: cancel.signal,
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
      failure = { error };
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
        resume = taken;
        taken = null;
        yield report;
        const resumeAudit = resume as (() => void) | null;
        resume = null;
        resumeAudit?.();
        continue;
      }
      if (done) break;
    }
    await audit;
    if (failure !== null) throw (failure as { error: unknown }).error;
    return summary!;
  } finally {
    outer?.removeEventListener('abort', forward);
    if (!done) {
      // A consumer that stops early wants no more: left running, the audit would hold its workers (and the process)
      // and leave temporary files. Cancel it, release the report it waits on, and wait until it has cleaned up.
      abandoned = true;
      cancel.abort();
      (resume as (() => void) | null)?.();
      (taken as (() => void) | null)?.();
      await audit;
    }
  }
}
