import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { addAbortSignal, PassThrough, Transform, type Readable } from 'node:stream';
import {
  datasetFindings,
  datasetIssuesByRow,
  emptyDatasetState,
  finalizeSummary,
  LEFT_OUT_KINDS,
  mergeSummaries,
  observeAll,
  observeRecord,
  serializeDatasetStates,
  type CompiledProfile,
  type DatasetCheck,
  type DatasetFinding,
  type DatasetStates,
  type DatasetSummary,
  type Issue,
  type Lang,
  type LeftOutRows,
  type RecordReport,
} from '../core';
import { resolveAsOf, type AsOfInput } from '../api/asOf';
import { resolveLang } from '../api/lang';
import { resolveProfile, type ProfileRef } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import { openAtomicStream, writeFileAtomic, type AtomicStream } from './atomicFile';
import { checkOutputs } from './checkOutputs';
import type { BatchResult } from './auditWorker';
import { InputError } from './inputError';
import type { InputRecord } from './inputRecord';
import { openRecords, type RecordSourceOptions } from './openRecords';
import { chunkBytes } from './read/byteSource';
import { joinBlocks, type CsvBlock, type CsvBlockLayout, type CsvBlockPlan } from './read/csvBlocks';
import type { FooterInfo } from './read/footerRows';
import type { HeaderInfo } from './read/headerRow';
import { toRecord } from './read/toRecord';
import { checkFirstRow, checkHeaderRow } from './read/openInput';
import { RecordAuditor, type AuditedRecord, type AuditSettings } from './recordAuditor';
import { renderHtml, renderMarkdown } from './render';
import { displayableReport, displayableSummary, reportPrototype } from './render/notebook';
import { createCleanedCsvWriter, type CleanedCsvWriter } from './write/cleanedCsv';
import { catalogueFieldLabel, catalogueRuleTitle } from './catalogueRuleTitles';
import { AuditWorkerPool } from './workerPool';
import { workerCount } from './workerCount';

export interface AuditProgress {
  /** `scan`: the first pass over a file that gathers dataset-level state; `audit`: the records being audited. */
  phase: 'scan' | 'audit';
  rows: number;
  /** Bytes of the input read so far, and its size, when the input is a file. */
  bytes: number;
  totalBytes: number | null;
}

export interface AuditFileOptions extends RecordSourceOptions {
  /**
   * A built-in profile's name, a profile as data, or a compiled profile. A compiled profile (one with rules of your
   * own) is audited in this thread: workers rebuild the profile from data and cannot be sent your functions.
   */
  profile?: ProfileRef;
  columns?: Readonly<Record<string, string>>;
  asOf?: AsOfInput;
  lang?: Lang;
  /** Mask personal data in every output (default true). */
  mask?: boolean;
  /** Output files, each written whole or not at all. */
  records?: string;
  summary?: string;
  cleaned?: string;
  markdown?: string;
  html?: string;
  /**
   * Keep the dataset-level state in the summary (`summary.dataset`), so that `ddss merge` finds duplicates across
   * shards. It holds a digest per distinct ID, phone and person, so it is large: ask for it on shards only. Give
   * each shard its `firstRow` (the row its first record has in the whole dataset): shards whose rows overlap do not
   * merge.
   */
  datasetState?: boolean;
  /**
   * Worker threads; 0 or 1 audits in this thread. Default: the cores available, except for a file under 8 MiB
   * (about 50,000 rows), which is audited in this thread because starting workers would cost more than they save.
   */
  workers?: number;
  /** Records per batch sent to a worker. */
  batchSize?: number;
  /** Every record report, in input order; awaited (a slow consumer slows the reader, memory stays bounded). */
  onReport?: (report: RecordReport, input: InputRecord) => void | Promise<void>;
  onProgress?: (progress: AuditProgress) => void;
  /**
   * CSV/TSV and XLSX: called once, as soon as the header is known (before the first record), with its row among the
   * non-blank rows, the rows skipped above it (a form's title block), whether it is two rows (names under merged
   * cells, the second row not a record) and whether a column-number row under it was skipped. Rows left out of the
   * audit should not go unseen: the CLI prints a line when any was.
   *
   * Why a callback and not a field of the summary: the summary is merged across shards and checked strictly when
   * read back (`ddss merge`); where one part's header was has no meaning for the merged whole.
   */
  onHeader?: (info: HeaderInfo) => void;
  /**
   * CSV/TSV and XLSX: called once, when the input has been read to its end (a file read twice: at the end of the
   * first reading, before the reports), with the footer left out of the audit (a form's signature block: place and
   * date, signers' titles and names) and the row it started at, numbered as the records are; `footerRows` is 0 when
   * there was none. Like `onHeader`, so that rows left out do not go unseen: the CLI prints a line when any was.
   */
  onFooter?: (info: FooterInfo) => void;
  /**
   * Cancels the audit: it stops reading, stops the workers, deletes the outputs it had begun (none is left half
   * written) and rejects with `signal.reason`. Once the outputs are being put in place, the audit completes. A
   * promise returned by `onReport` is awaited to its end first. A stream passed as input is unpiped, not destroyed.
   */
  signal?: AbortSignal;
}

