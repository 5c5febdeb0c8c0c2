import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetSummary } from '../core';
import type { BatchRequest, BatchResult } from './auditWorker';
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

/** A fixed set of audit workers; batches go round-robin and come back in submission order. */
export class AuditWorkerPool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(size: number, settings: AuditSettings) {
    const { url, typescript } = workerScript();
    // From a checkout the worker is TypeScript: register tsx inside the worker, then load it.
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
    this.workers = Array.from({ length: size }, () => {
      const worker = typescript ? new Worker(bootstrap, { eval: true, workerData: { settings } }) : new Worker(url, { workerData: { settings } });
      worker.on('message', (message: BatchResult | { type: 'summary' }) => {
        if (message.type !== 'batch') return;
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiter?.resolve(message);
      });
      worker.on('error', (error) => this.fail(error));
      return worker;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  /** Sends a batch to the next worker; the promise settles with its result. */
  submit(request: BatchRequest): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.workers[this.next]!;
    this.next = (this.next + 1) % this.workers.length;
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Collects every worker's partial summary and stops the workers. */
  async finish(): Promise<DatasetSummary[]> {
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
            worker.postMessage({ type: 'finish' });
          }),
      ),
    );
    await this.close();
    return summaries;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
