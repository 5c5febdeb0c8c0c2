import { describe, expect, it, vi } from 'vitest';
import { AuditWorkerPool } from '../../src/io/workerPool';

const settings = { profile: 'citizen', asOf: '2026-11-01', lang: 'vi' as const, mask: true };

describe('AuditWorkerPool', () => {
  it('audits a batch in a worker and returns its reports in order', async () => {
    const pool = new AuditWorkerPool(1, settings);
    try {
      const inputs = [1, 2, 3].map((row) => ({ row, record: { so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An' } }));
      const result = await pool.submit({ type: 'batch', id: 1, inputs, wantReports: true, wantNdjson: false });
      expect(result.reports?.map((r) => r.report.row)).toEqual([1, 2, 3]);
      expect(result.reports?.every((r) => r.report.issues.some((i) => i.rule === 'field.missing'))).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('gives the dataset issues sent after start to the rows they name, and only to those', async () => {
    const pool = new AuditWorkerPool(2, settings);
    try {
      const issue = { rule: 'dataset.duplicate-id', dimension: 'clean' as const, severity: 'error' as const, field: 'personalId', message: 'trùng', value: null, fix: null };
      pool.setDatasetIssues(new Map([[2, [issue]], [5, [issue]]]));
      const inputs = [1, 2, 3, 4, 5, 6].map((row) => ({ row, record: { so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An' } }));
      // Two batches, one per worker: each worker must have the issues.
      const results = await Promise.all([pool.submit({ type: 'batch', id: 1, inputs: inputs.slice(0, 3), wantReports: true, wantNdjson: false }), pool.submit({ type: 'batch', id: 2, inputs: inputs.slice(3), wantReports: true, wantNdjson: false })]);
      const flagged = results.flatMap((r) => r.reports!).filter((a) => a.report.issues.some((i) => i.rule === 'dataset.duplicate-id')).map((a) => a.report.row);
      expect(flagged).toEqual([2, 5]);
    } finally {
      await pool.close();
    }
  });

  it('turns a worker out of memory into one clear, actionable error', async () => {
    // A heap far too small for the worker even to start: V8 stops it with ERR_WORKER_OUT_OF_MEMORY.
    const pool = new AuditWorkerPool(1, settings, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      const inputs = [{ row: 1, record: { so_cccd: '001099012345' } }];
      await expect(pool.submit({ type: 'batch', id: 1, inputs, wantReports: false, wantNdjson: true })).rejects.toThrow(/ran out of memory.*--workers 0/);
    } finally {
      await pool.close();
    }
  });

  it('reports a worker that could not start before any batch is sent, so a long first pass can stop early', async () => {
    const pool = new AuditWorkerPool(1, settings, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      expect(() => pool.throwIfFailed()).not.toThrow(); // starting: nothing known yet
      await vi.waitFor(() => expect(() => pool.throwIfFailed()).toThrow(/ran out of memory.*--workers 0/), { timeout: 20_000, interval: 50 });
      // A batch submitted after the failure rejects too; left unawaited (the audit stopped at an earlier one), it
      // must not surface as an unhandled rejection.
      const unhandled: unknown[] = [];
      const listen = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', listen);
      try {
        void pool.submit({ type: 'batch', id: 9, inputs: [], wantReports: false, wantNdjson: true });
        await new Promise((r) => setTimeout(r, 50));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', listen);
      }
    } finally {
      await pool.close();
    }
  });

  it('closed while batches are in flight (a cancelled audit): they reject with the reason, and nothing waits for ever', async () => {
    const pool = new AuditWorkerPool(2, settings);
    const inputs = [1, 2, 3].map((row) => ({ row, record: { so_cccd: '001099012345' } }));
    const batches = [1, 2, 3].map((id) => pool.submit({ type: 'batch', id, inputs, wantReports: false, wantNdjson: true }));
    const reason = new DOMException('the audit was cancelled', 'AbortError');
    await pool.close(reason);
    for (const batch of batches) await expect(batch).rejects.toBe(reason);
    await expect(pool.submit({ type: 'batch', id: 4, inputs, wantReports: false, wantNdjson: true })).rejects.toBe(reason);
    await expect(pool.finish()).rejects.toBe(reason);
  });
});