/**
 * Audits a whole file (or stream) the way `ddss audit` does: streaming, bounded memory, in input order, one report
 * per record, over worker threads when asked; writes the requested outputs atomically and returns the summary.
 *
 * A stream must yield the input's bytes (Buffer, Uint8Array) or text (strings), as a file or standard input does; an
 * object-mode stream of records is refused with an InputError (records already in memory go to `auditRecords`).
 * Every output path is checked before the audit starts (an OutputError names the path and why).
 *
 * @example
 * const summary = await auditFile('export.csv', { asOf: '2026-11-01', records: 'reports.ndjson', summary: 'summary.json' });
 * if (summary.verdicts.fail > 0) process.exitCode = 1;
 */
export async function auditFile(input: string | NodeJS.ReadableStream, options: AuditFileOptions = {}): Promise<DatasetSummary> {
  const signal = options.signal;
  signal?.throwIfAborted();
  if (typeof input !== 'string' && typeof (input as Partial<NodeJS.ReadableStream> | null)?.pipe !== 'function') {
    throw new InputError('the input must be a file path or a Node.js readable stream (wrap a web ReadableStream with Readable.fromWeb)');
  }
  // The readers number the records from it (both passes, and the CSV blocks the workers parse): checked up front.
  checkFirstRow(options.firstRow);
  checkHeaderRow(options.headerRow);
  const settings: AuditSettings = {
    profile: options.profile ?? 'citizen',
    columns: options.columns ? { ...options.columns } : undefined,
    asOf: formatIsoDate(resolveAsOf(options.asOf)),
    lang: resolveLang(options.lang),
    // Only an explicit false unmasks: `mask: 0` or an unset environment variable must not.
    mask: options.mask !== false,
  };
  const profile = resolveProfile(settings.profile, settings.columns); // fails early, before any output is opened
  const portable = settings.profile !== profile;
  // The readers know no profile: they find the header with its column names. A file is read twice (or its blocks
  // by workers): the caller hears where the header is, and what footer was left out, once.
  let headerNoted = false;
  let footerNoted = false;
  // What the summary says was left out (not records), from what the readers said.
  const leftOut: LeftOutRows = { titleRows: 0, headerRows: 0, numberingRows: 0, footerRows: 0 };
  const reading: HeaderReading = {
    columnMaps: (name) => profile.fieldForColumn(name) !== null,
    onHeader: (info) => {
      if (headerNoted) return;
      headerNoted = true;
      leftOut.titleRows = info.skippedRows;
      leftOut.headerRows = info.subHeaderRow ? 1 : 0;
      leftOut.numberingRows = info.numberingRow ? 1 : 0;
      options.onHeader?.(info);
    },
    onFooter: (info) => {
      if (footerNoted) return;
      footerNoted = true;
      leftOut.footerRows = info.footerRows;
      options.onFooter?.(info);
    },
  };

  // Dataset-level checks see every record before any is reported: a file is read twice (the first pass only
  // gathers who shares an ID or a phone), so every record involved gets the issue. A stream is read once, in this
  // thread, and records get the issue from the moment the conflict is known.
  const firstPass = profile.datasetChecks.length > 0 && typeof input === 'string';
  if (profile.datasetChecks.length > 0 && !firstPass) settings.onePassDataset = true;
  // A shard keeps what its records scored before their dataset issues, for a merge to score them again: only with
  // two passes, where every record of a finding has its issue (a stream flags the second occurrence on).
  if (firstPass && options.datasetState) settings.keepScoreBases = true;
  const totalBytes = typeof input === 'string' ? await fileSize(input) : null;
  // An audit can take an hour: an output with nowhere to go is worth knowing about before it starts, not after.
  // An output over the input would destroy it; two outputs on one file would leave only the last.
  const { records, cleaned, summary, markdown, html } = options;
  await checkOutputs({ records, cleaned, summary, markdown, html }, typeof input === 'string' ? [input] : []);
  signal?.throwIfAborted();
  const workers = settings.onePassDataset || !portable ? 0 : workerCount(options.workers, totalBytes);
  // Started before the first pass, which runs in this thread: a worker takes about half a second to load and build
  // its tables, time that would otherwise come after the first pass (ADR 0010).
  const pool = workers > 1 ? new AuditWorkerPool(workers, settings) : null;
  // Batches in flight reject at once, so an audit waiting on a worker stops now, not at its next record.
  const stopWorkers = () => void pool?.close(signal!.reason).catch(() => undefined);
  signal?.addEventListener('abort', stopWorkers, { once: true });
  try {
    return await audit({ input, leftOut, options, settings, profile, reading, firstPass, totalBytes, workers, pool });
  } catch (error) {
    // Whatever the abort made fail (a read cut short, a batch rejected), the caller asked for it: say only that.
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopWorkers);
    await pool?.close();
  }
}

