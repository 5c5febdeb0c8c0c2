import { columnReadFrom, columnsInReadingOrder, isBlank, toText, type RecordReport } from '../../core';
import { openAtomicStream } from '../atomicFile';
import { csvLine } from './csvCell';

/** The columns the cleaned file adds after the input's own, in this order. */
export const DDSS_COLUMNS = Object.freeze(['ddss_score', 'ddss_verdict', 'ddss_issues'] as const);

export interface CleanedCsvOptions {
  /** The input's columns, in input order: the cleaned file keeps them as they are. */
  columns: readonly string[];
  /** The semantic field a column maps to, or null when the profile ignores it. */
  fieldOfColumn: (column: string) => string | null;
  /** Of several columns of one field, the one the record's value came from ranks lowest (default: the first). */
  columnRank?: (column: string) => number;
  /** One character; defaults to a comma. */
  delimiter?: string;
  /**
   * For records whose keys vary (JSON, NDJSON), where the columns come from the first record: a last column
   * `ddss_extra` holds, as a JSON object, the values of any keys outside them, so that no value is lost.
   */
  extraColumn?: boolean;
}

export interface CleanedCsvWriter {
  /**
   * Appends the row for one record. `rawFixed` holds the unmasked safe fixes by semantic field (a masked report's
   * own `fixed` would write `#` into the data). Call in input order; rows are buffered and written with
   * back-pressure, so the returned promise may settle before the row reaches the disk.
   */
  write(record: unknown, report: RecordReport, rawFixed: Readonly<Record<string, string>>): Promise<void>;
  /** Flushes and renames the file into place: before this resolves, there is no file at the path. */
  commit(): Promise<void>;
  /** Drops everything written; no file is left behind. */
  abort(): Promise<void>;
}

/** The column that keeps values of keys the first record lacked (see `CleanedCsvOptions.extraColumn`). */
export const EXTRA_COLUMN = 'ddss_extra';

/** The record's values under keys outside `known`, as a JSON object (null-prototype safe), or '' for none. */
function extraValues(record: Record<string, unknown>, known: ReadonlySet<string>): string {
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    out ??= Object.create(null) as Record<string, unknown>;
    out[key] = record[key];
  }
  if (out === null) return '';
  try {
    return JSON.stringify(out);
  } catch {
    return JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, toText(v)])));
  }
}

// Rows are joined into chunks of about this many characters before reaching the stream: one promise per chunk
// instead of per row, and memory stays bounded whatever the row count.
const CHUNK_CHARS = 64 * 1024;

/**
 * Opens a cleaned copy of the input at `path`: the original columns, with each safe fix applied to the column the
 * fixed field's value was read from (of the field's columns, the first by `columnRank` that is not blank), then `ddss_score`, `ddss_verdict` and `ddss_issues` (the record's distinct rule ids
 * joined by `|`, in report order). A record that was not an object still gets its row: empty cells, then the ddss
 * columns. Input columns already named like the ddss columns (a cleaned file audited again) are replaced, not
 * repeated, so auditing a cleaned file gives a file of the same shape.
 *
 * The file is UTF-8 with a byte-order mark and CRLF line ends: Excel, which most offices in Vietnam open CSV in,
 * reads a BOM-less file in the ANSI code page (mangling Vietnamese letters) and RFC 4180 names CRLF as the line end.
 * It is written whole or not at all (temporary file, then rename).
 *
 * @example
 * const out = createCleanedCsvWriter('cleaned.csv', { columns: ['so_dt'], fieldOfColumn: (c) => (c === 'so_dt' ? 'phone' : null) });
 * await out.write({ so_dt: '0912 345 678' }, report, { phone: '+84912345678' });
 * await out.commit();
 * // cleaned.csv: "\uFEFFso_dt,ddss_score,ddss_verdict,ddss_issues\r\n+84912345678,0.95,pass,phone.format\r\n"
 */
export function createCleanedCsvWriter(path: string, options: CleanedCsvOptions): CleanedCsvWriter {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(`the cleaned CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  }
  const extra = options.extraColumn === true;
  // The columns the file adds after the input's own; input columns of those names (a cleaned file audited again)
  // are replaced, not repeated.
  const added: readonly string[] = extra ? [...DDSS_COLUMNS, EXTRA_COLUMN] : DDSS_COLUMNS;
  const ddss = new Set<string>(added);
  const columns = options.columns.filter((c) => !ddss.has(c));
  // The columns of each field, in the order the engine reads them (lowest rank, then first): a fix goes to the
  // column the record's value was read from, the first of them that is not blank, so a copy kept in another column
  // stays as the input had it, and a date written in the "Nữ" column of a split "Nam | Nữ" stays in it.
  const rank = options.columnRank ?? (() => 0);
  const columnsOfField = columnsInReadingOrder(columns.length, (i) => options.fieldOfColumn(columns[i]!), (i) => rank(columns[i]!));
  const cellText = (record: unknown, i: number): string =>
    typeof record === 'object' && record !== null && !Array.isArray(record) && Object.hasOwn(record, columns[i]!) ? toText((record as Record<string, unknown>)[columns[i]!]) : '';
  /** Column index → the fix it receives, for one record (null for none, the usual case). */
  const fixesAt = (record: unknown, rawFixed: Readonly<Record<string, string>>): Map<number, string> | null => {
    let out: Map<number, string> | null = null;
    for (const [field, fix] of Object.entries(rawFixed)) {
      const list = columnsOfField.get(field);
      if (list === undefined) continue;
      (out ??= new Map()).set(columnReadFrom(list, (i) => isBlank(cellText(record, i))), fix);
    }
    return out;
  };

  const known = new Set<string>([...columns, ...added]);

  const stream = openAtomicStream(path);
  let buffer = `\uFEFF${csvLine([...columns, ...added], delimiter)}`;
  let writing: Promise<void> = Promise.resolve();
  let state: 'open' | 'committed' | 'aborted' = 'open';

  // Chains chunk writes so they reach the stream in order even when callers do not await each `write`.
  const flush = (): Promise<void> => {
    const chunk = buffer;
    buffer = '';
    writing = writing.then(() => stream.write(chunk));
    return writing;
  };

  return {
    write(record, report, rawFixed) {
      if (state !== 'open') return Promise.reject(new Error(`the cleaned CSV "${path}" is already ${state}`));
      const cells: string[] = new Array(columns.length + added.length);
      const isRecord = typeof record === 'object' && record !== null && !Array.isArray(record);
      const fixes = fixesAt(record, rawFixed);
      for (let i = 0; i < columns.length; i++) cells[i] = fixes?.get(i) ?? cellText(record, i);
      cells[columns.length] = String(report.score);
      cells[columns.length + 1] = report.verdict;
      cells[columns.length + 2] = [...new Set(report.issues.map((issue) => issue.rule))].join('|');
      if (extra) cells[columns.length + DDSS_COLUMNS.length] = isRecord ? extraValues(record as Record<string, unknown>, known) : '';
      buffer += csvLine(cells, delimiter);
      return buffer.length >= CHUNK_CHARS ? flush() : writing;
    },
    async commit() {
      if (state !== 'open') throw new Error(`the cleaned CSV "${path}" is already ${state}`);
      try {
        await flush();
        state = 'committed';
        await stream.commit();
      } catch (error) {
        state = 'aborted';
        await stream.abort();
        throw error;
      }
    },
    async abort() {
      if (state === 'committed') return;
      state = 'aborted';
      buffer = '';
      await writing.catch(() => undefined);
      await stream.abort();
    },
  };
}
