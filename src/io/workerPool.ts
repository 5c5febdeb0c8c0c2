import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DatasetSummary, Issue } from '../core';
import type { BatchFailure, BatchRequest, BatchResult, DatasetIssuesMessage } from './auditWorker';
import { InputError } from './inputError';
import type { AuditSettings } from './recordAuditor';

/**
 * Where the worker script is: beside this module once built (dist/auditWorker.js, or one folder up from the CLI
 * bundle), or the TypeScript source when running from a checkout (tests, `npm run demo`), loaded through tsx.
 */
function workerScript(): { url: URL; typescript: boolean } {
  for (const candidate of ['./auditWorker.js', '../auditWorker.js', './auditWorker.ts']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { url, typescript: candidate.endsWith('.ts') };
  }
  throw new Error('the audit worker script is missing from this installation');
}

/**
 * A worker holds the unit tables (~10 MiB), a small parse cache and the batches in flight (two of ~1,000 records),
 * yet with V8's default limits the process grew to 562 MiB on a 1M-row audit with two workers (built package);
 * with these it peaked at 425 MiB and ran 5 % faster (fewer, smaller collections). A batch would need records of
 * ~50 KB each to reach the limit; the worker then stops with a clear error (see `fail`), never silently.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Why a batch or the summaries never came: a worker ended without an error (terminated, or exited). */
const WORKER_STOPPED = 'an audit worker stopped before the audit was done';

/** A fixed set of audit workers; batches go round-robin and come back in submission order. */
export class AuditWorkerPool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: unknown) => void }>();
  // Boxed and unknown, not Error: an abort signal's reason can be any value (even null), passed on as given.
  private failure: { error: unknown } | null = null;

  constructor(size: number, settings: AuditSettings, limits: ResourceLimits = WORKER_LIMITS) {
    const { url, typescript } = workerScript();
    // From a checkout the worker is TypeScript: register tsx inside the worker, then load it.
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
    this.workers = Array.from({ length: size }, () => {
      const options = { workerData: { settings }, resourceLimits: limits };
      const worker = typescript ? new Worker(bootstrap, { ...options, eval: true }) : new Worker(url, options);
      worker.on('message', (message: BatchResult | BatchFailure | { type: 'summary' }) => {
        if (message.type === 'failed') {
          this.fail(message.inputError ? new InputError(message.message) : new Error(message.message));
          return;
        }
        if (message.type !== 'batch') return;
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiter?.resolve(message);
      });
      worker.on('error', (error) => this.fail(error));
      // A worker that ends without an error (terminated, or exited) answers nothing more: waiting on it would hang.
      worker.on('exit', () => this.fail(new Error(WORKER_STOPPED)));
      return worker;
    });
  }

  private fail(cause: unknown): void {
    // The one failure a user can act on: say what to do instead of V8's words.
    const error =
      (cause as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(`an audit worker ran out of memory (records of tens of kilobytes each?); run with --workers 0 to audit in one thread`, { cause })
        : cause;
    this.failure ??= { error };
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  /** Throws the failure of a worker, if one has failed (for example, it could not start): lets long work stop early. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /** Sends a batch to the next worker (moving the buffers in `transfer`); the promise settles with its result. */
  submit(request: BatchRequest, transfer: ArrayBuffer[] = []): Promise<BatchResult> {
    const result = this.failure ? Promise.reject(this.failure.error) : this.post(request, transfer);
    // A failure rejects every batch in flight, and every batch submitted after it, but the caller awaits them one at
    // a time and stops at the first: the others must not surface as unhandled rejections.
    result.catch(() => undefined);
    return result;
  }

  private post(request: BatchRequest, transfer: ArrayBuffer[]): Promise<BatchResult> {
    const worker = this.workers[this.next]!;
    this.next = (this.next + 1) % this.workers.length;
    return new Promise<BatchResult>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  }

  /** Gives every worker the dataset issues by row (found by the first pass), for every record it audits from now on. */
  setDatasetIssues(issues: Map<number, Issue[]>): void {
    const message: DatasetIssuesMessage = { type: 'dataset-issues', issues };
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Collects every worker's partial summary and stops the workers. */
  async finish(): Promise<DatasetSummary[]> {
    // Workers already gone would never answer (their 'exit' has passed): say why now instead of waiting.
    this.throwIfFailed();
    const summaries = await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<DatasetSummary>((resolve, reject) => {
            const onMessage = (message: { type: string; summary?: DatasetSummary }) => {
              if (message.type === 'summary') {
                worker.off('message', onMessage);
                resolve(message.summary!);
              }
            };
            worker.on('message', onMessage);
            worker.once('error', reject);
            worker.once('exit', () => reject(this.failure ? this.failure.error : new Error(WORKER_STOPPED)));
            worker.postMessage({ type: 'finish' });
          }),
      ),
    );
    await this.close();
    return summaries;
  }

  /**
   * Stops every worker now (an audit that ended, failed or was cancelled): batches still in flight reject with
   * `reason`, so nothing waits on a worker that is gone, and no thread or port keeps the process alive.
   */
  async close(reason: unknown = new Error('the audit workers were stopped')): Promise<void> {
    this.fail(reason);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