/** How the readers find the header: the profile's column names, and where to say what they found (header, footer). */
interface HeaderReading {
  columnMaps: (name: string) => boolean;
  onHeader: (info: HeaderInfo) => void;
  onFooter: (info: FooterInfo) => void;
}

interface AuditRun {
  input: string | NodeJS.ReadableStream;
  /** Rows the readers left out (not records), filled as they tell: for the summary. */
  leftOut: LeftOutRows;
  options: AuditFileOptions;
  settings: AuditSettings;
  profile: CompiledProfile;
  reading: HeaderReading;
  /** Whether the file is read once first, for the dataset-level checks. */
  firstPass: boolean;
  totalBytes: number | null;
  workers: number;
  pool: AuditWorkerPool | null;
}

/** The two passes and the outputs, once the workers (if any) are starting. */
async function audit({ input, leftOut, options, settings, profile, reading, firstPass, totalBytes, workers, pool }: AuditRun): Promise<DatasetSummary> {
  let findings: DatasetFinding[] | null = null;
  let datasetStates: DatasetStates | null = null;
  // The first pass also finds how a CSV file splits into blocks, so that the workers can parse it themselves.
  let plan: CsvBlockPlan | null = null;
  if (firstPass) {
    plan = { encoding: 'utf-8', delimiter: ',', header: [], blocks: [] };
    datasetStates = await datasetFirstPass(input as string, profile, settings, options, reading, plan, pool);
    findings = datasetFindings(profile.datasetChecks, datasetStates, profile.spec.options, { mask: settings.mask });
    settings.datasetIssues = issuesByRow(findings, profile.datasetChecks, settings.lang);
    // The workers started with the settings as they were; they audit no record before this reaches them.
    pool?.setDatasetIssues(settings.datasetIssues);
    // The state can be large (a slot per distinct ID, phone and person): let it go unless the summary keeps it.
    if (!options.datasetState) datasetStates = null;
  }

  // With workers and a plan, the main thread does not read the records again: it hands the workers the plan's
  // blocks of bytes, and they parse them (ADR 0010).
  const blocks = workers > 1 && plan !== null && plan.blocks.length > 0 ? plan : null;
  const counted = blocks ? null : await openCounted(input, options.signal);
  const source = counted ? await openRecords(counted.stream, { ...options, ...reading }, typeof input === 'string' ? input : null) : { records: null, delimiter: blocks!.delimiter, format: 'csv' as const };
  // Bytes read so far, for progress: counted as they stream, or (blocks) up to the end of the last batch written.
  const bytesRead = () => (counted ? counted.counter.bytes : progress.bytes);

  const outputs: AtomicStream[] = [];
  const recordsOut = options.records ? openAtomicStream(options.records) : null;
  if (recordsOut) outputs.push(recordsOut);
  let cleaned: CleanedCsvWriter | null = null;
  const progress: AuditProgress = { phase: 'audit', rows: 0, bytes: 0, totalBytes };
  let file: FileHandle | null = null;
  try {
    const consume = async (input: InputRecord, audited: AuditedRecord, ndjsonLine: string | null): Promise<void> => {
      if (options.cleaned && cleaned === null) {
        // The cleaned file keeps the input's columns: known from the first record that is an object.
        const record = input.record !== null && typeof input.record === 'object' && !Array.isArray(input.record) ? (input.record as Record<string, unknown>) : {};
        const columns = Object.keys(record);
        // Fixes go to columns read for their own value: never to one that only gives a value by being filled (the
        // ticks of "Giới tính" over "Nam | Nữ").
        const meanings = new Map(profile.mapColumns(columns).map((m, k) => [columns[k]!, m]));
        cleaned = createCleanedCsvWriter(options.cleaned, {
          columns,
          fieldOfColumn: (c) => meanings.get(c)?.field ?? null,
          columnRank: (c) => meanings.get(c)?.rank ?? Number.MAX_SAFE_INTEGER,
          delimiter: source.delimiter ?? ',',
          // JSON records need not share their keys: later ones may bring keys the first lacked.
          extraColumn: source.format === 'json' || source.format === 'ndjson',
        });
      }
      if (cleaned) await (cleaned as CleanedCsvWriter).write(input.record, audited.report, audited.rawFixed);
      if (recordsOut && ndjsonLine === null) await recordsOut.write(`${JSON.stringify(audited.report)}\n`);
      // Reports from workers arrive as plain objects (structured clone drops the prototype): give them it back.
      if (options.onReport) await options.onReport(displayableReport(audited.report, settings.lang), input);
    };
    const tick = () => {
      options.signal?.throwIfAborted();
      progress.rows += 1;
      if (options.onProgress && (progress.rows & 1023) === 0) options.onProgress({ ...progress, bytes: bytesRead() });
    };

    let summary: DatasetSummary;
    if (workers <= 1) {
      const auditor = new RecordAuditor(settings, reportPrototype(settings.lang));
      for await (const record of source.records!) {
        await consume(record, auditor.audit(record), null);
        tick();
      }
      summary = auditor.summary;
      findings ??= auditor.findings();
      datasetStates ??= auditor.datasetStates;
    } else {
      const workerPool = pool!;
      const wantReports = Boolean(options.onReport || options.cleaned);
      const wantNdjson = recordsOut !== null;
      const batchSize = options.batchSize ?? 1000;
      // The inputs are kept only when reports go back to a callback or the cleaned file; otherwise the worker's
      // copy is all that is needed, and the main thread keeps just the count.
      const inFlight: { inputs: InputRecord[] | null; count: number; endByte: number; result: Promise<BatchResult> }[] = [];
      let id = 0;
      const submit = (inputs: InputRecord[]) =>
        inFlight.push({ inputs: wantReports ? inputs : null, count: inputs.length, endByte: 0, result: workerPool.submit({ type: 'batch', id: id++, inputs, wantReports, wantNdjson }) });
      const drainOne = async () => {
        const { inputs, count, endByte, result } = inFlight.shift()!;
        const batch = await result;
        if (recordsOut && batch.ndjson) await recordsOut.write(batch.ndjson);
        // Records parsed by a worker come back through structured clone, which gives them Object's prototype:
        // put them back on null-prototype objects, as every reader hands them out.
        const records = inputs ?? batch.inputs?.map((input) => ({ ...input, record: toRecord(input.record) }));
        progress.bytes = endByte;
        for (let i = 0; i < count; i++) {
          if (records && batch.reports) await consume(records[i]!, batch.reports[i]!, batch.ndjson);
          tick();
        }
      };
      // Bounded: at most two batches per worker in flight, so memory does not grow with the file.
      const full = () => inFlight.length >= workers * 2;
      if (blocks) {
        const layout: CsvBlockLayout = { encoding: blocks.encoding, delimiter: blocks.delimiter, header: blocks.header, titleRows: blocks.titleRows, subHeaderRow: blocks.subHeaderRow, numberingRow: blocks.numberingRow };
        // The path was checked before the first pass; should it be gone now, say so as for a missing file.
        file = await open(input as string, 'r').catch(() => {
          throw cannotOpen(input as string);
        });
        const submitBlock = async (block: CsvBlock) => {
          const bytes = new Uint8Array(block.end - block.start); // its own ArrayBuffer, so it can be transferred
          const { bytesRead } = await file!.read(bytes, 0, bytes.length, block.start);
          if (bytesRead !== bytes.length) throw new InputError(`${input as string} changed while it was being audited (it is shorter than on the first read)`, { vi: `${input as string} đã thay đổi trong lúc kiểm tra (ngắn hơn lần đọc đầu)` });
          const request = { type: 'csv' as const, id: id++, bytes, block, layout, wantReports, wantNdjson };
          inFlight.push({ inputs: null, count: block.rows, endByte: block.end, result: workerPool.submit(request, [bytes.buffer]) });
        };
        let pending: CsvBlock | null = null;
        for (const block of blocks.blocks) {
          pending = pending === null ? block : joinBlocks(pending, block);
          if (pending.rows < batchSize && !pending.final) continue;
          await submitBlock(pending);
          pending = null;
          if (full()) await drainOne();
        }
        if (pending !== null) await submitBlock(pending);
      } else {
        let batch: InputRecord[] = [];
        for await (const record of source.records!) {
          batch.push(record);
          if (batch.length >= batchSize) {
            submit(batch);
            batch = [];
            if (full()) await drainOne();
          }
        }
        if (batch.length > 0) submit(batch);
      }
      while (inFlight.length > 0) await drainOne();
      const partials = await workerPool.finish();
      summary = partials.reduce((a, b) => mergeSummaries(a, b));
    }
    // Checked before any output is put in place: an audit that read nothing usable writes nothing.
    refuseUnusable(summary, input, options, profile.spec.name);
    if (findings) summary.findings = findings;
    if (LEFT_OUT_KINDS.some((k) => leftOut[k] > 0)) summary.leftOut = { ...leftOut };
    if (options.datasetState && datasetStates) summary.dataset = serializeDatasetStates(profile.datasetChecks, datasetStates, settings.mask ? { kind: 'sha256' } : { kind: 'none' });
    finalizeSummary(summary);
    options.onProgress?.({ ...progress, bytes: bytesRead() });

    // The last moment a cancel is heeded: from here the outputs are put in place, and none is left half done.
    options.signal?.throwIfAborted();
    if (recordsOut) await recordsOut.commit();
    if (cleaned) await (cleaned as CleanedCsvWriter).commit();
    const writes: Promise<void>[] = [];
    if (options.summary) writes.push(writeFileAtomic(options.summary, `${JSON.stringify(summary, null, 2)}\n`));
    const ruleTitle = catalogueRuleTitle;
    if (options.markdown) writes.push(writeFileAtomic(options.markdown, renderMarkdown(summary, { lang: settings.lang, ruleTitle, fieldLabel: catalogueFieldLabel })));
    if (options.html) writes.push(writeFileAtomic(options.html, renderHtml(summary, { lang: settings.lang, ruleTitle, fieldLabel: catalogueFieldLabel })));
    await Promise.all(writes);
    return displayableSummary(summary, { lang: settings.lang, ruleTitle, fieldLabel: catalogueFieldLabel });
  } catch (error) {
    await Promise.all(outputs.map((o) => o.abort()));
    if (cleaned) await (cleaned as CleanedCsvWriter).abort();
    throw error;
  } finally {
    counted?.close();
    await file?.close();
  }
}

