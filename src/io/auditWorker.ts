/**
 * Worker thread for `--workers N`: audits batches of records with its own RecordAuditor and returns, in the
 * batch's order, what the main thread writes. Its partial summary is sent once, at the end, and merged exactly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { InputRecord } from './inputRecord';
import { RecordAuditor, type AuditSettings } from './recordAuditor';

export interface BatchRequest {
  type: 'batch';
  id: number;
  inputs: InputRecord[];
  /** Return the reports themselves (for callbacks and the cleaned file), or only their NDJSON text. */
  wantReports: boolean;
  wantNdjson: boolean;
}

export interface BatchResult {
  type: 'batch';
  id: number;
  ndjson: string;
  reports: ReturnType<RecordAuditor['audit']>[] | null;
}

if (parentPort) {
  const port = parentPort;
  const auditor = new RecordAuditor((workerData as { settings: AuditSettings }).settings);
  port.on('message', (message: BatchRequest | { type: 'finish' }) => {
    if (message.type === 'finish') {
      port.postMessage({ type: 'summary', summary: auditor.summary });
      return;
    }
    let ndjson = '';
    const reports: ReturnType<RecordAuditor['audit']>[] | null = message.wantReports ? [] : null;
    for (const input of message.inputs) {
      const audited = auditor.audit(input);
      if (message.wantNdjson) ndjson += `${JSON.stringify(audited.report)}\n`;
      if (reports) reports.push(audited);
    }
    const result: BatchResult = { type: 'batch', id: message.id, ndjson, reports };
    port.postMessage(result);
  });
}
