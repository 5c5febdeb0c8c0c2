import { extname } from 'node:path';
import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { openByteSource, type ByteSource } from './byteSource';
import type { CsvBlockPlan } from './csvBlocks';
import { delimiterOfHeader, detectDelimiter } from './detectDelimiter';
import type { FooterInfo } from './footerRows';
import type { HeaderInfo, HeaderSearch } from './headerRow';
import { createTextDecoder, detectEncoding, ENCODING_SNIFF_BYTES } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { readCsvRecords } from './readCsvRecords';
import { readJsonArrayRecords } from './readJsonArrayRecords';
import { readNdjsonRecords } from './readNdjsonRecords';
import { readXlsxRecords } from './readXlsxRecords';

export type { InputEncoding } from './inputEncoding';

/** The input formats `ddss audit` reads. TSV is `csv` with the delimiter `'\t'`. */
export type InputFormat = 'csv' | 'ndjson' | 'json' | 'xlsx';

export interface OpenInputOptions {
  /** Default: from the file extension (.csv .tsv .txt .ndjson .jsonl .json .xlsx), else sniffed from the first bytes. */
  format?: InputFormat;
  /** Default: detected (BOM → UTF-8/UTF-16LE/BE; bytes that are not valid UTF-8 → windows-1258). */
  encoding?: InputEncoding;
  /**
   * Default: detected. With `headerRow` or `columnMaps`, from the header's row: the first rows are parsed with each
   * candidate (comma, semicolon, tab, pipe) and the one whose header names the most fields wins (see
   * `delimiterOfHeader`); otherwise, or when no candidate makes a header, from the first line.
   */
  delimiter?: string;
  /** XLSX: sheet name or 1-based index; default the first sheet. */
  sheet?: string | number;
  /**
   * CSV in UTF-8 or Windows-1258: filled as the records are read with the blocks the file splits into, for a second
   * read in parallel (see `csvBlocks.ts`); `encoding`, `delimiter` and `header` are set here too.
   */
  csvPlan?: CsvBlockPlan;
  /**
   * Row number of the first record (default 1). A shard of a larger dataset gives the row its first record has in
   * the whole, so that reports, findings and summaries of the shards name each record by one number, and the shard
   * summaries merge (`ddss audit --first-row`). Every reader numbers from it, and so do the blocks of `csvPlan`.
   */
  firstRow?: number;
  /**
   * CSV/TSV and XLSX: the header is this row, counted from 1 among the rows with a non-empty cell (blank lines and
   * rows of empty cells such as `,,,,` are not counted); the rows above it are skipped (a form's title block) and no
   * header is looked for. With `columnMaps`, a second header row right under it (names under merged cells: see
   * `subHeaderRow.ts`) is read with it; a column-number row right under it (`(1),(2),…`) is skipped too. JSON and
   * NDJSON have no header row: giving it is an InputError.
   */
  headerRow?: number;
  /**
   * CSV/TSV and XLSX, without `headerRow`: whether a column name is a field (the audit passes its profile's
   * mapping). The header is then chosen among the first 30 rows with a non-empty cell: of those without a cell of 6
   * digits or more (data: an ID, a phone, a date), the one naming the most fields, the earliest on a tie, if it names
   * two; the rows above it are skipped. When none does, the first non-blank row, as without it. Without either
   * option the first non-blank row is the header. See `headerRow.ts`; for a header of two rows, `subHeaderRow.ts`.
   */
  columnMaps?: (name: string) => boolean;
  /** CSV/TSV and XLSX: called once, before the first record, with the header's row, whether it is two rows, and the rows left out. */
  onHeader?: (info: HeaderInfo) => void;
  /**
   * CSV/TSV and XLSX: called once, when the records have been read to their end, with the footer left out. With
   * `headerRow` or `columnMaps`, a signature block that ends the table (place and date, signers' titles and names:
   * the rules of `footerRows.ts`) is not records; `footerRows` is 0 when there was none.
   */
  onFooter?: (info: FooterInfo) => void;
}

/** The largest row number dataset-level state can hold (rows are 32-bit, 0 meaning none). */
export const MAX_ROW = 2 ** 32 - 2;

/**
 * Checks a `headerRow` option: a whole number ≥ 1 (or absent).
 *
 * @throws RangeError otherwise (a mistake in the calling code).
 */
export function checkHeaderRow(headerRow: number | undefined): number | undefined {
  if (headerRow === undefined) return undefined;
  if (!Number.isSafeInteger(headerRow) || headerRow < 1) throw new RangeError(`headerRow must be a whole number ≥ 1 (the header's number among the non-blank rows), got ${String(headerRow)}`);
  return headerRow;
}