/** Reads a file once to gather dataset-level state (no rule runs); fills `plan` when the file is CSV that splits. */
async function datasetFirstPass(
  path: string,
  profile: CompiledProfile,
  settings: AuditSettings,
  options: AuditFileOptions,
  reading: HeaderReading,
  plan: CsvBlockPlan,
  pool: AuditWorkerPool | null,
): Promise<DatasetStates> {
  const checks = profile.datasetChecks;
  const states = emptyDatasetState(checks);
  const asOf = resolveAsOf(settings.asOf);
  const { stream, totalBytes, counter, close } = await openCounted(path, options.signal);
  try {
    const source = await openRecords(stream, { ...options, ...reading, csvPlan: plan }, path);
    let rows = 0;
    for await (const input of source.records) {
      options.signal?.throwIfAborted();
      observeRecord(input.record, profile, asOf, (ctx) => observeAll(states, checks, input.row, ctx));
      if ((++rows & 1023) === 0) {
        // A worker that failed to start (out of memory, say) ends the audit now, not after a long first pass.
        pool?.throwIfFailed();
        options.onProgress?.({ phase: 'scan', rows, bytes: counter.bytes, totalBytes });
      }
    }
    return states;
  } finally {
    close();
  }
}

/** The record issues of dataset findings: every row of a finding gets it, with the finding's message. */
function issuesByRow(findings: readonly DatasetFinding[], checks: readonly DatasetCheck[], lang: Lang): Map<number, Issue[]> {
  return datasetIssuesByRow(checks, findings, (finding, check): Issue => ({ rule: finding.rule, dimension: check.dimension, severity: finding.severity, field: check.fields[0] ?? 'record', message: finding.message[lang], value: null, fix: null }));
}

