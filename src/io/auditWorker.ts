/**
 * Worker thread for `--workers N`: audits batches of records with its own RecordAuditor and returns, in the
 * batch's order, what the main thread writes. Its partial summary is sent once, at the end, and merged exactly.
 *
 * A batch comes either as records the main thread read, or as raw bytes of a CSV file with the block of the
 * first pass's plan they hold: the worker then parses them itself, so reading the file scales with the workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompiledProfile, Issue } from '../core';
import { InputError } from './inputError';
import type { InputRecord } from './inputRecord';
import { readCsvBlock, type CsvBlock, type CsvBlockLayout } from './read/csvBlocks';
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
  /** The plan's layout: delimiter, header, and the rows above and under it that are not records. */
  layout: CsvBlockLayout;
}

export type BatchRequest = RecordsRequest | CsvBlockRequest;

/**
 * The dataset issues of every row, found by the first pass. Workers start before that pass ends; the main thread
 * sends this before any batch, and a worker handles its messages in order.
 */
export interface DatasetIssuesMessage {
  type: 'dataset-issues';
  issues: Map<number, Issue[]>;
}

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
  warmParsers(auditor.profile);
  port.on('message', (message: BatchRequest | DatasetIssuesMessage | { type: 'finish' }) => {
    if (message.type === 'finish') {
      port.postMessage({ type: 'summary', summary: auditor.summary });
      return;
    }
    if (message.type === 'dataset-issues') {
      auditor.settings.datasetIssues = message.issues;
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

/**
 * Runs each field's parser once on a throwaway value, so that tables built on first use (the administrative units,
 * about 0.16 s) are built while the main thread's first pass runs, not when the first batch arrives. A parser that
 * fails on it only loses the head start.
 */
function warmParsers(profile: CompiledProfile): void {
  for (const field of profile.fields) {
    try {
      field.type.parse?.('0', '0');
    } catch {
      // nothing to warm
    }
  }
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