/**
 * Checks a `firstRow` option: a whole number from 1 to {@link MAX_ROW}.
 *
 * @throws RangeError otherwise (a mistake in the calling code).
 */
export function checkFirstRow(firstRow: number | undefined): number {
  if (firstRow === undefined) return 1;
  if (!Number.isInteger(firstRow) || firstRow < 1 || firstRow > MAX_ROW) throw new RangeError(`firstRow must be a whole number from 1 to ${MAX_ROW}, got ${String(firstRow)}`);
  return firstRow;
}

export interface InputSource {
  format: InputFormat;
  /** null for xlsx. */
  encoding: InputEncoding | null;
  /** csv only. */
  delimiter: string | null;
  /** Exactly one InputRecord per input record, in order, row = record number from `firstRow` (default 1). Iterate once. */
  records: AsyncIterable<InputRecord>;
}

/** Formats (and TSV's delimiter) by file extension. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, { format: InputFormat; delimiter?: string }>> = {
  '.csv': { format: 'csv' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.txt': { format: 'csv' },
  '.ndjson': { format: 'ndjson' },
  '.jsonl': { format: 'ndjson' },
  '.json': { format: 'json' },
  '.xlsx': { format: 'xlsx' },
};

/** Every XLSX file is a zip archive, which starts with a local file header. */
function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The format the text itself suggests: an array opens JSON, an object opens NDJSON, anything else is CSV. */
function sniffTextFormat(text: string): InputFormat {
  const first = /\S/.exec(text)?.[0];
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  return 'csv';
}

/**
 * Opens an input for `ddss audit`: works out its format, encoding and delimiter from the first bytes (or takes
 * them from `options`), and streams its records with bounded memory. Reading problems of a single record
 * (ragged row, broken quote, invalid JSON) travel on that record; only an input that cannot be read at all throws.
 *
 * @param input a file path, or a readable stream (the CLI passes `process.stdin` for `-`).
 * @throws InputError (one line, no stack) when the file is missing or unreadable, empty (zero bytes), or not the
 *   format it claims (an .xlsx that is not a zip, a .json whose top-level value is not an array …). A CSV with a
 *   header and no rows, or the JSON `[]`, is zero records, not an error.
 * @example
 * const source = await openInput('citizens.csv');
 * // source.format === 'csv', source.encoding === 'utf-8', source.delimiter === ';'
 * for await (const { row, record, inputProblem } of source.records) console.log(row, record, inputProblem?.code);
 */
export async function openInput(input: string | NodeJS.ReadableStream, options: OpenInputOptions = {}): Promise<InputSource> {
  const firstRow = checkFirstRow(options.firstRow);
  const headerRow = checkHeaderRow(options.headerRow);
  const header = { headerRow, columnMaps: options.columnMaps, onHeader: options.onHeader, onFooter: options.onFooter };
  const source = await openByteSource(input, ENCODING_SNIFF_BYTES);
  const label = typeof input === 'string' ? input : 'the input';
  const labelVi = typeof input === 'string' ? input : 'đầu vào';
  if (source.head.length === 0) throw new InputError(`${label} is empty`, { vi: `${labelVi} rỗng` });
  const byExtension = typeof input === 'string' ? FORMAT_BY_EXTENSION[extname(input).toLowerCase()] : undefined;
  const zip = isZip(source.head);

  let format = options.format ?? byExtension?.format;
  if (format === 'xlsx' || (format === undefined && zip)) {
    if (!zip) throw new InputError(`${label} is not an XLSX workbook (an XLSX file is a zip archive, and this is not one)`, { vi: `${labelVi} không phải sổ tính XLSX` });
    return { format: 'xlsx', encoding: null, delimiter: null, records: readXlsxRecords(source.chunks, { sheet: options.sheet, firstRow, ...header }) };
  }
  if (zip) throw new InputError(`${label} is a zip archive (an XLSX workbook?), not ${format} text: use a .xlsx name or --format xlsx`, { vi: `${labelVi} là tệp nén zip (sổ tính XLSX?), không phải văn bản ${format}: đặt tên .xlsx hoặc dùng --format xlsx` });

  const encoding = options.encoding ?? detectEncoding(source.head, source.complete);
  const decoder = createTextDecoder(encoding);
  const headText = decoder.write(source.head) + (source.complete ? decoder.end() : '');
  if (headText.trim() === '') throw new InputError(`${label} is empty (nothing but blank space)`, { vi: `${labelVi} rỗng (chỉ có khoảng trắng)` });
  format ??= sniffTextFormat(headText);
  if (headerRow !== undefined && (format === 'ndjson' || format === 'json')) {
    throw new InputError(`--header-row (headerRow) is for CSV/TSV and XLSX; ${label} is ${format === 'json' ? 'a JSON array' : 'NDJSON'}, whose records name their own fields`, {
      vi: `--header-row (headerRow) chỉ dùng cho CSV/TSV và XLSX; ${labelVi} là ${format === 'json' ? 'mảng JSON' : 'NDJSON'}, mỗi bản ghi tự đặt tên trường`,
    });
  }

  if (format === 'ndjson') return { format, encoding, delimiter: null, records: readNdjsonRecords(source.chunks, encoding, firstRow) };
  if (format === 'json' && sniffTextFormat(headText) !== 'json') {
    throw new InputError(`${label} is not a JSON array (a top-level array of records is expected; one object per line is NDJSON)`, { vi: `${labelVi} không phải mảng JSON (cần một mảng bản ghi; mỗi dòng một đối tượng là NDJSON)` });
  }
  if (format === 'json') return { format, encoding, delimiter: null, records: readJsonArrayRecords(source.chunks, encoding, firstRow) };
  // Classic Mac OS files end their lines with a lone CR: judged on the text already sniffed.
  const crLines = headText.includes('\r') && !headText.includes('\n');
  let chunks = source.chunks;
  let delimiter = options.delimiter ?? byExtension?.delimiter;
  if (delimiter === undefined) {
    const firstLine = detectDelimiter(headText);
    const judged = await headerDelimiter(source, encoding, crLines, header, firstLine);
    chunks = judged.chunks;
    delimiter = judged.delimiter ?? firstLine;
  }
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new InputError(`the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`, { vi: `dấu phân cách phải là một ký tự, không phải dấu ngoặc kép hay xuống dòng: ${JSON.stringify(delimiter)}` });
  }
  const plan = options.csvPlan;
  if (plan) {
    plan.encoding = encoding;
    plan.delimiter = delimiter;
  }
  return { format: 'csv', encoding, delimiter, records: readCsvRecords(chunks, { encoding, delimiter, plan, firstRow, crLines, ...header }) };
}