interface ByteCounter {
  bytes: number;
}

/**
 * A pipeline must not take "nothing read" for "nothing wrong": a header alone, or a wrong encoding that turned every
 * line into one, reads no record. And a first row none of whose cells names a field of the profile is data, not a
 * header: its cells would be shown as column names in every report, unmasked, and the record would be lost.
 */
function refuseUnusable(summary: DatasetSummary, input: string | NodeJS.ReadableStream, options: AuditFileOptions, profileName: string): void {
  const [where, whereVi] = typeof input === 'string' ? [`"${input}"`, `"${input}"`] : ['the input stream', 'luồng đầu vào'];
  if (summary.rows === 0) {
    const firstSheetOnly = typeof input === 'string' && (options.format === 'xlsx' || input.toLowerCase().endsWith('.xlsx')) && options.sheet === undefined;
    const [hint, hintVi] = options.encoding
      ? [`, or text that is not ${options.encoding}`, `, hoặc không phải văn bản ${options.encoding}`]
      : firstSheetOnly
        ? [' (only the first worksheet is read: --sheet picks another)', ' (chỉ đọc trang tính đầu tiên: chọn trang khác bằng --sheet)']
        : ['', ''];
    throw new InputError(`${where} holds no record: a header row and nothing under it${hint}`, { vi: `${whereVi} không có bản ghi nào: chỉ có dòng tiêu đề${hintVi}` });
  }
  const columns = summary.columns;
  if (columns && Object.keys(columns).length > 0 && Object.values(columns).every((field) => field === null)) {
    const count = Object.keys(columns).length;
    throw new InputError(
      `none of the ${count} columns of ${where} is a field of profile ${profileName}: if the first row is data, not a header, add a header row; if the header sits below a title block of more than 30 rows, name it with --header-row N (headerRow); else map the columns with --columns (columns=)`,
      { vi: `không cột nào trong ${count} cột của ${whereVi} là trường của hồ sơ ${profileName}: nếu dòng đầu là dữ liệu chứ không phải tiêu đề, hãy thêm dòng tiêu đề; nếu dòng tiêu đề nằm dưới hơn 30 dòng đầu biểu, chỉ rõ bằng --header-row N (headerRow); nếu không, gán cột bằng --columns (columns=)` },
    );
  }
}

