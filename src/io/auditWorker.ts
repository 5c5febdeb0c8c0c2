/**
 * Worker thread for `--workers N`: audits batches of records with its own RecordAuditor and returns, in the
 * batch's order, what the main thread writes. Its partial summary is sent once, at the end, and merged exactly.
 *
 * A batch comes either as records the main thread read, or as raw bytes of a CSV file with the block of the
 * first pass's plan they hold: the worker then parses them itself, so reading the file scales with the workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from './inputError';
import type { InputRecord } from './inputRecord';
import { readCsvBlock, type CsvBlock, type CsvBlockPlan } from './read/csvBlocks';
import { RecordAuditor, type AuditedRecord, type AuditSettings } from './recordAuditor';

interface BatchOutputs {
  id: number;
  /** Return the reports themselves (for callbacks and the cleaned file), or only their NDJSON text. */
  wantReports: boolean;
  wantNdjson: boolean;
}

export interface RecordsRequest extends BatchOutputs {
  type: 'batch';
  inputs: InputRecord[];
}

export interface CsvBlockRequest extends BatchOutputs {
  type: 'csv';
  /** The bytes of `block` (transferred, not copied). */
  bytes: Uint8Array;
  block: CsvBlock;
  layout: Pick<CsvBlockPlan, 'encoding' | 'delimiter' | 'header'>;
}

export type BatchRequest = RecordsRequest | CsvBlockRequest;

/**
 * A batch the worker could not audit. Errors lose their class crossing the thread boundary, so whether it was the
 * input's fault (the file changed under the audit) travels as a flag: the CLI then says so in one line.
 */
export interface BatchFailure {
  type: 'failed';
  id: number;
  message: string;
  inputError: boolean;
}

export interface BatchResult {
  type: 'batch';
  id: number;
  ndjson: string;
  reports: AuditedRecord[] | null;
  /** The records a CSV block held, when reports are returned (the cleaned file needs their cells). */
  inputs: InputRecord[] | null;
}

if (parentPort) {
  const port = parentPort;
  const auditor = new RecordAuditor((workerData as { settings: AuditSettings }).settings);
  port.on('message', (message: BatchRequest | { type: 'finish' }) => {
    if (message.type === 'finish') {
      port.postMessage({ type: 'summary', summary: auditor.summary });
      return;
    }
    try {
      port.postMessage(auditBatch(auditor, message));
    } catch (error) {
      const failure: BatchFailure = {
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
        inputError: error instanceof InputError,
      };
      port.postMessage(failure);
    }
  });
}

function auditBatch(auditor: RecordAuditor, message: BatchRequest): BatchResult {
  const inputs = message.type === 'csv' ? readCsvBlock(message.bytes, message.block, message.layout) : message.inputs;
  let ndjson = '';
  const reports: AuditedRecord[] | null = message.wantReports ? [] : null;
  for (const input of inputs) {
    const audited = auditor.audit(input);
    if (message.wantNdjson) ndjson += `${JSON.stringify(audited.report)}\n`;
    if (reports) reports.push(audited);
  }
  return { type: 'batch', id: message.id, ndjson, reports, inputs: message.type === 'csv' && reports ? inputs : null };
}