/**
 * The leading bytes the delimiter is judged on, in turn: the encoding's sniff, then wider while they do not hold the
 * rows the header rule looks at (a title block with a note of a page, header cells of many lines). Fixed lengths, so
 * that both reads of a file (and a stream read once) judge on the same bytes; the last bounds the memory held.
 */
export const DELIMITER_SNIFF_BYTES = [ENCODING_SNIFF_BYTES, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024] as const;

/**
 * The delimiter a header under a title block decides (see `delimiterOfHeader`), null when none does; and the chunks
 * to read the input from, which replay the bytes read ahead to judge. Without a search, nothing is judged.
 */
async function headerDelimiter(source: ByteSource, encoding: InputEncoding, crLines: boolean, search: HeaderSearch, firstLine: string): Promise<{ delimiter: string | null; chunks: AsyncIterable<Uint8Array> }> {
  if (search.headerRow === undefined && search.columnMaps === undefined) return { delimiter: null, chunks: source.chunks };
  let bytes = source.head;
  let ended = source.complete;
  let ahead: AsyncIterator<Uint8Array> | null = null;
  const held: Uint8Array[] = [];
  let judged: { delimiter: string | null; settled: boolean } = { delimiter: null, settled: true };
  for (const size of DELIMITER_SNIFF_BYTES) {
    if (bytes.length < size && !ended) {
      // Read on, past the head (which the chunks yield first): kept, and replayed to the reader.
      ahead ??= source.chunks[Symbol.asyncIterator]();
      if (held.length === 0) {
        const first = await ahead.next();
        if (!first.done) held.push(first.value);
      }
      let length = held.reduce((n, chunk) => n + chunk.length, 0);
      while (length < size) {
        const item = await ahead.next();
        if (item.done) {
          ended = true;
          break;
        }
        held.push(item.value);
        length += item.value.length;
      }
      bytes = Buffer.concat(held);
    }
    // The whole input only when shorter than the window: an input of exactly its length reads alike whether or not
    // its end was seen.
    const whole = ended && bytes.length < size;
    const decoder = createTextDecoder(encoding);
    const decoded = decoder.write(bytes.subarray(0, size)) + (whole ? decoder.end() : '');
    judged = delimiterOfHeader(crLines ? decoded.replaceAll('\r', '\n') : decoded, whole, search, firstLine);
    if (judged.settled || whole) break;
  }
  return { delimiter: judged.delimiter, chunks: ahead === null ? source.chunks : replay(held, ahead) };
}

/** The chunks read ahead, then the rest. */
async function* replay(held: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* held;
  for (let item = await rest.next(); !item.done; item = await rest.next()) yield item.value;
}