/** The size of an input file, for progress, ETA and the choice of workers. */
async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`"${path}" is not a file`, { vi: `"${path}" không phải là tệp` });
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotOpen(path);
  }
}

function cannotOpen(path: string): InputError {
  return new InputError(`cannot open input file "${path}": no such file or not readable`, { vi: `không mở được tệp đầu vào "${path}": tệp không tồn tại hoặc không đọc được` });
}

/**
 * Opens a path (or takes a stream) and counts the bytes that pass, for progress and ETA. `close` lets go of the
 * file (a caller's stream is only unpiped: it stays the caller's); an abort signal cuts a pending read short.
 */
async function openCounted(
  input: string | NodeJS.ReadableStream,
  signal: AbortSignal | undefined,
): Promise<{ stream: Readable; totalBytes: number | null; counter: ByteCounter; close: () => void }> {
  const counter: ByteCounter = { bytes: 0 };
  let source: NodeJS.ReadableStream;
  let file: ReadStream | null = null;
  let totalBytes: number | null = null;
  if (typeof input === 'string') {
    totalBytes = await fileSize(input);
    source = file = createReadStream(input);
  } else source = input;
  const counted = file ? new PassThrough({ highWaterMark: 1 << 20 }) : bytesOnly();
  counted.on('data', (chunk: Buffer) => {
    counter.bytes += chunk.length;
  });
  source.on('error', (error) => counted.destroy(error));
  // The readers take the stream a few ticks from now. An error before then (an object chunk, a source that fails
  // at once) would find no listener and end the process; a destroyed stream still hands its error to a later reader.
  counted.on('error', () => undefined);
  source.pipe(counted);
  if (signal) addAbortSignal(signal, counted);
  const close = () => {
    counted.destroy();
    file?.destroy();
  };
  return { stream: counted, totalBytes, counter, close };
}

/**
 * The pass-through for a caller's stream. The stream type allows object mode, and piping an object into a byte
 * stream throws inside the pipe, out of any caller's reach (the process dies): each chunk is checked here instead,
 * and anything but bytes or text ends the read with one clear InputError. Objects are not taken as records: the
 * readers would then need a second input contract, and `auditRecords` already takes records.
 */
function bytesOnly(): Transform {
  return new Transform({
    writableObjectMode: true,
    readableHighWaterMark: 1 << 20,
    transform(chunk: unknown, _encoding, callback) {
      let bytes: Uint8Array;
      try {
        bytes = chunkBytes(chunk);
      } catch (error) {
        callback(error as InputError);
        return;
      }
      callback(null, bytes);
    },
  });
}
